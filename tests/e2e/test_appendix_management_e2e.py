"""Issue 14, item 6: appendices are managed in the navigator — new from every template or
blank, rename, delete (asks, undoable), move up / down (undoable) — and plans are deleted
from the start page (asks, keeps a backup); the samples can be removed."""

from __future__ import annotations

import sqlite3

from clerk_helpers import (
    NHU_XUAN,
    THANH_HOA,
    clerk_db,
    clerk_demo,
    clerk_window,
    click_button,
    focus,
    type_text,
    when_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from itplan_desktop.domain.appendix_templates import TEMPLATES
from itplan_desktop.services import appendix_management as am
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.services.plans import list_plans
from itplan_desktop.store.backup import list_backups
from itplan_desktop.vn.outline import to_roman

__all__ = ["clerk_db", "clerk_demo", "clerk_window"]


def _titles(workspace) -> list[str]:
    return [a.title for a in workspace.editor.plan.appendices]


def _nav_appendix_texts(workspace) -> list[str]:
    parent = workspace.navigator.items["appendices"]
    return [parent.child(i).text(0) for i in range(parent.childCount())]


def _label(workspace, number: int) -> str:
    roman = workspace.editor.plan.appendix_numbering == "roman"
    return to_roman(number) if roman else str(number)


def _select_appendix(qtbot, workspace, index: int) -> None:
    uuid = workspace.editor.plan.appendices[index].uuid
    item = workspace.navigator.items[f"appendix:{uuid}"]
    focus(qtbot, workspace.navigator)
    workspace.navigator.setCurrentItem(item)


def _add_from_template(qtbot, workspace, name: str, title: str | None) -> None:
    def answer(dialog) -> None:
        templates = dialog.templates
        row = next(
            i for i in range(templates.count()) if templates.item(i).data(Qt.UserRole) == name
        )
        templates.setCurrentRow(row)
        if title is not None:
            dialog.title.selectAll()
            type_text(dialog.title, title)
        click_button(dialog, "Đồng ý")

    when_dialog(answer)
    workspace.navigator_tools.widgetForAction(workspace.appendix_actions.add).click()
    focus(qtbot, workspace.navigator)


def test_new_appendix_from_every_template_and_blank(qtbot, clerk_window, shot):
    workspace = clerk_window.open_plan(NHU_XUAN)
    before = len(workspace.editor.plan.appendices)
    names = [*TEMPLATES, am.BLANK]

    def look(dialog) -> None:
        shot(dialog, "appendix_new_dialog")
        offered = [
            dialog.templates.item(i).data(Qt.UserRole) for i in range(dialog.templates.count())
        ]
        assert offered == names
        click_button(dialog, "Hủy")

    when_dialog(look)
    workspace.appendix_actions.add.trigger()
    assert len(workspace.editor.plan.appendices) == before

    for name in names:
        _add_from_template(qtbot, workspace, name, None)
        added = workspace.editor.plan.appendices[-1]
        assert added.template == (None if name == am.BLANK else name)
        assert workspace.current_page() is workspace.page(f"appendix:{added.uuid}")
    assert len(workspace.editor.plan.appendices) == before + len(names)
    assert [a.number for a in workspace.editor.plan.appendices] == list(
        range(1, before + len(names) + 1)
    )
    texts = _nav_appendix_texts(workspace)
    assert texts[-1] == f"Phụ lục {_label(workspace, before + len(names))}: PHỤ LỤC"
    shot(clerk_window, "appendix_added_blank")

    # typed Vietnamese title; one undo removes it from every view
    _select_appendix(qtbot, workspace, 0)
    _add_from_template(qtbot, workspace, "recurring_tasks", "Nhiệm vụ chi thường xuyên năm 2026")
    added = workspace.editor.plan.appendices[1]  # after the selected one
    assert added.title == "Nhiệm vụ chi thường xuyên năm 2026"
    key = f"appendix:{added.uuid}"
    assert key in workspace.navigator.items
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert added.uuid not in {a.uuid for a in workspace.editor.plan.appendices}
    assert key not in workspace.navigator.items
    assert key not in workspace._pages
    workspace.undo_stack.redo()
    assert workspace.editor.plan.appendices[1] is added
    workspace.save_now()
    stored = PlanEditor(clerk_window.db, NHU_XUAN).plan
    assert [a.title for a in stored.appendices][1] == "Nhiệm vụ chi thường xuyên năm 2026"


def test_rename_delete_and_move_in_the_navigator(qtbot, clerk_window, shot):
    workspace = clerk_window.open_plan(THANH_HOA)
    original = _titles(workspace)
    assert len(original) == 4

    # rename with F2 in the navigator
    _select_appendix(qtbot, workspace, 1)

    def rename(dialog) -> None:
        field = dialog.findChild(QLineEdit)
        field.selectAll()
        type_text(field, "DANH MỤC NHIỆM VỤ CHI THƯỜNG XUYÊN ĐÃ SỬA")
        click_button(dialog, "Đồng ý")

    when_dialog(rename)
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_F2)
    focus(qtbot, workspace.navigator)
    assert _titles(workspace)[1] == "DANH MỤC NHIỆM VỤ CHI THƯỜNG XUYÊN ĐÃ SỬA"
    assert "ĐÃ SỬA" in _nav_appendix_texts(workspace)[1]
    assert "ĐÃ SỬA" in workspace.page_title.text()
    assert workspace.undo_stack.undoText() == (
        "Đổi tên phụ lục: DANH MỤC NHIỆM VỤ CHI THƯỜNG XUYÊN ĐÃ SỬA"
    )
    workspace.undo_stack.undo()
    assert _titles(workspace) == original

    # an empty title is refused with a message, nothing changes
    def empty(dialog) -> None:
        field = dialog.findChild(QLineEdit)
        field.clear()
        when_dialog(lambda box: (shot(box, "appendix_rename_refused"), click_button(box, "Đồng ý")))
        click_button(dialog, "Đồng ý")

    when_dialog(empty)
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_F2)
    focus(qtbot, workspace.navigator)
    assert _titles(workspace) == original

    # move down with Alt+Down, then up with the toolbar; each undoable
    _select_appendix(qtbot, workspace, 0)
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(workspace) == [original[1], original[0], *original[2:]]
    assert (
        workspace.navigator.current_key() == f"appendix:{workspace.editor.plan.appendices[1].uuid}"
    )
    assert [a.number for a in workspace.editor.plan.appendices] == [1, 2, 3, 4]
    assert _nav_appendix_texts(workspace)[0].startswith(f"Phụ lục {_label(workspace, 1)}:")
    assert original[1] in _nav_appendix_texts(workspace)[0]
    workspace.undo_stack.undo()
    assert _titles(workspace) == original
    _select_appendix(qtbot, workspace, 0)
    assert not workspace.appendix_actions.up.isEnabled()
    _select_appendix(qtbot, workspace, 3)
    assert not workspace.appendix_actions.down.isEnabled()
    workspace.navigator_tools.widgetForAction(workspace.appendix_actions.up).click()
    assert _titles(workspace) == [*original[:2], original[3], original[2]]
    workspace.undo_stack.undo()

    # delete asks; "No" keeps it, "Yes" removes it from the plan, navigator and pages
    _select_appendix(qtbot, workspace, 2)
    workspace.navigate(workspace.navigator.current_key())
    uuid = workspace.editor.plan.appendices[2].uuid

    def say_no(box) -> None:
        assert original[2] in box.text()
        shot(box, "appendix_delete_question")
        click_button(box, "Không")

    when_dialog(say_no)
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_Delete)
    focus(qtbot, workspace.navigator)
    assert _titles(workspace) == original
    when_dialog(lambda box: click_button(box, "Có"))
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_Delete)
    focus(qtbot, workspace.navigator)
    assert _titles(workspace) == [*original[:2], original[3]]
    assert f"appendix:{uuid}" not in workspace.navigator.items
    assert f"appendix:{uuid}" not in workspace._pages
    QApplication.processEvents()  # nothing paints the removed table
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(workspace) == original
    workspace.navigate(f"appendix:{uuid}")
    assert workspace.current_page().document.appendix.uuid == uuid
    workspace.undo_stack.redo()
    workspace.save_now()
    stored = PlanEditor(clerk_window.db, THANH_HOA).plan
    assert [a.title for a in stored.appendices] == [*original[:2], original[3]]
    assert [a.number for a in stored.appendices] == [1, 2, 3]


