"""Issue 14, items 1–5 (crashes and loss), driven in the real main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from itplan_desktop.gui import errors
from itplan_desktop.services.xlsx_export import export_plan_xlsx


def _import_table(window, qtbot, tmp_path: Path, answer) -> str:
    """Export the plan's first appendix to Excel and import it back as a new appendix."""
    plan = window.workspace.editor.plan
    path = export_plan_xlsx(plan, tmp_path / "bang.xlsx", appendix=1)[0]
    before = {a.uuid for a in plan.appendices}
    answer("yes")
    window.files.import_path(path)
    qtbot.waitUntil(lambda: len(plan.appendices) == len(before) + 1, timeout=20_000)
    (added,) = {a.uuid for a in plan.appendices} - before
    return added


def test_undo_of_excel_import_removes_the_appendix_everywhere_and_quit_works(
    plan_window, qtbot, tmp_path, answer, press, doc_shot
):
    """Item 1: Ctrl+Z of "Nhập bảng Excel" leaves no view on the removed appendix; a click
    where it was raises nothing; Ctrl+Q still quits."""
    window = plan_window
    workspace = window.workspace
    added = _import_table(window, qtbot, tmp_path, answer)
    key = f"appendix:{added}"
    qtbot.waitUntil(lambda: workspace.navigator.current_key() == key, timeout=5000)
    editor = workspace.page(key)
    doc_shot(window, "e2e-excel-import-added")
    editor.view.setFocus()
    shown_before = len(errors.shown)

    press(editor.view, "Ctrl+Z")

    assert added not in {a.uuid for a in workspace.editor.plan.appendices}
    assert key not in workspace.navigator.items
    assert key not in workspace._pages
    assert workspace.current_page() is not editor
    assert editor.model.rowCount() == 0  # the model itself was emptied before the page went
    page = workspace.current_page()
    for point in (page.rect().center(), page.rect().topLeft() + page.rect().center() / 2):
        target = page.childAt(point) or page
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(page, point))
    QApplication.processEvents()
    qtbot.wait(400)  # the findings refresh runs
    assert len(errors.shown) == shown_before
    doc_shot(window, "e2e-excel-import-undone")

    press(window, "Ctrl+Y")  # redo brings it back, editable
    assert key in workspace.navigator.items
    workspace.navigate(key)
    assert workspace.page(key).model.rowCount() > 1

    press(window, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def _editable_amount_cell(editor):
    """The proxy index of the first editable amount cell of an appendix editor."""
    from itplan_desktop.domain.appendix import ColumnKind

    model, proxy = editor.model, editor.proxy
    for row in range(model.rowCount() - 1):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            if model.column(col).kind is ColumnKind.TEXT:
                continue
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                return proxy.mapFromSource(index), row, model.column(col).key
    raise AssertionError("no editable amount cell")


def test_cell_typed_without_enter_survives_quit_and_restart(
    plan_window, qtbot, typist, press, e2e_db_path, doc_shot
):
    """Item 2: a value typed into a cell, with the editor still open, is committed on
    Ctrl+Q and is there after a restart."""
    from itplan_desktop.gui.pending_edits import open_cell_editor
    from itplan_desktop.gui.shell.main_window import MainWindow
    from itplan_desktop.store.database import open_database

    window = plan_window
    workspace = window.workspace
    workspace.navigate("appendices")
    editor = workspace.current_page()
    index, row, key = _editable_amount_cell(editor)
    appendix_uuid = editor.document.uuid
    row_uuid = editor.document.appendix.rows[row].uuid
    editor.view.setFocus()
    editor.view.setCurrentIndex(index)
    typist(editor.view, "4")  # the first key opens the cell editor (AnyKeyPressed)
    cell = open_cell_editor(editor.view)
    assert cell is not None
    typist(cell, "321")
    assert cell.text() == "4321"
    doc_shot(window, "e2e-cell-being-edited")

    press(cell, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)

    database = open_database(e2e_db_path)  # "restart": a new window on the same file
    try:
        again = MainWindow(database)
        qtbot.addWidget(again)
        again.show()
        reopened = again.open_plan(workspace.editor.plan.uuid)
        appendix = reopened.editor.plan.appendix(appendix_uuid)
        (saved,) = [r for r in appendix.rows if r.uuid == row_uuid]
        value = reopened.editor.computation(appendix_uuid).value(row, key)
        assert value == 4321 * 1_000_000, (value, saved)  # the appendix is in triệu đồng
        again.close()
    finally:
        database.close()
