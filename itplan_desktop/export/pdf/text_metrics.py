"""Fast measuring and line wrapping of plain text in one face, for the appendix tables.

ReportLab's own `stringWidth` for TrueType faces loops over characters in Python (its C
accelerator is a separate package), and Paragraph layout costs far more. Here a face's advance
widths sit in a dict keyed by character, so a width is `sum(map(dict.__getitem__, text))`;
word widths are remembered, and wrapping searches the running word ends with `bisect`: the
loops run in C.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cache
from itertools import accumulate, repeat

from reportlab.pdfbase import pdfmetrics

_EPSILON = 1e-6
# Where a word too wide for its line is broken first: after these (document numbers, unit names).
_BREAK_AFTER = "/-&.,;:_)]"


class _Widths(dict[str, float]):
    """Advance widths at 1 pt by character; unknown characters get the face's default width."""

    def __init__(self, widths: dict[str, float], default: float) -> None:
        super().__init__(widths)
        self.default = default

    def __missing__(self, key: str) -> float:
        return self.default


class _WordWidths(dict[str, float]):
    """Width at 1 pt of every word met so far with the space after it (Vietnamese syllables
    recur endlessly)."""

    def __init__(self, char_width: Callable[[str], float], space: float) -> None:
        super().__init__()
        self._char_width = char_width
        self._space = space

    def __missing__(self, word: str) -> float:
        width = self[word] = sum(map(self._char_width, word)) + self._space
        return width


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
        self._cache: dict[str, float] = {}
        self._space = self._widths[" "]
        self._word_space = _WordWidths(self._get, self._space).__getitem__

    def width(self, text: str, size: float) -> float:
        """Width of `text` at `size` points."""
        return sum(map(self._get, text)) * size

    def cached_width(self, text: str, size: float) -> float:
        """Width of a short text that recurs (numbers, labels), remembered at 1 pt."""
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = sum(map(self._get, text))
        return found * size

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        """Lines of `text` within `width` points: broken at spaces, a word longer than the
        width broken where it must; "\n" starts a new line. Empty text gives no line."""
        if not text:
            return []
        limit = width / size + _EPSILON
        lines: list[str] = []
        for part in text.split("\n"):
            self._wrap_part(part.strip(), limit, lines)
        return lines

    def wrap_column(self, texts: Iterable[str], width: float, size: float) -> list[list[str]]:
        """`wrap` of every text, each distinct text wrapped once (units, "Phòng Nội vụ" …,
        recur in a column; the lists are shared and must not be changed). The usual text,
        without a line break, goes straight to `_wrap_part`."""
        limit = width / size + _EPSILON
        wrap_part = self._wrap_part
        done: dict[str, list[str]] = {"": []}
        cells = []
        for text in texts:
            lines = done.get(text)
            if lines is None:
                if "\n" in text:
                    lines = self.wrap(text, width, size)
                else:
                    lines = []
                    wrap_part(text.strip(), limit, lines)
                done[text] = lines
            cells.append(lines)
        return cells

    def _wrap_part(self, part: str, limit: float, lines: list[str]) -> None:
        """Greedy filling by words: the running end of every word (with the space after it)
        is searched with bisect, so the loop runs once per line, not per character."""
        words = part.split(" ")
        space = self._space
        running = list(accumulate(map(self._word_space, words)))
        if running[-1] - space <= limit:
            lines.append(part)
            return
        append = lines.append
        start, count, base = 0, len(words), 0.0
        while start < count:
            end = bisect_right(running, base + limit + space, start)
            if end == start:  # one word wider than the line: break it by characters
                self._break_word(words[start], limit, lines)
                end = start + 1
            else:
                append(" ".join(words[start:end]))
            start = end
            base = running[start - 1]

    def longest_word(self, text: str, size: float) -> float:
        """Width at `size` of the widest word of `text` (words split at any white space)."""
        if not text:
            return 0.0
        return (max(map(self._word_space, text.split()), default=self._space) - self._space) * size

    def _break_word(self, word: str, limit: float, lines: list[str]) -> None:
        """A word wider than the line, in pieces: after the last "/", "-", "&" … that fits
        ("2586/" | "QĐ-UBND"), else where the line is full."""
        running = list(accumulate(map(self._get, word)))
        start, base = 0, 0.0
        while start < len(word):
            end = max(bisect_right(running, base + limit, start), start + 1)
            if end < len(word):
                cut = max(map(word.rfind, _BREAK_AFTER, repeat(start), repeat(end)))
                if cut > start:
                    end = cut + 1
            lines.append(word[start:end])
            start = end
            base = running[start - 1]


@cache
def face_metrics(font_name: str) -> FaceMetrics:
    """The metrics of a registered face (built once per process)."""
    return FaceMetrics(font_name)