def test_delete_plans_from_the_start_page_keeps_a_backup(qtbot, clerk_window, shot):
    db = clerk_window.db
    page = clerk_window.start_page
    samples = page.plans.topLevelItemCount()
    assert samples == 4  # the reference plans and xã Như Thanh's two (issue 13)
    page.plans.setCurrentItem(page.plans.topLevelItem(0))
    uuid = page.selected_uuid()
    title = next(p.title for p in list_plans(db) if p.uuid == uuid)

    def say_no(box) -> None:
        assert title in box.text()
        shot(box, "plan_delete_question")
        click_button(box, "Không")

    when_dialog(say_no)
    page.delete_button.click()
    assert page.plans.topLevelItemCount() == samples

    when_dialog(lambda box: click_button(box, "Có"))
    focus(qtbot, page.plans)
    qtbot.keyClick(page.plans, Qt.Key.Key_Delete)
    assert page.plans.topLevelItemCount() == samples - 1
    assert uuid not in {p.uuid for p in list_plans(db)}
    backups = list_backups(db.path)
    assert backups and "before-delete-plan" in backups[-1].name
    assert str(backups[-1]) in clerk_window.statusBar().currentMessage()
    with sqlite3.connect(backups[-1]) as copy:
        assert uuid in {row[0] for row in copy.execute("SELECT uuid FROM plan")}

    # the other samples go too: a new user's database can be emptied
    for left in range(samples - 2, -1, -1):
        page.plans.setCurrentItem(page.plans.topLevelItem(0))
        when_dialog(lambda box: click_button(box, "Có"))
        page.delete_button.click()
        assert page.plans.topLevelItemCount() == left
    assert list_plans(db) == []
    assert not page.delete_button.isEnabled()
    shot(clerk_window, "start_page_empty")
