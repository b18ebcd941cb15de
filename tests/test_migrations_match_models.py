"""The ORM models and the Alembic migrations describe the same schema: autogenerate, run
against a database migrated to head, finds nothing to add, drop or alter."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from itplan_desktop.store import exchange_models, kpi_models  # noqa: F401 (their tables)
from itplan_desktop.store.database import open_database
from itplan_desktop.store.models import Base


def test_autogenerate_finds_no_drift(tmp_path: Path):
    db = open_database(tmp_path / "fresh.sqlite")  # created by running every migration
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            drift = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    assert drift == [], drift
    assert {"plan", "appendix", "indicator", "received_bundle"} <= set(Base.metadata.tables)
