"""Columns of the appendix table sized to their content: a money, count or TT column is never
narrower than its widest cell ("2.254.519" in bold on a subtotal, "II.49" in the TT column),
so nothing is cut with "…". Text columns keep the template's width (their text wraps in print
and is shown whole in the tooltip). Widths only grow here; the user may widen any column.

A full measure looks at the few cells that can be widest (per font of the row: the largest and
the smallest value, the longest label) rather than at all 5.000 rows; after an edit only the
cells the engine reports as changed are measured."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from ...domain.appendix import ColumnKind, ColumnRole
from .model import AppendixTableModel

MAX_WIDTH = 360  # a 15-digit amount in bold fits; wider would push the names off screen
SLACK = 6  # the grid line and a little air beside the text


def sized_to_content(model: AppendixTableModel, col: int) -> bool:
    """True for the columns whose every cell must show whole (numbers and the TT label)."""
    column = model.column(col)
    return column.kind is not ColumnKind.TEXT or column.role is ColumnRole.TT


def cell_width(view: QTableView, index: QModelIndex) -> int:
    """The width the view's delegate needs to paint the cell's text unelided."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    return view.itemDelegate().sizeHint(option, index).width() + SLACK


def _widest_rows(model: AppendixTableModel, col: int) -> set[int]:
    """Model rows that can hold the widest text of `col`: per font (group/item, computed),
    the rows with the largest and the smallest value, or the longest TT label."""
    rows_count = len(model.document.appendix.rows)
    candidates = set(range(rows_count, model.rowCount()))  # the total rows
    best: dict[tuple[str, bool], tuple[int, int, int, int]] = {}  # font -> max, row, min, row
    column = model.column(col)
    labels = model.labels() if column.kind is ColumnKind.TEXT else None
    for row in range(rows_count):
        kind = model._row_kind(row)
        font = (kind, column.kind is not ColumnKind.TEXT and model.is_computed(row, col))
        if labels is not None:
            size = len(labels[row])
            value = size
        else:
            raw = model.raw_value(row, col)
            if not isinstance(raw, int):
                continue
            value = size = raw
        high, high_row, low, low_row = best.get(font, (size, row, value, row))
        if size >= high:
            high, high_row = size, row
        if value <= low:
            low, low_row = value, row
        best[font] = (high, high_row, low, low_row)
    for _high, high_row, _low, low_row in best.values():
        candidates.update((high_row, low_row))
    return candidates


def fit_columns(view: QTableView, model: AppendixTableModel) -> None:
    """Widen every content-sized column to its widest cell (see the module docstring)."""
    for col in range(model.columnCount()):
        if sized_to_content(model, col):
            rows = _widest_rows(model, col)
            _grow(view, col, max(cell_width(view, model.index(r, col)) for r in rows))


def fit_cells(view: QTableView, model: AppendixTableModel, cells: set[tuple[int, int]]) -> None:
    """Widen the columns of the changed `cells` (model row, column) that need it."""
    needed: dict[int, int] = {}
    for row, col in cells:
        if col < model.columnCount() and row < model.rowCount() and sized_to_content(model, col):
            width = cell_width(view, model.index(row, col))
            needed[col] = max(needed.get(col, 0), width)
    for col, width in needed.items():
        _grow(view, col, width)


def _grow(view: QTableView, col: int, width: int) -> None:
    width = min(width, MAX_WIDTH)
    if view.columnWidth(col) < width:
        view.setColumnWidth(col, width)
