"""Publishing the index from its editor: the province, the deadline of the self-assessments
and a note; the bundle is built in memory to show its size before it is saved (one file for
every unit of the province), optionally with the .eml draft. Over `services.dti_exchange`."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...messages import UserError
from ..errors import error_text
from ..exchange.common import ask_bundle_path, open_folder, saved_lines, size_text
from ..object_names import named
from ..tasks import run_task

if TYPE_CHECKING:
    from ...domain.dti_index import DtIndex
    from ...services.exchange import ExportResult, PreparedBundle
    from ...store.database import Database


class PublishIndexDialog(QDialog):
    """Publish `index` from the database's province to its units."""

    def __init__(self, db: Database, index: DtIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ...services.units import default_province

        self.setObjectName("publishIndexDialog")
        self.db, self.index = db, index
        self.prepared: PreparedBundle | None = None
        self.saved: ExportResult | None = None
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.province = named(QLineEdit(default_province(db)), "province")
        self.province.setMaximumWidth(80)
        self.has_deadline = named(QCheckBox(), "has_deadline")
        self.has_deadline.setChecked(True)
        self.deadline = named(QDateEdit(QDate.currentDate().addMonths(1)), "deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        self.note = named(QPlainTextEdit(), "note")
        self.note.setMaximumHeight(80)
        self.email = named(QLineEdit(), "units_email")
        self.eml = named(QCheckBox(), "write_eml")
        self.summary = named(QLabel(), "publishSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(90)
        self.result_label = named(QLabel(), "publishResult")
        self.result_label.setWordWrap(True)
        self.save_button = named(QPushButton(), "saveBundle")
        self.save_button.setDefault(True)
        self.folder_button = named(QPushButton(), "openFolder")
        self.folder_button.setEnabled(False)
        self.close_button = named(QPushButton(), "close")
        self._lay_out()
        self.province.editingFinished.connect(self.refresh)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.has_deadline.toggled.connect(lambda _c: self.refresh())
        self.deadline.dateChanged.connect(lambda _d: self.refresh())
        self.save_button.clicked.connect(self.save)
        self.folder_button.clicked.connect(lambda: self.saved and open_folder(self.saved.path))
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.refresh()
        self.resize(620, 460)

    def _lay_out(self) -> None:
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.province)
        deadline = QHBoxLayout()
        deadline.addWidget(self.has_deadline)
        deadline.addWidget(self.deadline)
        deadline.addStretch(1)
        form.addRow(self.labels[1], deadline)
        form.addRow(self.labels[2], self.note)
        form.addRow(self.labels[3], self.summary)
        form.addRow(self.labels[4], self.email)
        form.addRow("", self.eml)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(row)

    def chosen_deadline(self) -> date | None:
        if not self.has_deadline.isChecked():
            return None
        # QDate.toPython is typed `object`; it gives a datetime.date
        return cast(date, self.deadline.date().toPython())

    def refresh(self) -> None:
        """Build the bundle in memory to show what it holds and its size before saving."""
        from ...services import dti_exchange

        try:
            self.prepared = dti_exchange.prepare_index_bundle(
                self.db,
                self.index,
                province=self.province.text().strip(),
                deadline=self.chosen_deadline(),
                note=self.note.toPlainText().strip(),
            )
        except (UserError, OSError) as error:
            self.prepared = None
            self.summary.setText(f"<span style='color:#b00020'>{html.escape(error_text(error))}")
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        manifest = self.prepared.manifest
        deadline = self.chosen_deadline()
        lines = [
            self.tr("Từ: %1 (mã %2) → Đến: mọi đơn vị của tỉnh")
            .replace("%1", manifest.sender.name)
            .replace("%2", manifest.sender.code),
            self.tr("Bộ chỉ số “%1”, phiên bản %2: %3 nhóm, %4 chỉ số")
            .replace("%1", self.index.name)
            .replace("%2", str(self.index.version))
            .replace("%3", str(len(self.index.groups)))
            .replace("%4", str(len(self.index.indicators))),
            self.tr("Hạn gửi tự đánh giá: %1").replace(
                "%1", deadline.strftime("%d/%m/%Y") if deadline else "—"
            ),
        ]
        size = self.tr("Dung lượng tệp gửi: %1").replace("%1", size_text(self.prepared.size))
        text = "<br>".join(html.escape(line) for line in lines)
        self.summary.setText(f"{text}<br><b>{html.escape(size)}</b>")

    def _ask_save_path(self, suggested: str) -> Path | None:
        return ask_bundle_path(self, self.tr("Lưu tệp công bố bộ chỉ số"), suggested)

    def save(self) -> None:
        self.refresh()  # the note may have changed since
        if self.prepared is None:
            return
        target = self.ask_save_path(self.prepared.suggested_name)
        if target is None:
            return
        from ...services import dti_exchange

        db, index, province = self.db, self.index, self.province.text().strip()
        deadline, note = self.chosen_deadline(), self.note.toPlainText().strip()
        eml, address = self.eml.isChecked(), self.email.text().strip() or None
        prepared = self.prepared

        def work(_progress: Callable[..., None], _cancel: Callable[[], bool]) -> Any:
            return dti_exchange.export_index_bundle(
                db,
                index,
                target,
                province=province,
                deadline=deadline,
                note=note,
                eml=eml,
                to_address=address,
                prepared=prepared,
            )

        run_task(self, self.tr("Đang lưu tệp công bố bộ chỉ số…"), work, self._saved)

    def _saved(self, result: ExportResult) -> None:
        self.saved = result
        first = (
            self.tr("Đã lưu “%1” (%2).")
            .replace("%1", str(result.path))
            .replace("%2", size_text(result.size))
        )
        lines = saved_lines(first, result)
        self.result_label.setText("<br>".join(html.escape(line) for line in lines))
        self.folder_button.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Công bố bộ chỉ số cho các đơn vị"))
        texts = (
            self.tr("Mã tỉnh gửi:"),
            self.tr("Hạn gửi tự đánh giá:"),
            self.tr("Ghi chú cho đơn vị:"),
            self.tr("Tóm tắt:"),
            self.tr("Email các đơn vị:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.has_deadline.setText(self.tr("có hạn"))
        self.email.setPlaceholderText(self.tr("để trống: điền khi gửi thư"))
        self.eml.setText(
            self.tr("Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird")
        )
        self.save_button.setText(self.tr("&Lưu tệp công bố…"))
        self.folder_button.setText(self.tr("Mở thư mục chứa tệp"))
        self.close_button.setText(self.tr("Đóng"))
