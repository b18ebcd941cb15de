"""Issue 14, items 10–15: the window as a clerk meets it (shortcuts in text fields, sizes,
language, messages)."""

from __future__ import annotations

from pathlib import Path


def test_ctrl_z_and_ctrl_e_work_while_the_cursor_is_in_a_text_field(
    plan_window, qtbot, typist, press, tmp_path: Path
):
    """Item 13."""
    window = plan_window
    workspace = window.workspace
    workspace.navigate("header")
    header = workspace.current_page()
    field = header.ui.placeEdit
    before = workspace.editor.plan.place
    field.setFocus()
    field.end(False)
    typist(field, " mới")
    assert workspace.editor.plan.place == before + " mới"
    index = workspace.undo_stack.index()
    press(field, "Ctrl+Z")
    assert workspace.undo_stack.index() == index - 1  # the plan's undo, not the field's own
    assert workspace.editor.plan.place == before
    assert field.text() == before
    press(field, "Ctrl+Y")
    assert workspace.undo_stack.index() == index
    assert workspace.editor.plan.place == before + " mới"

    target = tmp_path / "tu-o-chu.pdf"
    window.files.ask_save_path = lambda *_args: target
    press(field, "Ctrl+E")
    qtbot.waitUntil(lambda: window.files.last_result == target, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")
