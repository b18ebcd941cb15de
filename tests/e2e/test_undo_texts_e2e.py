"""Issue 14, item 15: the undo text of a rename typed letter by letter names the whole new
name ("Hoàn tác Sửa tên mục “Đánh giá kết quả”"), not its first letter."""

from __future__ import annotations


def test_the_undo_text_of_a_typed_rename_names_the_whole_name(plan_window, typist):
    workspace = plan_window.workspace
    section = workspace.editor.plan.sections[0]
    workspace.navigate(f"section:{section.uuid}")
    editor = workspace.current_page()
    editor.heading.setFocus()
    editor.heading.selectAll()
    typist(editor.heading, "Đánh giá kết quả")
    assert section.heading == "Đánh giá kết quả"
    assert workspace.undo_stack.undoText() == "Sửa tên mục “Đánh giá kết quả”"
    undo = plan_window.menus.undo
    assert undo.text().replace("&", "") == "Hoàn tác Sửa tên mục “Đánh giá kết quả”"
    workspace.undo_stack.undo()  # one step: the whole rename
    assert section.heading != "Đánh giá kết quả" and not section.heading.startswith("Đ")
