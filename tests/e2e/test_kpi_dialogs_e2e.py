"""Issue 14, item 5: the KPI dialogs validate on the field and never replace a figure
silently."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox

from itplan_desktop.gui.pending_edits import open_cell_editor


def _tracker(window):
    window.workspace.navigate("indicators")
    return window.workspace.current_page()


def test_enter_on_an_invalid_target_keeps_the_new_indicator_dialog_open(
    plan_window, qtbot, typist, press, doc_shot
):
    tracker = _tracker(plan_window)
    count = len(plan_window.workspace.editor.plan.indicators)
    tracker.indicator_actions.add_button.click()
    dialog = tracker.indicator_actions.new_dialog
    qtbot.waitExposed(dialog)
    typist(dialog.form.name, "Tỷ lệ hồ sơ xử lý trực tuyến")
    table = dialog.form.targets
    table.setFocus()
    table.setCurrentCell(0, 1)
    QTest.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState
    editor = open_cell_editor(table)
    typist(editor, "150")
    press(editor, "Return")
    press(dialog, "Return")  # a second Enter: the dialog's default button
    assert dialog.isVisible(), "an invalid target must not close the dialog"
    assert len(plan_window.workspace.editor.plan.indicators) == count
    assert "100%" in dialog.form.message.text() and "150" in dialog.form.message.text()
    assert table.item(0, 1).text() == "150"  # kept for the clerk to correct
    doc_shot(dialog, "e2e-kpi-new-indicator-invalid-target")

    table.item(0, 1).setText("85")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible(), dialog.form.message.text()
    added = plan_window.workspace.editor.plan.indicators[-1]
    assert added.name == "Tỷ lệ hồ sơ xử lý trực tuyến"
    assert added.targets == {plan_window.workspace.editor.plan.years[1]: 85}


def test_district_figure_is_not_silently_replaced_by_the_communes_roll_up(
    plan_window, qtbot, press, doc_shot
):
    from itplan_desktop.gui.kpi.models import CellRole
    from itplan_desktop.gui.kpi.tracker import BY_COMMUNE, BY_PERIOD

    tracker = _tracker(plan_window)
    if not tracker.communes:
        tracker.add_communes.click()
    assert len(tracker.communes) == 18
    row = 6  # a percentage of communes: rolled up from the communes' figures
    column = next(i for i, c in enumerate(tracker.model.columns) if c.period == "2017-H1")
    tracker.enter(row, column, "44")
    assert tracker.model.data(tracker.model.index(row, column)) == "44%"

    tracker.mode.setCurrentIndex(BY_COMMUNE)
    tracker.period_box.setCurrentText("6 tháng đầu năm 2017")
    tracker.table.setCurrentIndex(tracker.model.index(row, 0))
    assert tracker.paste_text("\t".join(["1/2"] * 18) + "\n") == []
    tracker.mode.setCurrentIndex(BY_PERIOD)

    cell = tracker.model.data(tracker.model.index(row, column), CellRole)
    assert cell.text == "44%" and not cell.actual.derived  # kept, not replaced
    notice = tracker.rollup_notice
    assert notice.isVisible()
    assert "44%" in notice.label.text() and "50%" in notice.label.text()
    doc_shot(tracker, "e2e-kpi-rollup-notice")

    notice.use_button.click()
    cell = tracker.model.data(tracker.model.index(row, column), CellRole)
    assert cell.text == "50%" and cell.actual.derived_from == 18
    assert not notice.isVisible()
    press(tracker.table, "Ctrl+Z")  # the choice is undoable
    assert tracker.model.data(tracker.model.index(row, column)) == "44%"
    assert notice.isVisible()
    notice.keep_button.click()
    assert not notice.isVisible()
    assert tracker.model.data(tracker.model.index(row, column)) == "44%"
