"""A current commune's KPI history (issue 13): the actuals that the former communes merged
into it reported before 2025-07-01, in the district plans of their time, followed through the
catalogue's former → current mapping — listed per former unit under its former name, and
combined where the indicator's kind adds up."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from former_communes import SAMPLE, former_actuals

from itplan_desktop.domain.indicator import Indicator, IndicatorKind
from itplan_desktop.services.kpi_communes import install_builtin_communes
from itplan_desktop.services.kpi_history import former_history, former_units_of
from itplan_desktop.services.plan_creation import create_plan_for_unit
from itplan_desktop.services.plans import get_plan, import_plan_file
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import Database, open_database

COMPUTERS = "Tỷ lệ cán bộ, công chức có máy tính nối mạng làm việc"


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "tinh.sqlite")
    uuid = import_plan_file(database, SAMPLE).uuid
    install_builtin_communes(database, "402")
    former_actuals(database, uuid)
    yield database
    database.close()


def _today_plan(db: Database, code: str, *, continues: bool = False):
    """The commune's 2027 plan; with `continues`, one more indicator named like the former
    plan's computer share."""
    plan = get_plan(db, create_plan_for_unit(db, code, 2027, 2027, today=date(2026, 12, 1)))
    if continues:
        plan.indicators.append(Indicator(COMPUTERS, IndicatorKind.PERCENT_RATIO))
        with db.session() as session:
            repo.save_plan(session, plan)
    return plan


def test_the_former_units_merged_into_a_commune():
    assert [(u.code, u.name, u.partial) for u in former_units_of("16174")] == [
        ("16174", "thị trấn Yên Cát", False),  # the code lives on in today's xã Như Xuân
        ("16201", "xã Tân Bình", False),
    ]
    nhu_thanh = former_units_of("16228")
    assert [u.name for u in nhu_thanh if not u.partial] == [
        "thị trấn Bến Sung", "xã Xuân Khang", "xã Hải Long",
    ]  # fmt: skip
    assert [(u.name, u.partial) for u in nhu_thanh if u.partial] == [("xã Yên Thọ", True)]
    assert former_units_of("38") == [] and former_units_of("402") == []


def test_history_lists_each_former_unit_and_combines_what_adds_up(db):
    plan = _today_plan(db, "16174", continues=True)
    history = former_history(db, "16174", plan.indicators, exclude_plan=plan.uuid)
    assert [p.code for p in history.periods] == ["2018", "2020"]
    first = history.lines[0]
    assert first.indicator.name == COMPUTERS and first.current_uuid == plan.indicators[-1].uuid
    assert history.line_for(plan.indicators[-1]) is first
    cell = first.cells["2018"]
    assert [(p.unit.name, p.text) for p in cell.parts] == [
        ("thị trấn Yên Cát", "75%"),
        ("xã Tân Bình", "60%"),
    ]
    assert cell.combined.numerator == 42 and cell.combined.denominator == 60
    assert cell.combined_text == "70%" and cell.combined.derived_from == 2
    assert [p.unit.code for p in first.cells["2020"].parts] == ["16174"]  # not Bãi Trành's
    assert all("2016" in p.plan_title for p in cell.parts)  # reported in the 2016–2020 plan
    lines = {line.indicator.name: line for line in history.lines}
    services = next(line for name, line in lines.items() if name.startswith("Số dịch vụ"))
    assert services.cells["2020"].combined_text == "6"  # counts add up
    one_stop = next(line for name, line in lines.items() if name.startswith("Bộ phận một cửa"))
    assert one_stop.cells["2020"].combined is None  # a yes/no is listed, never summed
    assert [p.text for p in one_stop.cells["2020"].parts] == ["Có", "Không"]
    assert one_stop.current_uuid is None  # the 2027 plan has no such indicator


def test_a_split_commune_counts_in_its_main_successor_only(db):
    yen_tho = former_history(db, "16264")
    [cell] = yen_tho.lines[0].cells.values()
    assert cell.parts[0].unit.partial is False and cell.combined_text == "90%"
    nhu_thanh = former_history(db, "16228")
    [cell] = nhu_thanh.lines[0].cells.values()
    assert [(p.unit.name, p.unit.partial) for p in cell.parts] == [("xã Yên Thọ", True)]
    assert cell.combined is None  # listed, outside the sum


def test_no_history_for_a_unit_without_former_communes(db):
    assert former_history(db, "402").empty  # a district: its own figures are its plan's
    assert former_history(db, "16186").empty  # xã Hóa Quỳ: nothing reported for it
