"""The appendix editor's actions and toolbar: row and group edits, copy and paste, the
column layout, the unit switch and the filter field; their texts follow the interface
language (`retranslate`, called on every language switch)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar

from ...domain.appendix import MAX_DECIMALS
from . import paste as appendix_paste
from . import rows as appendix_rows

if TYPE_CHECKING:
    from .editor import AppendixEditor


def _action(
    editor: AppendixEditor,
    name: str,
    slot: Callable[[], object],
    shortcut: QKeyCombination | Qt.Key | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(editor)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    editor.addAction(action)
    return action


def _texts() -> dict[str, str]:
    return {
        "insert_row": QCoreApplication.translate("AppendixEditor", "Chèn dòng"),
        "insert_group": QCoreApplication.translate("AppendixEditor", "Chèn nhóm"),
        "delete_rows": QCoreApplication.translate("AppendixEditor", "Xóa dòng"),
        "move_up": QCoreApplication.translate("AppendixEditor", "Lên"),
        "move_down": QCoreApplication.translate("AppendixEditor", "Xuống"),
        "outdent": QCoreApplication.translate("AppendixEditor", "Giảm lề"),
        "indent": QCoreApplication.translate("AppendixEditor", "Thụt lề"),
        "toggle_group": QCoreApplication.translate("AppendixEditor", "Dòng ↔ nhóm"),
        "copy": QCoreApplication.translate("AppendixEditor", "Chép"),
        "paste": QCoreApplication.translate("AppendixEditor", "Dán"),
        "clear": QCoreApplication.translate("AppendixEditor", "Xóa nội dung ô"),
        "columns": QCoreApplication.translate("AppendixEditor", "Bố cục cột…"),
        "total_rows": QCoreApplication.translate("AppendixEditor", "Dòng tổng…"),
        "unsort": QCoreApplication.translate("AppendixEditor", "Thứ tự gốc"),
        "filter": QCoreApplication.translate("AppendixEditor", "Tìm"),
    }


def retranslate(editor: AppendixEditor) -> None:
    """The toolbar's texts and tooltips in the interface language."""
    for name, text in _texts().items():
        action = editor.actions_by_name[name]
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
    editor.unit_box.setToolTip(
        QCoreApplication.translate(
            "AppendixEditor", "Đơn vị tính (chỉ đổi cách hiển thị, không đổi số liệu)"
        )
    )
    editor.unit_label.setText(QCoreApplication.translate("AppendixEditor", " Đơn vị: "))
    editor.decimals_label.setText(QCoreApplication.translate("AppendixEditor", " Số lẻ: "))
    editor.decimals_box.setItemText(0, QCoreApplication.translate("AppendixEditor", "tự động"))
    editor.decimals_box.setToolTip(
        QCoreApplication.translate(
            "AppendixEditor",
            "Số chữ số thập phân khi hiển thị và in (tự động: tỷ đồng 3 chữ số, đơn vị khác "
            "đủ số chữ số của giá trị); không đổi số liệu",
        )
    )
    editor.filter_edit.setPlaceholderText(
        QCoreApplication.translate("AppendixEditor", "Lọc (gõ không dấu được)…")
    )


def build(editor: AppendixEditor) -> None:
    """The editor's actions (`actions_by_name`), toolbar, unit box and filter field."""
    key = Qt.Key
    mod = Qt.KeyboardModifier
    editor.actions_by_name = {
        "insert_row": _action(
            editor,
            "insert_row",
            lambda: appendix_rows.insert_row(editor),
            mod.ControlModifier | key.Key_Insert,
        ),
        "insert_group": _action(
            editor,
            "insert_group",
            lambda: appendix_rows.insert_row(editor, group=True),
            mod.ControlModifier | mod.ShiftModifier | key.Key_Insert,
        ),
        "delete_rows": _action(
            editor,
            "delete_rows",
            lambda: appendix_rows.delete_rows(editor),
            mod.ControlModifier | key.Key_Delete,
        ),
        "move_up": _action(
            editor,
            "move_up",
            lambda: appendix_rows.move_rows(editor, up=True),
            mod.AltModifier | key.Key_Up,
        ),
        "move_down": _action(
            editor,
            "move_down",
            lambda: appendix_rows.move_rows(editor, up=False),
            mod.AltModifier | key.Key_Down,
        ),
        "outdent": _action(
            editor,
            "outdent",
            lambda: appendix_rows.shift_rows(editor, -1),
            mod.AltModifier | key.Key_Left,
        ),
        "indent": _action(
            editor,
            "indent",
            lambda: appendix_rows.shift_rows(editor, +1),
            mod.AltModifier | key.Key_Right,
        ),
        "toggle_group": _action(
            editor,
            "toggle_group",
            lambda: appendix_rows.toggle_group(editor),
            mod.ControlModifier | key.Key_G,
        ),
        "copy": _action(
            editor,
            "copy",
            lambda: appendix_paste.copy_selection(editor),
            QKeySequence.StandardKey.Copy,
        ),
        "paste": _action(
            editor, "paste", lambda: appendix_paste.paste(editor), QKeySequence.StandardKey.Paste
        ),
        "clear": _action(editor, "clear", editor._clear_cells, key.Key_Delete),
        "columns": _action(
            editor,
            "columns",
            editor.open_column_layout,
            mod.ControlModifier | mod.ShiftModifier | key.Key_L,
        ),
        "total_rows": _action(editor, "total_rows", editor.open_total_rows),
        "unsort": _action(editor, "unsort", editor.clear_sort),
        "filter": _action(
            editor, "filter", lambda: editor.filter_edit.setFocus(), QKeySequence.StandardKey.Find
        ),
    }
    editor.toolbar = QToolBar(editor)
    editor.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for name in (
        "insert_row",
        "insert_group",
        "delete_rows",
        None,
        "move_up",
        "move_down",
        "outdent",
        "indent",
        "toggle_group",
        None,
        "copy",
        "paste",
        None,
        "columns",
        "total_rows",
    ):
        if name is None:
            editor.toolbar.addSeparator()
        else:
            editor.toolbar.addAction(editor.actions_by_name[name])
    editor.toolbar.addSeparator()
    editor.unit_box = QComboBox(editor)
    editor._sync_unit_box()
    editor.unit_box.currentTextChanged.connect(editor.set_unit)
    editor.unit_label = QLabel(editor)
    editor.toolbar.addWidget(editor.unit_label)
    editor.toolbar.addWidget(editor.unit_box)
    editor.decimals_box = QComboBox(editor)
    editor.decimals_box.setObjectName("decimalsBox")
    editor.decimals_box.addItems(["", *(str(n) for n in range(MAX_DECIMALS + 1))])
    editor._sync_unit_box()
    editor.decimals_box.currentIndexChanged.connect(editor.set_decimals)
    editor.decimals_label = QLabel(editor)
    editor.decimals_label.setBuddy(editor.decimals_box)
    editor.toolbar.addWidget(editor.decimals_label)
    editor.toolbar.addWidget(editor.decimals_box)
    editor.filter_edit = QLineEdit(editor)
    editor.filter_edit.setClearButtonEnabled(True)
    editor.filter_edit.setMaximumWidth(260)
    editor.filter_edit.textChanged.connect(editor.proxy.set_filter_text)
    editor.toolbar.addSeparator()
    editor.toolbar.addWidget(editor.filter_edit)
    retranslate(editor)
