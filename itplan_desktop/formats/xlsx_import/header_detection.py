"""Finding the table header of a sheet and the header path of each column.

The header starts at the first row (among the first 40) holding a "TT"/"STT" cell, or else
two year numbers. It goes on over the rows below whose row-number (TT) and name cells are
empty: those cells are merged down in a multi-level header, never empty in a data row.
A merged or "centred across" parent cell ("Nhu cầu vốn các năm" over 2016 … 2020) is read
from its first cell: an empty header cell takes the text on its left when the column has
text further down the header, as its left neighbour has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...vn.collation import fold
from .workbook_reader import SheetData

SEARCH_ROWS = 40
MAX_DEPTH = 4
_TT = {"tt", "stt", "so tt", "so thu tu"}
_YEAR = re.compile(r"^(?:nam\s*)?((?:19|20)\d\d)$")
_NAME_START = ("ten", "noi dung", "danh muc", "nhiem vu", "du an")


def cell_text(value: Any) -> str:
    """A cell value as text (whole floats without ".0"), stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def folded(value: Any) -> str:
    return fold(cell_text(value)).rstrip(" .:")


def year_of(value: Any) -> int | None:
    """2016 for 2016, "2016", "Năm 2016"; None otherwise."""
    match = _YEAR.match(folded(value))
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class HeaderInfo:
    """Header rows `first`..`last` (1-based sheet rows) and each column's header path."""

    first: int
    last: int
    paths: dict[int, tuple[str, ...]]  # 1-based column -> texts from top to bottom


def _is_tt(value: Any) -> bool:
    return folded(value) in _TT


def find_header_top(sheet: SheetData) -> int | None:
    """The first row that looks like a header: a TT cell, else two or more years."""
    limit = min(len(sheet.rows), SEARCH_ROWS)
    for number in range(1, limit + 1):
        if any(_is_tt(v) for v in sheet.rows[number - 1]):
            return number
    for number in range(1, limit + 1):
        if sum(year_of(v) is not None for v in sheet.rows[number - 1]) >= 2:
            return max(1, number - 1) if number > 1 and _has_text(sheet, number - 1) else number
    return None


def _has_text(sheet: SheetData, row: int) -> bool:
    return sum(isinstance(v, str) and v.strip() != "" for v in sheet.rows[row - 1]) >= 2


def _key_columns(sheet: SheetData, top: int) -> list[int]:
    """Columns whose header is a single merged-down cell: TT and the name column."""
    found = []
    for column, value in enumerate(sheet.rows[top - 1], start=1):
        text = folded(value)
        if text in _TT or text.startswith(_NAME_START):
            found.append(column)
    return found


def find_header(sheet: SheetData, first: int | None = None, last: int | None = None) -> HeaderInfo:
    """Header rows and column paths; `first`/`last` force the rows (1-based)."""
    top = first if first is not None else find_header_top(sheet)
    if top is None:
        raise LookupError("no header")
    if last is None:
        last = top
        keys = _key_columns(sheet, top)
        while last - top + 1 < MAX_DEPTH and last < len(sheet.rows):
            below = sheet.rows[last]
            nonempty = [c for c, v in enumerate(below, start=1) if cell_text(v)]
            if not nonempty or not keys or any(cell_text(sheet.value(last + 1, c)) for c in keys):
                break
            last += 1
    return HeaderInfo(top, last, column_paths(sheet, top, last))


def column_paths(sheet: SheetData, top: int, last: int) -> dict[int, tuple[str, ...]]:
    """The header texts of every column, top to bottom, with parents spread over children."""
    width = max((len(sheet.rows[r - 1]) for r in range(top, last + 1)), default=0)
    grid = [
        [cell_text(sheet.value(r, c)) for c in range(1, width + 1)] for r in range(top, last + 1)
    ]
    depth = len(grid)

    def below(level: int, column: int) -> bool:
        return any(grid[lv][column] for lv in range(level + 1, depth))

    for level in range(depth - 1):
        row = grid[level]
        for column in range(1, width):
            filled = not row[column] and row[column - 1]
            if filled and below(level, column) and below(level, column - 1):
                row[column] = row[column - 1]
    paths: dict[int, tuple[str, ...]] = {}
    for column in range(width):
        parts: list[str] = []
        for level in range(depth):
            text = grid[level][column]
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        if parts:
            paths[column + 1] = tuple(parts)
    return paths
