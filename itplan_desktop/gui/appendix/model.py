"""Qt table model over one appendix and its live computation.

One model row per appendix row, then the total rows above the total ("Tổng vốn ĐTPT", "Năm
2021": `appendix.total_rows`) and the total row ("Tổng cộng") at the bottom. A cell whose
breakdown (parts by source or period) does not add up to it is shown in red with the figures.
Display text is in the appendix unit ("9.460", tỷ đồng "185,083") and cached per cell, so
painting 5.000 rows never formats twice; the cache forgets exactly the cells the engine reports
as changed. The model never edits the appendix itself: `setData` hands the value to
`edit_requested`, which the editor turns into an undo command.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.appendix import Column, ColumnKind, ColumnRole, RowKind
from ...domain.appendix_engine import (
    TOTAL_ROW,
    Cell,
    breakdowns,
    total_row_index,
    total_row_position,
)
from ...domain.appendix_layout import format_amount, row_labels
from ...services import appendix_editing as ops
from ...vn.numbers import format_number
from .document import AppendixDocument

Index = QModelIndex | QPersistentModelIndex
RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # int đồng / count / text, for sorting and copying
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "item", "group" or "total"

COMPUTED_BRUSH = QBrush(QColor("#eef2f7"))
GROUP_BRUSH = QBrush(QColor("#e3eaf3"))
TOTAL_BRUSH = QBrush(QColor("#d5deea"))
COMPUTED_TEXT = QBrush(QColor("#3c4a5c"))
STATED_DIFF_TEXT = QBrush(QColor("#b3261e"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


def _fonts() -> dict[tuple[bool, bool], QFont]:
    fonts = {}
    for bold in (False, True):
        for italic in (False, True):
            font = QFont()
            font.setBold(bold)
            font.setItalic(italic)
            fonts[(bold, italic)] = font
    return fonts


class AppendixTableModel(QAbstractTableModel):
    """Adapter of an `AppendixDocument` for a QTableView (see module docstring)."""

    edit_requested = Signal(int, str, object)  # appendix row index, column key, value
    document_changed = Signal()

    def __init__(self, document: AppendixDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self._display: dict[tuple[int, int], str] = {}
        self._labels: list[str] | None = None
        self._breakdowns: dict[str, list[tuple[str, ...]]] | None = None
        self._fonts = _fonts()
        self._columns: list[Column] = list(document.appendix.columns)
        self._removed = False
        document.add_listener(self)

    # -- geometry ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._removed:
            return 0
        appendix = self.document.appendix
        return len(appendix.rows) + len(appendix.total_rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def appendix_row(self, model_row: int) -> int:
        """Appendix row index of a model row: the total rows above the total come as
        `total_row_index(p)`, the last (total) row as TOTAL_ROW."""
        appendix = self.document.appendix
        count = len(appendix.rows)
        if model_row < count:
            return model_row
        position = model_row - count
        return total_row_index(position) if position < len(appendix.total_rows) else TOTAL_ROW

    def model_row(self, appendix_row: int) -> int:
        appendix = self.document.appendix
        if appendix_row >= 0:
            return appendix_row
        if appendix_row == TOTAL_ROW:
            return len(appendix.rows) + len(appendix.total_rows)
        return len(appendix.rows) + total_row_position(appendix_row)

    def total_label(self, row: int) -> str:
        """The label of the total row (TOTAL_ROW) or of a total row above it."""
        appendix = self.document.appendix
        if row == TOTAL_ROW:
            return appendix.total_label
        return appendix.total_rows[total_row_position(row)].label

    def column(self, col: int) -> Column:
        return self._columns[col]

    def column_index(self, key: str) -> int:
        for col, column in enumerate(self._columns):
            if column.key == key:
                return col
        raise KeyError(key)

    def _keys(self) -> set[str]:
        return {c.key for c in self._columns}

    def labels(self) -> list[str]:
        if self._labels is None:
            self._labels = row_labels(self.document.appendix)
        return self._labels

    # -- reading ----------------------------------------------------------------------------

    def _display_text(self, row: int, col: int) -> str:
        cached = self._display.get((row, col))
        if cached is not None:
            return cached
        appendix = self.document.appendix
        column = self._columns[col]
        if column.kind is ColumnKind.TEXT:
            if row < 0:
                text = self.total_label(row) if column.role is ColumnRole.NAME else ""
            elif column.role is ColumnRole.TT:
                text = self.labels()[row]
            else:
                text = appendix.rows[row].texts.get(column.key, "")
            text = text.replace("\n", " ⏎ ") if "\n" in text else text
        else:
            value = self.document.computation.value(row, column.key)
            if column.kind is ColumnKind.NUMBER:
                text = "" if value is None else format_number(value)
            else:
                text = format_amount(value, appendix.unit, appendix.decimals)
        self._display[(row, col)] = text
        return text

    def raw_value(self, row: int, col: int) -> int | str | None:
        column = self._columns[col]
        if column.kind is not ColumnKind.TEXT:
            return self.document.computation.value(row, column.key)
        if column.role is ColumnRole.TT or row < 0:
            return self._display_text(row, col)
        return self.document.appendix.rows[row].texts.get(column.key, "")

    def is_computed(self, row: int, col: int) -> bool:
        column = self._columns[col]
        if column.kind is ColumnKind.TEXT:
            return row < 0 or column.role is ColumnRole.TT
        return row < 0 or self.document.computation.is_computed(row, column.key)

    def _stated_note(self, row: int, col: int) -> str | None:
        column = self._columns[col]
        if column.kind is ColumnKind.TEXT:
            return None
        stated = ops.stated_figure(self.document.appendix, row, column.key)
        if stated is None:
            return self._breakdown_note(row, column.key)
        value = self.document.computation.value(row, column.key)
        if stated == (value or 0):
            return self._breakdown_note(row, column.key)
        unit = self.document.appendix.unit
        return self.tr("Số ghi trên văn bản: {stated} — số tính được: {value} ({unit})").format(
            stated=format_amount(stated, unit),
            value=format_amount(value or 0, unit),
            unit=unit.label,
        )

    def _breakdown_note(self, row: int, key: str) -> str | None:
        """Why a cell is red: its parts (a breakdown by source or period) give another figure.
        Checked on item rows, where the figures are typed (the validator says the rest)."""
        if row < 0 or self.document.appendix.rows[row].kind is not RowKind.ITEM:
            return None
        splits = self._splits()
        if key not in splits:
            return None
        computation = self.document.computation
        whole = computation.value(row, key) or 0
        unit = self.document.appendix.unit
        for parts in splits[key]:
            values = [v for k in parts if (v := computation.value(row, k)) is not None]
            if values and sum(values) != whole:
                return self.tr("Các cột chi tiết cộng được {parts}, khác {whole} ({unit})").format(
                    parts=format_amount(sum(values), unit),
                    whole=format_amount(whole, unit),
                    unit=unit.label,
                )
        return None

    def _splits(self) -> dict[str, list[tuple[str, ...]]]:
        if self._breakdowns is None:
            found: dict[str, list[tuple[str, ...]]] = {}
            for (target, _split), parts in breakdowns(self.document.appendix).items():
                found.setdefault(target, []).append(parts)
            self._breakdowns = found
        return self._breakdowns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.appendix_row(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(row, col)
        if role in (Qt.ItemDataRole.EditRole, RAW_ROLE):
            return self.raw_value(row, col)
        column = self._columns[col]
        kind = self._row_kind(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind is not ColumnKind.TEXT:
                return _RIGHT
            return _CENTER if column.role is ColumnRole.TT else _LEFT
        if role == Qt.ItemDataRole.FontRole:
            computed = column.kind is not ColumnKind.TEXT and self.is_computed(row, col)
            return self._fonts[(kind != "item", computed)]
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == "total":
                return TOTAL_BRUSH
            if kind == "group":
                return GROUP_BRUSH
            return COMPUTED_BRUSH if self.is_computed(row, col) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._stated_note(row, col):
                return STATED_DIFF_TEXT
            return COMPUTED_TEXT if self.is_computed(row, col) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == KIND_ROLE:
            return kind
        return None

    def _row_kind(self, row: int) -> str:
        if row < 0:
            return "total"
        return "group" if self.document.appendix.rows[row].kind is RowKind.GROUP else "item"

    def _tooltip(self, row: int, col: int) -> str | None:
        note = self._stated_note(row, col)
        if note:
            return note
        column = self._columns[col]
        if column.kind is ColumnKind.TEXT and row >= 0 and column.role is not ColumnRole.TT:
            text = self.document.appendix.rows[row].texts.get(column.key, "")
            return text if len(text) > 40 or "\n" in text else None
        if column.kind is not ColumnKind.TEXT and self.is_computed(row, col):
            return self.tr("Ô tính tự động, không sửa trực tiếp.")
        if column.part_of is not None and column.is_input_value:
            whole = self.document.appendix.columns
            names = [" / ".join(c.header) for c in whole if c.key == column.part_of]
            if names:
                return self.tr("Chi tiết của cột “{column}”: không cộng vào tổng của dòng.").format(
                    column=names[0]
                )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return " / ".join(self._columns[section].header)
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.appendix_row(index.row())
        if ops.is_editable(self.document.appendix, row, self._columns[index.column()].key):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for an edit (an undo command does it): int đồng/None or str for text cells."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        column = self._columns[index.column()]
        if column.kind is ColumnKind.TEXT and not isinstance(value, str):
            return False
        if column.kind is not ColumnKind.TEXT and not (value is None or type(value) is int):
            return False
        self.edit_requested.emit(self.appendix_row(index.row()), column.key, value)
        return True

    # -- listener of the document -----------------------------------------------------------

    def cells_changed(self, cells: set[Cell]) -> None:
        rows: dict[int, list[int]] = {}
        for row, key in cells:
            col = self.column_index(key)
            self._display.pop((row, col), None)
            rows.setdefault(self.model_row(row), []).append(col)
            part_of = self._columns[col].part_of
            if part_of is not None and row >= 0 and part_of in self._keys():
                rows[self.model_row(row)].append(self.column_index(part_of))  # may turn red
        for model_row, cols in rows.items():
            for first, last in ops.contiguous_runs(cols):
                self.dataChanged.emit(self.index(model_row, first), self.index(model_row, last))
        self.document_changed.emit()

    def all_changed(self) -> None:
        self._display.clear()
        self._labels = None
        self._breakdowns = None
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.document_changed.emit()

    def before_rows_inserted(self, first: int, last: int) -> None:
        self.beginInsertRows(QModelIndex(), first, last)

    def after_rows_inserted(self) -> None:
        self.endInsertRows()
        self.all_changed()

    def before_rows_removed(self, first: int, last: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, last)

    def after_rows_removed(self) -> None:
        self.endRemoveRows()
        self.all_changed()

    def before_rows_moved(self, first: int, last: int, destination: int) -> None:
        self.beginMoveRows(QModelIndex(), first, last, QModelIndex(), destination)

    def after_rows_moved(self) -> None:
        self.endMoveRows()
        self.all_changed()

    def before_reset(self) -> None:
        self.beginResetModel()

    def appendix_removed(self) -> None:
        """The appendix left the plan: no rows, no columns, until it comes back (a redo)."""
        self.beginResetModel()
        self._removed = True
        self._columns = []
        self._display.clear()
        self._labels = None
        self.endResetModel()

    def after_reset(self) -> None:
        self._removed = not self.document.present
        self._columns = [] if self._removed else list(self.document.appendix.columns)
        self._display.clear()
        self._labels = None
        self._breakdowns = None
        self.endResetModel()
        self.document_changed.emit()
