"""A draft's issue date: the day, or the day and the month, left blank for the signer.

`plan.issued_draft` holds "2020-09" or "2020" when `issued_on` (a complete date) is empty.
Every row of schemas 0001–0005 stays as it was.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: a batch copy of the table would trip the foreign keys to plans
    op.add_column("plan", sa.Column("issued_draft", sa.String(length=7), nullable=True))


def downgrade() -> None:
    op.drop_column("plan", "issued_draft")
