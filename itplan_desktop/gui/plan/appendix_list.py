"""Managing the appendices of the open plan from the navigator: new (from every template of
`domain/appendix_templates.py`, or blank), rename, delete (asks), move up / down. Each is
an undo command (`appendix_list_commands.py`) over `services/appendix_management.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import Appendix
from ...messages import UserError
from ...services import appendix_management as am
from ..screen_fit import fit_to_screen
from .appendix_list_commands import (
    AddAppendixCommand,
    MoveAppendixCommand,
    RemoveAppendixCommand,
    RenameAppendixCommand,
)

if TYPE_CHECKING:
    from .plan_workspace import PlanWorkspace

NAME_ROLE = Qt.ItemDataRole.UserRole


class NewAppendixDialog(QDialog):
    """Choose the appendix's template (or blank) and its title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAppendixDialog")
        self.setWindowTitle(self.tr("Thêm phụ lục"))
        self.templates = QListWidget()
        self.templates.setObjectName("appendixTemplates")
        for choice in am.template_choices():
            item = QListWidgetItem(choice.label)
            item.setData(NAME_ROLE, choice.name)
            item.setToolTip(choice.title)
            self.templates.addItem(item)
        self.title = QLineEdit()
        self.title.setObjectName("appendixTitle")
        self.title.setPlaceholderText(self.tr("Tên phụ lục (in dưới dòng “Phụ lục …”)"))
        self._suggested = ""
        self.templates.currentItemChanged.connect(self._template_changed)
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        template_label = QLabel(self.tr("&Mẫu bảng:"))
        template_label.setBuddy(self.templates)
        title_label = QLabel(self.tr("&Tên phụ lục:"))
        title_label.setBuddy(self.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(template_label)
        layout.addWidget(self.templates, 1)
        layout.addWidget(title_label)
        layout.addWidget(self.title)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 380)
        self.templates.setCurrentRow(0)

    def _template_changed(self, current: QListWidgetItem | None) -> None:
        if current is None:
            return
        suggestion = current.toolTip() or am.BLANK_TITLE
        if self.title.text() in ("", self._suggested):  # keep what the user typed
            self.title.setText(suggestion)
        self._suggested = suggestion

    def template(self) -> str:
        item = self.templates.currentItem()
        return item.data(NAME_ROLE) if item is not None else am.BLANK


