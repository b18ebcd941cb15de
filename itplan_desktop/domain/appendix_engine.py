"""Computation of an appendix: row totals, group subtotals, the total row, and edits.

Semantics (docs/appendix-engine.md): YEAR, AMOUNT, ALLOCATED and NUMBER cells of item rows are
inputs; MISSING (vốn còn thiếu) is the sum of the row's YEAR and AMOUNT cells; TOTAL is the
ALLOCATED cell (when the appendix has one and the total has no `source`) plus the YEAR/AMOUNT
cells whose column source lies within the total's source (all of them when it has none). A
group row holds, in every non-text column, the sum over the item rows inside it; the total row
the sum over all item rows. A computed cell is empty when every cell it adds up is empty.

`AppendixComputation` keeps every shown value, so that one edit updates only the edited row,
its enclosing groups and the total row: O(depth) work, whatever the size of the appendix.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .appendix import Appendix, AppendixRole, Column, ColumnKind, ColumnRole, RowKind, TotalRow
from .column_parts import Part
from .funding import source_within
from .plan import Plan

TOTAL_ROW = -1
"""Row index of the total row ("Tổng cộng") in `value`, `set_value` and their results."""


def total_row_index(position: int) -> int:
    """Row index of `appendix.total_rows[position]`: -2, -3 … (TOTAL_ROW is -1)."""
    return -2 - position


def total_row_position(row_index: int) -> int:
    """Position in `appendix.total_rows` of a row index given by `total_row_index`."""
    return -2 - row_index


def is_total_index(row_index: int) -> bool:
    """Whether a row index names the total row or one of the total rows above it."""
    return row_index < 0


_AMOUNT_ROLES = frozenset({ColumnRole.YEAR, ColumnRole.AMOUNT})

Cell = tuple[int, str]


def row_parents(appendix: Appendix) -> list[int]:
    """Index of the enclosing group of each row, or TOTAL_ROW (-1) for top-level rows.

    A group's parent is the nearest group above it of lower level; an item belongs to the
    nearest group above it, whatever that group's level.
    """
    parents: list[int] = []
    open_groups: list[int] = []  # indices of the groups enclosing the current position
    for index, row in enumerate(appendix.rows):
        if row.kind is RowKind.GROUP:
            while open_groups and appendix.rows[open_groups[-1]].level >= row.level:
                open_groups.pop()
            parents.append(open_groups[-1] if open_groups else TOTAL_ROW)
            open_groups.append(index)
        else:
            parents.append(open_groups[-1] if open_groups else TOTAL_ROW)
    return parents


def amount_columns(appendix: Appendix) -> list[Column]:
    """The YEAR and AMOUNT money columns: the amounts that make up the plan's need."""
    return [c for c in appendix.columns if c.kind is ColumnKind.MONEY and c.role in _AMOUNT_ROLES]


def computed_dependencies(appendix: Appendix) -> dict[str, tuple[str, ...]]:
    """For each computed column key (MISSING, TOTAL), the input column keys it adds up."""
    amounts = amount_columns(appendix)
    allocated = [
        c.key
        for c in appendix.columns
        if c.kind is ColumnKind.MONEY and c.role is ColumnRole.ALLOCATED
    ]
    deps: dict[str, tuple[str, ...]] = {}
    for column in appendix.columns:
        if not column.is_computed:
            continue
        if column.role is ColumnRole.MISSING:
            deps[column.key] = tuple(c.key for c in amounts)
        elif column.source is None:
            deps[column.key] = (*allocated, *(c.key for c in amounts))
        else:
            deps[column.key] = tuple(
                c.key for c in amounts if source_within(c.source, column.source)
            )
    return deps


def breakdowns(appendix: Appendix) -> dict[tuple[str, str | None], tuple[str, ...]]:
    """The breakdowns of the appendix: (the column split, the split's name) -> the keys of its
    parts, in column order. A part whose `part_of` names no other non-text column is left out
    (the validator warns, APX015)."""
    keys = {c.key for c in appendix.columns if c.kind is not ColumnKind.TEXT}
    found: dict[tuple[str, str | None], list[str]] = {}
    for column in appendix.columns:
        if column.part.part is not Part.BREAKDOWN or column.part_of is None:
            continue
        if column.part_of in keys and column.part_of != column.key:
            found.setdefault((column.part_of, column.split), []).append(column.key)
    return {target: tuple(parts) for target, parts in found.items()}


Scope = tuple[str | None, int | None]
"""The funding source and year a row's cells take when their column has none."""


