"""Import of bundles, both sides: a dry run of every file first (what it is, who sent it, the
signature, the changes), a confirmation for unsigned or unknown senders, a choice for each
conflict; then the import in the background (each bundle atomic, Cancel between two) and a
summary of what was applied, unchanged or refused."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...formats.bundle_import import ImportPreview, PlanChange, Resolution
from ...messages import UserError
from ..errors import error_text
from ..screen_fit import fit_to_screen
from ..tasks import run_task
from .changes import fill_changes
from .common import (
    GOOD,
    MISSING,
    WARNING,
    bundle_files,
    kind_label,
    signature_label,
    size_text,
    time_text,
)
from .summary import ImportSummary

if TYPE_CHECKING:
    from ...services.exchange_import import ImportOutcome
    from ...store.database import Database


@dataclass(slots=True)
class Entry:
    """One file of the import: its dry run (or why it is refused) and the user's choices."""

    path: Path
    preview: ImportPreview | None = None
    error: str | None = None
    confirmed: bool = False
    resolution: Resolution = Resolution.KEEP_LOCAL  # a conflict keeps mine unless told

    @property
    def refused(self) -> bool:
        return self.preview is None

    @property
    def importable(self) -> bool:
        preview = self.preview
        return preview is not None and (not preview.needs_confirmation or self.confirmed)


