"""Breakdowns and total rows in the printed documents (issue 15 items 2 and 3): the PDF read
back with pdftotext, the Excel workbook's formulas recalculated by LibreOffice against the
engine."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from breakdown_shapes import (
    breakdown_appendix,
    group_source_totals_appendix,
    source_totals_appendix,
)
from shape_plans import pdftotext, shape_plan, squash

from itplan_desktop.domain import ColumnKind
from itplan_desktop.domain.appendix_engine import TOTAL_ROW, AppendixComputation, total_row_index
from itplan_desktop.domain.appendix_layout import header_grid
from itplan_desktop.export.xlsx import HEADER_TOP, FormulaPlan
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.services.xlsx_export import export_plan_xlsx
from itplan_desktop.vn.units import from_dong

sys.path.insert(0, str(Path(__file__).parents[1] / "xlsx"))
from xlsx_recalc import recalculate


def _plan():
    plan = shape_plan(
        breakdown_appendix(), source_totals_appendix(), group_source_totals_appendix()
    )
    plan.start_year, plan.end_year = 2016, 2022
    return plan


def test_pdf_prints_the_breakdown_once_and_every_total_row_with_its_label(tmp_path: Path):
    out = export_plan_pdf(_plan(), tmp_path / "kh.pdf")
    text = squash(pdftotext(out, "-layout"))
    # Phụ lục I: the total 106,390 tỷ, never doubled; the parts printed beside it
    assert "106,390" in text and "212,780" not in text
    assert "NS TW" in text and "NSĐP" in text and "2018 -" in text
    assert "34,990" not in text  # parts are printed as typed (30 and 4,99), not their sum
    # Phụ lục II: the total rows above "Tổng cộng", in order, with their figures
    lines = [squash(line) for line in pdftotext(out, "-layout").splitlines()]
    labels = ["Tổng vốn ĐTPT", "Tổng vốn SN", "Năm 2021", "Năm 2022", "Tổng cộng"]
    found = {
        label: next(i for i, line in enumerate(lines) if line.startswith(label))
        for label in labels[:4]
    }
    assert list(found) == sorted(found, key=found.get)
    assert lines[found["Tổng vốn ĐTPT"]].endswith("600 300 900 900")
    assert lines[found["Tổng vốn SN"]].endswith("80 40 120 120")
    assert lines[found["Năm 2021"]].endswith("600 80 600 80 680")
    assert lines[found["Năm 2022"]].endswith("300 40 300 40 340")
    total = next(i for i, line in enumerate(lines) if line.startswith("Tổng cộng 600"))
    assert total > found["Năm 2022"]
    assert lines[total].endswith("600 80 300 40 900 120 1.020")
    # Phụ lục III: the sources come from the group rows
    assert "Tổng vốn ĐTPT 200 100 300" in text and "Tổng vốn SN 30 45 75" in text


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("xlsx")
    plan = _plan()
    (path,) = export_plan_xlsx(plan, workdir / "kh.xlsx")
    recalculated, _seconds = recalculate([path], workdir)
    return plan, path, recalculated[path]


def _decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def test_excel_total_rows_and_breakdowns_recalculate_to_the_engine(workbooks):
    plan, _path, recalculated = workbooks
    checked = 0
    sheets = openpyxl.load_workbook(recalculated, data_only=True).worksheets
    for appendix, ws in zip(plan.appendices, sheets, strict=True):
        computation = AppendixComputation(appendix)
        layout = FormulaPlan(appendix, HEADER_TOP + header_grid(appendix).depth)
        indices = [
            *range(len(appendix.rows)),
            *(total_row_index(p) for p in range(len(appendix.total_rows))),
            TOTAL_ROW,
        ]
        for index in indices:
            for column in appendix.columns:
                if column.kind is ColumnKind.TEXT:
                    continue
                value = computation.value(index, column.key)
                want = None if value is None else from_dong(value, appendix.unit)
                cell = ws.cell(layout.sheet_row(index), layout.columns[column.key])
                assert _decimal(cell.value) == want, (appendix.number, cell.coordinate)
                checked += 1
    assert checked > 100


def test_excel_row_total_leaves_breakdowns_out_and_total_rows_are_formulas(workbooks):
    path = workbooks[1]
    sheets = openpyxl.load_workbook(path).worksheets
    ws = sheets[1]  # years by source, 3 header rows
    # rows 9-11 the items, 12-15 the total rows, 16 "Tổng cộng"
    assert [ws.cell(r, 2).value for r in range(12, 17)] == [
        "Tổng vốn ĐTPT",
        "Tổng vốn SN",
        "Năm 2021",
        "Năm 2022",
        "Tổng cộng",
    ]
    assert ws["D12"].value == '=IF(COUNT(D9:D11),SUM(D9:D11),"")'  # 2021 ĐTPT: every item
    assert ws["E12"].value is None  # 2021 SN counts nothing in "Tổng vốn ĐTPT"
    assert ws["J14"].value == '=IF(COUNT(D14:G14),SUM(D14:G14),"")'  # the row's own inputs
    grouped = sheets[2]
    # rows 8 group ĐTPT, 9 item, 10 group SN, 11-12 items, 13-14 total rows: groups by subtotal
    assert grouped["C13"].value == '=IF(COUNT(C8),SUM(C8),"")'
    assert grouped["C14"].value == '=IF(COUNT(C10),SUM(C10),"")'
    first = sheets[0]
    # the item's total is the typed amount; a breakdown is never added into a row formula
    formulas = [c.value for row in first.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(f.startswith("=") and "D9" in f and "C9" in f for f in formulas)


def test_excel_marks_a_breakdown_that_does_not_add_up(workbooks):
    path = workbooks[1]
    ws = openpyxl.load_workbook(path).worksheets[0]
    rules = {str(r.sqref): [x.formula[0] for x in r.rules] for r in ws.conditional_formatting}
    # columns: A tt, B name, C total, D/E sources, F 2017 (G/H its sources), I 2018-2020
    assert sorted(rules["C9:C12"]) == [
        "AND(COUNT(D9:E9)>0,ROUND(SUM(D9:E9)-N(C9),6)<>0)",  # the sources of the total
        "AND(COUNT(F9,I9)>0,ROUND(SUM(F9,I9)-N(C9),6)<>0)",  # its periods
    ]
    assert rules["F9:F12"] == ["AND(COUNT(G9:H9)>0,ROUND(SUM(G9:H9)-N(F9),6)<>0)"]


def test_excel_import_of_our_export_reads_the_total_rows_back(workbooks):
    from itplan_desktop.services.xlsx_import import preview_xlsx

    plan, path, recalculated = workbooks
    original = plan.appendices[1]
    for source in (path, recalculated):
        preview = preview_xlsx(source, sheet="2")
        appendix = preview.appendix
        assert len(appendix.rows) == len(original.rows)  # no total row read as a task
        assert [(t.label, t.source, t.year) for t in appendix.total_rows] == [
            (t.label, t.source, t.year) for t in original.total_rows
        ]
    computation = AppendixComputation(original)
    for position, total in enumerate(appendix.total_rows):  # the recalculated workbook
        assert total.stated == computation.total_row_values(position)
    grouped = preview_xlsx(recalculated, sheet="3").appendix
    assert [t.source for t in grouped.total_rows] == ["dtpt", "sn"]
