"""Writing many short lines of text straight into a page's content stream.

`canvas.drawString` re-encodes every string character by character in Python; for an
appendix of thousands of rows that dominates. A `FaceEncoder` learns, once per character, the
subset and code ReportLab's TrueType embedding gives it (`TTFont.splitString`), and then
encodes whole lines with `str.translate`. `TextBatch` collects positioned lines as PDF text
operators and hands them to the canvas in one `addLiteral` per page. The text stays real
text: ReportLab writes a ToUnicode map for every subset, so it can be selected and searched.
"""

from __future__ import annotations

from collections.abc import Iterable
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
        self.table: dict[int, str] = {}  # ord(character) -> escaped code in its subset
        # "\n" separates lines inside a cell's text and is never drawn: known, not encoded.
        self._subset: dict[str, int] = {"\n": 0}
        self._known: set[str] = {"\n"}
        self._first_subset: set[str] = {"\n"}
        self._names: dict[int, str] = {}

    def learn(self, texts: Iterable[str]) -> None:
        """Assign codes to every character of `texts` now, in a stable order."""
        self._learn("".join(texts))

    @property
    def single_subset(self) -> bool:
        """Whether every character learned so far lies in the first subset."""
        return len(self._first_subset) == len(self._known)

    def _learn(self, text: str) -> None:
        for char in sorted(set(text) - self._known):
            ((subset, data),) = self._font.splitString(char, self._doc)
            self.table[ord(char)] = _escaped(data[0])
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
            return [(self._names[0], text.translate(self.table))]
        runs: list[tuple[str, str]] = []
        for subset, chars in groupby(text, self._subset.__getitem__):
            runs.append((self._names[subset], "".join(chars).translate(self.table)))
        return runs

    def simple(self, text: str) -> str | None:
        """The font resource when every character of `text` lies in the first subset (the
        usual case: one font switch, one translate), else None."""
        if not self._known.issuperset(text):
            self._learn(text)
        return self._names[0] if self._first_subset.issuperset(text) else None

    @property
    def first_name(self) -> str:
        """The font resource of the first subset."""
        if 0 not in self._names:
            self._names[0] = self._font.getSubsetInternalName(0, self._doc)
        return self._names[0]

    def encode(self, text: str) -> str:
        """`text` escaped for a literal string; only valid after `simple` said yes."""
        return text.translate(self.table)


class TextBatch:
    """Positioned lines of text for one page (or form), written as one block of operators."""

    def __init__(self, leading: float = 0.0) -> None:
        self._ops: list[str] = [f"{leading:.2f} TL"] if leading else []
        self._leading = leading
        self._font: tuple[str, float] | None = None

    def _set_font(self, name: str, size: float) -> None:
        if self._font != (name, size):
            self._ops.append(f"{name} {size:g} Tf")
            self._font = (name, size)

    def line(self, encoder: FaceEncoder, size: float, x: float, y: float, text: str) -> None:
        """Draw `text` with its baseline starting at (x, y)."""
        first = True
        for name, data in encoder.chunks(text):
            self._set_font(name, size)
            if first:
                self._ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm({data})Tj")
                first = False
            else:
                self._ops.append(f"({data})Tj")

    def lines(
        self, encoder: FaceEncoder, size: float, x: float, y: float, lines: list[str]
    ) -> None:
        """Draw left-aligned lines from the baseline (x, y) down, `leading` apart."""
        name = encoder.simple("".join(lines)) if self._leading else None
        if name is None:
            for text in lines:
                self.line(encoder, size, x, y, text)
                y -= self._leading
            return
        self._set_font(name, size)
        encode = encoder.encode
        first, *rest = lines
        self._ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm({encode(first)})Tj")
        if rest:
            self._ops.append("".join([f"({encode(text)})'" for text in rest]))

    def flush(self, canvas: Canvas) -> None:
        """Emit the collected lines into the canvas's current page or form."""
        if self._font is not None:  # something was drawn
            canvas.addLiteral("BT 0 g\n" + "\n".join(self._ops) + "\nET")
        self._ops = [f"{self._leading:.2f} TL"] if self._leading else []
        self._font = None
