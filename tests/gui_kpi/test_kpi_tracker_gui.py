"""The KPI tracker driven like a user: values typed and pasted into the grid change the
status colours and the chart; commune values roll up read-only; undo restores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from screenshots import save_screen

from itplan_desktop.domain.kpi_progress import TaskStatus
from itplan_desktop.domain.kpi_status import Status
from itplan_desktop.gui.kpi.models import STATUS_COLOURS, CellRole
from itplan_desktop.gui.kpi.tracker import BY_COMMUNE, BY_PERIOD


def colour(model, row, column) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole).color().name()


def test_typing_values_changes_status_colour_and_chart(tracker, qtbot):
    model = tracker.model
    assert [c.period for c in model.columns[:3]] == ["2016-H1", "2016", "2017-H1"]
    assert colour(model, 0, 0) == STATUS_COLOURS[Status.NO_DATA]
    changes = []
    tracker.changed.connect(lambda: changes.append(1))
    tracker.table.setCurrentIndex(model.index(0, 0))
    tracker.enter(0, 0, "45/60")  # 75 %; the path to 100 % by 2020 expects ≈ 10 % mid-2016
    assert model.data(model.index(0, 0)) == "75%"
    assert colour(model, 0, 0) == STATUS_COLOURS[Status.ON_TRACK]
    assert tracker.chart.actual == [(0, 75)]
    tracker.enter(0, 3, "5")  # 2017: the path expects ≈ 30 %
    assert colour(model, 0, 3) == STATUS_COLOURS[Status.BEHIND]
    tracker.enter(0, 5, "100")
    assert colour(model, 0, 5) == STATUS_COLOURS[Status.ACHIEVED]
    assert len(tracker.chart.actual) == 3
    assert len(tracker.chart.expected) == len(model.columns)
    assert len(changes) == 3
    save_screen(tracker, "kpi_tracker_by_period")
    tracker.stack_ref.undo()
    assert model.data(model.index(0, 5)) == ""
    assert len(tracker.chart.actual) == 2
    tracker.stack_ref.redo()
    assert model.data(model.index(0, 5)) == "100%"


def test_bad_value_shows_a_vietnamese_message_and_changes_nothing(tracker):
    tracker.enter(0, 0, "15/12")
    assert "không được lớn hơn mẫu số" in tracker.message.text()
    assert tracker.editor.plan.observations == []


def test_commune_values_roll_up_read_only_and_heatmap_clicks_through(tracker, qtbot):
    tracker.mode.setCurrentIndex(BY_COMMUNE)
    tracker.period_box.setCurrentText("6 tháng đầu năm 2017")
    model = tracker.model
    assert len(model.columns) == 18 and model.columns[0].header == "thị trấn\nYên Cát"
    row = 6  # "Tỷ lệ xã, thị trấn có trang thông tin thành phần …" (percent ratio)
    tracker.table.setCurrentIndex(model.index(row, 0))
    errors = tracker.paste_text("\t".join(["1/1"] * 14 + ["0/1"] * 4) + "\n")
    assert errors == []
    assert model.data(model.index(row, 0)) == "100%"
    assert colour(model, row, 17) == STATUS_COLOURS[Status.BEHIND]
    save_screen(tracker, "kpi_tracker_by_commune")
    tracker.mode.setCurrentIndex(BY_PERIOD)
    period_column = next(i for i, c in enumerate(tracker.model.columns) if c.period == "2017-H1")
    cell = tracker.model.data(tracker.model.index(row, period_column), CellRole)
    assert cell.text == "77,8%" and cell.actual.derived_from == 18
    assert not tracker.model.flags(tracker.model.index(row, period_column)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    tracker.enter(row, period_column, "50")
    assert "tổng hợp từ các xã" in tracker.message.text()
    tracker.tabs.setCurrentIndex(1)
    heat = tracker.heatmap_model
    assert heat.rowCount() == 18
    assert (
        heat.data(heat.index(17, row), Qt.ItemDataRole.BackgroundRole).color().name()
        == (STATUS_COLOURS[Status.BEHIND])
    )
    save_screen(tracker, "kpi_tracker_heatmap")
    tracker.heatmap.clicked.emit(heat.index(17, row))
    assert tracker.mode.currentIndex() == BY_COMMUNE and tracker.tabs.currentIndex() == 0
    current = tracker.table.currentIndex()
    assert (current.row(), current.column()) == (row, 17)


def test_note_and_source_are_kept_with_the_value(tracker):
    tracker.table.setCurrentIndex(tracker.model.index(1, 1))
    tracker.enter(1, 1, "30/60")
    tracker.note.setText("Số liệu phòng Nội vụ")
    tracker.source.setText("Báo cáo số 15/BC-NV")
    tracker.save_note()
    observation = tracker.editor.plan.observations[0]
    assert (observation.note, observation.source) == ("Số liệu phòng Nội vụ", "Báo cáo số 15/BC-NV")
    assert observation.numerator == 30
    tracker.editor.save()


def test_task_progress_edits_are_undoable_and_stored(tracker):
    tasks = tracker.tasks
    tracker.tabs.setCurrentIndex(2)
    assert tasks.model.rowCount() == 8
    tasks.model.setData(tasks.model.index(0, 3), TaskStatus.DONE.label)
    tasks.model.setData(tasks.model.index(0, 4), "1.150")  # triệu đồng in 2016
    line = tasks.model.lines[0]
    assert line.status is TaskStatus.DONE and line.disbursed == {2016: 1_150_000_000}
    save_screen(tracker, "kpi_tracker_tasks")
    tracker.stack_ref.undo()
    assert tasks.model.lines[0].disbursed == {}
    tasks.model.setData(tasks.model.index(0, 4), "abc")
    assert "không hợp lệ" in tasks.message.text() or "không phải" in tasks.message.text()


def test_task_progress_refuses_a_negative_disbursement(tracker):
    """Disbursed amounts go through the one amount reader: "-5" is refused with its reason."""
    tasks = tracker.tasks
    tracker.tabs.setCurrentIndex(2)
    tasks.model.setData(tasks.model.index(0, 4), "-5")
    assert tasks.model.lines[0].disbursed == {}
    assert "âm" in tasks.message.text()
