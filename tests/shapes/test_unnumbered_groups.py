"""Group style "none" (issue 15.1): unnumbered group rows ("Năm 2021") render everywhere.

The schema accepted the style while PDF, Excel, the appendix editor and the KPI report raised
`unknown outline style 'none'`; one test per renderer reads the output back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from shape_plans import pdftotext, shape_document, shape_plan, squash, year_groups_appendix

from itplan_desktop.domain.appendix_layout import row_labels
from itplan_desktop.formats.plan_file import dumps, loads
from itplan_desktop.services.kpi_report import export_report
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.services.plans import import_document
from itplan_desktop.services.xlsx_export import export_plan_xlsx
from itplan_desktop.store.database import open_database
from itplan_desktop.vn.outline import outline_label


def test_style_none_labels_nothing():
    assert outline_label("none", 3) == ""
    assert row_labels(year_groups_appendix()) == ["", "1", "2", "", "1"]


def test_pdf_prints_unnumbered_year_groups(tmp_path: Path):
    out = export_plan_pdf(shape_plan(year_groups_appendix()), tmp_path / "kh.pdf")
    text = squash(pdftotext(out))
    assert "Năm 2021" in text and "Năm 2022" in text
    assert "I Năm 2021" not in text
    assert "150" in text  # the 2021 subtotal: 120 + 30


def test_excel_exports_unnumbered_year_groups(tmp_path: Path):
    (out,) = export_plan_xlsx(shape_plan(year_groups_appendix()), tmp_path / "kh.xlsx")
    sheet = load_workbook(out).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    group_rows = [r for r in rows if "Năm 2021" in r or "Năm 2022" in r]
    assert len(group_rows) == 2
    assert all(r[0] in (None, "") for r in group_rows)  # no TT on the group rows


def test_plan_file_round_trips_style_none():
    text = dumps(shape_document(shape_plan(year_groups_appendix())))
    assert loads(text).plan.appendices[0].group_styles == ("none",)
    assert dumps(loads(text)) == text


def test_editor_opens_unnumbered_year_groups(tmp_path: Path, make_editor):
    db = open_database(tmp_path / "plans.sqlite")
    try:
        result = import_document(db, shape_document(shape_plan(year_groups_appendix())))
        widget = make_editor(PlanEditor(db, result.uuid))
        model = widget.model
        tt = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert tt[:5] == ["", "1", "2", "", "1"]
    finally:
        db.close()


def test_kpi_report_lists_tasks_of_unnumbered_groups(tmp_path: Path):
    db = open_database(tmp_path / "plans.sqlite")
    try:
        result = import_document(db, shape_document(shape_plan(year_groups_appendix())))
        out = export_report(db, result.uuid, tmp_path / "bc.pdf", today=date(2021, 7, 10))
        assert "Triển khai chữ ký số" in squash(pdftotext(out))
    finally:
        db.close()
