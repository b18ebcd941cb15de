"""Excel import of breakdown columns (issue 15 item 2): our own export of a source × period
breakdown comes back with its breakdowns, so nothing is added twice and the validator still
finds the 2017 sources adding to 34,99 against 38,39."""

from __future__ import annotations

from pathlib import Path

from breakdown_shapes import TRIEU, breakdown_appendix
from shape_plans import shape_plan

from itplan_desktop.domain import Column, ColumnKind, ColumnRole
from itplan_desktop.domain.appendix_engine import TOTAL_ROW, AppendixComputation
from itplan_desktop.domain.validation import validate_plan
from itplan_desktop.formats.xlsx_import.breakdown_columns import make_breakdowns
from itplan_desktop.services.xlsx_export import export_plan_xlsx
from itplan_desktop.services.xlsx_import import preview_xlsx


def test_our_export_of_a_breakdown_imports_with_its_breakdowns(tmp_path: Path):
    plan = shape_plan(breakdown_appendix())
    plan.start_year, plan.end_year = 2016, 2020
    (path,) = export_plan_xlsx(plan, tmp_path / "kh.xlsx")
    appendix = preview_xlsx(path).appendix
    parts = {c.header: (c.role, c.part_of) for c in appendix.columns if c.kind is ColumnKind.MONEY}
    keys = {c.header: c.key for c in appendix.columns}
    total = keys[("Tổng kinh phí",)]
    assert parts[("Tổng kinh phí",)] == (ColumnRole.AMOUNT, None)
    assert parts[("Trong đó", "NS TW")] == (ColumnRole.BREAKDOWN, total)
    assert parts[("Phân kỳ", "2017", "Tổng")] == (ColumnRole.BREAKDOWN, total)
    year = keys[("Phân kỳ", "2017", "Tổng")]
    assert parts[("Phân kỳ", "2017", "NSĐP")] == (ColumnRole.BREAKDOWN, year)
    assert parts[("Phân kỳ", "2018 - 2020")] == (ColumnRole.BREAKDOWN, total)
    computation = AppendixComputation(appendix)
    assert computation.value(TOTAL_ROW, total) == 106_390 * TRIEU  # not added twice
    imported = shape_plan(appendix)
    imported.start_year, imported.end_year = 2016, 2020
    wrong = [f for f in validate_plan(imported) if f.code == "APX014"]
    assert [(f.params["parts_value"], f.params["total_value"]) for f in wrong] == [
        (34_990 * TRIEU, 38_390 * TRIEU)
    ]


def test_columns_outside_a_split_header_stay_as_they_are():
    money = ColumnKind.MONEY
    columns = [
        Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Tên",)),
        Column("allocated", money, ColumnRole.ALLOCATED, ("Yêu cầu vốn", "Đã phân bổ")),
        Column("y2016", money, ColumnRole.YEAR, ("Các năm", "2016"), year=2016),
        Column("total", money, ColumnRole.TOTAL, ("Tổng",)),
    ]
    assert make_breakdowns(columns) == columns
