"""The appendix editor over breakdowns and total rows (issue 15 items 2 and 3), driven like a
user: the total rows above "Tổng cộng" shown with their labels and figures, kept last when
sorting, updated by an edit and its undo; a breakdown that does not add up shown in red."""

from __future__ import annotations

from pathlib import Path

from breakdown_shapes import breakdown_appendix, source_totals_appendix
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from shape_plans import shape_document, shape_plan

from itplan_desktop.domain.appendix_engine import TOTAL_ROW, total_row_index
from itplan_desktop.gui.appendix.model import KIND_ROLE, STATED_DIFF_TEXT
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.services.plans import import_document
from itplan_desktop.store.database import open_database

NAME = 1  # the name column of both tables


def _open(tmp_path: Path, make_editor, appendix: int):
    plan = shape_plan(breakdown_appendix(), source_totals_appendix())
    plan.start_year, plan.end_year = 2016, 2022
    db = open_database(tmp_path / "plans.sqlite")
    result = import_document(db, shape_document(plan))
    return db, make_editor(PlanEditor(db, result.uuid), appendix)


def _cell(widget, row: int, key: str):
    model = widget.model
    return model.index(model.model_row(row), model.column_index(key))


def _type(qtbot, widget, row: int, key: str, text: str) -> None:
    index = widget.proxy.mapFromSource(_cell(widget, row, key))
    widget.view.setCurrentIndex(index)
    widget.view.edit(index)
    editors = [e for e in widget.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    editing = widget.view.State.EditingState
    qtbot.waitUntil(lambda: widget.view.state() != editing, timeout=2000)


def test_total_rows_show_above_the_total_with_labels_and_figures(tmp_path, make_editor):
    db, widget = _open(tmp_path, make_editor, 1)
    try:
        model = widget.model
        assert model.rowCount() == 3 + 4 + 1
        names = [model.index(r, NAME).data() for r in range(3, 8)]
        assert names == ["Tổng vốn ĐTPT", "Tổng vốn SN", "Năm 2021", "Năm 2022", "Tổng cộng"]
        assert all(model.index(r, NAME).data(KIND_ROLE) == "total" for r in range(3, 8))
        assert _cell(widget, total_row_index(0), "total").data() == "900"
        assert _cell(widget, total_row_index(2), "total").data() == "680"
        assert _cell(widget, total_row_index(3), "y2021_dtpt").data() == ""
        assert _cell(widget, TOTAL_ROW, "total").data() == "1.020"
        flags = _cell(widget, total_row_index(1), "y2022_sn").flags()
        assert not flags & Qt.ItemFlag.ItemIsEditable
        # the stated 45 (the rows give 40) is shown in red with both figures
        wrong = _cell(widget, total_row_index(1), "y2022_sn")
        assert wrong.data(Qt.ItemDataRole.ForegroundRole) == STATED_DIFF_TEXT
        assert "45" in wrong.data(Qt.ItemDataRole.ToolTipRole)
    finally:
        db.close()


def test_an_edit_and_its_undo_update_the_total_rows(qtbot, tmp_path, make_editor):
    db, widget = _open(tmp_path, make_editor, 1)
    try:
        sn = _cell(widget, total_row_index(1), "total")
        assert sn.data() == "120"
        with qtbot.waitSignal(widget.changed):
            _type(qtbot, widget, 1, "y2022_sn", "55")
        assert _cell(widget, total_row_index(1), "total").data() == "135"
        assert _cell(widget, total_row_index(3), "total").data() == "355"
        assert _cell(widget, total_row_index(0), "total").data() == "900"
        widget.undo_stack.undo()
        assert _cell(widget, total_row_index(1), "total").data() == "120"
        assert _cell(widget, total_row_index(3), "total").data() == "340"
    finally:
        db.close()


def test_sorting_keeps_the_total_rows_last_in_their_order(tmp_path, make_editor):
    db, widget = _open(tmp_path, make_editor, 1)
    try:
        column = widget.model.column_index("total")
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            widget.proxy.sort(column, order)
            shown = [widget.proxy.index(r, NAME).data() for r in range(8)]
            assert shown[3:] == [
                "Tổng vốn ĐTPT",
                "Tổng vốn SN",
                "Năm 2021",
                "Năm 2022",
                "Tổng cộng",
            ]
    finally:
        db.close()


def test_a_finding_on_a_total_row_focuses_it(tmp_path, make_editor):
    db, widget = _open(tmp_path, make_editor, 1)
    try:
        total = widget.document.appendix.total_rows[1]
        widget.focus_cell(total.uuid, "y2022_sn")
        current = widget.proxy.mapToSource(widget.view.currentIndex())
        assert current.row() == 4 and current.data() == "40"
    finally:
        db.close()


def test_breakdown_cells_are_typed_and_a_wrong_split_is_red(qtbot, tmp_path, make_editor):
    db, widget = _open(tmp_path, make_editor, 0)
    try:
        model = widget.model
        part = _cell(widget, 2, "y2017_dp")
        assert part.flags() & Qt.ItemFlag.ItemIsEditable
        assert "không cộng vào tổng" in part.data(Qt.ItemDataRole.ToolTipRole)
        year = _cell(widget, 2, "y2017")  # its sources give 34,990 against 38,390
        assert year.data(Qt.ItemDataRole.ForegroundRole) == STATED_DIFF_TEXT
        assert "34,990" in year.data(Qt.ItemDataRole.ToolTipRole)
        assert _cell(widget, 1, "y2017").data(Qt.ItemDataRole.ForegroundRole) != STATED_DIFF_TEXT
        assert _cell(widget, TOTAL_ROW, "total").data() == "106,390"  # parts not added in
        with qtbot.waitSignal(model.dataChanged):
            _type(qtbot, widget, 2, "y2017_dp", "8,39")
        year = _cell(widget, 2, "y2017")
        assert year.data(Qt.ItemDataRole.ForegroundRole) != STATED_DIFF_TEXT
        assert _cell(widget, TOTAL_ROW, "total").data() == "106,390"
    finally:
        db.close()


def test_column_layout_dialog_keeps_and_sets_breakdowns(qtbot, tmp_path, make_editor):
    from PySide6.QtWidgets import QComboBox

    from itplan_desktop.domain import ColumnRole
    from itplan_desktop.gui.appendix.column_layout_dialog import _PART, _ROLE, ColumnLayoutDialog

    db, widget = _open(tmp_path, make_editor, 0)
    try:
        appendix = widget.document.appendix
        dialog = ColumnLayoutDialog(appendix, [2017, 2018], widget)
        qtbot.addWidget(dialog)
        assert dialog.read_columns() == appendix.columns  # opening and OK change nothing
        # make "2018 - 2020" a breakdown of the 2017 column instead of the total
        row = [c.key for c in appendix.columns].index("p2018")
        part = dialog.table.cellWidget(row, _PART)
        assert isinstance(part, QComboBox) and part.currentData() == "total"
        part.setCurrentIndex(part.findData("y2017"))
        columns = dialog.read_columns()
        assert columns[row].part_of == "y2017" and columns[row].split == "giai đoạn"
        role = dialog.table.cellWidget(row, _ROLE)
        assert isinstance(role, QComboBox)
        role.setCurrentIndex(role.findData(ColumnRole.AMOUNT))
        assert dialog.read_columns()[row].part_of is None  # only a breakdown splits a column
        role.setCurrentIndex(role.findData(ColumnRole.BREAKDOWN))
        part = dialog.table.cellWidget(row, _PART)
        assert isinstance(part, QComboBox)
        part.setCurrentIndex(0)  # no column chosen
        from itplan_desktop.services import appendix_editing as ops

        assert any("cột chi tiết" in p for p in ops.layout_problems(dialog.read_columns()))
    finally:
        db.close()


def test_total_rows_dialog_adds_one_row_per_source_with_one_undo_step(qtbot, tmp_path, make_editor):
    from itplan_desktop.gui.appendix.commands import TotalRowsCommand
    from itplan_desktop.gui.appendix.total_rows_dialog import TotalRowsDialog

    db, widget = _open(tmp_path, make_editor, 1)
    try:
        appendix = widget.document.appendix
        appendix_rows = len(appendix.rows)
        dialog = TotalRowsDialog(appendix, [2021, 2022], widget)
        qtbot.addWidget(dialog)
        assert [t.label for t in dialog.read_rows()] == [t.label for t in appendix.total_rows]
        dialog.rows = []
        dialog._fill()
        dialog._per_source()
        dialog._per_year()
        rows = dialog.read_rows()
        assert [(t.label, t.source, t.year) for t in rows] == [
            ("Tổng vốn đầu tư phát triển", "dtpt", None),
            ("Tổng vốn sự nghiệp", "sn", None),
            ("Năm 2021", None, 2021),
            ("Năm 2022", None, 2022),
        ]
        before = list(appendix.total_rows)
        widget.undo_stack.push(TotalRowsCommand(widget.document, rows[:2]))
        assert widget.model.rowCount() == appendix_rows + 2 + 1
        assert _cell(widget, total_row_index(1), "total").data() == "120"
        assert widget.undo_stack.undoText() == "Sửa các dòng tổng"
        widget.undo_stack.undo()
        assert appendix.total_rows == before
        assert widget.model.rowCount() == appendix_rows + 4 + 1
    finally:
        db.close()


def test_the_main_window_lists_the_findings_and_jumps_to_a_total_row(qtbot, tmp_path):
    from itplan_desktop.gui import i18n
    from itplan_desktop.gui.application import make_application
    from itplan_desktop.gui.shell.main_window import MainWindow

    plan = shape_plan(breakdown_appendix(), source_totals_appendix())
    plan.start_year, plan.end_year = 2016, 2022
    db = open_database(tmp_path / "plans.sqlite")
    try:
        import_document(db, shape_document(plan))
        make_application()
        i18n.set_language("vi")
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.resize(1280, 820)
        window.show()
        qtbot.waitExposed(window)
        workspace = window.open_plan(plan.uuid)
        panel = workspace.findings_panel
        qtbot.waitUntil(lambda: {"APX014", "APX016"} <= {f.code for f in panel.findings})
        finding = next(f for f in panel.findings if f.code == "APX016")
        workspace.jump_to(finding)
        editor = workspace.pages.currentWidget()
        current = editor.proxy.mapToSource(editor.view.currentIndex())
        assert editor.model.appendix_row(current.row()) == total_row_index(1)
        assert editor.model.column(current.column()).key == "y2022_sn"
        window.close()
    finally:
        db.close()
