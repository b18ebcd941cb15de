"""Fixtures of the KPI tests: a database holding the Như Xuân sample and its communes."""

from __future__ import annotations

from pathlib import Path

import pytest

from itplan_desktop.services.kpi_communes import install_builtin_communes
from itplan_desktop.services.plans import import_plan_file
from itplan_desktop.store.database import open_database

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
NHU_XUAN = SAMPLES / "nhu_xuan_2016_2020.itplan.json"


@pytest.fixture
def nx_db(tmp_path: Path):
    """(database, plan uuid) of the Như Xuân sample with its 18 communes."""
    db = open_database(tmp_path / "kpi.sqlite")
    result = import_plan_file(db, NHU_XUAN)
    install_builtin_communes(db, "402")
    yield db, result.uuid
    db.close()
