"""Undo commands of the appendix editor, over `AppendixDocument` (never over a widget).

Row positions are appendix row indices: the undo stack replays commands strictly in order, so
an index recorded by a command is valid again when that command is undone or redone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.appendix import AppendixRow, Column, TotalRow
from ...domain.appendix_engine import Cell
from ...services import appendix_editing as ops
from ...vn.units import MoneyUnit
from .document import AppendixDocument, CellValue

CELL_MERGE_ID = 7301


class SetCellsCommand(QUndoCommand):
    """Set one cell (typing; repeated edits of the same cell merge) or many (a paste, which
    may first append new item rows)."""

    def __init__(
        self,
        document: AppendixDocument,
        cells: dict[Cell, CellValue],
        text: str | None = None,
        new_rows: list[AppendixRow] | None = None,
    ) -> None:
        if text is None:
            text = (
                QCoreApplication.translate("AppendixCommands", "Sửa ô")
                if len(cells) == 1
                else QCoreApplication.translate("AppendixCommands", "Dán {n} ô").format(
                    n=len(cells)
                )
            )
        super().__init__(text)
        self.document = document
        self.cells = dict(cells)
        self.new_rows = list(new_rows or [])
        self._insert_at = len(document.appendix.rows)
        self.old: dict[Cell, CellValue] = {}

    def id(self) -> int:
        return CELL_MERGE_ID if len(self.cells) == 1 and not self.new_rows else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetCellsCommand)
            or other.document is not self.document
            or other.cells.keys() != self.cells.keys()
            or other.id() != self.id()
        ):
            return False
        self.cells = other.cells
        return True

    def redo(self) -> None:
        if self.new_rows:
            self.document.insert_rows(self._insert_at, self.new_rows)
        self.old = self.document.set_cells(self.cells)

    def undo(self) -> None:
        self.document.set_cells(self.old)
        if self.new_rows:
            first = self._insert_at
            self.document.remove_rows(list(range(first, first + len(self.new_rows))))


class SetStatedCommand(QUndoCommand):
    """Record the figure a source document printed in a computed cell."""

    def __init__(self, document: AppendixDocument, row: int, key: str, value: int | None) -> None:
        super().__init__(QCoreApplication.translate("AppendixCommands", "Ghi số liệu trên văn bản"))
        self.document, self.row, self.key, self.value = document, row, key, value
        self.old: int | None = None

    def redo(self) -> None:
        self.old = self.document.set_stated(self.row, self.key, self.value)

    def undo(self) -> None:
        self.document.set_stated(self.row, self.key, self.old)


class InsertRowsCommand(QUndoCommand):
    def __init__(self, document: AppendixDocument, index: int, rows: list[AppendixRow]) -> None:
        is_group = all(r.kind.value == "group" for r in rows)
        text = (
            QCoreApplication.translate("AppendixCommands", "Chèn nhóm")
            if is_group
            else QCoreApplication.translate("AppendixCommands", "Chèn dòng")
        )
        if len(rows) > 1:
            text = QCoreApplication.translate("AppendixCommands", "Chèn {n} dòng").format(
                n=len(rows)
            )
        super().__init__(text)
        self.document, self.index, self.rows = document, index, rows

    def redo(self) -> None:
        self.document.insert_rows(self.index, self.rows)

    def undo(self) -> None:
        self.document.remove_rows(list(range(self.index, self.index + len(self.rows))))


class RemoveRowsCommand(QUndoCommand):
    def __init__(self, document: AppendixDocument, indices: list[int]) -> None:
        count = len(set(indices))
        super().__init__(
            QCoreApplication.translate("AppendixCommands", "Xóa dòng")
            if count == 1
            else QCoreApplication.translate("AppendixCommands", "Xóa {n} dòng").format(n=count)
        )
        self.document, self.indices = document, sorted(set(indices))
        self.removed: list[tuple[int, AppendixRow]] = []

    def redo(self) -> None:
        self.removed = self.document.remove_rows(self.indices)

    def undo(self) -> None:
        self.document.restore_rows(self.removed)


class MoveRowsCommand(QUndoCommand):
    """Swap two neighbouring blocks of rows (see `ops.plan_move`)."""

    def __init__(
        self, document: AppendixDocument, start: int, split: int, end: int, up: bool
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AppendixCommands", "Chuyển dòng lên")
            if up
            else QCoreApplication.translate("AppendixCommands", "Chuyển dòng xuống")
        )
        self.document, self.start, self.split, self.end = document, start, split, end
        self._undo_split = split

    def redo(self) -> None:
        self._undo_split = self.document.swap_blocks(self.start, self.split, self.end)

    def undo(self) -> None:
        self.document.swap_blocks(self.start, self._undo_split, self.end)


class ReshapeRowsCommand(QUndoCommand):
    """Indent, outdent, or turn items into groups and back."""

    def __init__(
        self, document: AppendixDocument, shapes: dict[int, ops.RowShape], text: str
    ) -> None:
        super().__init__(text)
        self.document, self.shapes = document, shapes
        self.old: dict[int, ops.RowShape] = {}

    def redo(self) -> None:
        self.old = self.document.set_shapes(self.shapes)

    def undo(self) -> None:
        self.document.set_shapes(self.old)


class SetDecimalsCommand(QUndoCommand):
    def __init__(self, document: AppendixDocument, decimals: int | None) -> None:
        shown = (
            QCoreApplication.translate("AppendixCommands", "tự động")
            if decimals is None
            else str(decimals)
        )
        super().__init__(
            QCoreApplication.translate(
                "AppendixCommands", "Đổi số chữ số thập phân: {decimals}"
            ).format(decimals=shown)
        )
        self.document, self.decimals = document, decimals
        self.old = document.appendix.decimals

    def redo(self) -> None:
        self.old = self.document.set_decimals(self.decimals)

    def undo(self) -> None:
        self.document.set_decimals(self.old)


class SetUnitCommand(QUndoCommand):
    def __init__(self, document: AppendixDocument, unit: MoneyUnit) -> None:
        super().__init__(
            QCoreApplication.translate("AppendixCommands", "Đổi đơn vị tính: {unit}").format(
                unit=unit.label
            )
        )
        self.document, self.unit = document, unit
        self.old = document.appendix.unit

    def redo(self) -> None:
        self.old = self.document.set_unit(self.unit)

    def undo(self) -> None:
        self.document.set_unit(self.old)


class LayoutCommand(QUndoCommand):
    """Replace the column layout (add, remove, rename, years, split by source)."""

    def __init__(
        self,
        document: AppendixDocument,
        columns: list[Column],
        moves: dict[str, str] | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__(text or QCoreApplication.translate("AppendixCommands", "Sửa bố cục cột"))
        self.document, self.columns, self.moves = document, columns, moves
        self.snapshot: ops.LayoutSnapshot | None = None

    def redo(self) -> None:
        self.snapshot = self.document.apply_layout(self.columns, self.moves)

    def undo(self) -> None:
        assert self.snapshot is not None
        self.document.restore_layout(self.snapshot)


class TotalRowsCommand(QUndoCommand):
    """Replace the total rows above "Tổng cộng" (per source, per year)."""

    def __init__(self, document: AppendixDocument, rows: list[TotalRow]) -> None:
        super().__init__(QCoreApplication.translate("AppendixCommands", "Sửa các dòng tổng"))
        self.document, self.rows = document, rows

    def redo(self) -> None:
        self.rows = self.document.set_total_rows(self.rows)

    def undo(self) -> None:
        self.rows = self.document.set_total_rows(self.rows)