class AppendixListActions(QObject):
    """The actions, the navigator's context menu and the dialogs; the workspace owns it."""

    def __init__(self, workspace: PlanWorkspace) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        navigator = workspace.navigator
        self.add = self._action("appendixAdd", self.new_appendix, "Ctrl+Shift+N")
        self.rename = self._action("appendixRename", self.rename_current, "F2")
        self.delete = self._action("appendixDelete", self.delete_current, "Delete")
        self.up = self._action("appendixUp", lambda: self.move_current(-1), "Alt+Up")
        self.down = self._action("appendixDown", lambda: self.move_current(1), "Alt+Down")
        for act in (self.rename, self.delete, self.up, self.down):
            navigator.addAction(act)  # keys act while the navigator has the focus
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        workspace.addAction(self.add)
        self.add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        navigator.customContextMenuRequested.connect(self._context_menu)
        navigator.currentItemChanged.connect(lambda *_: self.update_actions())
        self.retranslate()
        self.update_actions()

    def _action(self, name: str, slot: object, shortcut: str) -> QAction:
        act = QAction(self)
        act.setObjectName(name)
        act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def retranslate(self) -> None:
        self.add.setText(self.tr("Thêm phụ lục…"))
        self.rename.setText(self.tr("Đổi tên phụ lục…"))
        self.delete.setText(self.tr("Xóa phụ lục…"))
        self.up.setText(self.tr("Chuyển phụ lục lên"))
        self.down.setText(self.tr("Chuyển phụ lục xuống"))
        # the navigator's narrow tool bar shows short texts; the tooltips the whole
        short = {
            self.add: self.tr("+ Phụ lục"),
            self.rename: self.tr("Đổi tên"),
            self.delete: self.tr("Xóa"),
            self.up: "▲",
            self.down: "▼",
        }
        for act, text in short.items():
            act.setIconText(text)
            act.setToolTip(f"{act.text()} ({act.shortcut().toString()})")

    # ------------------------------------------------------------ state
    def current(self) -> Appendix | None:
        key = self.workspace.navigator.current_key() or ""
        if not key.startswith("appendix:"):
            return None
        uuid = key.removeprefix("appendix:")
        plan = self.workspace.editor.plan
        return next((a for a in plan.appendices if a.uuid == uuid), None)

    def update_actions(self) -> None:
        appendix = self.current()
        plan = self.workspace.editor.plan
        for act in (self.rename, self.delete):
            act.setEnabled(appendix is not None)
        self.up.setEnabled(appendix is not None and am.can_move(plan, appendix.uuid, -1))
        self.down.setEnabled(appendix is not None and am.can_move(plan, appendix.uuid, 1))

    def _context_menu(self, pos: QPoint) -> None:
        navigator = self.workspace.navigator
        item = navigator.itemAt(pos)
        if item is None:
            return
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if not (key == "appendices" or key.startswith("appendix:")):
            return
        navigator.setCurrentItem(item)
        self.update_actions()
        menu = QMenu(navigator)
        menu.addAction(self.add)
        if key.startswith("appendix:"):
            menu.addSeparator()
            for act in (self.rename, self.up, self.down):
                menu.addAction(act)
            menu.addSeparator()
            menu.addAction(self.delete)
        menu.exec(navigator.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ jobs
    def new_appendix(self) -> None:
        dialog = NewAppendixDialog(self.workspace)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        template, title = dialog.template(), dialog.title.text()
        dialog.deleteLater()
        if not accepted:
            return
        editor = self.workspace.editor
        try:
            appendix = am.new_appendix(editor.plan, template, title)
        except UserError as error:
            self._refuse(error.text)
            return
        current = self.current()
        index = None
        if current is not None:  # after the selected appendix
            index = editor.plan.appendices.index(current) + 1
        self.workspace.undo_stack.push(AddAppendixCommand(editor, appendix, index))
        self.workspace.navigate(f"appendix:{appendix.uuid}")

    def rename_current(self) -> None:
        appendix = self.current()
        if appendix is None:
            return
        title, ok = QInputDialog.getText(
            self.workspace,
            self.tr("Đổi tên phụ lục"),
            self.tr("Tên phụ lục:"),
            QLineEdit.EchoMode.Normal,
            appendix.title,
        )
        if not ok or " ".join(title.split()) == appendix.title:
            return
        if not title.strip():
            self._refuse(UserError("appendix.empty_title").text)
            return
        editor = self.workspace.editor
        self.workspace.undo_stack.push(RenameAppendixCommand(editor, appendix, title))

    def delete_current(self) -> None:
        appendix = self.current()
        if appendix is None:
            return
        rows = sum(1 for _row in appendix.rows)
        answer = QMessageBox.question(
            self.workspace,
            self.tr("Xóa phụ lục"),
            self.tr("Xóa phụ lục “%1” (%2 dòng)? Có thể hoàn tác bằng Ctrl+Z.")
            .replace("%1", appendix.title)
            .replace("%2", str(rows)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        editor = self.workspace.editor
        self.workspace.undo_stack.push(RemoveAppendixCommand(editor, appendix))

    def move_current(self, delta: int) -> None:
        appendix = self.current()
        if appendix is None or not am.can_move(self.workspace.editor.plan, appendix.uuid, delta):
            return
        editor = self.workspace.editor
        self.workspace.undo_stack.push(MoveAppendixCommand(editor, appendix, delta))
        self.workspace.navigate(f"appendix:{appendix.uuid}")

    def _refuse(self, text: str) -> None:
        QMessageBox.warning(
            self.workspace, QCoreApplication.translate("AppendixList", "Phụ lục"), text
        )
