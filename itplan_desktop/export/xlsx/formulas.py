"""Excel formulas of an appendix sheet that follow the engine's semantics exactly.

An item's MISSING/TOTAL cell adds the row's input cells named by `computed_dependencies`; a
group cell adds its direct children (its own items and the subtotal cells of its direct
sub-groups, never their items again); the total row adds the top-level rows. A total row
above it (per source, per year) adds the cells that count in it (`counts_in`): a group whose
every item counts by its subtotal cell, other items one by one; its computed cells add the
row's own inputs, like an item. Rate columns are never added up. Every formula
is `IF(COUNT(refs),SUM(refs),"")`: like the engine, a sum of nothing but empty cells is empty,
not 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from openpyxl.utils import get_column_letter

from ...domain.appendix import Appendix, Column, RowKind, TotalRow
from ...domain.appendix_engine import (
    TOTAL_ROW,
    breakdowns,
    computed_dependencies,
    counts_in,
    row_parents,
    row_scopes,
    total_row_position,
)

MAX_ARGS = 200
"""Excel allows 255 arguments per function; longer reference lists are nested in chunks."""


def runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted integers as (first, last) runs of consecutive values: [1,2,3,5] -> [(1,3),(5,5)]."""
    found: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if found and found[-1][1] == n - 1:
            found[-1] = (found[-1][0], n)
        else:
            found.append((n, n))
    return found


def row_refs(row: int, columns: Iterable[int]) -> list[str]:
    """References to cells of one sheet row (1-based columns), contiguous ones as ranges."""
    refs = []
    for first, last in runs(columns):
        a, b = get_column_letter(first), get_column_letter(last)
        refs.append(f"{a}{row}" if first == last else f"{a}{row}:{b}{row}")
    return refs


def column_refs(column: int, rows: Iterable[int]) -> list[str]:
    """References to cells of one sheet column (1-based rows), contiguous ones as ranges."""
    letter = get_column_letter(column)
    return [
        f"{letter}{first}" if first == last else f"{letter}{first}:{letter}{last}"
        for first, last in runs(rows)
    ]


def _arguments(refs: Sequence[str]) -> str:
    if len(refs) <= MAX_ARGS:
        return ",".join(refs)
    chunks = [refs[i : i + MAX_ARGS] for i in range(0, len(refs), MAX_ARGS)]
    return ",".join(f"SUM({','.join(chunk)})" for chunk in chunks)


def _count_arguments(refs: Sequence[str]) -> str:
    if len(refs) <= MAX_ARGS:
        return ",".join(refs)
    chunks = [refs[i : i + MAX_ARGS] for i in range(0, len(refs), MAX_ARGS)]
    return ",".join(f"COUNT({','.join(chunk)})" for chunk in chunks)


def sum_formula(refs: Sequence[str]) -> str | None:
    """`=IF(COUNT(refs),SUM(refs),"")`, or None when there is nothing to add."""
    if not refs:
        return None
    if len(refs) <= MAX_ARGS:
        count = f"COUNT({_count_arguments(refs)})"
    else:
        count = f"SUM({_count_arguments(refs)})"
    return f'=IF({count},SUM({_arguments(refs)}),"")'


class FormulaPlan:
    """Where an appendix sits on the sheet, and the formula of every computed cell.

    `first_row` is the sheet row of `appendix.rows[0]`; the total rows above the total
    (`appendix.total_rows`) follow the last row, then the total row.
    `first_column` is the sheet column of the appendix's first column (1-based).
    """

    def __init__(self, appendix: Appendix, first_row: int, first_column: int = 1) -> None:
        self.appendix = appendix
        self.first_row = first_row
        self.total_row = first_row + len(appendix.rows) + len(appendix.total_rows)
        self.columns = {c.key: first_column + i for i, c in enumerate(appendix.columns)}
        self._deps = computed_dependencies(appendix)
        self._summed = [c.key for c in appendix.columns if c.is_summed]
        parents = row_parents(appendix)
        children: dict[int, list[int]] = {}
        for index, parent in enumerate(parents):
            children.setdefault(parent, []).append(index)
        self._children = children
        self._scopes = row_scopes(appendix, parents) if appendix.total_rows else []

    def sheet_row(self, index: int) -> int:
        """The sheet row of `appendix.rows[index]`, of the total row for TOTAL_ROW, or of a
        total row above it (`total_row_index`)."""
        if index == TOTAL_ROW:
            return self.total_row
        if index < 0:
            return self.first_row + len(self.appendix.rows) + total_row_position(index)
        return self.first_row + index

    def item_formula(self, index: int, key: str) -> str | None:
        """Formula of a MISSING/TOTAL cell of an item row."""
        inputs = [self.columns[k] for k in self._deps[key]]
        return sum_formula(row_refs(self.sheet_row(index), inputs))

    def sum_formula(self, index: int, key: str) -> str | None:
        """Formula of a non-text cell of a group row or (index TOTAL_ROW) of the total row."""
        rows = [self.sheet_row(child) for child in self._children.get(index, [])]
        return sum_formula(column_refs(self.columns[key], rows))

    def filtered_formula(self, index: int, key: str) -> str | None:
        """Formula of a cell of a total row above the total (per source, per year)."""
        if key in self._deps:
            return self.item_formula(index, key)  # the row's own filtered inputs
        total = self.appendix.total_rows[total_row_position(index)]
        column = self.appendix.column(key)
        rows = self._counted_rows(total, column, TOTAL_ROW)[1]
        return sum_formula(column_refs(self.columns[key], rows))

    def _counted_rows(self, total: TotalRow, column: Column, node: int) -> tuple[bool, list[int]]:
        """(whether every item under `node` counts, the sheet rows to add for those that do)."""
        every, rows = True, []
        for child in self._children.get(node, []):
            if self.appendix.rows[child].kind is RowKind.ITEM:
                if counts_in(total, self._scopes[child], column):
                    rows.append(self.sheet_row(child))
                else:
                    every = False
                continue
            whole, inner = self._counted_rows(total, column, child)
            if whole:
                rows.append(self.sheet_row(child))
            else:
                every = False
                rows.extend(inner)
        return every, rows

    def breakdown_checks(self) -> list[tuple[str, str]]:
        """(cell range, formula) of a conditional mark for each breakdown: true on a row where
        the parts do not add up to the column they split (relative to the range's first row)."""
        if not self.appendix.rows:
            return []
        first, last = self.first_row, self.total_row
        found = []
        for (target, _split), parts in breakdowns(self.appendix).items():
            letter = get_column_letter(self.columns[target])
            refs = ",".join(row_refs(first, [self.columns[k] for k in parts]))
            formula = f"AND(COUNT({refs})>0,ROUND(SUM({refs})-N({letter}{first}),6)<>0)"
            found.append((f"{letter}{first}:{letter}{last}", formula))
        return found

    def row_formulas(self, index: int) -> dict[str, str]:
        """Every formula of one row (item, group, TOTAL_ROW or a total row above it), by column
        key."""
        if index < TOTAL_ROW:
            keys: Iterable[str] = self._summed
            make = self.filtered_formula
        elif index != TOTAL_ROW and self.appendix.rows[index].kind is RowKind.ITEM:
            keys = self._deps
            make = self.item_formula
        else:
            keys, make = self._summed, self.sum_formula
        found = {}
        for key in keys:
            formula = make(index, key)
            if formula is not None:
                found[key] = formula
        return found
