"""Column widths of the index tables: as wide as header and content, one column stretching;
and the item of a cell they filled."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def size_columns(table: QTableWidget, stretch: int, minimum: dict[int, int]) -> None:
    """Every column but `stretch` fits its header and content, at least `minimum[column]`."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if column == stretch:
            continue
        table.resizeColumnToContents(column)
        wide = max(table.columnWidth(column), header.sectionSizeHint(column))
        table.setColumnWidth(column, max(wide, minimum.get(column, 0)))


def item_at(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell the table was filled with (every cell has one)."""
    item = table.item(row, column)
    assert item is not None
    return item
