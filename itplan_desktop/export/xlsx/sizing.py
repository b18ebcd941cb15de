"""Column widths and row heights of an appendix sheet.

openpyxl cannot measure text and Excel does not fit row heights when it opens a file, so the
heights are estimated from the text length and the column width (Times New Roman 12 pt
fits about 1,3 characters per width unit) with a greedy word wrap, so that text is never cut.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ...domain.appendix import Appendix, ColumnKind, ColumnRole

PRINT_WIDTH_UNITS = 135.0
"""Width units (characters of the default font) of A4 landscape between 30 and 15 mm margins."""
LINE_HEIGHT = 14.5  # points per line of 12 pt text
CHARS_PER_UNIT = 1.3
PADDING = 3.0
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


def _wrapped_lines(paragraph: str, per_line: float) -> int:
    """Lines of a greedy word wrap, counting characters (a word longer than a line breaks)."""
    lines, used = 1, 0.0
    for word in paragraph.split():
        length = len(word)
        if used and used + 1 + length > per_line:
            lines, used = lines + 1, 0.0
        if length > per_line:
            lines += math.ceil(length / per_line) - 1
            used = length % per_line
        else:
            used += length + (1 if used else 0)
    return lines


def text_lines(text: str, width: float, factor: float = 1.0) -> int:
    """Lines that `text` takes in a cell `width` units wide (`factor` > 1 for larger fonts)."""
    per_line = max(1.0, (width - 1.0) * CHARS_PER_UNIT / factor)
    return sum(_wrapped_lines(part, per_line) for part in text.split("\n"))


def row_height(texts: Sequence[tuple[str, float]], factor: float = 1.0) -> float:
    """Height (points) of a row whose wrapped cells hold (text, width) pairs."""
    lines = max((text_lines(t, w, factor) for t, w in texts if t), default=1)
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT * factor + PADDING)
