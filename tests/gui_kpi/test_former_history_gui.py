"""The tracker of today's commune shows, on its own page, the actuals that the former
communes merged into it reported before 2025-07-01 — each under its former name, the
combined figure on the indicator's row — and a district plan's tracker has no such page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from former_communes import SAMPLE, former_actuals
from PySide6.QtGui import QUndoStack

from itplan_desktop.gui.kpi.tracker import KpiTracker
from itplan_desktop.services.kpi_communes import install_builtin_communes
from itplan_desktop.services.plan_creation import create_plan_for_unit
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.services.plans import import_plan_file
from itplan_desktop.store.database import open_database


def _tracker(qtbot, editor: PlanEditor) -> KpiTracker:
    stack = QUndoStack()
    widget = KpiTracker(editor, stack)
    widget.stack_ref = stack
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "xa.sqlite")
    uuid = import_plan_file(database, SAMPLE).uuid
    install_builtin_communes(database, "402")
    former_actuals(database, uuid)
    yield database, uuid
    database.close()


def test_todays_commune_tracker_shows_its_former_communes(qtbot, db, shot):
    database, _district_plan = db
    uuid = create_plan_for_unit(database, "16174", 2027, 2027, today=date(2026, 12, 1))
    tracker = _tracker(qtbot, PlanEditor(database, uuid))
    page = tracker.tabs.indexOf(tracker.former)
    assert tracker.tabs.isTabVisible(page)
    assert tracker.tabs.tabText(page) == "Số liệu đơn vị cũ (trước 01/07/2025)"
    tracker.tabs.setCurrentIndex(page)
    tree = tracker.former.tree
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert headers == ["Chỉ tiêu / đơn vị cũ", "Năm 2018", "Năm 2020"]
    assert "thị trấn Yên Cát, xã Tân Bình" in tracker.former.intro.text()
    rows = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    computers = rows["Tỷ lệ cán bộ, công chức có máy tính nối mạng làm việc"]
    assert computers.text(1) == "70%" and computers.font(0).bold()
    assert computers.toolTip(1) == "Cộng số liệu của 2 đơn vị cũ"
    children = [(computers.child(i).text(0), computers.child(i).text(1))
                for i in range(computers.childCount())]  # fmt: skip
    assert children == [("thị trấn Yên Cát", "75%"), ("xã Tân Bình", "60%")]
    assert "2016" in computers.child(0).toolTip(1)  # the plan it was reported in
    one_stop = next(item for name, item in rows.items() if name.startswith("Bộ phận một cửa"))
    assert one_stop.text(2) == ""  # yes/no: not summed, listed below
    assert [one_stop.child(i).text(2) for i in range(one_stop.childCount())] == ["Có", "Không"]
    shot(tracker, "kpi_former_history")


def test_a_split_commune_is_marked_part(qtbot, db):
    database, _district_plan = db
    uuid = create_plan_for_unit(database, "16228", 2027, 2027, today=date(2026, 12, 1))
    tracker = _tracker(qtbot, PlanEditor(database, uuid))
    tree = tracker.former.tree
    top = tree.topLevelItem(0)
    assert top.text(1) == ""  # part of xã Yên Thọ: outside the sum
    assert top.child(0).text(0) == "xã Yên Thọ (một phần)" and top.child(0).text(1) == "90%"


def test_district_plan_tracker_has_no_former_page(qtbot, db):
    database, district_plan = db
    tracker = _tracker(qtbot, PlanEditor(database, district_plan))
    assert not tracker.tabs.isTabVisible(tracker.tabs.indexOf(tracker.former))
