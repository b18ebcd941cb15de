"""Editing a plan: header fields, sections, undo/redo from the Edit menu, live findings and
jumping to them, autosave, export from the menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from itplan_desktop.gui.plan.budget_editor import STATED
from itplan_desktop.services.plan_editing import PlanEditor

NHU_XUAN = "698731bc-833f-5ad2-a3b3-3b7557414db6"


def _menu_texts(window) -> tuple[str, str]:
    return window.menus.undo.text(), window.menus.redo.text()


def test_every_page_shows(workspace, window, shot) -> None:
    for number, key in enumerate(
        ("header", "bases", "sections", "budget", "appendices", "indicators", "check"), start=5
    ):
        workspace.navigate(key)
        assert workspace.pages.currentWidget() is workspace.page(
            "appendix:" + workspace.editor.plan.appendices[0].uuid if key == "appendices" else key
        )
        shot(window, f"{number:02d}-{key}")


def test_header_edit_undo_redo_in_edit_menu(workspace, window, qtbot, typist) -> None:
    header = workspace.page("header")
    edit = header.ui.signerNameEdit
    edit.selectAll()
    typist(edit, "Lê Văn An")
    assert workspace.editor.plan.signer.name == "Lê Văn An"
    undo_text, _ = _menu_texts(window)
    assert undo_text == "Hoàn tác Sửa “Họ và tên”"
    window.menus.undo.trigger()
    assert workspace.editor.plan.signer.name == "Nguyễn Văn Phương"
    assert edit.text() == "Nguyễn Văn Phương"
    assert _menu_texts(window)[1] == "Làm lại Sửa “Họ và tên”"
    window.menus.redo.trigger()
    assert workspace.editor.plan.signer.name == "Lê Văn An"


def test_findings_follow_edits_and_jump_to_the_field(workspace, window, qtbot, shot) -> None:
    codes = lambda: {f.code for f in workspace.findings_panel.findings}  # noqa: E731
    assert "HDR001" not in codes()
    header = workspace.page("header")
    header.ui.numberEdit.selectAll()
    qtbot.keyClick(header.ui.numberEdit, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "HDR001" in codes(), timeout=3000)
    finding = next(f for f in workspace.findings_panel.findings if f.code == "HDR001")
    workspace.navigate("sections")
    workspace.jump_to(finding)
    assert workspace.pages.currentWidget() is header
    assert QApplication.focusWidget() is header.ui.numberEdit
    shot(window, "12-finding-jump")
    budget_finding = next(f for f in workspace.findings_panel.findings if f.code == "BUD002")
    workspace.jump_to(budget_finding)
    budget = workspace.page("budget")
    assert workspace.pages.currentWidget() is budget
    assert budget.lines.currentRow() == 0


def test_budget_amount_in_words_is_live(workspace, qtbot, typist) -> None:
    workspace.navigate("budget")
    budget = workspace.page("budget")
    budget.total.selectAll()
    typist(budget.total, "1.005")
    assert workspace.editor.plan.budget.total_stated == 1_005_000_000
    assert "Một tỷ không trăm linh năm triệu đồng" in budget.words_live.text()


def test_sections_add_move_indent_and_undo(workspace, window, qtbot, typist) -> None:
    workspace.navigate("sections")
    editor = workspace.page("sections")
    roots = workspace.editor.plan.sections
    count = len(roots)
    editor.select(roots[0])
    editor.add_after()
    assert len(roots) == count + 1 and roots[1].heading == "Mục mới"
    assert editor.model.label(roots[1]) == "II."
    typist(editor.heading, "Đánh giá")
    assert roots[1].heading == "Đánh giá"
    editor.indent()
    assert len(roots) == count and roots[0].children[-1].heading == "Đánh giá"
    assert editor.model.label(roots[0].children[-1]) == f"{len(roots[0].children)}."
    editor.outdent()
    assert roots[1].heading == "Đánh giá"
    editor.move_current(-1)
    assert roots[0].heading == "Đánh giá"
    assert window.menus.undo.text() == "Hoàn tác Di chuyển mục “Đánh giá”"
    stack = workspace.undo_stack
    while stack.canUndo():
        stack.undo()
    assert len(roots) == count and roots[0].heading == "Mục tiêu"


def test_drag_and_drop_moves_a_section(workspace) -> None:
    editor = workspace.page("sections")
    model = editor.model
    roots = workspace.editor.plan.sections
    last = roots[-1]
    mime = model.mimeData([model.index_of(last)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index_of(None))
    assert roots[0] is last


def test_body_keeps_levels_and_repairs_paste(workspace, qtbot) -> None:
    from PySide6.QtCore import QMimeData

    from itplan_desktop.domain.section import ParagraphStyle
    from itplan_desktop.vn.text_repair import unicode_to_legacy

    editor = workspace.page("sections")
    section = workspace.editor.plan.sections[0]
    editor.select(section)
    editor.body.setPlainText("Mở đầu\n- Hạ tầng\n+ Máy chủ")
    editor.commit_body()
    assert [p.style for p in section.body] == [
        ParagraphStyle.TEXT,
        ParagraphStyle.DASH,
        ParagraphStyle.PLUS,
    ]
    legacy = unicode_to_legacy("Ứng dụng công nghệ thông tin trong cơ quan nhà nước", "tcvn3")
    mime = QMimeData()
    mime.setText(legacy)
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    editor.body.insertFromMimeData(mime)
    assert "ứng dụng công nghệ thông tin trong cơ quan" in editor.body.toPlainText()


def test_autosave_survives_closing(window, db, qtbot, typist) -> None:
    workspace = window.open_plan(NHU_XUAN)
    header = workspace.page("header")
    header.ui.placeEdit.selectAll()
    typist(header.ui.placeEdit, "Yên Cát")
    qtbot.waitUntil(lambda: not workspace.editor.dirty, timeout=3000)  # idle timer saved
    assert PlanEditor(db, NHU_XUAN).plan.place == "Yên Cát"
    header.ui.numberEdit.setText("")
    typist(header.ui.numberEdit, "77")
    window.close()  # saves what the timer has not saved yet
    assert PlanEditor(db, NHU_XUAN).plan.number == "77"


def test_export_excel_from_the_menu(workspace, window, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    window.files.ask_save_path = lambda *_args: target
    window.menus.actions["export_xlsx"].trigger()
    qtbot.waitUntil(lambda: window.files.last_result == target, timeout=20_000)
    assert target.stat().st_size > 1000


def test_export_pdf_and_preview_from_the_menu(workspace, window, qtbot, tmp_path, shot) -> None:
    target = tmp_path / "out.pdf"
    window.files.ask_save_path = lambda *_args: target
    asked = []
    window.files.ask_pdf_options = lambda base: asked.append(base) or base  # the dialog's OK
    window.menus.actions["export_pdf"].trigger()
    qtbot.waitUntil(lambda: window.files.last_result == target, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF-1.4")
    assert asked and asked[0].show_parent_line is False  # the unit's setting, off by default
    window.menus.actions["preview"].trigger()
    preview = window.preview_window
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0, timeout=60_000)
    shot(preview, "20-preview")
    preview.close()


def test_budget_editor_refuses_a_negative_figure_like_the_appendix(workspace, typist) -> None:
    """The budget total and its lines are read by the one amount reader: "-5" is refused
    (the field turns red with the reason) and the stated figures do not change."""
    workspace.navigate("budget")
    budget = workspace.page("budget")
    before = workspace.editor.plan.budget.total_stated
    budget.total.selectAll()
    typist(budget.total, "-5")
    assert workspace.editor.plan.budget.total_stated == before
    assert "âm" in budget.total.toolTip()
    assert "c62828" in budget.total.styleSheet()
    line = workspace.editor.plan.budget.lines[0]
    stated = line.stated
    budget.lines.item(0, STATED).setText("-5")
    assert line.stated == stated
    assert budget.lines.item(0, STATED).text() != "-5"  # the kept figure is shown again
