"""Writing many short lines of text straight into a page's content stream.

`canvas.drawString` re-encodes every string character by character in Python; for an
appendix of thousands of rows that dominates. A `FaceEncoder` learns, once per character, the
subset and code ReportLab's TrueType embedding gives it (`TTFont.splitString`), and then
encodes whole lines with `str.translate`. `TextBatch` collects positioned lines as PDF text
operators and hands them to the canvas in one `addLiteral` per page. The text stays real
text: ReportLab writes a ToUnicode map for every subset, so it can be selected and searched.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas


def _escaped(code: int) -> str:
    """One byte of a PDF literal string, escaped where PDF requires it."""
    if code in (0x28, 0x29, 0x5C):  # ( ) \
        return "\\" + chr(code)
    if 32 <= code < 127:
        return chr(code)
    return f"\\{code:03o}"


class FaceEncoder:
    """Encodes text of one TrueType face for one canvas (document) as (font resource, bytes)."""

    def __init__(self, canvas: Canvas, font_name: str) -> None:
        self._font = pdfmetrics.getFont(font_name)
        self._doc = canvas._doc  # the document whose subsets the codes belong to
        self._table: dict[int, str] = {}  # ord(character) -> escaped code in its subset
        self._subset: dict[str, int] = {}
        self._known: set[str] = set()
        self._first_subset: set[str] = set()
        self._names: dict[int, str] = {}

    def _learn(self, text: str) -> None:
        for char in set(text) - self._known:
            ((subset, data),) = self._font.splitString(char, self._doc)
            self._table[ord(char)] = _escaped(data[0])
            self._subset[char] = subset
            self._known.add(char)
            if subset == 0:
                self._first_subset.add(char)
            if subset not in self._names:
                self._names[subset] = self._font.getSubsetInternalName(subset, self._doc)

    def chunks(self, text: str) -> list[tuple[str, str]]:
        """(font resource name, escaped string) runs of `text`, one per subset it touches."""
        if not self._known.issuperset(text):
            self._learn(text)
        if self._first_subset.issuperset(text):
            return [(self._names[0], text.translate(self._table))]
        runs: list[tuple[str, str]] = []
        for subset, chars in groupby(text, self._subset.__getitem__):
            runs.append((self._names[subset], "".join(chars).translate(self._table)))
        return runs


class TextBatch:
    """Positioned lines of text for one page, written as one block of PDF operators."""

    def __init__(self) -> None:
        self._ops: list[str] = []
        self._font: tuple[str, float] | None = None

    def line(self, encoder: FaceEncoder, size: float, x: float, y: float, text: str) -> None:
        """Draw `text` with its baseline starting at (x, y)."""
        first = True
        for name, data in encoder.chunks(text):
            if self._font != (name, size):
                self._ops.append(f"{name} {size:g} Tf")
                self._font = (name, size)
            if first:
                self._ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm({data})Tj")
                first = False
            else:
                self._ops.append(f"({data})Tj")

    def flush(self, canvas: Canvas) -> None:
        """Emit the collected lines into the canvas's current page or form."""
        if self._ops:
            canvas.addLiteral("BT 0 g\n" + "\n".join(self._ops) + "\nET")
        self._ops = []
        self._font = None
