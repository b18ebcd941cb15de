"""The legal bases (Căn cứ …): one clause a line, edited as a list under undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.plan import LegalBasis
from ...services.plan_editing import HEADER
from ..undo import UndoContext
from .body_edit import BodyEdit
from .commands import ListCommand


class LegalBasesEditor(QWidget):
    def __init__(self, context: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.edit = BodyEdit()
        self.edit.setObjectName("legalBases")
        self.label.setBuddy(self.edit)
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.commit)
        self.edit.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self._loading = False
        context.changed.connect(self._changed)
        self.retranslate()
        self.load()

    def _lines(self) -> list[LegalBasis]:
        return [
            LegalBasis(line.strip())
            for line in self.edit.toPlainText().splitlines()
            if line.strip()
        ]

    def load(self) -> None:
        bases = self.context.editor.plan.legal_bases
        if self._lines() != bases:
            self._loading = True
            self.edit.setPlainText("\n".join(b.text for b in bases))
            self._loading = False

    def _changed(self, part: str) -> None:
        if part == HEADER and not self._timer.isActive():
            self.load()

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        bases = self.context.editor.plan.legal_bases
        new = self._lines()
        if new != bases:
            text = self.tr("Sửa căn cứ")
            self.context.push(ListCommand(self.context.editor, bases, new, HEADER, text, "bases"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "&Căn cứ ban hành kế hoạch, mỗi dòng một căn cứ (ví dụ: “Căn cứ Luật Công "
                "nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;”):"
            )
        )
