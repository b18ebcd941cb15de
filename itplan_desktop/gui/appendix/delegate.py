"""Cell editor of the appendix table: a line edit whose text the editor parses and checks.

Amounts are edited in the appendix unit, exactly ("1.234,5" triệu đồng, never rounded), and
the typed text goes back through `commit(source_index, text)`: the appendix editor reads it
with `domain.amount_input`, asks when it is ambiguous, shows a message when it is not a
number (the cell keeps its old value), and pushes the undo command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget

from ...domain.appendix import ColumnKind
from ...vn.numbers import format_number
from ...vn.units import from_dong
from .model import AppendixTableModel

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[QModelIndex, str], None]


def source_index(index: Index) -> tuple[AppendixTableModel, QModelIndex]:
    """The appendix model and its index behind a (possibly proxied) index."""
    model = index.model()
    # PySide6 converts a QPersistentModelIndex (C++ operator QModelIndex); the stub lists
    # only the copy constructor
    source = QModelIndex(index)  # type: ignore[arg-type]
    while isinstance(model, QSortFilterProxyModel):
        source = model.mapToSource(source)
        model = model.sourceModel()
    assert isinstance(model, AppendixTableModel)
    return model, source


def edit_text(model: AppendixTableModel, index: QModelIndex) -> str:
    """The text a cell editor starts with: the exact amount in the unit, or the text."""
    row, col = model.appendix_row(index.row()), index.column()
    column = model.column(col)
    value = model.raw_value(row, col)
    if column.kind is ColumnKind.TEXT:
        return str(value or "")
    if value is None:
        return ""
    if column.kind is ColumnKind.NUMBER:
        return format_number(int(value))
    unit = model.document.appendix.unit
    return format_number(from_dong(int(value), unit))


class AppendixDelegate(QStyledItemDelegate):
    """Line-edit delegate that hands the typed text to `commit` (see module docstring)."""

    def __init__(self, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        model, source = source_index(index)
        if model.column(source.column()).kind is not ColumnKind.TEXT:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        model, source = source_index(index)
        assert isinstance(editor, QLineEdit)
        if not editor.isModified():
            editor.setText(edit_text(model, source))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        _model, source = source_index(index)
        if editor.text() != edit_text(_model, source):
            self._commit(source, editor.text())