def row_scopes(appendix: Appendix, parents: list[int] | None = None) -> list[Scope]:
    """For each row, the (source, year) its cells inherit: from the nearest enclosing groups
    that have them, else the appendix's funding source and no year."""
    parents = row_parents(appendix) if parents is None else parents
    scopes: list[Scope] = []
    for index in range(len(appendix.rows)):
        parent = parents[index]
        if parent == TOTAL_ROW:
            scopes.append((appendix.funding_source, None))
            continue
        source, year = scopes[parent]
        group = appendix.rows[parent]
        scopes.append(
            (
                group.source if group.source is not None else source,
                group.year if group.year is not None else year,
            )
        )
    return scopes


def counts_in(total: TotalRow, scope: Scope, column: Column) -> bool:
    """Whether a cell of `column` on a row of `scope` counts in the total row `total`: its
    effective source lies within the total's source, its effective year is the total's year."""
    if total.source is not None:
        source = column.source if column.source is not None else scope[0]
        if not source_within(source, total.source):
            return False
    if total.year is not None:
        year = column.year if column.year is not None else scope[1]
        if year != total.year:
            return False
    return True


def _fixed_match(total: TotalRow, column: Column) -> bool | None:
    """`counts_in` when the column's own source and year decide it for every row, else None."""
    if (total.source is None or column.source is not None) and (
        total.year is None or column.year is not None
    ):
        return counts_in(total, (None, None), column)
    return None


@dataclass(slots=True)
class _Sums:
    """Shown sums of a group row or of the total row, with the count of non-empty addends."""

    values: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, delta: int, count_delta: int) -> None:
        count = self.counts.get(key, 0) + count_delta
        total = self.values.get(key, 0) + delta
        if count:
            self.counts[key] = count
            self.values[key] = total
        else:
            self.counts.pop(key, None)
            self.values.pop(key, None)

    def get(self, key: str) -> int | None:
        return self.values.get(key)


