"""The "Gửi lên tỉnh" dialog of the self-assessment: the unit's assessment (as on screen) is
kept in the database and built as one signed bundle with its evidence files; the dialog shows
what it holds and how big it is before anything is saved, and optionally writes the .eml
draft to the province. Built over `services.dti_exchange`; nothing else."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...messages import UserError
from ..errors import error_text
from ..exchange.common import ask_bundle_path, open_folder, province_email, saved_lines, size_text
from ..object_names import named
from ..tasks import run_task

if TYPE_CHECKING:
    from ...domain.dti_assessment import Assessment
    from ...domain.dti_index import DtIndex
    from ...services.dti_exchange import PreparedAssessment
    from ...services.exchange import ExportResult
    from ...store.database import Database


class SendAssessmentDialog(QDialog):
    """Send `assessment` (against `index`) up to the province as a signed bundle."""

    def __init__(
        self, db: Database, index: DtIndex, assessment: Assessment, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendAssessmentDialog")
        self.db, self.index, self.assessment = db, index, assessment
        self.prepared: PreparedAssessment | None = None
        self.saved: ExportResult | None = None
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path

        self.summary = named(QLabel(), "assessmentBundleSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(110)
        self.email = named(QLineEdit(province_email(db)), "provinceEmail")
        self.eml = named(QCheckBox(), "writeEml")
        self.eml.setChecked(bool(self.email.text()))
        self.result_label = named(QLabel(), "sendResult")
        self.result_label.setWordWrap(True)
        self.save_button = named(QPushButton(), "saveBundle")
        self.save_button.setDefault(True)
        self.folder_button = named(QPushButton(), "openFolder")
        self.folder_button.setEnabled(False)
        self.close_button = named(QPushButton(), "close")
        form = QFormLayout()
        self.summary_label, self.email_label = QLabel(), QLabel()
        form.addRow(self.summary_label, self.summary)
        form.addRow(self.email_label, self.email)
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
        self.save_button.clicked.connect(self.save)
        self.folder_button.clicked.connect(self.open_containing_folder)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.refresh()
        self.resize(600, 360)

    def refresh(self) -> None:
        """Keep the assessment and build its bundle in memory, to show it before saving."""
        from ...services import dti_exchange

        assessment = self.assessment
        try:
            dti_exchange.keep_own_assessment(self.db, self.index, assessment)
            self.prepared = dti_exchange.prepare_assessment_bundle(
                self.db, assessment.index_code, assessment.unit_code, assessment.period
            )
        except (UserError, OSError) as error:
            self.prepared = None
            self.summary.setText(f"<span style='color:#b00020'>{html.escape(error_text(error))}")
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        manifest = self.prepared.bundle.manifest
        carried = self.prepared.assessment
        lines = [
            self.tr("Từ: %1 (mã %2) → Đến: %3")
            .replace("%1", manifest.sender.name)
            .replace("%2", manifest.sender.code)
            .replace("%3", manifest.receiver.name if manifest.receiver else "—"),
            self.tr("Tự đánh giá năm %1 theo “%2”: %3 chỉ số có giá trị hoặc minh chứng")
            .replace("%1", str(carried.period))
            .replace("%2", self.index.name)
            .replace("%3", str(len(carried.entries))),
            self.tr("Tệp minh chứng: %1 tệp, %2")
            .replace("%1", str(len(carried.attachments)))
            .replace("%2", size_text(carried.attachments_size)),
        ]
        size = self.tr("Dung lượng tệp gửi: %1").replace("%1", size_text(self.prepared.size))
        text = "<br>".join(html.escape(line) for line in lines)
        self.summary.setText(f"{text}<br><b>{html.escape(size)}</b>")

    def _ask_save_path(self, suggested: str) -> Path | None:
        return ask_bundle_path(self, self.tr("Lưu tệp gửi lên tỉnh"), suggested)

    def save(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        target = self.ask_save_path(prepared.bundle.suggested_name)
        if target is None:
            return
        from ...services import dti_exchange
        from ...services.exchange import set_province_email

        address = self.email.text().strip()
        if address and address != province_email(self.db):
            set_province_email(self.db, address)
        db, assessment, eml = self.db, prepared.assessment, self.eml.isChecked()

        def work(_progress: Callable[..., None], _cancel: Callable[[], bool]) -> Any:
            return dti_exchange.export_assessment_bundle(
                db,
                assessment.index_code,
                assessment.unit_code,
                assessment.period,
                target,
                eml=eml,
                to_address=address or None,
                prepared=prepared,
            )

        run_task(self, self.tr("Đang lưu tệp gửi lên tỉnh…"), work, self._saved)

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
        self.folder_button.setFocus()

    def open_containing_folder(self) -> None:
        if self.saved is not None:
            open_folder(self.saved.path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gửi kết quả tự đánh giá lên tỉnh"))
        self.summary_label.setText(self.tr("Tóm tắt:"))
        self.email_label.setText(self.tr("&Email của tỉnh:"))
        self.email_label.setBuddy(self.email)
        self.email.setPlaceholderText(self.tr("vd. cntt@thanhhoa.gov.vn"))
        self.eml.setText(
            self.tr("Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird")
        )
        self.save_button.setText(self.tr("&Lưu tệp gửi…"))
        self.folder_button.setText(self.tr("Mở thư mục chứa tệp"))
        self.close_button.setText(self.tr("Đóng"))
