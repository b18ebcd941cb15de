"""Row operations of the appendix editor: insert, delete, move, indent/outdent, item↔group.

Each works on the rows selected in the view (mapped to appendix rows; the total row is never
touched), pushes one undo command, and re-selects what it worked on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel

from ...domain.appendix import RowKind
from ...domain.appendix_engine import TOTAL_ROW
from ...services import appendix_editing as ops
from .commands import (
    InsertRowsCommand,
    MoveRowsCommand,
    RemoveRowsCommand,
    ReshapeRowsCommand,
)

if TYPE_CHECKING:
    from .editor import AppendixEditor


def selected_rows(editor: AppendixEditor) -> list[int]:
    """Appendix rows having a selected cell (else the current cell's), ascending."""
    view, proxy, model = editor.view, editor.proxy, editor.model
    indexes = view.selectionModel().selectedIndexes() or [view.currentIndex()]
    rows = set()
    for index in indexes:
        if index.isValid():
            row = model.appendix_row(proxy.mapToSource(index).row())
            if row >= 0:  # never the total rows
                rows.add(row)
    return sorted(rows)


def select_rows(editor: AppendixEditor, first: int, last: int, column: int | None = None) -> None:
    """Select appendix rows first..last in the view and make the first current."""
    view, proxy, model = editor.view, editor.proxy, editor.model
    if column is None:
        current = view.currentIndex()
        column = current.column() if current.isValid() else 0
    selection = QItemSelection()
    for row in range(first, last + 1):
        index = proxy.mapFromSource(model.index(row, 0))
        if index.isValid():
            end = proxy.index(index.row(), proxy.columnCount() - 1)
            selection.select(index, end)
    start = proxy.mapFromSource(model.index(first, column))
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().setCurrentIndex(start, flags.NoUpdate)
    view.selectionModel().select(selection, flags.ClearAndSelect)
    if start.isValid():
        view.scrollTo(start)


def insert_row(editor: AppendixEditor, group: bool = False) -> None:
    """Insert an item (or a group) below the current row; at the end when on the total row."""
    appendix = editor.document.appendix
    rows = selected_rows(editor)
    at = rows[-1] + 1 if rows else len(appendix.rows)
    if group:  # a sibling of the current group, or of the group enclosing the current row
        level = 1
        if rows and appendix.rows[rows[-1]].kind is RowKind.GROUP:
            level = appendix.rows[rows[-1]].level
        elif rows and (parent := editor.document.computation.parent(rows[-1])) != TOTAL_ROW:
            level = appendix.rows[parent].level
        new = ops.new_group(level)
    else:
        level = 1
        if rows and appendix.rows[rows[-1]].kind is RowKind.ITEM:
            level = appendix.rows[rows[-1]].level
        new = ops.new_item(level)
    editor.undo_stack.push(InsertRowsCommand(editor.document, at, [new]))
    name = _name_column(editor)
    select_rows(editor, at, at, name)


def _name_column(editor: AppendixEditor) -> int:
    for col, column in enumerate(editor.document.appendix.columns):
        if column.role.value == "name":
            return col
    return 0


def delete_rows(editor: AppendixEditor) -> None:
    rows = selected_rows(editor)
    if not rows:
        editor.show_message(
            QCoreApplication.translate(
                "AppendixRows", "Chọn dòng cần xóa (dòng Tổng cộng không xóa được)."
            )
        )
        return
    editor.undo_stack.push(RemoveRowsCommand(editor.document, rows))
    remaining = len(editor.document.appendix.rows)
    if remaining:
        target = min(rows[0], remaining - 1)
        select_rows(editor, target, target)


def move_rows(editor: AppendixEditor, up: bool) -> None:
    """Move the selected rows (a group with its rows) past the neighbouring row or peer."""
    if editor.proxy.is_sorted():
        editor.show_message(
            QCoreApplication.translate(
                "AppendixRows", "Bảng đang sắp xếp để xem: hãy bỏ sắp xếp rồi mới chuyển dòng."
            )
        )
        return
    rows = selected_rows(editor)
    if not rows:
        return
    if rows != list(range(rows[0], rows[-1] + 1)):
        editor.show_message(
            QCoreApplication.translate("AppendixRows", "Chỉ chuyển được các dòng liền nhau.")
        )
        return
    move = ops.plan_move(editor.document.appendix, rows[0], rows[-1], up)
    if move is None:
        return
    start, split, end = move
    editor.undo_stack.push(MoveRowsCommand(editor.document, start, split, end, up))
    if up:
        first, last = start, start + (end - split) - 1
    else:
        first = start + (end - split)
        last = end - 1
    select_rows(editor, first, last)


def shift_rows(editor: AppendixEditor, delta: int) -> None:
    """Indent (+1) or outdent (-1) the selected rows, as far as each can go."""
    appendix = editor.document.appendix
    rows = selected_rows(editor)
    shapes = {}
    for row in rows:
        shape = ops.shifted_shape(appendix.rows[row], delta)
        if shape is not None:
            shapes[row] = shape
    if not shapes:
        editor.show_message(
            QCoreApplication.translate("AppendixRows", "Dòng đã ở mức thụt lề giới hạn.")
        )
        return
    text = (
        QCoreApplication.translate("AppendixRows", "Thụt lề dòng")
        if delta > 0
        else QCoreApplication.translate("AppendixRows", "Giảm thụt lề dòng")
    )
    editor.undo_stack.push(ReshapeRowsCommand(editor.document, shapes, text))
    select_rows(editor, rows[0], rows[-1])


def toggle_group(editor: AppendixEditor) -> None:
    """Turn the selected items into groups, or groups into items."""
    appendix = editor.document.appendix
    rows = selected_rows(editor)
    if not rows:
        return
    shapes = {row: ops.toggled_shape(appendix.rows[row]) for row in rows}
    editor.undo_stack.push(
        ReshapeRowsCommand(
            editor.document,
            shapes,
            QCoreApplication.translate("AppendixRows", "Chuyển dòng ↔ nhóm"),
        )
    )
    select_rows(editor, rows[0], rows[-1])
