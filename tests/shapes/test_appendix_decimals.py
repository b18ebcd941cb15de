"""Issue 15, item 5: an appendix chooses the decimals its amounts show — a document that writes
"6,4" tỷ đồng is printed "6,4", not "6,400". Display only: stored đồng never change. Through
the file, the database, the editor (with undo), the PDF and Excel."""

from __future__ import annotations

import copy
import subprocess

import pytest
from openpyxl import load_workbook
from shape_plans import shape_document, shape_plan, year_groups_appendix

from itplan_desktop.domain.appendix import ColumnKind, RowKind
from itplan_desktop.domain.appendix_layout import format_amount
from itplan_desktop.formats.plan_file import dumps, loads, version_needed
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.services.plans import get_plan, import_document
from itplan_desktop.services.xlsx_export import export_plan_xlsx
from itplan_desktop.store.database import open_database
from itplan_desktop.vn.units import MoneyUnit

TY = MoneyUnit.TY_DONG
BILLION = 1_000_000_000


@pytest.mark.parametrize(
    ("amount", "unit", "decimals", "shown"),
    [
        (6_400_000_000, TY, None, "6,400"),  # the unit's rule: three in tỷ đồng
        (6_400_000_000, TY, 1, "6,4"),
        (6_450_000_000, TY, 1, "6,5"),  # half up
        (6_400_000_000, TY, 0, "6"),
        (6_000_000_000, TY, 2, "6,00"),
        (1_500_000, MoneyUnit.TRIEU_DONG, None, "1,5"),
        (1_500_000, MoneyUnit.TRIEU_DONG, 2, "1,50"),
        (9_460_000_000, MoneyUnit.TRIEU_DONG, 0, "9.460"),
    ],
)
def test_the_decimals_shown(amount, unit, decimals, shown):
    assert format_amount(amount, unit, decimals) == shown


def _plan(decimals: int | None):
    plan = shape_plan(year_groups_appendix())
    appendix = plan.appendices[0]
    appendix.unit, appendix.decimals = TY, decimals
    money = [c.key for c in appendix.columns if c.kind is ColumnKind.MONEY and c.is_input_value]
    items = [r for r in appendix.rows if r.kind is RowKind.ITEM]
    for row, amount in zip(items, (6_400_000_000, 2_150_000_000, 3 * BILLION), strict=False):
        row.values = {money[0]: amount}
    return plan


def test_the_file_and_the_database_keep_the_choice(tmp_path):
    plan = _plan(1)
    text = dumps(shape_document(plan))
    assert version_needed(plan) == 2 and '"decimals": 1' in text
    assert loads(text).plan.appendices[0].decimals == 1
    assert '"decimals"' not in dumps(shape_document(_plan(None)))  # absent unless chosen
    db = open_database(tmp_path / "plans.sqlite")
    uuid = import_document(db, shape_document(plan)).uuid
    assert get_plan(db, uuid).appendices[0].decimals == 1
    db.close()


def test_the_pdf_prints_the_chosen_decimals(tmp_path):
    chosen = export_plan_pdf(_plan(1), tmp_path / "one.pdf", appendix=1)
    rule = export_plan_pdf(_plan(None), tmp_path / "rule.pdf", appendix=1)

    def words(path):
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        return out.stdout.decode("utf-8").split()

    assert "6,4" in words(chosen) and "6,400" not in words(chosen)
    assert "6,400" in words(rule)
    assert "11,6" in words(chosen)  # the total 11,55 tỷ đồng, half up


def test_excel_shows_the_chosen_decimals_over_exact_values(tmp_path):
    (path,) = export_plan_xlsx(_plan(1), tmp_path / "one.xlsx")
    sheet = load_workbook(path).worksheets[0]
    money = [
        cell
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, int | float) or str(cell.value).startswith("=IF")
    ]
    assert money and all(cell.number_format == "#,##0.0" for cell in money)
    assert 2.15 in [cell.value for cell in money]  # the exact value, shown as 2,2


def test_the_clerk_chooses_the_decimals_in_the_editor_and_undoes(tmp_path, make_editor):
    db = open_database(tmp_path / "plans.sqlite")
    uuid = import_document(db, shape_document(_plan(None))).uuid
    editor = PlanEditor(db, uuid)
    widget = make_editor(editor)
    model, box = widget.model, widget.decimals_box

    def shown():
        return {
            model.index(r, c).data()
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        }

    assert "6,400" in shown()
    assert box.currentIndex() == 0 and box.currentText() == "tự động"
    box.setCurrentIndex(2)  # "1"
    assert editor.plan.appendices[0].decimals == 1
    assert "6,4" in shown() and "6,400" not in shown()
    assert widget.undo_stack.undoText() == "Đổi số chữ số thập phân: 1"
    widget.undo_stack.undo()
    assert editor.plan.appendices[0].decimals is None and "6,400" in shown()
    assert box.currentIndex() == 0
    widget.undo_stack.redo()
    editor.save()
    assert get_plan(db, uuid).appendices[0].decimals == 1
    assert get_plan(db, uuid).appendices[0].rows == copy.deepcopy(editor.plan.appendices[0].rows)
    db.close()
