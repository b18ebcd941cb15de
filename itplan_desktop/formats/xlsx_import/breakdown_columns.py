"""Breakdown columns of an imported sheet (issue 15 item 2): the same money split another way
beside the figure it splits, so that it is shown but never added into a row total again.

- An amount column under a first header "Trong đó", "Phân kỳ", "Chia ra" or "Bao gồm" is a
  breakdown of the nearest money column before that header ("Tổng kinh phí" > "Trong đó" >
  "NS TW" | "NSĐP"); so is a header no rule knows under it ("NS TW", a period "2018 -
  2020"), which alone would be read as text. The split is named
  by that first header's text.
- Under such a header, columns sharing a parent with a "Tổng"/"Cộng" sibling are parts of that
  sibling ("Phân kỳ" > "2017" > "Tổng" | "NS TW" | "NSĐP"), their split named by the parent.

- A row total left with nothing to add up is the row's typed amount.

Our own Excel export writes breakdowns so; `make_breakdowns` runs after the columns got keys.
"""

from __future__ import annotations

from dataclasses import replace

from ...domain.appendix import Column, ColumnKind, ColumnRole
from .header_detection import folded

_SPLIT_WORDS = ("trong do", "phan ky", "chia ra", "bao gom")
_AMOUNTS = (ColumnRole.YEAR, ColumnRole.AMOUNT, ColumnRole.TEXT)


def _under_split(column: Column) -> bool:
    return len(column.header) > 1 and folded(column.header[0]).startswith(_SPLIT_WORDS)


def _is_amount(column: Column) -> bool:
    """An amount, or a header no rule knew ("NS TW", a period "2018 - 2020"): under a split
    header after a money column, that is a part of it."""
    return column.role in _AMOUNTS and column.kind is not ColumnKind.NUMBER


def make_breakdowns(columns: list[Column]) -> list[Column]:
    """The columns with breakdowns marked (see the module docstring)."""
    result = list(columns)
    whole: str | None = None  # the last money column outside a split header
    for index, column in enumerate(result):
        if not _under_split(column):
            if column.kind is ColumnKind.MONEY:
                whole = column.key
            continue
        if whole is None or not _is_amount(column):
            continue
        result[index] = replace(
            column,
            kind=ColumnKind.MONEY,
            role=ColumnRole.BREAKDOWN,
            part_of=whole,
            split=column.header[0],
        )
    return _typed_wholes(_nested(result))


def _typed_wholes(columns: list[Column]) -> list[Column]:
    """A row total left with nothing to add up (every amount is a part of it) is the typed
    amount of the row: "Tổng kinh phí" beside its sources and its periods."""
    if any(c.role in (ColumnRole.YEAR, ColumnRole.AMOUNT) for c in columns):
        return columns
    targets = {c.part_of for c in columns if c.role is ColumnRole.BREAKDOWN}
    return [
        replace(c, role=ColumnRole.AMOUNT)
        if c.key in targets and c.role is ColumnRole.TOTAL and c.source is None
        else c
        for c in columns
    ]


def _nested(columns: list[Column]) -> list[Column]:
    """Parts of a "Tổng" sibling under the same parent header."""
    wholes: dict[tuple[str, ...], str] = {}
    for column in columns:
        leaf = folded(column.header[-1])
        nested = column.role is ColumnRole.BREAKDOWN and len(column.header) > 2
        if nested and leaf.startswith(("tong", "cong")):
            wholes.setdefault(column.header[:-1], column.key)
    result = []
    for column in columns:
        parent = column.header[:-1]
        target = wholes.get(parent)
        if column.role is ColumnRole.BREAKDOWN and target is not None and target != column.key:
            column = replace(column, part_of=target, split=parent[-1])
        result.append(column)
    return result
