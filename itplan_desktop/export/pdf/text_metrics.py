"""Fast measuring and line wrapping of plain text in one face, for the appendix tables.

ReportLab's own `stringWidth` for TrueType faces loops over characters in Python (its C
accelerator is a separate package), and Paragraph layout costs far more. Here a face's advance
widths sit in a dict keyed by character, so a width is `sum(map(dict.__getitem__, text))`
and wrapping searches the running widths with `bisect`: the loops run in C.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from itertools import accumulate

from reportlab.pdfbase import pdfmetrics

_EPSILON = 1e-6


class _Widths(dict[str, float]):
    """Advance widths at 1 pt by character; unknown characters get the face's default width."""

    def __init__(self, widths: dict[str, float], default: float) -> None:
        super().__init__(widths)
        self.default = default

    def __missing__(self, key: str) -> float:
        return self.default


class FaceMetrics:
    """Widths and wrapping of one registered TrueType face."""

    def __init__(self, font_name: str) -> None:
        face = pdfmetrics.getFont(font_name).face
        widths = {
            chr(code): width / 1000.0
            for code, width in face.charWidths.items()
            if code < 0xD800 or 0xDFFF < code < 0x110000
        }
        self.font_name = font_name
        self.ascent = face.ascent / 1000.0
        self.descent = face.descent / 1000.0
        self._widths = _Widths(widths, face.defaultWidth / 1000.0)
        self._get = self._widths.__getitem__

    def width(self, text: str, size: float) -> float:
        """Width of `text` at `size` points."""
        return sum(map(self._get, text)) * size

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        """Lines of `text` within `width` points: broken at spaces, a word longer than the
        width broken where it must; "\\n" starts a new line. Empty text gives no line."""
        if not text:
            return []
        limit = width / size + _EPSILON
        lines: list[str] = []
        for part in text.split("\n"):
            part = part.strip()
            if sum(map(self._get, part)) <= limit:
                lines.append(part)
            else:
                self._wrap_part(part, limit, lines)
        return lines

    def _wrap_part(self, part: str, limit: float, lines: list[str]) -> None:
        running = list(accumulate(map(self._get, part)))
        size = len(part)
        start, base = 0, 0.0
        while start < size:
            end = bisect_right(running, base + limit, start)  # part[start:end] fits
            if end >= size:
                lines.append(part[start:])
                return
            cut = part.rfind(" ", start + 1, end + 1)
            if cut <= start:  # one word wider than the line: break inside it
                cut = following = max(end, start + 1)
            else:
                following = cut + 1
            lines.append(part[start:cut].rstrip())
            while following < size and part[following] == " ":
                following += 1
            start = following
            base = running[start - 1]


@cache
def face_metrics(font_name: str) -> FaceMetrics:
    """The metrics of a registered face (built once per process)."""
    return FaceMetrics(font_name)
