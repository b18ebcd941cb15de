"""Fixtures of the exchange tests: a province database and district installations."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_fixtures import district_database, province_database

from itplan_desktop.services import exchange as ex


@pytest.fixture
def province(tmp_path: Path):
    db = province_database(tmp_path / "province.sqlite")
    yield db
    db.close()


@pytest.fixture
def district_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Make the bundle of a district installation (its own data folder, so its own key);
    returns a function (code, name, factor, kind) -> (bundle path, plan uuid, key folder)."""
    made = []

    def make(code: str, name: str, factor: int = 1, kind: str = "plan_submission"):
        home = tmp_path / f"home-{code}-{len(made)}"
        monkeypatch.setenv("ITPLAN_DATA_DIR", str(home))
        db, plan_uuid = district_database(home / "district.sqlite", code, name, factor)
        out = tmp_path / f"{code}-{len(made)}.itplan-bundle"
        ex.export_bundle(db, plan_uuid, kind, out)
        made.append(db)
        db.close()
        return out, plan_uuid, home

    yield make
