"""The last page of an import: how many bundles were applied, unchanged, or not imported, and
for each file the outcome with the service's sentence (the reason of a refusal)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .common import GOOD, MISSING, WARNING, outcome_label

if TYPE_CHECKING:
    from ...services.exchange_import import ImportOutcome
    from .import_dialog import Entry

APPLIED = ("applied",)
UNCHANGED = ("unchanged", "already_imported", "kept_local")


class ImportSummary(QWidget):
    """Counts and one line per file; `comments_requested` when review comments came in."""

    comments_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("importOutcomes")
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.comments_button = QPushButton()
        self.comments_button.setVisible(False)
        self.comments_button.clicked.connect(self.comments_requested)
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.comments_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.applied = self.unchanged = self.not_imported = 0
        self.retranslate()

    def show_outcomes(
        self, outcomes: list[ImportOutcome], skipped: list[Entry], cancelled: list[Path]
    ) -> None:
        """`skipped`: files the dialog did not send to the import (refused in the dry run,
        or unsigned and not confirmed); `cancelled`: files Cancel stopped before."""
        self.list.clear()
        for outcome in outcomes:
            status = outcome.status.value
            colour = GOOD if status in APPLIED else WARNING if status in UNCHANGED else MISSING
            self._add(outcome.path.name, outcome_label(status), outcome.text, colour)
        for entry in skipped:
            if entry.preview is None:
                self._add(entry.path.name, outcome_label("refused"), entry.error or "", MISSING)
            else:
                text = self.tr("Người gửi chưa được xác nhận: tệp không được nhập.")
                self._add(entry.path.name, outcome_label("needs_confirmation"), text, MISSING)
        for path in cancelled:
            text = self.tr("Đã hủy trước khi nhập tệp này: không có gì được ghi.")
            self._add(path.name, outcome_label("cancelled"), text, WARNING)
        statuses = [o.status.value for o in outcomes]
        self.applied = sum(s in APPLIED for s in statuses)
        self.unchanged = sum(s in UNCHANGED for s in statuses)
        self.not_imported = (
            len(statuses) - self.applied - self.unchanged + len(skipped) + len(cancelled)
        )
        self.comments_button.setVisible(
            any(o.preview and o.preview.comments and o.status.value in APPLIED for o in outcomes)
        )
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.retranslate()

    def _add(self, name: str, status: str, text: str, colour: object) -> None:
        item = QTreeWidgetItem(self.list, [name, status, text])
        item.setToolTip(2, text)
        item.setBackground(1, QBrush(colour))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Tệp"), self.tr("Kết quả"), self.tr("Chi tiết")])
        self.counts.setText(
            self.tr("<b>Kết quả nhập:</b> %1 tệp đã nhập, %2 không thay đổi, %3 không được nhập.")
            .replace("%1", str(self.applied))
            .replace("%2", str(self.unchanged))
            .replace("%3", str(self.not_imported))
        )
        self.comments_button.setText(self.tr("Xem ý kiến góp ý của tỉnh"))
        self.close_button.setText(self.tr("Đóng"))