class ImportBundlesDialog(QDialog):
    """Preview → Apply → summary. `imported(outcomes)` fires once the import has run."""

    imported = Signal(list)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importBundlesDialog")
        self.db = db
        self.entries: list[Entry] = []
        self.outcomes: list[ImportOutcome] = []
        self.before_apply: Callable[[], None] = lambda: None  # e.g. save the open plan
        self.ask_open_paths: Callable[[], list[Path]] = self._ask_open_paths
        self.loading = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._preview_page())
        self.summary = ImportSummary()
        self.summary.close_button.clicked.connect(self.accept)
        self.pages.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()
        fit_to_screen(self, 1100, 680)
        self._show_entry()

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.count_label = QLabel()
        self.add_files_button = QPushButton()
        self.add_folder_button = QPushButton()
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.add_files_button)
        top.addWidget(self.add_folder_button)
        self.bundle_list = QTreeWidget()
        self.bundle_list.setObjectName("bundleList")
        self.bundle_list.setColumnCount(4)
        self.bundle_list.setRootIsDecorated(False)
        self.bundle_list.currentItemChanged.connect(self._show_entry)
        self.info = QLabel()
        self.info.setObjectName("bundleInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmUnsigned")
        self.confirm.toggled.connect(self._confirm_toggled)
        self.keep_mine = QRadioButton()
        self.take_theirs = QRadioButton()
        self.keep_mine.toggled.connect(self._resolution_toggled)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setObjectName("bundleChanges")
        self.changes.setColumnCount(3)
        detail = QWidget()
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.info)
        box.addWidget(self.confirm)
        box.addWidget(self.conflict_label)
        choice = QHBoxLayout()
        choice.addWidget(self.keep_mine)
        choice.addWidget(self.take_theirs)
        choice.addStretch(1)
        box.addLayout(choice)
        box.addWidget(self.changes, 1)
        splitter = QSplitter()
        splitter.addWidget(self.bundle_list)
        splitter.addWidget(detail)
        splitter.setSizes([430, 670])
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyImport")
        self.apply_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        self.apply_note = QLabel()
        buttons.addWidget(self.apply_note, 1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    # ------------------------------------------------------------ loading (dry run)
    def _ask_open_paths(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn tệp trao đổi"), "", self.tr("Tệp trao đổi (*.itplan-bundle)")
        )
        return [Path(n) for n in names]

    def choose_files(self) -> None:
        self.add_paths(self.ask_open_paths())

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục chứa tệp"))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Preview the bundles among `paths` (folders are searched) in the background."""
        known = {e.path for e in self.entries}
        files = [p for p in bundle_files(paths) if p not in known]
        others = [p for p in paths if not p.is_dir() and p not in files and p not in known]
        if others:  # a picked or dropped file that is no bundle is listed with the reason
            refusal = "bundle.not_bundle_file"
            self._loaded([Entry(p, error=UserError(refusal, name=p.name).text) for p in others])
        if not files:
            return
        from ...services.exchange import preview_bundle

        db = self.db

        def work(progress: Callable[..., None], cancel: Callable[[], bool]) -> list[Entry]:
            found = []
            for index, path in enumerate(files):
                if cancel():
                    break
                try:
                    found.append(Entry(path, preview_bundle(db, path)))
                except (UserError, OSError) as error:
                    found.append(Entry(path, error=error_text(error)))
                progress(index + 1, len(files))
            return found

        self.loading = True
        run_task(self, self.tr("Đang kiểm tra các tệp…"), work, self._loaded, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        from ..errors import show_error

        show_error(self, error)

    def _loaded(self, entries: list[Entry]) -> None:
        self.loading = False
        for entry in entries:
            self.entries.append(entry)
            self.bundle_list.addTopLevelItem(self._list_item(entry))
        for column in range(3):
            self.bundle_list.resizeColumnToContents(column)
        first = self.bundle_list.topLevelItem(0)
        if self.bundle_list.currentItem() is None and first is not None:
            self.bundle_list.setCurrentItem(first)
        self._update_buttons()

    def _list_item(self, entry: Entry) -> QTreeWidgetItem:
        preview = entry.preview
        if preview is None:
            refused = self.tr("Bị từ chối: %1").replace("%1", entry.error or "")
            texts = [entry.path.name, "", "", refused]
            colour = MISSING
        else:
            sender = f"{preview.sender.name} ({preview.sender.code})"
            texts = [entry.path.name, kind_label(preview.kind.value), sender, ""]
            texts[3] = self._state_text(entry)
            colour = GOOD if not preview.needs_confirmation else WARNING
            if preview.plan_change is PlanChange.CONFLICT:
                colour = WARNING
        item = QTreeWidgetItem(texts)
        item.setToolTip(3, texts[3])
        for column in range(4):
            item.setBackground(column, QBrush(colour))
        return item

    def _state_text(self, entry: Entry) -> str:
        preview = entry.preview
        if preview is None:
            return entry.error or ""
        parts = [signature_label(preview.signature.value)]
        if preview.plan_change is PlanChange.CONFLICT:
            parts.append(self.tr("xung đột"))
        parts.append(preview.summary() or self.tr("không thay đổi"))
        return "; ".join(parts)

    # ------------------------------------------------------------ the selected bundle
    def current_entry(self) -> Entry | None:
        item = self.bundle_list.currentItem()
        if item is None:
            return None
        return self.entries[self.bundle_list.indexOfTopLevelItem(item)]

    def _show_entry(self) -> None:
        entry = self.current_entry()
        preview = entry.preview if entry else None
        self.confirm.setVisible(bool(preview and preview.needs_confirmation))
        conflict = bool(preview and preview.plan_change is PlanChange.CONFLICT)
        for widget in (self.conflict_label, self.keep_mine, self.take_theirs):
            widget.setVisible(conflict)
        self.changes.clear()
        if entry is None:
            self.info.setText(self.tr("Chọn hoặc kéo thả các tệp trao đổi (.itplan-bundle)."))
            return
        if preview is None:
            reason = html.escape(entry.error or "")
            refused = self.tr("Bị từ chối — tệp không được nhập:")
            self.info.setText(
                f"<b>{html.escape(entry.path.name)}</b><br>"
                f"<span style='color:#b00020'><b>{html.escape(refused)}</b> {reason}</span>"
            )
            return
        self.info.setText(self._info_html(entry, preview))
        self.confirm.blockSignals(True)
        self.confirm.setChecked(entry.confirmed)
        self.confirm.blockSignals(False)
        self.keep_mine.blockSignals(True)
        self.keep_mine.setChecked(entry.resolution is Resolution.KEEP_LOCAL)
        self.take_theirs.setChecked(entry.resolution is Resolution.TAKE_INCOMING)
        self.keep_mine.blockSignals(False)
        fill_changes(self.changes, preview)

    def _info_html(self, entry: Entry, preview: ImportPreview) -> str:
        manifest = preview.contents.manifest
        rows = [
            (self.tr("Tệp"), f"{entry.path.name} ({size_text(preview.contents.file_size)})"),
            (self.tr("Nội dung"), kind_label(preview.kind.value)),
            (
                self.tr("Người gửi"),
                f"{preview.sender.name} — {self.tr('mã')} {preview.sender.code}",
            ),
            (self.tr("Lập lúc"), time_text(manifest.created_at)),
            (self.tr("Dấu vân tay khóa"), preview.fingerprint or "—"),
            (self.tr("Chữ ký"), preview.signature_text()),
        ]
        if preview.assessment is not None and preview.assessment.attachments:
            # an assessment's files travel under their SHA-256: show them by their own names
            names = ", ".join(a.name for a in preview.assessment.attachments)
            rows.append((self.tr("Tệp đính kèm"), names))
        elif manifest.attachments:
            names = ", ".join(p.name.removeprefix("attachments/") for p in manifest.attachments)
            rows.append((self.tr("Tệp đính kèm"), names))
        colour = "#1b5e20" if not preview.needs_confirmation else "#8a5a00"
        lines = []
        for key, value in rows:
            text = html.escape(value)
            if value == preview.signature_text():
                text = f"<span style='color:{colour}'>{text}</span>"
            lines.append(f"<b>{html.escape(key)}:</b> {text}")
        return "<br>".join(lines)

    def _confirm_toggled(self, checked: bool) -> None:
        entry = self.current_entry()
        if entry is not None and entry.preview is not None:
            entry.confirmed = checked
            self._update_buttons()

    def _resolution_toggled(self, keep: bool) -> None:
        entry = self.current_entry()
        if entry is not None:
            entry.resolution = Resolution.KEEP_LOCAL if keep else Resolution.TAKE_INCOMING

    def _update_buttons(self) -> None:
        ready = [e for e in self.entries if e.importable]
        waiting = [e for e in self.entries if e.preview is not None and not e.importable]
        refused = [e for e in self.entries if e.refused]
        self.apply_button.setEnabled(bool(ready))
        self.count_label.setText(
            self.tr("%1 tệp: %2 sẵn sàng nhập, %3 cần xác nhận, %4 bị từ chối")
            .replace("%1", str(len(self.entries)))
            .replace("%2", str(len(ready)))
            .replace("%3", str(len(waiting)))
            .replace("%4", str(len(refused)))
        )

    # ------------------------------------------------------------ apply
    def apply(self) -> None:
        """Import the ready bundles in order, in the background; each one all or nothing."""
        from ...services.exchange import import_bundles

        ready = [e for e in self.entries if e.importable]
        if not ready:
            return
        self.before_apply()
        choices = {
            e.preview.contents.manifest.bundle_uuid: e.resolution for e in ready if e.preview
        }
        confirm = any(e.preview and e.preview.needs_confirmation for e in ready)
        db, paths = self.db, [e.path for e in ready]
        collected: list[ImportOutcome] = []
        self.outcomes = collected

        def resolve(preview: ImportPreview) -> Resolution | None:
            return choices.get(preview.contents.manifest.bundle_uuid)

        def work(progress: Callable[..., None], cancel: Callable[[], bool]) -> Any:
            def step(done: int, total: int, outcome: ImportOutcome) -> None:
                collected.append(outcome)
                progress(done, total)

            return import_bundles(
                db, paths, confirm_unsigned=confirm, resolve=resolve, progress=step, cancel=cancel
            )

        self.apply_button.setEnabled(False)
        task = run_task(self, self.tr("Đang nhập các tệp…"), work, self._applied)
        task.cancelled.connect(lambda: self._applied(list(collected)))

    def _applied(self, outcomes: list[ImportOutcome]) -> None:
        self.outcomes = list(outcomes)
        done = {o.path for o in outcomes}
        skipped = [e for e in self.entries if not e.importable]
        cancelled = [e.path for e in self.entries if e.importable and e.path not in done]
        self.summary.show_outcomes(self.outcomes, skipped, cancelled)
        self.pages.setCurrentWidget(self.summary)
        self.imported.emit(self.outcomes)

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nhập tệp trao đổi"))
        self.add_files_button.setText(self.tr("Thêm &tệp…"))
        self.add_folder_button.setText(self.tr("Thêm thư &mục…"))
        self.bundle_list.setHeaderLabels(
            [self.tr("Tệp"), self.tr("Nội dung"), self.tr("Người gửi"), self.tr("Kết quả kiểm tra")]
        )
        self.changes.setHeaderLabels(
            [self.tr("Thay đổi"), self.tr("Hiện có"), self.tr("Trong tệp")]
        )
        self.confirm.setText(
            self.tr("Tôi đã xác minh người gửi và đồng ý nhập tệp chưa được xác thực này")
        )
        self.conflict_label.setText(
            self.tr("Kế hoạch này đã được sửa ở máy này sau lần nhập trước. Chọn bản sẽ được giữ:")
        )
        self.keep_mine.setText(self.tr("&Giữ bản của tôi"))
        self.take_theirs.setText(self.tr("&Lấy bản trong tệp"))
        self.apply_button.setText(self.tr("&Nhập"))
        self.cancel_button.setText(self.tr("Hủy"))
        self.apply_note.setText(self.tr("Chưa có gì được ghi cho đến khi bấm “Nhập”."))
        self._update_buttons()
        self._show_entry()
