"""Issue 14, item 8: a budget line names its funding source — "Thêm dòng" offers every
source, the line's source is chosen in its row (or follows a label naming a source), and a
recurring-cost plan can clear BUD002."""

from __future__ import annotations

from clerk_helpers import (
    TRIEU,
    clerk_db,
    clerk_demo,
    clerk_window,
    codes,
    edit_cell,
    recurring_plan,
)
from PySide6.QtWidgets import QComboBox

from itplan_desktop.services.budget_lines import source_choices
from itplan_desktop.services.plan_editing import PlanEditor

__all__ = ["clerk_db", "clerk_demo", "clerk_window"]


def _budget_page(window, uuid):
    workspace = window.open_plan(uuid)
    workspace.navigate("budget")
    return workspace, workspace.page("budget")


def test_recurring_plan_clears_bud002_when_the_clerk_sets_the_source(
    qtbot, clerk_window, clerk_db, shot
):
    uuid = recurring_plan(clerk_db)
    workspace, page = _budget_page(clerk_window, uuid)
    assert "BUD002" in codes(workspace)  # 120 triệu stated for ĐTPT, the appendix is SN

    combo = page.lines.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    keys = [combo.itemData(i) for i in range(combo.count())]
    assert keys == [c.key for c in source_choices(2026)]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("sn"))  # what choosing it in the list does
    assert workspace.editor.plan.budget.lines[0].source == "sn"
    assert "BUD002" not in codes(workspace)
    assert page.lines.item(0, 4).text() == "0"  # difference
    assert workspace.undo_stack.undoText().startswith("Đổi nguồn vốn")
    shot(clerk_window, "budget_line_source")

    workspace.undo_stack.undo()
    assert workspace.editor.plan.budget.lines[0].source == "dtpt"
    assert page.lines.cellWidget(0, 1).currentData() == "dtpt"
    assert "BUD002" in codes(workspace)
    workspace.undo_stack.redo()
    workspace.save_now()
    stored = PlanEditor(clerk_db, uuid).plan.budget.lines[0]
    assert stored.source == "sn"


def test_renaming_a_line_to_a_source_name_changes_its_source(qtbot, clerk_window, clerk_db):
    uuid = recurring_plan(clerk_db)
    workspace, page = _budget_page(clerk_window, uuid)
    edit_cell(qtbot, page.lines, 0, 0, "Nguồn vốn sự nghiệp")
    line = workspace.editor.plan.budget.lines[0]
    assert (line.label, line.source) == ("Nguồn vốn sự nghiệp", "sn")
    assert page.lines.cellWidget(0, 1).currentData() == "sn"
    assert "BUD002" not in codes(workspace)
    workspace.undo_stack.undo()  # one step: label and source together
    line = workspace.editor.plan.budget.lines[0]
    assert (line.label, line.source) == ("Nguồn vốn đầu tư phát triển", "dtpt")

    # a free description keeps the source
    edit_cell(qtbot, page.lines, 0, 0, "Kinh phí chi thường xuyên")
    assert workspace.editor.plan.budget.lines[0].source == "dtpt"


def test_add_line_offers_every_source_and_is_undoable(qtbot, clerk_window, clerk_db):
    uuid = recurring_plan(clerk_db)
    workspace, page = _budget_page(clerk_window, uuid)
    menu = page.add_line.menu()
    offered = [a.data() for a in menu.actions()]
    assert offered == [c.key for c in source_choices(2026)]
    assert {"dtpt", "sn", "sn.xa", "sn.tinh"} <= set(offered)
    menu.actions()[offered.index("sn.xa")].trigger()
    lines = workspace.editor.plan.budget.lines
    assert [line.source for line in lines] == ["dtpt", "sn.xa"]
    assert lines[1].label == "Chi thường xuyên (ngân sách xã)"  # the words of budget year 2026
    assert workspace.undo_stack.undoText() == "Thêm dòng kinh phí: Chi thường xuyên (ngân sách xã)"
    assert "dtpt.huyen" not in offered  # no district budget from 2026

    edit_cell(qtbot, page.lines, 1, 2, "120")
    assert lines[1].stated == 120 * TRIEU
    assert page.lines.item(1, 3).text() == "0"  # the appendix has no "sn.xa" amounts
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    assert [line.source for line in workspace.editor.plan.budget.lines] == ["dtpt"]
