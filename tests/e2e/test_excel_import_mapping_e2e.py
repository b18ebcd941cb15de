"""Issue 14, item 9: Excel table import in the window with a preview of the table and a
column mapping — the detected header and first rows, each column's role from a combo, a
refusal shown in the dialog, then the import as one undo step."""

from __future__ import annotations

from clerk_helpers import NHU_XUAN, clerk_db, clerk_demo, clerk_window, click_button, when_dialog
from openpyxl import Workbook

from itplan_desktop.domain.appendix import ColumnRole
from itplan_desktop.services.xlsx_import import preview_xlsx

__all__ = ["clerk_db", "clerk_demo", "clerk_window"]

TRIEU = 1_000_000


def _workbook(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    sheet.append(["DANH MỤC NHIỆM VỤ ỨNG DỤNG CNTT NĂM 2018 - 2019"])
    sheet.append(["Đơn vị tính: triệu đồng"])
    sheet.append(["TT", "Nội dung công việc", "Người phụ trách", "Dự phòng", "2018", "Ghi chú"])
    sheet.append([1, "Nâng cấp mạng LAN", "Phòng Văn hóa và Thông tin", 200, 150, "ưu tiên"])
    sheet.append([2, "Cổng thông tin điện tử xã", "UBND xã Xuân Bình", 80, 40, ""])
    sheet.append([None, "Tổng cộng", None, 280, 190, None])
    other = book.create_sheet("Ghi chú")
    other.append(["Không có bảng ở đây"])
    book.save(path)
    return path


def _roles(preview) -> dict[str, tuple[ColumnRole, int | None] | None]:
    return {m.letter: (m.target.role, m.target.year) if m.target else None for m in preview.columns}


def test_import_with_preview_and_column_mapping(qtbot, clerk_window, tmp_path, shot):
    path = _workbook(tmp_path / "nhiem vu.xlsx")
    workspace = clerk_window.open_plan(NHU_XUAN)
    plan = workspace.editor.plan
    before = [a.uuid for a in plan.appendices]
    seen = {}

    def drive(dialog) -> None:
        table = dialog.table
        # the detected header and the first rows, as in the sheet
        assert table.item(1, 1).text() == "Nội dung công việc"
        assert table.item(2, 2).text() == "Phòng Văn hóa và Thông tin"
        assert dialog.table.cellWidget(0, 2).currentData() == "text"  # guessed: other text
        assert dialog.table.cellWidget(0, 3).currentData() == "text"  # "Dự phòng" not a year
        assert dialog.table.cellWidget(0, 4).currentData() == "year:2018"
        assert "2 dòng nội dung" in dialog.summary.text()
        shot(dialog, "excel_import_dialog")

        dialog.choose("C", "lead_unit")
        dialog.choose("D", "year:2019")
        assert _roles(dialog.preview)["C"] == (ColumnRole.LEAD_UNIT, None)
        assert _roles(dialog.preview)["D"] == (ColumnRole.YEAR, 2019)
        assert dialog.mapping.to_json()["columns"] == {"C": "lead_unit", "D": "year:2019"}

        # leave out every amount: the importer refuses, the dialog says why
        dialog.choose("D", "ignore")
        dialog.choose("E", "ignore")
        assert dialog.refusal.text()
        assert not dialog.import_button.isEnabled()
        seen["refusal"] = dialog.refusal.text()
        shot(dialog, "excel_import_refused")
        dialog.choose("D", "year:2019")
        dialog.choose("E", "year:2018")
        assert dialog.import_button.isEnabled() and not dialog.refusal.text()

        dialog.title.setFocus()
        dialog.title.setText("Nhiệm vụ ứng dụng CNTT 2018 - 2019")
        dialog.title.editingFinished.emit()
        seen["mapping"] = dialog.mapping.to_json()
        click_button(dialog, "Nhập thành phụ lục")

    when_dialog(drive, timeout_ms=20_000)
    clerk_window.files.import_path(path)
    qtbot.waitUntil(lambda: len(plan.appendices) == len(before) + 1, timeout=20_000)
    assert "phụ lục" in seen["refusal"].lower() or "cột" in seen["refusal"].lower()

    added = plan.appendices[-1]
    assert added.title == "Nhiệm vụ ứng dụng CNTT 2018 - 2019"
    roles = {c.role: c for c in added.columns}
    assert ColumnRole.LEAD_UNIT in roles
    years = {c.year: c.key for c in added.columns if c.role is ColumnRole.YEAR}
    assert set(years) == {2018, 2019}
    first = added.rows[0]
    assert first.values[years[2019]] == 200 * TRIEU and first.values[years[2018]] == 150 * TRIEU
    assert first.texts[roles[ColumnRole.LEAD_UNIT].key] == "Phòng Văn hóa và Thông tin"

    # the same mapping through the CLI's path reads the same table
    again = preview_xlsx(path, mapping=seen["mapping"])
    assert [c.key for c in again.appendix.columns] == [c.key for c in added.columns]

    # one undo step removes it
    assert workspace.undo_stack.undoText().startswith("Nhập bảng Excel")
    workspace.undo_stack.undo()
    assert [a.uuid for a in plan.appendices] == before


def test_cancel_adds_nothing(qtbot, clerk_window, tmp_path):
    path = _workbook(tmp_path / "bang.xlsx")
    workspace = clerk_window.open_plan(NHU_XUAN)
    count = len(workspace.editor.plan.appendices)
    done = []

    def cancel(dialog) -> None:
        dialog.sheet.setCurrentIndex(dialog.sheet.findData("Ghi chú"))  # a sheet with no table
        assert dialog.refusal.text() and not dialog.import_button.isEnabled()
        done.append(dialog.refusal.text())
        click_button(dialog, "Hủy")

    when_dialog(cancel, timeout_ms=20_000)
    clerk_window.files.import_path(path)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert len(workspace.editor.plan.appendices) == count
