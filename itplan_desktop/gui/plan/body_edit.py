"""The body text of a section as plain lines: one paragraph a line, "- " and "+ " at the start
of a line for the two bullet levels. Pasted text is repaired by the Vietnamese core (NFC,
"ƣ", legacy TCVN3/VNI), asking first when the detection is unsure."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from ...domain.section import Paragraph, ParagraphStyle
from ...vn.text_repair import RepairResult, repair_text

PREFIXES = {ParagraphStyle.DASH: "- ", ParagraphStyle.PLUS: "+ "}


def paragraphs_to_text(body: list[Paragraph]) -> str:
    return "\n".join(PREFIXES.get(p.style, "") + p.text for p in body)


def text_to_paragraphs(text: str) -> list[Paragraph]:
    """Each non-empty line a paragraph; a leading "-"/"+" (with or without a space) sets the
    level and is not kept in the text."""
    body = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        style = ParagraphStyle.TEXT
        if line[0] in "-–+" and (len(line) == 1 or line[1] == " "):
            style = ParagraphStyle.PLUS if line[0] == "+" else ParagraphStyle.DASH
            line = line[1:].strip()
        body.append(Paragraph(line, style))
    return body


def repair_pasted(text: str, ask: Callable[[RepairResult], bool]) -> RepairResult:
    """Repair text entering the app; when a legacy encoding is suspected but not certain,
    `ask(result)` decides whether to convert anyway."""
    result = repair_text(text)
    unsure = result.legacy.encoding is not None and result.legacy.confidence < 0.8
    if unsure and ask(result):
        return repair_text(text, convert_legacy="always")
    return result


class BodyEdit(QPlainTextEdit):
    """Plain-text body editor that repairs what is pasted into it."""

    repaired = Signal(str)  # notes of the repair, for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.ask_convert: Callable[[RepairResult], bool] = self._ask

    def _ask(self, result: RepairResult) -> bool:
        percent = f"{result.legacy.confidence * 100:.0f}"
        answer = QMessageBox.question(
            self,
            self.tr("Chuyển bảng mã?"),
            self.tr(
                "Văn bản vừa dán có thể được gõ bằng bảng mã cũ (%1, độ tin cậy %2%). "
                "Chuyển sang Unicode?"
            )
            .replace("%1", str(result.legacy.encoding).upper())
            .replace("%2", percent),
        )
        return answer == QMessageBox.StandardButton.Yes

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        result = repair_pasted(source.text(), self.ask_convert)
        self.insertPlainText(result.text)
        if result.changed:
            self.repaired.emit(" ".join(result.notes))
