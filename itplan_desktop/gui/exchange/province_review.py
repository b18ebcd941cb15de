"""The province writes review comments on a district's plan: the plan's sections and appendix
rows in a tree, a comment on the chosen one (`add_review_comment`), the comments written so far,
and "Gửi góp ý…" saving the `review_comments` bundle for that district (optionally an .eml)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.appendix_layout import row_labels
from ...formats.bundle_manifest import BundleKind
from .. import settings
from ..errors import show_error
from ..screen_fit import fit_to_screen
from ..tasks import run_task
from .common import ask_bundle_path, open_folder, saved_lines, size_text, time_text

if TYPE_CHECKING:
    from ...domain import Plan, Section
    from ...formats.bundle_import import CommentView
    from ...services.exchange import ExportResult
    from ...store.database import Database

UUID = Qt.ItemDataRole.UserRole
AUTHOR_KEY = "exchange/review_author"


class ReviewWriteDialog(QDialog):
    """Non-modal; `ask_save_path` is replaced by tests."""

    def __init__(self, db: Database, plan_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ...services.plans import get_plan

        self.setObjectName("reviewWriteDialog")
        self.db = db
        self.plan: Plan = get_plan(db, plan_uuid)
        self.comments: list[CommentView] = []
        self.saved: ExportResult | None = None
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.targets = QTreeWidget()
        self.targets.setObjectName("reviewTargets")
        self.targets.setHeaderHidden(True)
        self.targets.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.text = QPlainTextEdit()
        self.text.setObjectName("reviewText")
        self.text.setMaximumHeight(110)
        self.text.textChanged.connect(self._update_buttons)
        self.author = QLineEdit(str(settings.app_settings().value(AUTHOR_KEY, "") or ""))
        self.author.setObjectName("reviewAuthor")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addReview")
        self.add_button.clicked.connect(self.add_comment)
        self.list_label = QLabel()
        self.list = QTreeWidget()
        self.list.setObjectName("outgoingComments")
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.email = QLineEdit()
        self.email.setObjectName("districtEmail")
        self.eml = QCheckBox()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendReview")
        self.send_button.clicked.connect(self.send)
        self.folder_button = QPushButton()
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(lambda: self.saved and open_folder(self.saved.path))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        self._build_layout()
        self._fill_targets()
        fit_to_screen(self, 1000, 680)
        self.retranslate()
        self.reload()

    def _build_layout(self) -> None:
        self.form_labels = [QLabel() for _ in range(3)]
        right = QWidget()
        form = QFormLayout()
        form.addRow(self.form_labels[0], self.text)
        form.addRow(self.form_labels[1], self.author)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.list_label)
        box.addWidget(self.list, 1)
        send = QFormLayout()
        send.addRow(self.form_labels[2], self.email)
        send.addRow("", self.eml)
        box.addLayout(send)
        splitter = QSplitter()
        splitter.addWidget(self.targets)
        splitter.addWidget(right)
        splitter.setSizes([420, 580])
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # ------------------------------------------------------------ the tree of targets
    def _fill_targets(self) -> None:
        plan = self.plan
        bold = QFont()
        bold.setBold(True)
        self.plan_item = QTreeWidgetItem(self.targets, [plan.title])
        self.plan_item.setData(0, UUID, plan.uuid)
        self.plan_item.setFont(0, bold)
        self.sections_item = QTreeWidgetItem(self.plan_item, [""])
        self._add_sections(self.sections_item, plan.sections)
        self.appendices_item = QTreeWidgetItem(self.plan_item, [""])
        for appendix in plan.appendices:
            title = f"{appendix.number}. {appendix.title}"
            parent = QTreeWidgetItem(self.appendices_item, [title])
            for label, row in zip(row_labels(appendix), appendix.rows, strict=True):
                name = row.texts.get("name") or row.label or ""
                item = QTreeWidgetItem(parent, [f"{label} {name}".strip()])
                item.setData(0, UUID, row.uuid)
                item.setToolTip(0, name)
        for item in (self.sections_item, self.appendices_item):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.plan_item.setExpanded(True)
        self.sections_item.setExpanded(True)
        self.targets.setCurrentItem(self.plan_item)

    def _add_sections(self, parent: QTreeWidgetItem, sections: list[Section]) -> None:
        for section in sections:
            item = QTreeWidgetItem(parent, [section.heading])
            item.setData(0, UUID, section.uuid)
            item.setToolTip(0, section.heading)
            self._add_sections(item, section.children)

    def target_uuid(self) -> str | None:
        item = self.targets.currentItem()
        return None if item is None else item.data(0, UUID)

    def select_target(self, uuid: str) -> bool:
        """Make the section, row or plan `uuid` the current target (tests, navigation)."""
        for item in self._items(self.plan_item):
            if item.data(0, UUID) == uuid:
                self.targets.setCurrentItem(item)
                self.targets.scrollToItem(item)
                return True
        return False

    def _items(self, item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = [item]
        for index in range(item.childCount()):
            child = item.child(index)
            assert child is not None  # index < childCount()
            found.extend(self._items(child))
        return found

    # ------------------------------------------------------------ comments
    def reload(self) -> None:
        from ...services.exchange import review_comments

        self.comments = review_comments(self.db, self.plan.uuid, "out")
        self.list.clear()
        for view in self.comments:
            comment = view.comment
            item = QTreeWidgetItem(
                self.list,
                [view.target_label, comment.text, comment.author, time_text(comment.created_at)],
            )
            item.setToolTip(1, comment.text)
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 260)
        self.retranslate_counts()
        self._update_buttons()

    def add_comment(self) -> None:
        from ...services.exchange import add_review_comment

        target, text = self.target_uuid(), self.text.toPlainText().strip()
        if target is None or not text:
            return
        author = self.author.text().strip()
        try:
            add_review_comment(self.db, self.plan.uuid, target, text, author)
        except Exception as error:
            show_error(self, error)
            return
        settings.app_settings().setValue(AUTHOR_KEY, author)
        self.text.clear()
        self.reload()
        self.status.setText(self.tr("Đã thêm góp ý; bấm “Gửi góp ý…” để lưu tệp gửi huyện."))

    def _ask_save_path(self, suggested: str) -> Path | None:
        return ask_bundle_path(self, self.tr("Lưu tệp góp ý gửi huyện"), suggested)

    def send(self) -> None:
        from ...services.exchange import export_bundle, prepare_bundle

        kind = BundleKind.REVIEW_COMMENTS
        try:
            suggested = prepare_bundle(self.db, self.plan.uuid, kind).suggested_name
        except Exception as error:
            show_error(self, error)
            return
        target = self.ask_save_path(suggested)
        if target is None:
            return
        db, plan_uuid, eml = self.db, self.plan.uuid, self.eml.isChecked()
        address = self.email.text().strip() or None

        def work(_progress: Callable[..., None], _cancel: Callable[[], bool]) -> Any:
            return export_bundle(db, plan_uuid, kind, target, eml=eml, to_address=address)

        run_task(self, self.tr("Đang lưu tệp góp ý…"), work, self._sent)

    def _sent(self, result: ExportResult) -> None:
        self.saved = result
        first = (
            self.tr("Đã lưu “%1” (%2, %3 ý kiến).")
            .replace("%1", str(result.path))
            .replace("%2", size_text(result.size))
            .replace("%3", str(len(self.comments)))
        )
        lines = saved_lines(first, result)
        self.status.setText("<br>".join(html.escape(line) for line in lines))
        self.folder_button.setEnabled(True)

    def _update_buttons(self) -> None:
        has_text = bool(self.text.toPlainText().strip())
        self.add_button.setEnabled(has_text and self.target_uuid() is not None)
        self.send_button.setEnabled(bool(self.comments))

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate_counts(self) -> None:
        text = self.tr("Góp ý đã viết cho kế hoạch này: %1 (gửi tất cả trong một tệp).")
        self.list_label.setText(text.replace("%1", str(len(self.comments))))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Góp ý kế hoạch của huyện"))
        self.heading.setText(
            self.tr("<b>%1</b><br>Chọn kế hoạch, một mục hoặc một dòng phụ lục rồi viết góp ý.")
            .replace("%1", html.escape(self.plan.title))
        )  # fmt: skip
        self.sections_item.setText(0, self.tr("Nội dung"))
        self.appendices_item.setText(0, self.tr("Phụ lục"))
        labels = (self.tr("&Góp ý:"), self.tr("&Người góp ý:"), self.tr("&Email của huyện:"))
        for label, text, buddy in zip(
            self.form_labels, labels, (self.text, self.author, self.email), strict=True
        ):
            label.setText(text)
            label.setBuddy(buddy)
        self.author.setPlaceholderText(self.tr("vd. Sở Thông tin và Truyền thông"))
        self.email.setPlaceholderText(self.tr("vd. vanphong@nhuxuan.thanhhoa.gov.vn"))
        self.add_button.setText(self.tr("&Thêm góp ý"))
        self.list.setHeaderLabels(
            [self.tr("Vị trí"), self.tr("Ý kiến"), self.tr("Người góp ý"), self.tr("Ngày")]
        )
        self.eml.setText(self.tr("Tạo thư nháp email (.eml) kèm tệp"))
        self.send_button.setText(self.tr("Gửi &góp ý…"))
        self.folder_button.setText(self.tr("Mở thư mục chứa tệp"))
        self.close_button.setText(self.tr("Đóng"))
        self.retranslate_counts()