class AppendixComputation:
    """Every shown value of one appendix, computed once and kept up to date by `set_value`.

    Row indices are those of `appendix.rows`; `TOTAL_ROW` (-1) is the total row. After a
    structural change (rows inserted, deleted or moved, columns changed) call `rebuild()`.
    """

    def __init__(self, appendix: Appendix) -> None:
        self.appendix = appendix
        self.rebuild()

    # -- building -------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Recompute everything from the appendix as it is now."""
        appendix = self.appendix
        self._columns: dict[str, Column] = {c.key: c for c in appendix.columns}
        self._summed: tuple[str, ...] = tuple(c.key for c in appendix.columns if c.is_summed)
        self._deps = computed_dependencies(appendix)
        dependents: dict[str, list[str]] = {}
        for computed, inputs in self._deps.items():
            for key in inputs:
                dependents.setdefault(key, []).append(computed)
        self._dependents = {k: tuple(v) for k, v in dependents.items()}
        self._parents = row_parents(appendix)
        self._items: list[dict[str, int]] = []  # shown cells of item rows (empty for groups)
        self._groups: dict[int, _Sums] = {}
        self._total = _Sums()
        for index, row in enumerate(appendix.rows):
            if row.kind is RowKind.GROUP:
                self._groups[index] = _Sums()
                self._items.append({})
            else:
                self._items.append(self._item_cells(row.values))
        summed = set(self._summed)
        for index, row in enumerate(appendix.rows):
            if row.kind is RowKind.ITEM:
                chain = self._chain(index)
                for key, amount in self._items[index].items():
                    if key in summed:
                        for sums in chain:
                            sums.add(key, amount, 1)
        self._build_total_rows()

    def _build_total_rows(self) -> None:
        """The sums of `appendix.total_rows`: the matching input cells of every item row."""
        appendix = self.appendix
        self._row_scope = row_scopes(appendix, self._parents)
        self._filtered_keys = tuple(k for k in self._summed if not self._columns[k].is_computed)
        self._extra: list[_Sums] = []
        for total in appendix.total_rows:
            sums = _Sums()
            # a column's own source and year often decide alone: then no row is looked at
            fixed = {k: _fixed_match(total, self._columns[k]) for k in self._filtered_keys}
            wanted = [k for k, decided in fixed.items() if decided is not False]
            for index, cells in enumerate(self._items):
                if not cells:
                    continue
                for key in wanted:
                    amount = cells.get(key)
                    if amount is None:
                        continue
                    if fixed[key] or self._matches(total, index, key):
                        sums.add(key, amount, 1)
            self._extra.append(sums)

    def _matches(self, total: TotalRow, row_index: int, key: str) -> bool:
        return counts_in(total, self._row_scope[row_index], self._columns[key])

    def _extra_value(self, position: int, key: str) -> int | None:
        sums = self._extra[position]
        inputs = self._deps.get(key)
        if inputs is None:
            return sums.get(key)
        present = [v for k in inputs if (v := sums.get(k)) is not None]
        return sum(present) if present else None

    def _item_cells(self, values: dict[str, int]) -> dict[str, int]:
        cells = {k: v for k, v in values.items() if k in self._columns and v is not None}
        for key, inputs in self._deps.items():
            present = [cells[k] for k in inputs if k in cells]
            if present:
                cells[key] = sum(present)
        return cells

    def _chain(self, index: int) -> list[_Sums]:
        """The sums of every group enclosing row `index`, innermost first, then the total."""
        chain: list[_Sums] = []
        parent = self._parents[index]
        while parent != TOTAL_ROW:
            chain.append(self._groups[parent])
            parent = self._parents[parent]
        chain.append(self._total)
        return chain

    # -- reading --------------------------------------------------------------------------

    def value(self, row_index: int, key: str) -> int | None:
        """The shown value of a cell (input or computed); None when empty or a text column."""
        if row_index == TOTAL_ROW:
            return self._total.get(key)
        if row_index < 0:
            return self._extra_value(total_row_position(row_index), key)
        if self.appendix.rows[row_index].kind is RowKind.GROUP:
            return self._groups[row_index].get(key)
        return self._items[row_index].get(key)

    def is_computed(self, row_index: int, key: str) -> bool:
        """Whether the cell is computed (group and total rows, MISSING/TOTAL columns)."""
        column = self._columns[key]
        if column.kind is ColumnKind.TEXT:
            return False
        if row_index < 0 or self.appendix.rows[row_index].kind is RowKind.GROUP:
            return True
        return column.is_computed

    @property
    def totals(self) -> dict[str, int]:
        """The non-empty cells of the total row, by column key."""
        return dict(self._total.values)

    def total_row_values(self, position: int) -> dict[str, int]:
        """The non-empty cells of `appendix.total_rows[position]`, by column key."""
        found = {}
        for column in self.appendix.columns:
            value = self._extra_value(position, column.key)
            if value is not None:
                found[column.key] = value
        return found

    def group_totals(self, row_index: int) -> dict[str, int]:
        """The non-empty cells of a group row, by column key."""
        return dict(self._groups[row_index].values)

    def parent(self, row_index: int) -> int:
        """Index of the group enclosing a row, or TOTAL_ROW for a top-level row."""
        return self._parents[row_index]

    def ancestors(self, row_index: int) -> list[int]:
        """Indices of every group enclosing a row, innermost first."""
        found: list[int] = []
        parent = self._parents[row_index]
        while parent != TOTAL_ROW:
            found.append(parent)
            parent = self._parents[parent]
        return found

    def effective_source(self, row_index: int, column: Column) -> str | None:
        """Funding source of an amount: the column's, else the nearest group's, else the
        appendix's."""
        if column.source is not None:
            return column.source
        for group in self.ancestors(row_index):
            if self.appendix.rows[group].source is not None:
                return self.appendix.rows[group].source
        return self.appendix.funding_source

    def effective_year(self, row_index: int, column: Column) -> int | None:
        """Year of an amount: the column's, else the nearest enclosing group's."""
        if column.year is not None:
            return column.year
        for group in self.ancestors(row_index):
            if self.appendix.rows[group].year is not None:
                return self.appendix.rows[group].year
        return None

    def amount_cells(self) -> Iterable[tuple[int, Column, int]]:
        """(row index, column, amount) of every non-empty YEAR/AMOUNT cell of item rows."""
        amounts = amount_columns(self.appendix)
        for index, cells in enumerate(self._items):
            for column in amounts:
                amount = cells.get(column.key)
                if amount is not None:
                    yield index, column, amount

    def by_source(self) -> dict[str, int]:
        """Sum of the YEAR/AMOUNT cells by effective funding source and every prefix of it
        ("sn.tinh" counts in "sn.tinh" and "sn"); amounts without a source count nowhere."""
        result: dict[str, int] = {}
        for index, column, amount in self.amount_cells():
            source = self.effective_source(index, column)
            if source is None:
                continue
            parts = source.split(".")
            for end in range(1, len(parts) + 1):
                prefix = ".".join(parts[:end])
                result[prefix] = result.get(prefix, 0) + amount
        return result

    def by_year(self) -> dict[int, int]:
        """Sum of the YEAR/AMOUNT cells by effective year (amounts without a year are left out)."""
        return self.row_by_year(range(len(self.appendix.rows)))

    def row_by_year(self, rows: Iterable[int]) -> dict[int, int]:
        """Sum of the YEAR/AMOUNT cells of the given item rows by effective year."""
        wanted = set(rows)
        result: dict[int, int] = {}
        for index, column, amount in self.amount_cells():
            if index not in wanted:
                continue
            year = self.effective_year(index, column)
            if year is not None:
                result[year] = result.get(year, 0) + amount
        return result

    def need_total(self) -> int:
        """Sum of every YEAR/AMOUNT cell: the need within the plan period (allocated excluded)."""
        return sum(amount for _index, _column, amount in self.amount_cells())

    # -- editing --------------------------------------------------------------------------

    def set_value(self, row_index: int, key: str, value: int | None) -> set[Cell]:
        """Set an input cell of an item row (None empties it) and update every sum.

        Returns the cells whose shown value changed, the total row's as (TOTAL_ROW, key).
        Raises ValueError for a group row or a computed/text column (a programming error).
        """
        row = self.appendix.rows[row_index]
        column = self._columns[key]
        if row.kind is not RowKind.ITEM or not column.is_input_value:
            raise ValueError(f"cell ({row_index}, {key}) is not an input cell")
        if value is None:
            row.values.pop(key, None)
        else:
            row.values[key] = value
        cells = self._items[row_index]
        changes: list[tuple[str, int | None, int | None]] = []
        for affected in (key, *self._dependents.get(key, ())):
            old = cells.get(affected)
            if affected == key:
                new = value
            else:
                present = [cells[k] for k in self._deps[affected] if k in cells]
                new = sum(present) if present else None
            if new is None:
                cells.pop(affected, None)
            else:
                cells[affected] = new
            if new != old:
                changes.append((affected, old, new))
        changed: set[Cell] = {(row_index, k) for k, _old, _new in changes}
        if changes:
            summed = [change for change in changes if self._columns[change[0]].is_summed]
            self._propagate(row_index, summed, changed)
            self._update_total_rows(row_index, key, changes[0], changed)
        return changed

    def _update_total_rows(
        self,
        row_index: int,
        key: str,
        change: tuple[str, int | None, int | None],
        changed: set[Cell],
    ) -> None:
        if change[0] != key or key not in self._filtered_keys:
            return
        _key, old, new = change
        affected = (key, *self._dependents.get(key, ()))
        for position, total in enumerate(self.appendix.total_rows):
            if not self._matches(total, row_index, key):
                continue
            before = [self._extra_value(position, k) for k in affected]
            self._extra[position].add(
                key, (new or 0) - (old or 0), (new is not None) - (old is not None)
            )
            for k, was in zip(affected, before, strict=True):
                if self._extra_value(position, k) != was:
                    changed.add((total_row_index(position), k))

    def _propagate(
        self, row_index: int, changes: list[tuple[str, int | None, int | None]], changed: set[Cell]
    ) -> None:
        parent = self._parents[row_index]
        while True:
            sums = self._total if parent == TOTAL_ROW else self._groups[parent]
            for key, old, new in changes:
                before = sums.get(key)
                sums.add(key, (new or 0) - (old or 0), (new is not None) - (old is not None))
                if sums.get(key) != before:
                    changed.add((parent, key))
            if parent == TOTAL_ROW:
                return
            parent = self._parents[parent]


@dataclass(frozen=True, slots=True)
class PlanBudget:
    """The plan's budget computed from its BUDGET appendices, in đồng.

    `total` is the need within the plan period (YEAR/AMOUNT cells; allocated money excluded),
    `by_source` is keyed by funding source and every prefix of it, `by_year` by year.
    """

    total: int
    by_source: dict[str, int]
    by_year: dict[int, int]


def plan_budget(plan: Plan) -> PlanBudget:
    """Add up the BUDGET appendices of a plan (DETAIL appendices break down other rows)."""
    return budget_of(AppendixComputation(a) for a in plan.appendices)


def budget_of(computations: Iterable[AppendixComputation]) -> PlanBudget:
    """The budget from already computed appendices; DETAIL appendices are skipped."""
    total = 0
    by_source: dict[str, int] = {}
    by_year: dict[int, int] = {}
    for computation in computations:
        if computation.appendix.role is not AppendixRole.BUDGET:
            continue
        total += computation.need_total()
        for key, amount in computation.by_source().items():
            by_source[key] = by_source.get(key, 0) + amount
        for year, amount in computation.by_year().items():
            by_year[year] = by_year.get(year, 0) + amount
    return PlanBudget(total=total, by_source=by_source, by_year=by_year)
