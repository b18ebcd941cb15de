"""The "Gửi lên tỉnh" dialog: the district saves the open plan (or its progress) as one
bundle file, sees what it holds and how big it is before saving, optionally writes the .eml
draft to the province, and opens the containing folder to attach or send it."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ...formats.bundle_kinds import UPWARD_KINDS
from ...formats.bundle_manifest import BundleKind
from ...messages import UserError
from ..errors import error_text
from ..screen_fit import fit_to_screen
from ..tasks import run_task
from .common import (
    ask_bundle_path,
    kind_label,
    open_folder,
    province_email,
    saved_lines,
    size_text,
)

if TYPE_CHECKING:
    from ...services.exchange import ExportResult, PreparedBundle
    from ..shell.main_window import MainWindow

KINDS = UPWARD_KINDS


class SendBundleDialog(QDialog):
    """Built over `services.exchange.prepare_bundle` / `export_bundle`; nothing else."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sendBundleDialog")
        self.window_ = window
        assert window.db is not None and window.workspace is not None
        self.db = window.db
        window.workspace.save_now()  # the bundle carries what is on screen
        self.plan = window.workspace.editor.plan
        self.prepared: PreparedBundle | None = None
        self.saved: ExportResult | None = None
        self.ask_open_paths: Callable[[], list[Path]] = self._ask_open_paths
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path

        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("bundleKind")
        for kind in KINDS:
            self.kind.addItem("", kind.value)
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(80)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.summary = QLabel()
        self.summary.setObjectName("bundleSummary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(90)
        self.email = QLineEdit(province_email(self.db))
        self.email.setObjectName("provinceEmail")
        self.eml = QCheckBox()
        self.eml.setChecked(bool(self.email.text()))
        self.result_label = QLabel()
        self.result_label.setObjectName("sendResult")
        self.result_label.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.folder_button = QPushButton()
        self.folder_button.setEnabled(False)
        self.close_button = QPushButton()
        self._build_layout()

        self.kind.currentIndexChanged.connect(self.refresh_summary)
        self.add_button.clicked.connect(self.add_attachments)
        self.remove_button.clicked.connect(self.remove_attachment)
        self.save_button.clicked.connect(self.save)
        self.folder_button.clicked.connect(self.open_containing_folder)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self.refresh_summary()
        fit_to_screen(self, 620, 520)

    def _build_layout(self) -> None:
        form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        form.addRow(self.form_labels[0], self.plan_label)
        form.addRow(self.form_labels[1], self.kind)
        files = QHBoxLayout()
        files.addWidget(self.attachments, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        files.addLayout(buttons)
        form.addRow(self.form_labels[2], files)
        form.addRow(self.form_labels[3], self.summary)
        form.addRow(self.form_labels[4], self.email)
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

    # ------------------------------------------------------------ state
    def current_kind(self) -> BundleKind:
        return BundleKind(self.kind.currentData())

    def attachment_paths(self) -> list[Path]:
        items = (self.attachments.item(i) for i in range(self.attachments.count()))
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def refresh_summary(self) -> None:
        """Build the bundle in memory to show what it holds and its size before saving."""
        from ...services.exchange import prepare_bundle

        try:
            self.prepared = prepare_bundle(
                self.db, self.plan.uuid, self.current_kind(), attachments=self.attachment_paths()
            )
        except (UserError, OSError) as error:
            self.prepared = None
            self.summary.setText(f"<span style='color:#b00020'>{html.escape(error_text(error))}")
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        manifest = self.prepared.manifest
        receiver = manifest.receiver.name if manifest.receiver else "—"
        lines = [
            self.tr("Từ: %1 (mã %2) → Đến: %3")
            .replace("%1", manifest.sender.name)
            .replace("%2", manifest.sender.code)
            .replace("%3", receiver),
            self.tr("Kế hoạch “%1”, lần sửa %2")
            .replace("%1", self.plan.title)
            .replace("%2", str(manifest.plan_revision)),
            self.tr("Nội dung: %1 phần (%2 tệp đính kèm); số liệu thực hiện: %3")
            .replace("%1", str(len(manifest.parts)))
            .replace("%2", str(len(manifest.attachments)))
            .replace("%3", str(len(self.plan.observations))),
        ]
        size = self.tr("Dung lượng tệp gửi: %1").replace("%1", size_text(self.prepared.size))
        text = "<br>".join(html.escape(line) for line in lines)
        self.summary.setText(f"{text}<br><b>{html.escape(size)}</b>")

    # ------------------------------------------------------------ actions
    def _ask_open_paths(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn tệp đính kèm"), "", self.tr("Mọi tệp (*)")
        )
        return [Path(n) for n in names]

    def _ask_save_path(self, suggested: str) -> Path | None:
        return ask_bundle_path(self, self.tr("Lưu tệp gửi lên tỉnh"), suggested)

    def add_attachments(self) -> None:
        known = set(self.attachment_paths())
        for path in self.ask_open_paths():
            if path not in known:
                item = QListWidgetItem(path.name)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(str(path))
                self.attachments.addItem(item)
        self.refresh_summary()

    def remove_attachment(self) -> None:
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.takeItem(row)
            self.refresh_summary()

    def save(self) -> None:
        if self.prepared is None:
            return
        target = self.ask_save_path(self.prepared.suggested_name)
        if target is None:
            return
        from ...services.exchange import export_bundle, set_province_email

        address = self.email.text().strip()
        if address and address != province_email(self.db):
            set_province_email(self.db, address)
        db, plan_uuid, kind = self.db, self.plan.uuid, self.current_kind()
        attachments, eml = self.attachment_paths(), self.eml.isChecked()

        def work(_progress: Callable[..., None], _cancel: Callable[[], bool]) -> Any:
            return export_bundle(
                db,
                plan_uuid,
                kind,
                target,
                eml=eml,
                attachments=attachments,
                to_address=address or None,
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
        self.window_.show_message(lines[0], 10_000)

    def open_containing_folder(self) -> None:
        if self.saved is not None:
            open_folder(self.saved.path)

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gửi lên tỉnh"))
        self.plan_label.setText(f"<b>{html.escape(self.plan.title)}</b>")
        for index, kind in enumerate(KINDS):
            self.kind.setItemText(index, kind_label(kind.value))
        labels = (
            self.tr("Kế hoạch:"),
            self.tr("&Loại:"),
            self.tr("Tệp đính kèm\n(vd. bản quét có chữ ký):"),
            self.tr("Tóm tắt:"),
            self.tr("&Email của tỉnh:"),
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.form_labels[1].setBuddy(self.kind)
        self.form_labels[4].setBuddy(self.email)
        self.add_button.setText(self.tr("&Thêm tệp…"))
        self.remove_button.setText(self.tr("&Bỏ tệp"))
        self.email.setPlaceholderText(self.tr("vd. cntt@thanhhoa.gov.vn"))
        self.eml.setText(
            self.tr("Tạo thư nháp email (.eml) kèm tệp, để gửi bằng Outlook/Thunderbird")
        )
        self.save_button.setText(self.tr("&Lưu tệp gửi…"))
        self.folder_button.setText(self.tr("Mở thư mục chứa tệp"))
        self.close_button.setText(self.tr("Đóng"))
