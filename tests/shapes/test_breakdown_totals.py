"""A breakdown beside the total and several total rows (issue 15 items 2 and 3): the engine,
the validator, the plan file and the database, on tables built from the shapes of real plans
(tests/shapes/breakdown_shapes.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from breakdown_shapes import (
    TRIEU,
    TY,
    breakdown_appendix,
    group_source_totals_appendix,
    source_totals_appendix,
)
from shape_plans import shape_document, shape_plan

from itplan_desktop.domain import Appendix, Column, ColumnKind, ColumnRole, TotalRow
from itplan_desktop.domain.appendix_engine import (
    TOTAL_ROW,
    AppendixComputation,
    breakdowns,
    plan_budget,
    total_row_index,
)
from itplan_desktop.domain.column_parts import Part
from itplan_desktop.domain.validation import validate_plan
from itplan_desktop.formats.plan_file import dumps, loads, version_needed
from itplan_desktop.messages import set_language
from itplan_desktop.services.plans import get_plan, import_document, plan_document
from itplan_desktop.store.database import open_database


def _period_plan(*appendices: Appendix):
    plan = shape_plan(*appendices)
    plan.start_year, plan.end_year = 2016, 2020
    return plan


# -- the registry of column parts --------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "role", "part", "typed", "summed"),
    [
        (ColumnKind.TEXT, ColumnRole.NAME, Part.TEXT, False, False),
        (ColumnKind.MONEY, ColumnRole.YEAR, Part.SUMMAND, True, True),
        (ColumnKind.MONEY, ColumnRole.ALLOCATED, Part.SUMMAND, True, True),
        (ColumnKind.MONEY, ColumnRole.BREAKDOWN, Part.BREAKDOWN, True, True),
        (ColumnKind.NUMBER, ColumnRole.STAFF, Part.QUANTITY, True, True),
        (ColumnKind.NUMBER, ColumnRole.RATE, Part.RATE, True, False),
        (ColumnKind.MONEY, ColumnRole.RATE, Part.RATE, True, False),
        (ColumnKind.MONEY, ColumnRole.TOTAL, Part.COMPUTED, False, True),
    ],
)
def test_each_kind_and_role_is_one_part(kind, role, part, typed, summed):
    column = Column("c", kind, role, ("C",))
    assert (column.part.part, column.is_input_value, column.is_summed) == (part, typed, summed)


# -- breakdown ---------------------------------------------------------------------------


def test_breakdown_is_shown_and_summed_down_but_never_counted_in_the_total():
    computation = AppendixComputation(breakdown_appendix())
    assert computation.value(1, "total") == 60 * TY  # the typed total, no part added to it
    assert computation.value(0, "total_tw") == 50 * TY  # parts add up down the group
    assert computation.value(TOTAL_ROW, "total") == 106_390 * TRIEU  # not 2 × or 3 ×
    assert computation.need_total() == 106_390 * TRIEU
    assert plan_budget(_period_plan(breakdown_appendix())).total == 106_390 * TRIEU


def test_breakdowns_are_grouped_by_the_column_they_split_and_their_name():
    assert breakdowns(breakdown_appendix()) == {
        ("total", "nguồn"): ("total_tw", "total_dp"),
        ("total", "giai đoạn"): ("y2017", "p2018"),
        ("y2017", "nguồn"): ("y2017_tw", "y2017_dp"),
    }


def test_validator_finds_the_sources_of_a_year_not_adding_up():
    findings = validate_plan(_period_plan(breakdown_appendix()))
    apx014 = [f for f in findings if f.code == "APX014"]
    item = [f for f in apx014 if f.params["row"] == "2"]
    assert len(item) == 1
    assert item[0].params["parts_value"] == 34_990 * TRIEU
    assert item[0].params["total_value"] == 38_390 * TRIEU
    assert item[0].location.column == "y2017"
    assert item[0].message == (
        "Phụ lục I, dòng 2 “Hệ thống một cửa điện tử”: các cột “Phân kỳ - 2017 - NS TW”, "
        "“Phân kỳ - 2017 - NSĐP” cộng được 34,990 tỷ đồng, khác cột “Phân kỳ - 2017 - Tổng” "
        "là 38,390 tỷ đồng."
    )
    set_language("en")
    try:
        assert item[0].message.startswith(
            "Appendix I, row 2 “Hệ thống một cửa điện tử”: the columns “Phân kỳ - 2017 - NS TW”"
        )
    finally:
        set_language("vi")
    # the group row states NS TW 30 (the rows give 50): its sources no longer give its total
    group = [f for f in apx014 if f.params["row"] == "I"]
    assert [f.params["parts_value"] for f in group] == [86_390 * TRIEU]
    assert {f.code for f in findings} == {"APX001", "APX014"}


def test_consistent_breakdown_gives_no_finding():
    appendix = breakdown_appendix()
    appendix.rows[0].stated.clear()
    appendix.rows[2].values["y2017_dp"] = 8_390 * TRIEU
    assert validate_plan(_period_plan(appendix)) == []


def test_a_breakdown_of_a_column_the_table_lacks_is_a_warning():
    appendix = breakdown_appendix()
    appendix.columns[3] = Column(
        "total_tw", ColumnKind.MONEY, ColumnRole.BREAKDOWN, ("NS TW",), part_of="nothing"
    )
    (warning,) = [f for f in validate_plan(_period_plan(appendix)) if f.code == "APX015"]
    assert warning.location.column == "total_tw" and warning.params["part_of"] == "nothing"


# -- total rows --------------------------------------------------------------------------


def test_total_rows_per_source_and_per_year_across_sources():
    computation = AppendixComputation(source_totals_appendix())
    dtpt, sn, y2021, y2022 = (computation.total_row_values(p) for p in range(4))
    assert dtpt == {
        k: v * TRIEU
        for k, v in {"y2021_dtpt": 600, "y2022_dtpt": 300, "total_dtpt": 900, "total": 900}.items()
    }
    assert sn == {
        k: v * TRIEU
        for k, v in {"y2021_sn": 80, "y2022_sn": 40, "total_sn": 120, "total": 120}.items()
    }
    assert y2021["total"] == 680 * TRIEU and y2022["total"] == 340 * TRIEU
    assert y2021.get("y2022_dtpt") is None  # other years stay empty
    assert computation.value(TOTAL_ROW, "total") == 1_020 * TRIEU
    assert computation.value(total_row_index(1), "y2022_sn") == 40 * TRIEU


def test_total_rows_follow_the_source_of_the_groups():
    computation = AppendixComputation(group_source_totals_appendix())
    assert computation.total_row_values(0) == {
        "y2021": 200 * TRIEU,
        "y2022": 100 * TRIEU,
        "total": 300 * TRIEU,
    }
    assert computation.total_row_values(1)["total"] == 75 * TRIEU


def test_an_edit_updates_the_total_rows_it_reaches_and_says_so():
    computation = AppendixComputation(source_totals_appendix())
    changed = computation.set_value(1, "y2022_sn", 55 * TRIEU)  # 40 -> 55
    sn, y2022 = total_row_index(1), total_row_index(3)
    assert {(sn, "y2022_sn"), (sn, "total_sn"), (sn, "total"), (y2022, "total")} <= changed
    assert (total_row_index(0), "total") not in changed  # ĐTPT untouched
    assert computation.value(sn, "total") == 135 * TRIEU
    assert computation.value(y2022, "total") == 355 * TRIEU
    fresh = AppendixComputation(computation.appendix)
    for position in range(4):
        assert fresh.total_row_values(position) == computation.total_row_values(position)


def test_validator_checks_a_total_row_against_its_stated_figure():
    findings = validate_plan(shape_plan(source_totals_appendix()))
    (wrong,) = findings
    assert wrong.code == "APX016"
    assert wrong.message == (
        "Phụ lục I, dòng “Tổng vốn SN”, cột “Nhu cầu vốn đầu tư các năm - 2022 - Vốn SN”: "
        "ghi 45 triệu đồng nhưng cộng các dòng được 40 triệu đồng."
    )


def test_the_finding_points_at_the_total_row():
    plan = shape_plan(source_totals_appendix())
    (wrong,) = validate_plan(plan)
    assert wrong.location.row == plan.appendices[0].total_rows[1].uuid
    assert wrong.location.column == "y2022_sn"


# -- the plan file and the database ------------------------------------------------------


def test_plan_file_version_2_round_trips_and_old_files_stay_version_1(tmp_path: Path):
    plan = _period_plan(breakdown_appendix(), source_totals_appendix())
    text = dumps(shape_document(plan))
    data = json.loads(text)
    assert data["version"] == 2
    columns = data["plan"]["appendices"][0]["columns"]
    assert columns[3]["role"] == "breakdown" and columns[3]["part_of"] == "total"
    assert columns[3]["split"] == "nguồn"
    assert [t["label"] for t in data["plan"]["appendices"][1]["total_rows"]] == [
        "Tổng vốn ĐTPT",
        "Tổng vốn SN",
        "Năm 2021",
        "Năm 2022",
    ]
    assert dumps(loads(text)) == text
    plain = shape_plan(group_source_totals_appendix())
    plain.appendices[0].total_rows = []
    old = dumps(shape_document(plain))
    assert json.loads(old)["version"] == 1 and version_needed(plain) == 1
    assert "total_rows" not in old and "part_of" not in old


def test_database_keeps_breakdowns_and_total_rows(tmp_path: Path):
    plan = _period_plan(breakdown_appendix(), source_totals_appendix())
    document = shape_document(plan)
    db = open_database(tmp_path / "plans.sqlite")
    try:
        import_document(db, document)
        stored = plan_document(db, get_plan(db, plan.uuid))
        assert json.loads(dumps(stored))["plan"] == json.loads(dumps(document))["plan"]
        assert stored.plan.appendices[1].total_rows[1].stated == {"y2022_sn": 45 * TRIEU}
    finally:
        db.close()


def test_a_total_row_stating_a_text_column_is_refused():
    plan = shape_plan(source_totals_appendix())
    data = json.loads(dumps(shape_document(plan)))
    data["plan"]["appendices"][0]["total_rows"][0]["stated"] = {"name": 5}
    from itplan_desktop.messages import UserError

    with pytest.raises(UserError) as refused:
        loads(json.dumps(data))
    assert "total_rows[0].stated.name" in refused.value.text


def test_total_row_without_filter_is_the_total():
    appendix = group_source_totals_appendix()
    appendix.total_rows.append(TotalRow("Cộng"))
    computation = AppendixComputation(appendix)
    assert computation.total_row_values(2) == computation.totals


@pytest.mark.parametrize(
    ("label", "scope"),
    [
        ("Tổng vốn ĐTPT", ("dtpt", None)),
        ("Tổng vốn đầu tư phát triển", ("dtpt", None)),
        ("Tổng vốn SN:", ("sn", None)),
        ("Cộng vốn sự nghiệp", ("sn", None)),
        ("Năm 2021", (None, 2021)),
        ("Tổng năm 2022", (None, 2022)),
        ("Tổng cộng", None),
        ("Mua sắm máy chủ", None),
    ],
)
def test_excel_import_reads_what_a_total_row_label_names(label, scope):
    from itplan_desktop.formats.xlsx_import.total_rows import total_row_filter

    assert total_row_filter(label) == scope


def test_a_rate_column_is_typed_but_never_added_up():
    """Đơn giá (unit price) beside a quantity and an amount: shown per item, empty on group,
    total and total rows, never in the row total; Excel writes no formula for it."""
    from itplan_desktop.domain import AppendixRow, RowKind
    from itplan_desktop.export.xlsx import FormulaPlan

    appendix = group_source_totals_appendix()
    appendix.columns.insert(2, Column("price", ColumnKind.MONEY, ColumnRole.RATE, ("Đơn giá",)))
    appendix.columns.insert(3, Column("qty", ColumnKind.NUMBER, ColumnRole.QUANTITY, ("SL",)))
    appendix.rows[1].values.update(price=20 * TRIEU, qty=10)
    appendix.rows.insert(
        2,
        AppendixRow(RowKind.ITEM, texts={"name": "Máy in"}, values={"price": 5 * TRIEU, "qty": 2}),
    )
    computation = AppendixComputation(appendix)
    assert computation.value(1, "price") == 20 * TRIEU
    assert computation.value(0, "price") is None  # the group adds no prices
    assert computation.value(0, "qty") == 12  # but counts quantities
    assert computation.value(TOTAL_ROW, "price") is None
    assert computation.total_row_values(0).get("price") is None
    assert computation.value(1, "total") == 300 * TRIEU  # the price is not an amount
    assert validate_plan(shape_plan(appendix)) == []
    layout = FormulaPlan(appendix, 8)
    assert "price" not in layout.row_formulas(0) and "qty" in layout.row_formulas(0)
    assert "price" not in layout.row_formulas(TOTAL_ROW)


@pytest.mark.parametrize("make", [source_totals_appendix, group_source_totals_appendix])
def test_incremental_total_rows_equal_a_rebuild_after_many_edits(make):
    import random

    appendix = make()
    appendix.total_rows.append(TotalRow("Năm 2022", year=2022))
    computation = AppendixComputation(appendix)
    pick = random.Random(15)
    items = [i for i, r in enumerate(appendix.rows) if r.kind.value == "item"]
    inputs = [c.key for c in appendix.columns if c.is_input_value]
    for _ in range(200):
        value = pick.choice([None, pick.randrange(0, 900) * TRIEU])
        computation.set_value(pick.choice(items), pick.choice(inputs), value)
    fresh = AppendixComputation(appendix)
    for position in range(len(appendix.total_rows)):
        assert computation.total_row_values(position) == fresh.total_row_values(position)
    assert computation.totals == fresh.totals
