"""The digital-transformation index: indices, units' assessments, evidence attachments.

Only new tables: every row of the earlier schemas stays as it is.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dti_index",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code", "version"),
    )
    op.create_table(
        "dti_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("index_code", sa.String(length=64), nullable=False),
        sa.Column("index_version", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=20), nullable=False),
        sa.Column("unit_name", sa.Text(), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("index_code", "unit_code", "period"),
    )
    with op.batch_alter_table("dti_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dti_assessment_unit_code"), ["unit_code"], unique=False
        )
    op.create_table(
        "dti_attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )


def downgrade() -> None:
    op.drop_table("dti_attachment")
    with op.batch_alter_table("dti_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dti_assessment_unit_code"))
    op.drop_table("dti_assessment")
    op.drop_table("dti_index")
