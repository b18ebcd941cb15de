"""The tracker's indicator and commune screens driven like a user: pick from the catalogue,
edit a target and undo it, add a user's own yes/no indicator, add a commune and enter a
value for it, delete an indicator that has figures (asked first), reorder."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from screenshots import save_screen

from itplan_desktop.domain.indicator import IndicatorKind
from itplan_desktop.gui.kpi.tracker import BY_COMMUNE, BY_PERIOD
from itplan_desktop.services.kpi_communes import list_communes


def names(tracker) -> list[str]:
    return [i.name for i in tracker.editor.plan.indicators]


def test_pick_two_indicators_from_the_catalogue(tracker, qtbot):
    actions = tracker.indicator_actions
    assert tracker.model.rowCount() == 8
    qtbot.mouseClick(actions.catalogue_button, Qt.MouseButton.LeftButton)
    picker = actions.catalogue
    assert picker is not None and picker.isVisible()
    assert not picker.ok.isEnabled()
    picker.search.setText("ky so")  # accent-insensitive: "ký số"
    visible = picker.visible_codes()
    assert "ud.signed_documents" in visible and "ht.computers" not in visible
    save_screen(picker, "kpi_catalogue_picker_search")
    picker.set_checked("ud.signed_documents")
    picker.search.setText("muc do 4")
    assert set(picker.visible_codes()) == {"dvc.level4_district", "dvc.level4_commune"}
    picker.set_checked("dvc.level4_commune")
    picker.set_target("dvc.level4_commune", "30%")
    picker.search.clear()
    assert "Đã chọn 2 chỉ tiêu" in picker.count.text() and picker.ok.isEnabled()
    picker.items["ud.dms_commune"].setSelected(True)
    save_screen(picker, "kpi_catalogue_picker")
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    plan = tracker.editor.plan
    assert tracker.model.rowCount() == 10
    added = plan.indicators[-2:]
    assert [i.catalogue_code for i in added] == ["ud.signed_documents", "dvc.level4_commune"]
    assert added[0].targets == {2020: Decimal(80)} and added[1].targets == {2020: Decimal(30)}
    header = tracker.model.headerData(9, Qt.Orientation.Vertical)
    assert header.startswith("10. Tỷ lệ thủ tục hành chính cấp xã")
    assert tracker.stack_ref.undoText() == "Thêm 2 chỉ tiêu"
    assert tracker.editor.dirty
    save_screen(tracker, "kpi_tracker_with_catalogue_indicators")
    # a second visit greys what the plan has
    picker = actions.open_catalogue()
    assert not picker.items["ud.signed_documents"].flags() & Qt.ItemFlag.ItemIsUserCheckable
    picker.reject()
    tracker.stack_ref.undo()
    assert tracker.model.rowCount() == 8


def test_edit_a_target_and_undo_it(tracker, qtbot):
    tracker.table.setCurrentIndex(tracker.model.index(5, 0))  # "Số dịch vụ … mức độ 3" (count)
    qtbot.mouseClick(tracker.indicator_actions.edit_button, Qt.MouseButton.LeftButton)
    dialog = tracker.indicator_actions.editor_dialog
    assert dialog is not None and dialog.list.currentRow() == 5
    indicator = tracker.editor.plan.indicators[5]
    assert indicator.kind is IndicatorKind.COUNT and indicator.targets == {2020: Decimal(5)}
    form = dialog.form
    form.set_target(2018, "3")
    assert indicator.targets == {2018: Decimal(3), 2020: Decimal(5)}
    assert tracker.stack_ref.undoText() == "Sửa mục tiêu năm 2018"
    form.set_target(2019, "3,5")  # a count must be whole: refused, nothing pushed
    assert "số nguyên" in form.message.text()
    assert 2019 not in indicator.targets
    form.name.setText("Số dịch vụ công trực tuyến mức độ 3")
    form.name.editingFinished.emit()
    form.baseline.setText("1")
    form.baseline.editingFinished.emit()
    assert (indicator.baseline_value, indicator.baseline_year) == (Decimal(1), 2015)
    assert form.baseline_year.value() == 2015
    save_screen(dialog, "kpi_indicator_editor")
    tracker.stack_ref.undo()  # baseline
    tracker.stack_ref.undo()  # name
    assert indicator.name.startswith("Số dịch vụ hành chính công")
    assert form.name.text() == indicator.name  # the dialog follows undo
    tracker.stack_ref.undo()  # the 2018 target
    assert indicator.targets == {2020: Decimal(5)}
    assert form.targets.item(0, 2).text() == ""
    tracker.stack_ref.redo()
    assert indicator.targets[2018] == 3 and form.targets.item(0, 2).text() == "3"
    # move it up: one command, the tracker follows
    dialog.move_current(-1)
    assert tracker.editor.plan.indicators[4] is indicator
    assert tracker.model.headerData(4, Qt.Orientation.Vertical).startswith("5. Số dịch vụ")
    tracker.stack_ref.undo()
    assert tracker.editor.plan.indicators[5] is indicator
    dialog.reject()


def test_add_a_custom_yes_no_indicator(tracker, qtbot):
    actions = tracker.indicator_actions
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    dialog = actions.new_dialog
    form = dialog.form
    dialog.accept()  # no name yet: refused
    assert dialog.isVisible() and "Chưa nhập tên" in form.message.text()
    form.name.setText("Huyện có Trung tâm phục vụ hành chính công")
    form.name.editingFinished.emit()
    form.kind.setCurrentIndex(form.kind.findData(IndicatorKind.BOOLEAN))
    form.kind.activated.emit(form.kind.currentIndex())
    assert not form.denominator.isEnabled()
    form.group.setCurrentText("Dịch vụ công")
    form.set_target(2018, "có")
    form.set_target(2020, "x")
    save_screen(dialog, "kpi_new_indicator")
    dialog.accept()
    assert not dialog.isVisible(), form.message.text()
    indicator = tracker.editor.plan.indicators[-1]
    assert indicator.kind is IndicatorKind.BOOLEAN and indicator.catalogue_code is None
    assert indicator.group == "Dịch vụ công" and indicator.unit == ""
    assert indicator.targets == {2018: Decimal(1), 2020: Decimal(1)}
    assert tracker.stack_ref.undoText().startswith("Thêm chỉ tiêu “Huyện có Trung tâm")
    row = len(tracker.editor.plan.indicators) - 1
    tracker.enter(row, 1, "Không")  # 2016
    assert tracker.model.data(tracker.model.index(row, 1)) == "Không"
    tracker.enter(row, 5, "Có")  # 2018
    assert tracker.model.data(tracker.model.index(row, 5)) == "Có"


def test_add_a_commune_and_enter_a_value_for_it(tracker, qtbot):
    actions = tracker.indicator_actions
    qtbot.mouseClick(actions.communes_button, Qt.MouseButton.LeftButton)
    dialog = actions.communes_dialog
    names_shown = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert len(names_shown) == 18 and names_shown[0] == "Bãi Trành"  # Vietnamese order
    assert names_shown.index("Thanh Hòa") < names_shown.index("Thanh Lâm")
    dialog.code.setText("402-19")
    dialog.kind.setCurrentText("xã")
    dialog.name.setText("  Xuân   Thành ")
    assert dialog.add()
    assert dialog.current().code == "402-19" and dialog.current().name == "Xuân Thành"
    dialog.code.setText("402-19")
    assert not dialog.add() and "đã được dùng" in dialog.message.text()
    # rename and change the code while unused
    dialog.select("402-19")
    dialog.code.setText("402-20")
    dialog.name.setText("Xuân Thắng")
    assert dialog.save_current()
    codes = {c.code: c.name for c in list_communes(tracker.editor.db, "402")}
    assert codes.get("402-20") == "Xuân Thắng" and "402-19" not in codes
    save_screen(dialog, "kpi_commune_list")
    dialog.reject()
    tracker.mode.setCurrentIndex(BY_COMMUNE)
    column = next(i for i, c in enumerate(tracker.model.columns) if c.org == "402-20")
    assert tracker.model.columns[column].header == "xã\nXuân Thắng"
    tracker.enter(0, column, "20/25")
    assert tracker.model.data(tracker.model.index(0, column)) == "80%"
    # a commune with figures keeps its code and cannot be removed
    dialog = actions.open_communes()
    dialog.select("402-20")
    assert not dialog.remove_button.isEnabled()
    dialog.code.setText("402-21")
    assert not dialog.save_current() and "đã có số liệu" in dialog.message.text()
    assert not dialog.remove_current()
    assert "402-20" in {c.code for c in list_communes(tracker.editor.db, "402")}
    dialog.select("16225")  # unused: removed
    assert dialog.remove_button.isEnabled() and dialog.remove_current()
    assert len(list_communes(tracker.editor.db, "402")) == 18
    dialog.reject()
    tracker.mode.setCurrentIndex(BY_PERIOD)


def test_delete_an_indicator_with_values_asks_first(tracker, qtbot, monkeypatch):
    plan = tracker.editor.plan
    tracker.enter(2, 1, "10/20")
    assert len(plan.observations) == 1
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    tracker.table.setCurrentIndex(tracker.model.index(2, 1))
    dialog = tracker.indicator_actions.open_editor()
    indicator = plan.indicators[2]
    assert not dialog.form.kind.isEnabled()  # figures: the kind is fixed
    assert not dialog.delete_current()
    assert len(asked) == 1 and "1 số liệu" in asked[0]
    assert plan.indicators[2] is indicator
    answer[0] = QMessageBox.StandardButton.Yes
    assert dialog.delete_current()
    assert indicator not in plan.indicators and plan.observations == []
    assert tracker.model.rowCount() == 7
    # one without figures goes without asking
    dialog.list.setCurrentRow(0)
    assert dialog.delete_current() and len(asked) == 2
    assert tracker.model.rowCount() == 6
    tracker.stack_ref.undo()
    tracker.stack_ref.undo()
    assert plan.indicators[2] is indicator and len(plan.observations) == 1
    assert tracker.model.data(tracker.model.index(2, 1)) == "50%"
    assert dialog.list.count() == 8
    dialog.reject()
