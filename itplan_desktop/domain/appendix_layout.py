"""How an appendix looks: its merged multi-level header, row numbering (TT) and unit display.

Printers (PDF, Excel) and the GUI read these; none of them decides layout on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from ..vn.numbers import format_number
from ..vn.outline import outline_label
from ..vn.units import MoneyUnit, from_dong
from .appendix import Appendix, RowKind


@dataclass(frozen=True, slots=True)
class HeaderCell:
    """One (possibly merged) header cell; `row` and `col` are 0-based grid positions."""

    row: int
    col: int
    rowspan: int
    colspan: int
    text: str


@dataclass(frozen=True, slots=True)
class HeaderGrid:
    """The header of an appendix table: `depth` header rows over `width` columns."""

    depth: int
    width: int
    cells: tuple[HeaderCell, ...]


def header_grid(appendix: Appendix) -> HeaderGrid:
    """Merge the columns' header paths into a grid.

    The depth is the longest path. At each header row, neighbouring columns whose paths share
    the same prefix down to that row, and both go deeper, merge into one cell; the last cell
    of a path spans down to the bottom header row.
    """
    paths = [column.header or ("",) for column in appendix.columns]
    depth = max((len(p) for p in paths), default=0)
    cells: list[HeaderCell] = []
    for level in range(depth):
        col = 0
        while col < len(paths):
            path = paths[col]
            if len(path) <= level:
                col += 1
                continue
            if len(path) == level + 1:  # the last cell of this path spans to the bottom
                cells.append(HeaderCell(level, col, depth - level, 1, path[level]))
                col += 1
                continue
            end = col + 1
            while (
                end < len(paths)
                and len(paths[end]) > level + 1
                and paths[end][: level + 1] == path[: level + 1]
            ):
                end += 1
            cells.append(HeaderCell(level, col, 1, end - col, path[level]))
            col = end
    cells.sort(key=lambda c: (c.row, c.col))
    return HeaderGrid(depth=depth, width=len(paths), cells=tuple(cells))


def table_label(label: str) -> str:
    """A table's TT text: the outline label without its trailing dot ("I." -> "I")."""
    return label[:-1] if label.endswith(".") else label


def _style(styles: tuple[str, ...], level: int, default: str) -> str:
    """The style of a level; the last style goes on for deeper levels, `default` if none."""
    if not styles:
        return default
    return styles[min(max(level, 1), len(styles)) - 1]


def row_labels(appendix: Appendix) -> list[str]:
    """The computed TT of every row.

    Groups are numbered among the groups of the same level under the same parent group, with
    `group_styles` by level ("I", "II" then "1", "2"). Items of level 1 are numbered with
    `item_styles[0]` across the appendix ("continue") or from 1 in each group ("restart");
    deeper items restart under each item above them ("-" by default). No trailing dot.
    """
    labels: list[str] = []
    group_counts: dict[int, int] = {}  # level -> count under the current parent
    item_counts: dict[int, int] = {}  # item level -> count
    for row in appendix.rows:
        if row.kind is RowKind.GROUP:
            for level in [lv for lv in group_counts if lv > row.level]:
                del group_counts[level]
            group_counts[row.level] = group_counts.get(row.level, 0) + 1
            style = _style(appendix.group_styles, row.level, "roman")
            labels.append(table_label(outline_label(style, group_counts[row.level])))
            if appendix.item_numbering == "restart":
                item_counts.clear()
            else:
                item_counts = {1: item_counts.get(1, 0)}
            continue
        for level in [lv for lv in item_counts if lv > row.level]:
            del item_counts[level]
        item_counts[row.level] = item_counts.get(row.level, 0) + 1
        style = _style(appendix.item_styles, row.level, "arabic")
        labels.append(table_label(outline_label(style, item_counts[row.level])))
    return labels


# -- units ---------------------------------------------------------------------------------

UNIT_DECIMALS: dict[MoneyUnit, int | None] = {
    MoneyUnit.DONG: 0,
    MoneyUnit.NGHIN_DONG: None,
    MoneyUnit.TRIEU_DONG: None,
    MoneyUnit.TY_DONG: 3,
}
"""Decimals shown per unit: tỷ đồng always with three; None = as many as the value needs."""


@lru_cache(maxsize=64)
def money_unit(unit_label: str | MoneyUnit) -> MoneyUnit:
    """The unit of an appendix's unit line ("triệu đồng", "Tỷ đồng"), or the unit itself;
    ValueError if the label is unknown."""
    if isinstance(unit_label, MoneyUnit):
        return unit_label
    return MoneyUnit.from_label(unit_label)


def shown_decimals(unit: MoneyUnit | str, decimals: int | None = None) -> int | None:
    """Decimals an amount shows: the appendix's own choice, else the unit's rule (None: as
    many as the value needs)."""
    return decimals if decimals is not None else UNIT_DECIMALS[money_unit(unit)]


def display_amount(amount: int, unit: MoneyUnit | str, decimals: int | None = None) -> Decimal:
    """An amount in đồng as shown in `unit` (or a unit label): exact, except rounded (half up)
    to `decimals` places when the appendix chose them, or to 3 in tỷ đồng. Stored values never
    change with the unit."""
    unit = money_unit(unit)
    value = from_dong(amount, unit)
    decimals = shown_decimals(unit, decimals)
    if decimals is None:
        return value
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def format_amount(amount: int | None, unit: MoneyUnit | str, decimals: int | None = None) -> str:
    """Vietnamese text of an amount in the unit ("9.460"; "185,083"; with `decimals` 1 in tỷ
    đồng "6,4"); "" for an empty cell."""
    if amount is None:
        return ""
    unit = money_unit(unit)
    decimals = shown_decimals(unit, decimals)
    if decimals is None and amount % unit.factor == 0:
        return format_number(amount // unit.factor)  # whole units: exact integer path
    return format_number(display_amount(amount, unit, decimals), decimals)
