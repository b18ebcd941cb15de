"""View-only filtering and sorting of the appendix table; the document order never changes.

Filter: accent-, case- and spacing-insensitive ("nhu xuan" finds "Như Xuân") over the row's
texts; a matching row keeps the groups above it visible, and the total row always shows.
Sort: Vietnamese alphabetical order on text columns (`collation.sort_key`), numeric on
amounts; the total row stays last whatever the order.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...domain.appendix import ColumnKind, RowKind
from ...vn.collation import SortKey, fold, sort_key
from .model import RAW_ROLE, AppendixTableModel

Index = QModelIndex | QPersistentModelIndex


class AppendixFilterProxy(QSortFilterProxyModel):
    """Filter and sort over an `AppendixTableModel` (see module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._folded: dict[int, str] = {}  # id(row) -> folded texts, dropped on changes
        self._keys: dict[str, SortKey] = {}
        self._visible_groups: set[int] | None = None
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        # connected before the proxy's own handlers, so that re-filtering sees fresh texts
        for signal in (
            model.dataChanged,
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
        ):
            signal.connect(self._forget)
        super().setSourceModel(model)

    def source(self) -> AppendixTableModel:
        model = self.sourceModel()
        assert isinstance(model, AppendixTableModel)
        return model

    # -- filter -----------------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        """Show only rows containing `text`, ignoring accents and case ("" shows all)."""
        self.beginFilterChange()
        self._needle = " ".join(fold(text).split())
        self._visible_groups = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text(self) -> str:
        return self._needle

    def _forget(self, *_args: object) -> None:
        self._folded.clear()
        self._visible_groups = None

    def _row_text(self, row_index: int) -> str:
        row = self.source().document.appendix.rows[row_index]
        folded = self._folded.get(id(row))
        if folded is None:
            folded = " ".join(fold(" ".join(row.texts.values())).split())
            self._folded[id(row)] = folded
        return folded

    def _groups_to_show(self) -> set[int]:
        """Groups that enclose a matching row (shown for context) or match themselves."""
        if self._visible_groups is None:
            rows = self.source().document.appendix.rows
            computation = self.source().document.computation
            shown: set[int] = set()
            for index in range(len(rows)):
                if self._needle in self._row_text(index):
                    if rows[index].kind is RowKind.GROUP:
                        shown.add(index)
                    shown.update(computation.ancestors(index))
            self._visible_groups = shown
        return self._visible_groups

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.source()
        row_index = model.appendix_row(source_row)
        if row_index < 0:  # the total rows always show
            return True
        if model.document.appendix.rows[row_index].kind is RowKind.GROUP:
            return row_index in self._groups_to_show()
        return self._needle in self._row_text(row_index)

    # -- sort -------------------------------------------------------------------------------

    def _text_key(self, text: str) -> SortKey:
        key = self._keys.get(text)
        if key is None:
            if len(self._keys) > 50_000:
                self._keys.clear()
            key = self._keys[text] = sort_key(text)
        return key

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.source()
        lrow, rrow = model.appendix_row(left.row()), model.appendix_row(right.row())
        if lrow < 0 or rrow < 0:  # the total rows sort last, in their order, either way
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            if lrow < 0 and rrow < 0:
                return (model.model_row(lrow) < model.model_row(rrow)) != descending
            return (rrow < 0) != descending
        column = model.column(left.column())
        lvalue, rvalue = model.data(left, RAW_ROLE), model.data(right, RAW_ROLE)
        if column.kind is ColumnKind.TEXT:
            return self._text_key(str(lvalue or "")) < self._text_key(str(rvalue or ""))
        if lvalue is None or rvalue is None:
            return lvalue is None and rvalue is not None
        return lvalue < rvalue  # type: ignore[operator]

    def is_sorted(self) -> bool:
        return self.sortColumn() >= 0
