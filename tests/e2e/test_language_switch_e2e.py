"""Issue 14, item 11: switching the language in Cài đặt retranslates every open window — the
appendix editor, the KPI tracker, the progress report, the preview, the guide — and switching
back leaves no English in the Vietnamese interface. Every text of every widget is read
(tests/e2e/ui_texts.py) and compared with our catalogue (translations/en_glossary.json)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from ui_texts import GLOSSARY, foreign_texts

from itplan_desktop.gui import i18n

EN = json.loads(GLOSSARY.read_text(encoding="utf-8"))


def _document_texts(workspace) -> set[str]:
    """Texts of the plan itself (column titles, headings, names), Vietnamese in any UI."""
    plan = workspace.editor.plan
    texts = {indicator.name for indicator in plan.indicators}
    for appendix in plan.appendices:
        texts.add(appendix.title)
        for column in appendix.columns:
            texts.update((*column.header, " / ".join(column.header)))
    for key, item in workspace.navigator.items.items():
        if key.startswith("section:"):
            texts.add(item.text(0))
    return texts


def _switch(window, qtbot, language: str) -> None:
    """As a clerk does: Tệp › Cài đặt…, choose the language, Đồng ý."""
    window.files.settings()
    dialog = window.settings_dialog
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData(language))
    dialog.accept()
    qtbot.waitUntil(lambda: i18n.current_language() == language, timeout=3000)
    for _ in range(3):
        QApplication.processEvents()


def _left_over(language: str, ignore: set[str]) -> list[tuple[str, str, str]]:
    found = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            found += [(type(top).__name__, w, t) for w, t in foreign_texts(top, language, ignore)]
    return found


def test_every_open_window_follows_the_language_there_and_back(plan_window, qtbot, doc_shot):
    window = plan_window
    workspace = window.workspace
    workspace.navigate(f"appendix:{workspace.editor.plan.appendices[0].uuid}")
    editor = workspace.current_page()
    workspace.navigate("indicators")
    tracker = workspace.current_page()
    tracker.indicator_actions.open_report()
    report = tracker.indicator_actions.report_window
    window.show_guide()
    window.files.preview()
    preview = window.preview_window
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=60_000)
    ignore = _document_texts(workspace)
    assert _left_over("vi", ignore) == []

    _switch(window, qtbot, "en")
    assert editor.actions_by_name["insert_row"].text() == EN["Chèn dòng"]
    assert editor.filter_edit.placeholderText() == EN["Lọc (gõ không dấu được)…"]
    assert tracker.tabs.tabText(0) == EN["Nhập số liệu"]
    assert tracker.indicator_actions.report_button.text() == EN["Báo cáo kết quả…"]
    assert tracker.mode.itemText(0) == EN["Theo kỳ báo cáo (huyện)"]
    assert report.windowTitle() == EN["Báo cáo kết quả thực hiện kế hoạch"]
    assert preview.actions_["fit_page"].text() == EN["Cả trang"]
    assert _left_over("en", ignore) == []
    workspace.navigate(f"appendix:{workspace.editor.plan.appendices[0].uuid}")
    doc_shot(window, "e2e_language_english_appendix")

    _switch(window, qtbot, "vi")
    assert editor.actions_by_name["insert_row"].text() == "Chèn dòng"
    assert tracker.tabs.tabText(2) == "Tiến độ nhiệm vụ"
    assert tracker.tasks.model.headerData(1, Qt.Orientation.Horizontal) == "Nhiệm vụ, dự án"
    assert _left_over("vi", ignore) == []
    for top in (report, preview, window.guide):
        top.close()
