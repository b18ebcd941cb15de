"""Exchange: registered sender keys, received bundles, plan sync state, review comments,
province templates. Only new tables: every row of schema 0001 stays as it is.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sender_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("org_code", sa.String(length=20), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=24), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("org_code"),
    )
    op.create_table(
        "received_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_uuid", sa.String(length=36), nullable=False),
        sa.Column("sender_code", sa.String(length=20), nullable=False),
        sa.Column("sender_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("plan_uuid", sa.String(length=36), nullable=True),
        sa.Column("plan_revision", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.Column("signature_status", sa.String(length=16), nullable=False),
        sa.Column("fingerprint", sa.String(length=24), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("validation_status", sa.String(length=16), nullable=False),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.Column("warning_count", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bundle_uuid"),
    )
    op.create_index("ix_received_bundle_sender_code", "received_bundle", ["sender_code"])
    op.create_index("ix_received_bundle_plan_uuid", "received_bundle", ["plan_uuid"])
    op.create_table(
        "plan_sync",
        sa.Column("plan_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("bundle_uuid", sa.String(length=36), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("plan_uuid"),
    )
    op.create_table(
        "review_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("plan_uuid", sa.String(length=36), nullable=False),
        sa.Column("target_kind", sa.String(length=16), nullable=False),
        sa.Column("target_uuid", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("bundle_uuid", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_review_comment_plan_uuid", "review_comment", ["plan_uuid"])
    op.create_table(
        "province_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_uuid", sa.String(length=36), nullable=False),
        sa.Column("plan_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sender_code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("plan_file", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bundle_uuid"),
    )
    op.create_index("ix_province_template_plan_uuid", "province_template", ["plan_uuid"])


def downgrade() -> None:
    for index, table in (
        ("ix_province_template_plan_uuid", "province_template"),
        ("ix_review_comment_plan_uuid", "review_comment"),
        ("ix_received_bundle_plan_uuid", "received_bundle"),
        ("ix_received_bundle_sender_code", "received_bundle"),
    ):
        op.drop_index(index, table_name=table)
    for table in ("province_template", "review_comment", "plan_sync", "received_bundle"):
        op.drop_table(table)
    op.drop_table("sender_key")
