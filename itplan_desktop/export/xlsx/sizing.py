"""Column widths and row heights of an appendix sheet.

openpyxl cannot measure text and Excel does not fit row heights when it opens a file, so the
heights are computed here: each cell's text is wrapped at spaces in its column's width with the
advance widths of the face it prints in (Liberation Serif, metric-compatible with Times New
Roman; bold where the cell is bold), as the spreadsheet wraps it, and every line gets Excel's
own line height for the size, which leaves room for Vietnamese stacked marks ("Ễ", "Ở").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ...domain.appendix import Appendix, ColumnKind, ColumnRole
from ..pdf.fonts import register_fonts
from ..pdf.text_metrics import FaceMetrics, face_metrics

PRINT_WIDTH_UNITS = 135.0
"""Width units (characters of the default font) of A4 landscape between 30 and 15 mm margins."""
LINE_HEIGHT = 15.75  # points per line of 12 pt Times New Roman: Excel's row height for it
TEXT_SIZE = 12.0
PADDING = 3.0
# A width unit is the default font's digit (Calibri 11: 7 px) and a column adds 5 px; a cell
# keeps about 2 px of margin on each side. At 96 px to the inch, a pixel is 0,75 pt.
_DIGIT_PX, _COLUMN_PX, _MARGIN_PX, _PT_PER_PX = 7.0, 5.0, 4.0, 0.75
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def column_widths(appendix: Appendix, longest_number: dict[str, int]) -> list[float]:
    """Widths (Excel units) from the relative `Column.width`, scaled to the printable width;
    a number column is never narrower than its longest shown value, TT never below 5."""
    total = sum(c.width for c in appendix.columns) or 1.0
    scale = PRINT_WIDTH_UNITS / total
    widths = []
    for column in appendix.columns:
        width = column.width * scale
        if column.kind is not ColumnKind.TEXT:
            width = max(width, (longest_number.get(column.key, 1) + 2) * 1.15, 7.0)
        elif column.role is ColumnRole.TT:
            width = max(width, 5.0)
        else:
            width = max(width, 8.0)
        widths.append(round(width, 2))
    return widths


def text_width_points(width: float) -> float:
    """The room for text, in points, of a column `width` Excel units wide."""
    return max(1.0, (width * _DIGIT_PX + _COLUMN_PX - _MARGIN_PX) * _PT_PER_PX)


@cache
def _faces() -> tuple[FaceMetrics, FaceMetrics]:
    family = register_fonts()
    return face_metrics(family.regular), face_metrics(family.bold)


def text_lines(text: str, width: float, factor: float = 1.0, *, bold: bool = False) -> int:
    """Lines that `text` takes in a cell `width` units wide, wrapped at spaces as the
    spreadsheet wraps it (`factor` > 1 for larger fonts; a word wider than the cell breaks)."""
    face = _faces()[1 if bold else 0]
    return max(1, len(face.wrap(text, text_width_points(width), TEXT_SIZE * factor)))


def row_height(
    texts: Sequence[tuple[str, float]], factor: float = 1.0, *, bold: bool = False
) -> float:
    """Height (points) of a row whose wrapped cells hold (text, width) pairs."""
    lines = max((text_lines(t, w, factor, bold=bold) for t, w in texts if t), default=1)
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT * factor + PADDING)
