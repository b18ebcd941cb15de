"""Excel formulas of an appendix sheet that follow the engine's semantics exactly.

An item's MISSING/TOTAL cell adds the row's input cells named by `computed_dependencies`; a
group cell adds its direct children (its own items and the subtotal cells of its direct
sub-groups, never their items again); the total row adds the top-level rows. Every formula
is `IF(COUNT(refs),SUM(refs),"")`: like the engine, a sum of nothing but empty cells is empty,
not 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from openpyxl.utils import get_column_letter

from ...domain.appendix import Appendix, ColumnKind, RowKind
from ...domain.appendix_engine import TOTAL_ROW, computed_dependencies, row_parents

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

    `first_row` is the sheet row of `appendix.rows[0]`; the total row follows the last row.
    `first_column` is the sheet column of the appendix's first column (1-based).
    """

    def __init__(self, appendix: Appendix, first_row: int, first_column: int = 1) -> None:
        self.appendix = appendix
        self.first_row = first_row
        self.total_row = first_row + len(appendix.rows)
        self.columns = {c.key: first_column + i for i, c in enumerate(appendix.columns)}
        self._deps = computed_dependencies(appendix)
        self._summed = [c.key for c in appendix.columns if c.kind is not ColumnKind.TEXT]
        children: dict[int, list[int]] = {}
        for index, parent in enumerate(row_parents(appendix)):
            children.setdefault(parent, []).append(index)
        self._children = children

    def sheet_row(self, index: int) -> int:
        """The sheet row of `appendix.rows[index]`, or of the total row for TOTAL_ROW."""
        return self.total_row if index == TOTAL_ROW else self.first_row + index

    def item_formula(self, index: int, key: str) -> str | None:
        """Formula of a MISSING/TOTAL cell of an item row."""
        inputs = [self.columns[k] for k in self._deps[key]]
        return sum_formula(row_refs(self.sheet_row(index), inputs))

    def sum_formula(self, index: int, key: str) -> str | None:
        """Formula of a non-text cell of a group row or (index TOTAL_ROW) of the total row."""
        rows = [self.sheet_row(child) for child in self._children.get(index, [])]
        return sum_formula(column_refs(self.columns[key], rows))

    def row_formulas(self, index: int) -> dict[str, str]:
        """Every formula of one row (item, group or TOTAL_ROW), by column key."""
        if index != TOTAL_ROW and self.appendix.rows[index].kind is RowKind.ITEM:
            keys: Iterable[str] = self._deps
            make = self.item_formula
        else:
            keys, make = self._summed, self.sum_formula
        found = {}
        for key in keys:
            formula = make(index, key)
            if formula is not None:
                found[key] = formula
        return found
