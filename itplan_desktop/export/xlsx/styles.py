"""Cell styles of an appendix sheet (Times New Roman, docs/format.md) and their number formats.

Styling tens of thousands of cells one attribute at a time is what makes openpyxl slow, so
each kind of cell is styled once and its style array copied to the others.
"""

from __future__ import annotations

from copy import copy
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.styles.cell_style import StyleArray

from ...domain.appendix_layout import UNIT_DECIMALS, money_unit
from ...vn.units import MoneyUnit

FONT_NAME = "Times New Roman"
TABLE_SIZE = 12
TITLE_SIZE = 13
HEADING_SIZE = 14

_THIN = Side(style="thin", color="000000")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
RULE = Border(top=Side(style="thin", color="000000"))

_WRAP_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_KINDS: dict[str, tuple[Font, Alignment, Border | None]] = {
    "heading": (Font(FONT_NAME, HEADING_SIZE, bold=True), _WRAP_CENTER, None),
    "title": (Font(FONT_NAME, TITLE_SIZE, bold=True), _WRAP_CENTER, None),
    "attached": (Font(FONT_NAME, HEADING_SIZE, italic=True), _WRAP_CENTER, None),
    "unit": (Font(FONT_NAME, TABLE_SIZE, italic=True), Alignment(horizontal="right"), None),
    "rule": (Font(FONT_NAME, TABLE_SIZE), Alignment(), RULE),
    "header": (Font(FONT_NAME, TABLE_SIZE, bold=True), _WRAP_CENTER, GRID),
    "text": (
        Font(FONT_NAME, TABLE_SIZE),
        Alignment(horizontal="left", vertical="center", wrap_text=True),
        GRID,
    ),
    "text_center": (Font(FONT_NAME, TABLE_SIZE), _WRAP_CENTER, GRID),
    "number": (
        Font(FONT_NAME, TABLE_SIZE),
        Alignment(horizontal="right", vertical="center", indent=1),
        GRID,
    ),
}


def number_format(decimals: int) -> str:
    """Grouped thousands and `decimals` places; Excel shows the system's separators
    (9.460 and 185,083 on a Vietnamese system)."""
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def money_decimals(unit: MoneyUnit | str, shown: list[Decimal], chosen: int | None = None) -> int:
    """Places shown for a money column: the appendix's `chosen` decimals, else the unit's fixed
    places (3 for tỷ đồng), else as many as the column's values need (0 for whole triệu đồng)."""
    fixed = chosen if chosen is not None else UNIT_DECIMALS[money_unit(unit)]
    if fixed is not None:
        return fixed
    places = [-int(v.as_tuple().exponent) for v in shown if v != v.to_integral_value()]
    return max(places, default=0)


class StyleCache:
    """Applies a kind of style (bold or not, with a number format) to cells of one workbook."""

    def __init__(self) -> None:
        self._arrays: dict[tuple[str, bool, str | None], StyleArray] = {}

    def apply(self, cell: Cell, kind: str, *, bold: bool = False, fmt: str | None = None) -> None:
        key = (kind, bold, fmt)
        array = self._arrays.get(key)
        if array is not None:
            cell._style = copy(array)
            return
        font, alignment, border = _KINDS[kind]
        cell.font = copy(font) if not bold else Font(font.name, font.sz, bold=True)
        cell.alignment = alignment
        if border is not None:
            cell.border = border
        if fmt is not None:
            cell.number_format = fmt
        self._arrays[key] = copy(cell._style)
