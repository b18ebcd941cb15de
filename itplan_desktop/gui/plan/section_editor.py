"""The section editor: the outline tree (add, delete, move by drag or keyboard, indent,
outdent) beside the heading and body of the selected section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain.section import Section
from ...services.plan_editing import SECTIONS
from ..undo import UndoContext
from .body_edit import BodyEdit, paragraphs_to_text, text_to_paragraphs
from .commands import SetFieldCommand
from .section_model import SectionModel


class SectionEditor(QWidget):
    message = Signal(str)

    def __init__(self, context: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = SectionModel(context, self)
        self.tree = QTreeView()
        self.tree.setObjectName("sectionTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.toolbar = QToolBar()
        self.actions_: dict[str, QAction] = {}
        for key, shortcut, slot in (
            ("add", "Ctrl+Return", self.add_after),
            ("add_child", "Ctrl+Shift+Return", self.add_child),
            ("delete", "Ctrl+Delete", self.delete_current),
            ("up", "Alt+Up", lambda: self.move_current(-1)),
            ("down", "Alt+Down", lambda: self.move_current(1)),
            ("indent", "Alt+Right", self.indent),
            ("outdent", "Alt+Left", self.outdent),
        ):
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.toolbar.addAction(act)
            self.addAction(act)
            self.actions_[key] = act

        self.heading_label = QLabel()
        self.heading = QLineEdit()
        self.heading.setObjectName("sectionHeading")
        self.heading_label.setBuddy(self.heading)
        self.heading.textEdited.connect(self._heading_edited)
        self.body_label = QLabel()
        self.body = BodyEdit()
        self.body.setObjectName("sectionBody")
        self.body_label.setBuddy(self.body)
        self.body.repaired.connect(self.message)
        self.body.textChanged.connect(self._body_typed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self._body_timer = QTimer(self, singleShot=True, interval=500)
        self._body_timer.timeout.connect(self.commit_body)
        self._loading = False
        self._current: Section | None = None

        right = QWidget()
        form = QFormLayout()
        form.addRow(self.heading_label, self.heading)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.body_label)
        column.addWidget(self.body, 1)
        column.addWidget(self.hint)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 580])
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter)
        self.setTabOrder(self.tree, self.heading)
        self.setTabOrder(self.heading, self.body)
        context.changed.connect(self._changed)
        self.retranslate()
        if self.model.rowCount():
            self.select(self.model.roots[0])

    # ------------------------------------------------------------ selection
    def current(self) -> Section | None:
        return self.model.section(self.tree.currentIndex())

    def select(self, section: Section | None) -> None:
        if section is None:
            return
        index = self.model.index_of(section)
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(index)

    def select_uuid(self, uuid: str | None) -> None:
        self.select(self.model.find(uuid) if uuid else None)

    def _current_changed(self) -> None:
        self.commit_body()
        self._current = self.current()
        self._load_current()

    def _load_current(self) -> None:
        section = self._current
        self._loading = True
        try:
            enabled = section is not None
            self.heading.setEnabled(enabled)
            self.body.setEnabled(enabled)
            heading = section.heading if section else ""
            if self.heading.text() != heading:
                self.heading.setText(heading)
            typed = self.body.toPlainText()
            if section is None or text_to_paragraphs(typed) != section.body:
                self.body.setPlainText(paragraphs_to_text(section.body) if section else "")
        finally:
            self._loading = False

    def _changed(self, part: str) -> None:
        if part != SECTIONS:
            return
        self.tree.viewport().update()
        if self._current is not None and self.model.find(self._current.uuid) is None:
            self._current = self.current()
        if not self._body_timer.isActive():
            self._load_current()

    # ------------------------------------------------------------ edits
    def _heading_edited(self, text: str) -> None:
        if self._current is not None and not self._loading:
            self.model.rename(self._current, text)

    def _body_typed(self) -> None:
        if not self._loading:
            self._body_timer.start()

    def commit_body(self) -> None:
        """Turn the typed text into paragraphs under one undo command (typing merges)."""
        self._body_timer.stop()
        section = self._current
        if section is None or self._loading:
            return
        body = text_to_paragraphs(self.body.toPlainText())
        if body == section.body:
            return
        text = self.tr("Sửa nội dung mục “%1”").replace("%1", section.heading)
        self.context.push(
            SetFieldCommand(self.context.editor, section, "body", body, SECTIONS, text)
        )

    def add_after(self) -> None:
        current = self.current()
        parent = self.model.parent_of(current) if current else None
        row = (
            self.model.child_sections(parent).index(current) + 1
            if current
            else len(self.model.roots)
        )
        self.select(self.model.add(parent, row, self.tr("Mục mới")))
        self.heading.setFocus()
        self.heading.selectAll()

    def add_child(self) -> None:
        current = self.current()
        if current is None:
            self.add_after()
            return
        self.select(self.model.add(current, len(current.children), self.tr("Mục mới")))
        self.heading.setFocus()
        self.heading.selectAll()

    def delete_current(self) -> None:
        current = self.current()
        if current is not None:
            self.model.delete(current)

    def move_current(self, step: int) -> None:
        current = self.current()
        if current is None:
            return
        parent = self.model.parent_of(current)
        row = self.model.child_sections(parent).index(current) + step
        if 0 <= row < len(self.model.child_sections(parent)):
            self.model.move(current, parent, row)
            self.select(current)

    def indent(self) -> None:
        """Become the last child of the section above."""
        current = self.current()
        if current is None:
            return
        parent = self.model.parent_of(current)
        siblings = self.model.child_sections(parent)
        row = siblings.index(current)
        if row == 0:
            return
        target = siblings[row - 1]
        self.model.move(current, target, len(target.children), self.tr("Thụt mục “%1” vào"))
        self.select(current)

    def outdent(self) -> None:
        """Come out of the parent, right after it."""
        current = self.current()
        parent = self.model.parent_of(current) if current else None
        if current is None or parent is None:
            return
        grand = self.model.parent_of(parent)
        row = self.model.child_sections(grand).index(parent) + 1
        self.model.move(current, grand, row, self.tr("Đưa mục “%1” ra ngoài"))
        self.select(current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "add": (self.tr("Thêm mục"), self.tr("Thêm mục ngay sau mục đang chọn")),
            "add_child": (self.tr("Thêm mục con"), self.tr("Thêm mục con vào cuối mục đang chọn")),
            "delete": (self.tr("Xóa"), self.tr("Xóa mục đang chọn")),
            "up": (self.tr("Lên"), self.tr("Đưa mục lên trên")),
            "down": (self.tr("Xuống"), self.tr("Đưa mục xuống dưới")),
            "indent": (self.tr("Thụt vào"), self.tr("Thành mục con của mục phía trên")),
            "outdent": (self.tr("Lùi ra"), self.tr("Ra ngoài một cấp")),
        }
        for key, (text, tip) in texts.items():
            act = self.actions_[key]
            act.setText(text)
            act.setToolTip(
                f"{tip} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        self.heading_label.setText(self.tr("&Tên mục:"))
        self.body_label.setText(self.tr("&Nội dung:"))
        self.hint.setText(
            self.tr(
                "Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” hoặc “+ ” là gạch đầu dòng cấp 1, "
                "cấp 2. Văn bản dán vào được sửa bảng mã (TCVN3, VNI) và lỗi chữ “ƣ”."
            )
        )
