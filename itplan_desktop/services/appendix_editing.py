"""Edits of one appendix that the GUI's undo commands perform: cells, rows, unit and columns.

Every operation works on an `Appendix` (and its live `AppendixComputation` where cells change)
and returns what its undo needs. Structural operations (rows inserted, removed, moved,
reshaped; columns changed) leave the computation stale: the caller calls
`PlanEditor.touch_appendix(uuid, structure=True)`, which rebuilds it once. No Qt here.
Copy and paste with Excel live in `appendix_clipboard`, re-exported below.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace

from ..domain.appendix import Appendix, AppendixRow, Column, ColumnKind, ColumnRole, RowKind
from ..domain.appendix_engine import TOTAL_ROW, AppendixComputation, Cell, total_row_position
from ..domain.appendix_templates import source_key_part, source_short_label
from ..messages import UserError, message, register_messages
from ..vn.units import MoneyUnit

MAX_ITEM_LEVEL = 3
MAX_GROUP_LEVEL = 3
TEXT_ROLES = frozenset(
    {
        ColumnRole.TT,
        ColumnRole.NAME,
        ColumnRole.OBJECTIVE,
        ColumnRole.LEAD_UNIT,
        ColumnRole.PARTNER_UNIT,
        ColumnRole.FIELD,
        ColumnRole.SCALE,
        ColumnRole.SCOPE,
        ColumnRole.TIME,
        ColumnRole.SOURCE,
        ColumnRole.NOTE,
        ColumnRole.TEXT,
    }
)
NUMBER_ROLES = frozenset({ColumnRole.STAFF, ColumnRole.QUANTITY, ColumnRole.RATE})
MONEY_ROLES = frozenset(
    {
        ColumnRole.YEAR,
        ColumnRole.AMOUNT,
        ColumnRole.ALLOCATED,
        ColumnRole.MISSING,
        ColumnRole.TOTAL,
        ColumnRole.BREAKDOWN,
        ColumnRole.RATE,
    }
)
ROLES_BY_KIND: dict[ColumnKind, frozenset[ColumnRole]] = {
    ColumnKind.TEXT: TEXT_ROLES,
    ColumnKind.NUMBER: NUMBER_ROLES,
    ColumnKind.MONEY: MONEY_ROLES,
}

register_messages(
    {
        "layout.bad_key": (
            "Cột {number}: mã cột «{key}» trống hoặc bị trùng.",
            "Column {number}: the column key «{key}» is empty or used twice.",
        ),
        "layout.empty_header": (
            "Cột {number}: tiêu đề cột không được để trống.",
            "Column {number}: the column header cannot be empty.",
        ),
        "layout.part_of": (
            "Cột {number}: cột chi tiết phải chọn cột mà nó chia (một cột số khác trong bảng).",
            "Column {number}: a breakdown column must name the column it splits (another "
            "number column of the table).",
        ),
        "layout.role_kind": (
            "Cột {number}: vai trò không hợp với kiểu dữ liệu của cột.",
            "Column {number}: the role does not fit the column's kind of data.",
        ),
        "layout.width": (
            "Cột {number}: độ rộng phải lớn hơn 0.",
            "Column {number}: the width must be more than 0.",
        ),
        "layout.no_columns": (
            "Phụ lục phải có ít nhất một cột.",
            "An appendix needs at least one column.",
        ),
        "layout.year_exists": ("Năm {year} đã có cột.", "The year {year} already has columns."),
        "layout.two_sources": (
            "Cần ít nhất hai nguồn vốn để tách cột.",
            "Splitting columns needs at least two funding sources.",
        ),
    }
)


class LayoutError(UserError, ValueError):
    """A column layout change that cannot be made; its text follows the current language."""


# -- cells -------------------------------------------------------------------------------


def is_editable(appendix: Appendix, row_index: int, key: str) -> bool:
    """Whether a person may type in a cell: input amounts and texts of item rows, texts of
    group rows; never the TT column (numbered by the app), computed cells or the total row."""
    if row_index < 0:  # the total row and the total rows above it
        return False
    column = appendix.column(key)
    if column.kind is ColumnKind.TEXT:
        return column.role is not ColumnRole.TT
    return appendix.rows[row_index].kind is RowKind.ITEM and column.is_input_value


def set_text(appendix: Appendix, row_index: int, key: str, text: str) -> str:
    """Set a text cell ("" empties it); returns the previous text."""
    texts = appendix.rows[row_index].texts
    old = texts.get(key, "")
    if text:
        texts[key] = text
    else:
        texts.pop(key, None)
    return old


def set_amount(
    computation: AppendixComputation, row_index: int, key: str, value: int | None
) -> tuple[int | None, set[Cell]]:
    """Set an input money/number cell (whole đồng or a count; None empties it).

    Returns the previous value and the cells whose shown value changed (see `set_value`).
    """
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError("amounts are whole dong (int)")
    old = computation.appendix.rows[row_index].values.get(key)
    return old, computation.set_value(row_index, key, value)


def set_stated(appendix: Appendix, row_index: int, key: str, value: int | None) -> int | None:
    """Set the figure a source document printed in a computed cell (TOTAL_ROW: the total
    row's); kept only for the validator to compare. Returns the previous figure."""
    stated = stated_cells(appendix, row_index)
    old = stated.get(key)
    if value is None:
        stated.pop(key, None)
    else:
        stated[key] = value
    return old


def stated_figure(appendix: Appendix, row_index: int, key: str) -> int | None:
    """The stated figure of a cell, if any."""
    return stated_cells(appendix, row_index).get(key)


def stated_cells(appendix: Appendix, row_index: int) -> dict[str, int]:
    """The stated figures of a row, the total row (TOTAL_ROW) or a total row above it."""
    if row_index == TOTAL_ROW:
        return appendix.stated_totals
    if row_index < 0:
        return appendix.total_rows[total_row_position(row_index)].stated
    return appendix.rows[row_index].stated


def write_values(appendix: Appendix, cells: dict[Cell, int | str | None]) -> dict[Cell, object]:
    """Write many cells at once without updating the computation (a big paste; rebuild
    afterwards). Ints/None go to input cells, strings to text cells; returns the old contents."""
    old: dict[Cell, object] = {}
    for (row_index, key), value in cells.items():
        row = appendix.rows[row_index]
        store = row.texts if isinstance(value, str) else row.values
        old[(row_index, key)] = store.get(key, "" if isinstance(value, str) else None)
        if value is None or value == "":
            store.pop(key, None)
        else:
            store[key] = value  # type: ignore[assignment]
    return old


# -- rows --------------------------------------------------------------------------------


def new_item(level: int = 1) -> AppendixRow:
    return AppendixRow(RowKind.ITEM, level=level)


def new_group(level: int = 1, name: str = "") -> AppendixRow:
    return AppendixRow(RowKind.GROUP, texts={"name": name} if name else {}, level=level)


def insert_rows(appendix: Appendix, index: int, rows: list[AppendixRow]) -> None:
    """Insert rows before `index` (len(rows) appends). Undo: `remove_rows`."""
    appendix.rows[index:index] = rows


def remove_rows(appendix: Appendix, indices: list[int]) -> list[tuple[int, AppendixRow]]:
    """Remove rows; returns (original index, row) in ascending order for `restore_rows`."""
    removed = [(i, appendix.rows[i]) for i in sorted(set(indices))]
    for index, _row in reversed(removed):
        del appendix.rows[index]
    return removed


def restore_rows(appendix: Appendix, removed: list[tuple[int, AppendixRow]]) -> None:
    """Put back rows removed by `remove_rows`."""
    for index, row in removed:
        appendix.rows.insert(index, row)


def contiguous_runs(indices: list[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive indices, ascending."""
    runs: list[tuple[int, int]] = []
    for index in sorted(set(indices)):
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _deeper(row: AppendixRow, head: AppendixRow) -> bool:
    """Whether `row` belongs under `head` when it follows it."""
    if head.kind is RowKind.GROUP:
        return row.kind is RowKind.ITEM or row.level > head.level
    return row.kind is RowKind.ITEM and row.level > head.level


def subtree_end(appendix: Appendix, index: int) -> int:
    """Index of the last row belonging under row `index` (itself when nothing does)."""
    rows, head, end = appendix.rows, appendix.rows[index], index
    while end + 1 < len(rows) and _deeper(rows[end + 1], head):
        end += 1
    return end


def _peer(a: AppendixRow, b: AppendixRow) -> bool:
    return a.kind is b.kind and a.level == b.level


def plan_move(appendix: Appendix, first: int, last: int, up: bool) -> tuple[int, int, int] | None:
    """How to move rows first..last (a group carries its rows) past the neighbouring unit:
    (start, split, end) for `swap_blocks`, or None at the edge. The neighbour unit is a peer
    row with its own rows, else one row."""
    rows = appendix.rows
    last = max(last, subtree_end(appendix, first))
    head = rows[first]
    if up:
        if first == 0:
            return None
        start = first - 1
        while start >= 0 and _deeper(rows[start], head):
            start -= 1
        if start < 0 or not _peer(rows[start], head):
            start = first - 1
        return start, first, last + 1
    if last + 1 >= len(rows):
        return None
    nxt = last + 1
    end = subtree_end(appendix, nxt) if _peer(rows[nxt], head) else nxt
    return first, last + 1, end + 1


def swap_blocks(appendix: Appendix, start: int, split: int, end: int) -> int:
    """rows[start:end] = rows[split:end] + rows[start:split]; returns the split that undoes it
    (`swap_blocks(start, returned, end)`)."""
    rows = appendix.rows
    rows[start:end] = rows[split:end] + rows[start:split]
    return start + (end - split)


@dataclass(frozen=True, slots=True)
class RowShape:
    """Kind, level and input values of a row: what indent/outdent and item↔group change."""

    kind: RowKind
    level: int
    values: dict[str, int] = field(default_factory=dict)


def set_row_shape(appendix: Appendix, index: int, shape: RowShape) -> RowShape:
    """Give a row a kind and level (a group holds no input values); returns the old shape."""
    row = appendix.rows[index]
    old = RowShape(row.kind, row.level, dict(row.values))
    row.kind = shape.kind
    row.level = shape.level
    row.values = {} if shape.kind is RowKind.GROUP else dict(shape.values)
    return old


def shifted_shape(row: AppendixRow, delta: int) -> RowShape | None:
    """The row indented (+1) or outdented (-1), or None when it cannot move further."""
    limit = MAX_GROUP_LEVEL if row.kind is RowKind.GROUP else MAX_ITEM_LEVEL
    level = row.level + delta
    if not 1 <= level <= limit:
        return None
    return RowShape(row.kind, level, dict(row.values))


def toggled_shape(row: AppendixRow) -> RowShape:
    """Item -> group (its amounts are dropped, kept by the undo) or group -> item."""
    kind = RowKind.ITEM if row.kind is RowKind.GROUP else RowKind.GROUP
    limit = MAX_GROUP_LEVEL if kind is RowKind.GROUP else MAX_ITEM_LEVEL
    return RowShape(kind, min(row.level, limit), dict(row.values))


# -- unit and columns ---------------------------------------------------------------------


def set_decimals(appendix: Appendix, decimals: int | None) -> int | None:
    """Choose how many decimals amounts show (None: the unit's rule); no value changes."""
    old, appendix.decimals = appendix.decimals, decimals
    return old


def set_unit(appendix: Appendix, unit: MoneyUnit) -> MoneyUnit:
    """Switch the display unit (triệu đồng / tỷ đồng); no stored value changes."""
    old, appendix.unit = appendix.unit, unit
    return old


@dataclass(frozen=True, slots=True)
class LayoutSnapshot:
    """Columns and every row's cells before a layout change, for its undo."""

    columns: list[Column]
    texts: list[dict[str, str]]
    values: list[dict[str, int]]
    stated: list[dict[str, int]]
    stated_totals: dict[str, int]
    total_rows_stated: list[dict[str, int]] = field(default_factory=list)


def snapshot_layout(appendix: Appendix) -> LayoutSnapshot:
    rows = appendix.rows
    return LayoutSnapshot(
        list(appendix.columns),
        [dict(r.texts) for r in rows],
        [dict(r.values) for r in rows],
        [dict(r.stated) for r in rows],
        dict(appendix.stated_totals),
        [dict(t.stated) for t in appendix.total_rows],
    )


def restore_layout(appendix: Appendix, snapshot: LayoutSnapshot) -> LayoutSnapshot:
    """Put back a snapshot (same rows as when taken); returns the current one for redo."""
    current = snapshot_layout(appendix)
    appendix.columns = list(snapshot.columns)
    for row, texts, values, stated in zip(
        appendix.rows, snapshot.texts, snapshot.values, snapshot.stated, strict=True
    ):
        row.texts, row.values, row.stated = dict(texts), dict(values), dict(stated)
    appendix.stated_totals = dict(snapshot.stated_totals)
    for total, stated in zip(appendix.total_rows, snapshot.total_rows_stated, strict=False):
        total.stated = dict(stated)
    return current


def layout_problems(columns: list[Column]) -> list[str]:
    """What is wrong with a column layout, in the current language (empty when it can be
    applied)."""
    problems: list[str] = []
    seen: set[str] = set()
    for number, column in enumerate(columns, 1):
        if not column.key or column.key in seen:
            problems.append(message("layout.bad_key", number=number, key=column.key))
        seen.add(column.key)
        if not column.header or not all(part.strip() for part in column.header):
            problems.append(message("layout.empty_header", number=number))
        if column.role not in ROLES_BY_KIND[column.kind]:
            problems.append(message("layout.role_kind", number=number))
        figures = {c.key for c in columns if c.kind is not ColumnKind.TEXT} - {column.key}
        if column.role is ColumnRole.BREAKDOWN and column.part_of not in figures:
            problems.append(message("layout.part_of", number=number))
        if column.width <= 0:
            problems.append(message("layout.width", number=number))
    if not columns:
        problems.append(message("layout.no_columns"))
    return problems


def apply_layout(
    appendix: Appendix, columns: list[Column], moves: dict[str, str] | None = None
) -> LayoutSnapshot:
    """Replace the columns; cells of removed or re-kinded columns are dropped, cells under
    `moves` (old key -> new key) are carried over. Returns the snapshot for `restore_layout`."""
    snapshot = snapshot_layout(appendix)
    moves = moves or {}
    text_keys = {c.key for c in columns if c.kind is ColumnKind.TEXT}
    value_keys = {c.key for c in columns if c.kind is not ColumnKind.TEXT}
    for row in appendix.rows:
        for store, keep in ((row.texts, text_keys), (row.values, value_keys)):
            for old_key, new_key in moves.items():
                if old_key in store and new_key in keep and new_key not in store:
                    store[new_key] = store.pop(old_key)  # type: ignore[assignment]
            for key in [k for k in store if k not in keep]:
                del store[key]
        row.stated = {k: v for k, v in row.stated.items() if k in value_keys}
    appendix.stated_totals = {k: v for k, v in appendix.stated_totals.items() if k in value_keys}
    for total in appendix.total_rows:
        total.stated = {k: v for k, v in total.stated.items() if k in value_keys}
    appendix.columns = list(columns)
    return snapshot


def unique_key(columns: list[Column], base: str) -> str:
    """A column key not used yet: base, base_2, base_3 …"""
    keys = {c.key for c in columns}
    if base not in keys:
        return base
    n = 2
    while f"{base}_{n}" in keys:
        n += 1
    return f"{base}_{n}"


def renamed(columns: list[Column], key: str, header: tuple[str, ...]) -> list[Column]:
    """The columns with one column's header path replaced."""
    return [replace(c, header=header) if c.key == key else c for c in columns]


def _year_columns(columns: list[Column]) -> list[Column]:
    return [c for c in columns if c.kind is ColumnKind.MONEY and c.role is ColumnRole.YEAR]


def with_year(columns: list[Column], year: int) -> list[Column]:
    """Add the columns of one more year after the existing year columns (one per funding
    source when years are split by source), with the same header above the year."""
    years = _year_columns(columns)
    if any(c.year == year for c in years):
        raise LayoutError("layout.year_exists", year=year)
    template: list[Column | None] = [c for c in years if c.year == years[0].year] if years else []
    added: list[Column] = []
    for model in template or [None]:
        if model is None:
            header: tuple[str, ...] = (str(year),)
            added.append(Column(f"y{year}", ColumnKind.MONEY, ColumnRole.YEAR, header, year))
            continue
        position = model.header.index(str(model.year)) if str(model.year) in model.header else -1
        header = (
            (*model.header[:-1], str(year))
            if position < 0
            else (*model.header[:position], str(year), *model.header[position + 1 :])
        )
        suffix = f"_{source_key_part(model.source)}" if model.source else ""
        added.append(replace(model, key=f"y{year}{suffix}", header=header, year=year))
    added = [replace(c, key=unique_key(columns, c.key)) for c in added]
    later = [i for i, c in enumerate(columns) if c in years and (c.year or 0) < year]
    at = (later[-1] + 1) if later else (columns.index(years[0]) if years else len(columns))
    return [*columns[:at], *added, *columns[at:]]


def split_by_source(
    columns: list[Column], sources: tuple[str, ...], default_source: str | None
) -> tuple[list[Column], dict[str, str]]:
    """Split every unsplit year column into one column per funding source (header
    … > "2011" > "Vốn ĐTPT"), and a source-less TOTAL into per-source totals plus the grand
    total. Returns the columns and the moves that carry each year's amounts to the column of
    `default_source` (or the first source)."""
    if len(sources) < 2:
        raise LayoutError("layout.two_sources")
    target = default_source if default_source in sources else sources[0]
    result: list[Column] = []
    moves: dict[str, str] = {}
    for column in columns:
        if column.kind is ColumnKind.MONEY and column.role is ColumnRole.YEAR and not column.source:
            for source in sources:
                key = f"{column.key}_{source_key_part(source)}"
                header = (*column.header, source_short_label(source))
                result.append(replace(column, key=key, header=header, source=source))
                if source == target:
                    moves[column.key] = key
        elif column.is_computed and column.role is ColumnRole.TOTAL and not column.source:
            for source in sources:
                key = unique_key(columns, f"total_{source_key_part(source)}")
                header = (*column.header, source_short_label(source))
                result.append(replace(column, key=key, header=header, source=source))
            result.append(replace(column, header=(*column.header, "Tổng số")))
        else:
            result.append(column)
    return result, moves


def copy_rows(rows: list[AppendixRow]) -> list[AppendixRow]:
    """Deep copies of rows (same uuids) for snapshots."""
    return [copy.deepcopy(r) for r in rows]
