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
    window.files.ask_pdf_options = lambda base: base  # the export dialog's OK (issue 16)
    press(field, "Ctrl+E")
    qtbot.waitUntil(lambda: window.files.last_result == target, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")


def _retype(spin, text: str, typist) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    spin.setFocus()
    spin.selectAll()
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Backspace)
    typist(spin.lineEdit(), text)
    spin.interpretText()


def test_wizard_says_what_is_wrong_with_the_years_on_the_page(
    main_window, qtbot, typist, press, doc_shot
):
    """Item 12: end before start, a year out of range: a message at once, Next disabled,
    the typed year kept; never a traceback at "Hoàn tất"."""
    from PySide6.QtWidgets import QWizard

    press(main_window, "Ctrl+N")
    wizard = main_window.wizard
    qtbot.waitExposed(wizard)
    page = wizard.period_page
    page.period.setChecked(True)
    _retype(page.start, "2026", typist)
    _retype(page.end, "2024", typist)
    assert page.end.value() == 2024
    assert "2024" in page.problem.text() and "2026" in page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    doc_shot(wizard, "e2e-wizard-end-before-start")
    _retype(page.start, "3020", typist)
    assert page.start.value() == 3020  # kept, not silently replaced
    assert "3020" in page.problem.text() and "2100" in page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _retype(page.start, "2026", typist)
    _retype(page.end, "2030", typist)
    assert page.problem.text() == ""
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_a_bad_date_in_the_header_is_said_on_the_page(plan_window, typist, press):
    """Item 12: "31/2/2026" gets a message under the field, not only a red border."""
    header = plan_window.workspace.page("header")
    plan_window.workspace.navigate("header")
    field = header.ui.issuedOnEdit
    old = plan_window.workspace.editor.plan.issued_on
    field.setFocus()
    field.selectAll()
    typist(field, "31/2/2026")
    field.editingFinished.emit()
    assert header.date_problem.isVisible()
    assert "không có trong lịch" in header.date_problem.text()
    assert plan_window.workspace.editor.plan.issued_on == old
    field.setText("28/2/2026")
    field.editingFinished.emit()
    assert not header.date_problem.isVisible()
    assert plan_window.workspace.editor.plan.issued_on.day == 28


def test_a_user_error_box_has_no_traceback(main_window):
    """Item 12: a refusal is a sentence; the technical details are for unexpected errors."""
    from PySide6.QtWidgets import QMessageBox

    from itplan_desktop.gui.errors import _open_boxes, show_error
    from itplan_desktop.messages import UserError

    show_error(main_window, UserError("planfile.bad_years", start=2026, end=2024))
    box = _open_boxes[-1]
    assert isinstance(box, QMessageBox)
    assert box.detailedText() == "" and "Traceback" not in box.informativeText()
    box.close()


def _drop(window, path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_a_file_that_is_no_bundle_is_said_to_be_none(
    plan_window, qtbot, tmp_path: Path, answer, doc_shot
):
    """Item 14: dropped or picked, a non-bundle file gets a clear message; an Excel workbook
    renamed .itplan-bundle is "not a bundle", not an unsafe file name."""
    from itplan_desktop.services.xlsx_export import export_plan_xlsx

    window = plan_window
    letter = tmp_path / "cong-van.pdf"
    letter.write_bytes(b"%PDF-1.4 not ours")
    seen: list[str] = []
    answer("ok", seen)
    _drop(window, letter)
    assert seen and "cong-van.pdf" in seen[0] and ".itplan-bundle" in seen[0]

    workbook = export_plan_xlsx(window.workspace.editor.plan, tmp_path / "bang.xlsx")[0]
    renamed = tmp_path / "bang.itplan-bundle"
    renamed.write_bytes(workbook.read_bytes())
    window.exchange.import_bundles([letter, renamed])
    dialog = window.exchange.import_dialog
    qtbot.waitUntil(lambda: len(dialog.entries) == 2 and not dialog.loading, timeout=20_000)
    errors = {entry.path.name: entry.error or "" for entry in dialog.entries}
    assert "không phải là tệp trao đổi" in errors["cong-van.pdf"]
    assert "không phải là tệp trao đổi" in errors["bang.itplan-bundle"]
    assert "không an toàn" not in errors["bang.itplan-bundle"]
    doc_shot(dialog, "e2e-import-not-a-bundle")
    dialog.reject()
