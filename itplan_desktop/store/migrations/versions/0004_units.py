"""Today's units: a unit may have ceased (districts and their communes on 2025-07-01), and a
unit says whether its documents print the parent body's line above its own.

Every row of schemas 0001–0003 stays; the districts and the communes under a district that a
database already holds are marked ceased on 2025-07-01 (there are no districts since then).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: a batch copy of the table would trip the plans' foreign keys
    op.add_column("organisation", sa.Column("ceased_on", sa.Date(), nullable=True))
    op.add_column(
        "organisation",
        sa.Column("show_parent_line", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute(
        "UPDATE organisation SET ceased_on = '2025-07-01' WHERE level = 'district' OR "
        "(level = 'commune' AND parent_code IN "
        "(SELECT code FROM organisation WHERE level = 'district'))"
    )


def downgrade() -> None:
    op.drop_column("organisation", "show_parent_line")
    op.drop_column("organisation", "ceased_on")
