"""The index editor: the province writes its digital-transformation index (groups, indicators,
points, scoring rules, evidence), imports and exports it as a file, keeps it in the database
and publishes it to its units in a signed bundle (`publish_index.py`).

The index is a frozen value; every edit (`services.dti_index_edit`) gives the next one, and
the undo stack keeps both, so Ctrl+Z and Ctrl+Y work as in the plan's editors. A refused edit
leaves the typed text in its field, red, with the message under it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...domain.dti_index import DtIndex
from ...formats import dti_index_file
from ...messages import UserError
from ...services import dti_index_edit as edit
from ...services.dti_documents import points_text
from ..errors import show_error
from ..kpi.indicator_form import RoomyItemDelegate
from ..object_names import named
from .index_form import Edit, IndexGroupForm, IndexHeaderForm, IndexIndicatorForm

if TYPE_CHECKING:
    from ...store.database import Database

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_BRUSH = QBrush(QColor("#e8eef7"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Selection = tuple[str, str] | None  # ("group" | "indicator", code)


class IndexEditCommand(QUndoCommand):
    """One edit: the index before and after, and what to select after redo and undo."""

    def __init__(
        self,
        window: IndexEditorWindow,
        before: DtIndex,
        after: DtIndex,
        text: str,
        selection: tuple[Selection, Selection],
    ) -> None:
        super().__init__(text)
        self.window, self.before, self.after = window, before, after
        self.selection = selection

    def redo(self) -> None:
        self.window.show_index(self.after, self.selection[1])

    def undo(self) -> None:
        self.window.show_index(self.before, self.selection[0])


class IndexEditorWindow(QWidget):
    """Edit `index`; `db` (when given) is where "Lưu" keeps it and publishing reads from."""

    index_changed = Signal(object)

    def __init__(
        self, index: DtIndex, parent: QWidget | None = None, db: Database | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("index_editor")
        self.index = index
        self.db = db
        self.stack = QUndoStack(self)
        self.header = IndexHeaderForm(self.apply)
        self.group_form = IndexGroupForm(self.apply)
        self.indicator_form = IndexIndicatorForm(self.apply)
        self.total = named(QLabel(), "total")
        bold = QFont(self.total.font())
        bold.setBold(True)
        self.total.setFont(bold)
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.tree = named(QTreeWidget(), "index_tree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        self.tree.setItemDelegate(RoomyItemDelegate(self.tree))  # room for "Tỷ lệ", "Ứng"
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.details = named(QStackedWidget(), "details")
        self.details.addWidget(QWidget())
        self.details.addWidget(self.group_form)
        self.details.addWidget(self.indicator_form)
        self._buttons()
        self._lay_out()
        self.retranslate()
        self.show_index(
            index, ("indicator", index.indicators[0].code) if index.indicators else None
        )

    # ------------------------------------------------------------ building
    def _buttons(self) -> None:
        def button(name: str, slot) -> QPushButton:
            widget = named(QPushButton(), name)
            widget.clicked.connect(slot)
            return widget

        self.add_group_button = button("add_group", self.add_group)
        self.add_indicator_button = button("add_indicator", self.add_indicator)
        self.remove_button = button("remove", self.remove_selected)
        self.up_button = button("move_up", lambda: self.move_selected(-1))
        self.down_button = button("move_down", lambda: self.move_selected(1))
        self.open_button = button("open_file", self.open_file)
        self.export_button = button("export_file", self.export_file)
        self.save_button = button("save", self.save)
        self.save_button.setVisible(self.db is not None)
        self.publish_button = button("publish", self.publish)
        self.publish_button.setVisible(self.db is not None)
        self.undo_action = named(QAction(self), "action_undo_index")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.stack.undo)
        self.redo_action = named(QAction(self), "action_redo_index")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.stack.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.indexChanged.connect(self._undo_tips)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setObjectName("undo")
        self.redo_button.setObjectName("redo")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.total, 0, Qt.AlignmentFlag.AlignTop)
        tree_buttons = QHBoxLayout()
        for widget in (
            self.add_group_button,
            self.add_indicator_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            tree_buttons.addWidget(widget)
        tree_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tree_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addStretch(1)
        for widget in (self.open_button, self.export_button, self.save_button, self.publish_button):
            bottom.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    # ------------------------------------------------------------ texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Soạn bộ chỉ số chuyển đổi số — {name}").format(name=self.index.name)
        )
        self.tree.setHeaderLabels([self.tr("Mã"), self.tr("Nhóm, chỉ số"), self.tr("Điểm tối đa")])
        texts = {
            self.add_group_button: self.tr("Thêm nhóm"),
            self.add_indicator_button: self.tr("Thêm chỉ số"),
            self.remove_button: self.tr("Xóa"),
            self.up_button: self.tr("Lên"),
            self.down_button: self.tr("Xuống"),
            self.open_button: self.tr("Mở tệp bộ chỉ số…"),
            self.export_button: self.tr("Xuất tệp bộ chỉ số…"),
            self.save_button: self.tr("Lưu vào cơ sở dữ liệu"),
            self.publish_button: self.tr("Công bố cho các đơn vị…"),
        }
        for widget, text in texts.items():
            widget.setText(text)
        self.undo_action.setText(self.tr("Hoàn tác"))
        self.redo_action.setText(self.tr("Làm lại"))
        self._undo_tips()
        self.header.retranslate()
        self.group_form.retranslate()
        self.indicator_form.retranslate()
        self._show_total()

    def _undo_tips(self, _index: int = 0) -> None:
        """What Ctrl+Z and Ctrl+Y would undo or redo, in the buttons' tooltips."""
        if not isValid(self.stack):  # the window is being destroyed
            return
        self.undo_action.setToolTip(
            self.tr("Hoàn tác: {text} (Ctrl+Z)").format(text=self.stack.undoText())
        )
        self.redo_action.setToolTip(
            self.tr("Làm lại: {text} (Ctrl+Y)").format(text=self.stack.redoText())
        )

    def _show_total(self) -> None:
        self.total.setText(
            self.tr("{groups} nhóm, {count} chỉ số\nTổng điểm tối đa: {points}").format(
                groups=len(self.index.groups),
                count=len(self.index.indicators),
                points=points_text(self.index.max_points),
            )
        )

    # ------------------------------------------------------------ showing
    def selection(self) -> Selection:
        item = self.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return tuple(key) if key else None

    def show_index(self, index: DtIndex, select: Selection) -> None:
        """Show `index` (after an edit, an undo or a redo) with `select` selected."""
        self.index = index
        self.header.load(index)
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        for group in index.groups:
            group_item = QTreeWidgetItem(
                [group.code, group.name, points_text(index.group_max(group.code))]
            )
            group_item.setData(0, KEY_ROLE, ["group", group.code])
            font = QFont(group_item.font(0))
            font.setBold(True)
            for column in range(3):
                group_item.setFont(column, font)
                group_item.setBackground(column, GROUP_BRUSH)
            group_item.setTextAlignment(2, RIGHT)
            self.tree.addTopLevelItem(group_item)
            if select == ("group", group.code):
                current = group_item
            for indicator in index.indicators_of(group.code):
                item = QTreeWidgetItem(
                    [indicator.code, indicator.name, points_text(indicator.max_points)]
                )
                item.setData(0, KEY_ROLE, ["indicator", indicator.code])
                item.setTextAlignment(2, RIGHT)
                group_item.addChild(item)
                if select == ("indicator", indicator.code):
                    current = item
            group_item.setExpanded(True)
        # None clears the current item (Qt takes a null item; the stub does not say so)
        self.tree.setCurrentItem(current)  # type: ignore[arg-type]
        self.tree.blockSignals(False)
        self._show_selected()
        self._show_total()
        self._check()
        self.index_changed.emit(index)

    def _show_selected(self) -> None:
        selected = self.selection()
        if selected is None:
            self.details.setCurrentIndex(0)
        elif selected[0] == "group":
            self.group_form.load(self.index, selected[1])
            self.details.setCurrentWidget(self.group_form)
        else:
            self.indicator_form.load(self.index, selected[1])
            self.details.setCurrentWidget(self.indicator_form)
        self.add_indicator_button.setEnabled(selected is not None)
        for widget in (self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(selected is not None)

    def _check(self) -> None:
        """The index file's own checks, shown under the tree (the index is saved only when
        they pass)."""
        try:
            edit.check_index(self.index)
        except UserError as error:
            self.status.setText(error.text)
            self.status.setStyleSheet("color: #b00020")
            return
        self.status.setStyleSheet("")
        self.status.setText("")

    # ------------------------------------------------------------ editing
    def apply(self, change: Edit, text: str, select: Selection | None = None) -> None:
        """Apply `change` to the index as one undoable step; a refusal raises UserError."""
        before = self.index
        after = change(before)
        if after == before:
            return
        old = self.selection()
        new = select if select is not None else self._follow(old, before, after)
        self.stack.push(IndexEditCommand(self, before, after, text, (old, new)))

    @staticmethod
    def _follow(selected: Selection, before: DtIndex, after: DtIndex) -> Selection:
        """The selection after a code change: the item at the same place."""
        if selected is None:
            return None
        kind, code = selected
        if kind == "indicator":
            if after.has_indicator(code):
                return selected
            codes = [i.code for i in before.indicators]
            if code in codes and len(after.indicators) == len(before.indicators):
                return ("indicator", after.indicators[codes.index(code)].code)
            return None
        if any(g.code == code for g in after.groups):
            return selected
        codes = [g.code for g in before.groups]
        if code in codes and len(after.groups) == len(before.groups):
            return ("group", after.groups[codes.index(code)].code)
        return None

    def _group_of_selection(self) -> str | None:
        selected = self.selection()
        if selected is None:
            return None
        if selected[0] == "group":
            return selected[1]
        return self.index.indicator(selected[1]).group_code

    def add_group(self) -> None:
        new, code = edit.add_group(self.index)
        self.apply(lambda _index: new, self.tr("Thêm nhóm"), ("group", code))

    def add_indicator(self) -> None:
        group = self._group_of_selection()
        if group is None:
            return
        new, code = edit.add_indicator(self.index, group)
        self.apply(lambda _index: new, self.tr("Thêm chỉ số"), ("indicator", code))
        self.indicator_form.name.setFocus()
        self.indicator_form.name.selectAll()

    def remove_selected(self) -> None:
        selected = self.selection()
        if selected is None:
            return
        kind, code = selected
        try:
            if kind == "group":
                others = [g.code for g in self.index.groups if g.code != code]
                self.apply(
                    lambda index: edit.remove_group(index, code),
                    self.tr("Xóa nhóm"),
                    ("group", others[0]) if others else None,
                )
            else:
                group = self.index.indicator(code).group_code
                self.apply(
                    lambda index: edit.remove_indicator(index, code),
                    self.tr("Xóa chỉ số"),
                    ("group", group),
                )
        except UserError as error:
            self.status.setText(error.text)

    def move_selected(self, step: int) -> None:
        selected = self.selection()
        if selected is None:
            return
        kind, code = selected
        move = edit.move_group if kind == "group" else edit.move_indicator
        self.apply(lambda index: move(index, code, step), self.tr("Di chuyển"), selected)

    # ------------------------------------------------------------ files, database, publishing
    def checked_index(self) -> DtIndex:
        return edit.check_index(self.index)

    def open_path(self, path: Path) -> None:
        """Replace the index by the one of the file (an undoable step)."""
        opened = dti_index_file.read_index(path)
        first = ("indicator", opened.indicators[0].code) if opened.indicators else None
        self.apply(lambda _index: opened, self.tr("Mở tệp bộ chỉ số"), first)
        self.status.setText(self.tr("Đã mở “{path}”.").format(path=path))

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Mở tệp bộ chỉ số"), "", self.tr("Tệp bộ chỉ số (*.json)")
        )
        if name:
            try:
                self.open_path(Path(name))
            except (UserError, OSError) as error:
                show_error(self, error)

    def export_to(self, path: Path) -> None:
        text = dti_index_file.dumps(self.checked_index())
        temporary = path.with_name(path.name + ".partial")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
        self.status.setText(self.tr("Đã ghi “{path}”.").format(path=path))

    def export_file(self) -> None:
        suggested = f"{self.index.code}-v{self.index.version}.itplan-index.json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất tệp bộ chỉ số"), suggested, self.tr("Tệp bộ chỉ số (*.json)")
        )
        if name:
            try:
                self.export_to(Path(name))
            except (UserError, OSError) as error:
                show_error(self, error)

    def save(self) -> bool:
        """Keep the index in the database (replacing the same code and version)."""
        if self.db is None:
            return False
        from ...store import dti_repository

        try:
            index = self.checked_index()
        except UserError as error:
            show_error(self, error)
            return False
        with self.db.session() as session:
            dti_repository.save_index(session, index)
        self.stack.setClean()
        self.status.setText(
            self.tr("Đã lưu bộ chỉ số “{name}” (phiên bản {version}).").format(
                name=index.name, version=index.version
            )
        )
        return True

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, discard or stay (replaced by tests)."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            self.tr("Bộ chỉ số chưa lưu"),
            self.tr(
                "Bộ chỉ số “{name}” có thay đổi chưa lưu vào cơ sở dữ liệu. Lưu trước khi đóng?"
            ).format(name=self.index.name),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing edited is lost without being asked: save, discard or stay."""
        if self.db is not None and not self.stack.isClean():
            answer = self.ask_unsaved()
            keep_open = answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            )
            if keep_open:
                event.ignore()
                return
        super().closeEvent(event)

    def publish(self):
        """The dialog publishing the index to the units (the bundle's size shown first)."""
        if self.db is None:
            return None
        from .publish_index import PublishIndexDialog

        try:
            index = self.checked_index()
        except UserError as error:
            show_error(self, error)
            return None
        dialog = PublishIndexDialog(self.db, index, self)
        dialog.open()
        return dialog
