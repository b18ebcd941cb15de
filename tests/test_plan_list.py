"""The start page's plan list read with sqlite3 matches the ORM's, and says "don't know"
(None) for files only the full open can judge."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from itplan_desktop.domain.plan import Plan
from itplan_desktop.services.plans import create_demo, list_plans
from itplan_desktop.store.plan_list import number_and_symbol, read_plan_list


def test_same_rows_as_the_orm(tmp_path: Path):
    path = tmp_path / "ổ #1 ?" / "demo.sqlite"  # characters a file: URI must encode
    path.parent.mkdir()
    db, _results = create_demo(path)
    try:
        assert read_plan_list(path) == list_plans(db)
        assert len(list_plans(db)) == 4  # the reference plans and xã Như Thanh's two (issue 13)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("number", "symbol"),
    [("131", "KH-UBND"), ("5", "KH-UBND"), (" 07 ", "QĐ-UBND"), ("", "KH-UBND"), ("12a", "KH")],
)
def test_number_and_symbol_as_the_domain_prints_it(number: str, symbol: str):
    plan = Plan(
        organisation_code="", title="", start_year=0, end_year=0, number=number, symbol=symbol
    )
    assert number_and_symbol(number, symbol) == plan.number_and_symbol


def test_files_only_the_full_open_can_judge(tmp_path: Path):
    assert read_plan_list(tmp_path / "missing.sqlite") is None
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert read_plan_list(empty) is None
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    assert read_plan_list(garbage) is None
    path = tmp_path / "old.sqlite"
    db, _results = create_demo(path)
    db.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    assert read_plan_list(path) is None  # an older schema: migrate (after a backup) first
    assert path.stat().st_size > 0


def test_reading_the_list_loads_no_sqlalchemy(tmp_path: Path):
    path = tmp_path / "demo.sqlite"
    create_demo(path)[0].close()
    script = (
        "import sys; from pathlib import Path\n"
        "from itplan_desktop.store.plan_list import read_plan_list\n"
        f"plans = read_plan_list(Path({str(path)!r}))\n"
        "print(len(plans), any(m.startswith('sqlalchemy') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["4", "False"]  # four samples (issue 13)
