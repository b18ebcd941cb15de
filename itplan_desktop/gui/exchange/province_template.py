"""The province sends the template of the next plan: a plan of this database (its outline and
indicators with targets), a deadline and a note, saved as one `province_template` bundle for
every district (the bundle names no receiver), optionally with an .eml draft."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...formats.bundle_manifest import BundleKind
from ..errors import error_text
from ..screen_fit import fit_to_screen
from ..tasks import run_task
from .common import ask_bundle_path, open_folder, saved_lines, size_text
from .province_inbox import province_codes

if TYPE_CHECKING:
    from ...services.exchange import ExportResult
    from ...store.database import Database

KIND = BundleKind.PROVINCE_TEMPLATE


class SendTemplateDialog(QDialog):
    """Built over `services.exchange.prepare_bundle` / `export_bundle`; nothing else."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ...services.plans import list_plans

        self.setObjectName("sendTemplateDialog")
        self.db = db
        self.saved: ExportResult | None = None
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.plan = QComboBox()
        self.plan.setObjectName("templatePlan")
        provinces = {code for code, _name in province_codes(db)}
        plans = sorted(
            list_plans(db),
            key=lambda p: (p.organisation_code not in provinces, -p.start_year, p.title),
        )
        for summary in plans:
            text = f"{summary.organisation_name}: {summary.start_year}-{summary.end_year} — "
            self.plan.addItem(text + summary.title[:80], summary.uuid)
        self.summary = QLabel()
        self.summary.setObjectName("templateSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(70)
        self.has_deadline = QCheckBox()
        self.has_deadline.setChecked(True)
        self.deadline = QDateEdit(QDate.currentDate().addMonths(1))
        self.deadline.setObjectName("templateDeadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.note = QPlainTextEdit()
        self.note.setObjectName("templateNote")
        self.note.setMaximumHeight(90)
        self.email = QLineEdit()
        self.email.setObjectName("districtsEmail")
        self.eml = QCheckBox()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveTemplate")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.folder_button = QPushButton()
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(lambda: self.saved and open_folder(self.saved.path))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.status = QLabel()
        self.status.setObjectName("templateStatus")
        self.status.setWordWrap(True)
        self._build_layout()
        self.plan.currentIndexChanged.connect(self.refresh_summary)
        self.retranslate()
        self.refresh_summary()
        fit_to_screen(self, 680, 520)

    def _build_layout(self) -> None:
        self.form_labels = [QLabel() for _ in range(5)]
        deadline = QHBoxLayout()
        deadline.addWidget(self.has_deadline)
        deadline.addWidget(self.deadline)
        deadline.addStretch(1)
        form = QFormLayout()
        fields: tuple[QWidget | QLayout, ...] = (
            self.plan,
            self.summary,
            deadline,
            self.note,
            self.email,
        )
        for label, field in zip(self.form_labels, fields, strict=True):
            form.addRow(label, field)
        form.addRow("", self.eml)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # ------------------------------------------------------------ state
    def plan_uuid(self) -> str | None:
        return self.plan.currentData()

    def chosen_deadline(self) -> date | None:
        if not self.has_deadline.isChecked():
            return None
        # QDate.toPython is typed `object`; it gives a datetime.date
        return cast(date, self.deadline.date().toPython())

    def refresh_summary(self) -> None:
        """What the template holds (outline, indicators with targets) and the file's size."""
        from ...domain import walk_sections
        from ...services.exchange import prepare_bundle
        from ...services.plans import get_plan

        uuid = self.plan_uuid()
        if uuid is None:
            self.summary.setText(self.tr("Cơ sở dữ liệu chưa có kế hoạch nào để làm mẫu."))
            self.save_button.setEnabled(False)
            return
        try:
            plan = get_plan(self.db, uuid)
            prepared = prepare_bundle(self.db, uuid, KIND)
        except Exception as error:
            self.summary.setText(f"<span style='color:#b00020'>{html.escape(error_text(error))}")
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        targets = sum(1 for i in plan.indicators if i.targets)
        lines = [
            self.tr("Giai đoạn %1-%2; đề cương %3 mục; %4 chỉ tiêu (%5 có chỉ tiêu kế hoạch).")
            .replace("%1", str(plan.start_year))
            .replace("%2", str(plan.end_year))
            .replace("%3", str(sum(1 for _ in walk_sections(plan.sections))))
            .replace("%4", str(len(plan.indicators)))
            .replace("%5", str(targets)),
            self.tr("Một tệp cho mọi huyện của tỉnh; dung lượng %1.").replace(
                "%1", size_text(prepared.size)
            ),
        ]
        self.summary.setText("<br>".join(html.escape(line) for line in lines))

    # ------------------------------------------------------------ actions
    def _ask_save_path(self, suggested: str) -> Path | None:
        return ask_bundle_path(self, self.tr("Lưu tệp mẫu kế hoạch gửi các huyện"), suggested)

    def save(self) -> None:
        from ...services.exchange import export_bundle, prepare_bundle

        uuid = self.plan_uuid()
        if uuid is None:
            return
        target = self.ask_save_path(prepare_bundle(self.db, uuid, KIND).suggested_name)
        if target is None:
            return
        db, deadline, note = self.db, self.chosen_deadline(), self.note.toPlainText().strip()
        eml, address = self.eml.isChecked(), self.email.text().strip() or None

        def work(_progress: Callable[..., None], _cancel: Callable[[], bool]) -> Any:
            return export_bundle(
                db, uuid, KIND, target, eml=eml, to_address=address, deadline=deadline, note=note
            )

        run_task(self, self.tr("Đang lưu tệp mẫu kế hoạch…"), work, self._saved)

    def _saved(self, result: ExportResult) -> None:
        self.saved = result
        first = (
            self.tr("Đã lưu “%1” (%2). Gửi tệp này cho các huyện.")
            .replace("%1", str(result.path))
            .replace("%2", size_text(result.size))
        )
        lines = saved_lines(first, result)
        self.status.setText("<br>".join(html.escape(line) for line in lines))
        self.folder_button.setEnabled(True)

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gửi mẫu kế hoạch cho các huyện"))
        labels = (
            self.tr("&Kế hoạch làm mẫu:"),
            self.tr("Nội dung:"),
            self.tr("Hạn gửi:"),
            self.tr("&Ghi chú:"),
            self.tr("&Email các huyện:"),
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.form_labels[0].setBuddy(self.plan)
        self.form_labels[3].setBuddy(self.note)
        self.form_labels[4].setBuddy(self.email)
        self.has_deadline.setText(self.tr("Các huyện gửi kế hoạch trước ngày"))
        self.note.setPlaceholderText(self.tr("vd. Gửi bản có chữ ký kèm bản quét."))
        self.email.setPlaceholderText(self.tr("Có thể để trống và điền khi gửi thư"))
        self.eml.setText(self.tr("Tạo thư nháp email (.eml) kèm tệp"))
        self.save_button.setText(self.tr("&Lưu tệp mẫu…"))
        self.folder_button.setText(self.tr("Mở thư mục chứa tệp"))
        self.close_button.setText(self.tr("Đóng"))
