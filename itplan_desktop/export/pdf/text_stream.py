"""Writing many short lines of text straight into a page's content stream.

`canvas.drawString` re-encodes every string character by character in Python; for an
appendix of thousands of rows that dominates. A `FaceEncoder` learns, once per character, the
subset and code ReportLab's TrueType embedding gives it (`TTFont.splitString`), and then
encodes whole lines with `str.translate`. Page streams (written by `fast_pages` as latin-1
bytes) take the codes as raw bytes — only "(", ")", "\\", CR and LF are escaped — which is
a third of the size of octal escapes for Vietnamese text; streams ReportLab writes itself
(the header Form XObject) get the escaped form. `TextBatch` collects positioned lines as PDF text
operators and hands them to the canvas in one `addLiteral` per page. The text stays real
text: ReportLab writes a ToUnicode map for every subset, so it can be selected and searched.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Sequence
from itertools import chain, groupby
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from . import reportlab_private as private

if TYPE_CHECKING:
    from _codecs import _EncodingMap  # typeshed only: the C type has no public name


def _escaped(code: int) -> str:
    """One byte of a PDF literal string as ASCII (for streams ReportLab encodes)."""
    if code in (0x28, 0x29, 0x5C):  # ( ) \
        return "\\" + chr(code)
    if 32 <= code < 127:
        return chr(code)
    return f"\\{code:03o}"


_NEEDS_ESCAPE = re.compile(rb"[()\\\r\n]").search
_UNDEFINED = "\ufffe"

_RAW_ESCAPES = {0x28: "\\(", 0x29: "\\)", 0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r"}


def _raw(code: int) -> str:
    """One byte of a PDF literal string as itself (a latin-1 character of a page stream):
    PDF strings are binary; only the delimiters, the backslash and end-of-line bytes (which a
    reader would normalise) are escaped."""
    return _RAW_ESCAPES.get(code) or chr(code)


_WINDOW = 8192


def _characters(text: str, known: set[str]) -> set[str]:
    """The characters of `text` not in `known`. `set(text)` costs ~17 ns a character (25 ms
    for a 5.000-row appendix); a regular expression for "any character not seen yet" scans
    at a few ns a character, and each hit adds the characters of the next few thousand at
    once, so a long text is searched only a handful of times."""
    if len(text) <= _WINDOW:
        return set(text) - known
    seen = set(known)
    position = 0
    while True:
        unseen = re.compile("[^" + re.escape("".join(sorted(seen))) + "]" if seen else "(?s).")
        found = unseen.search(text, position)
        if found is None:
            return seen - known
        position = found.start()
        seen.update(text[position : position + _WINDOW])


class FaceEncoder:
    """Encodes text of one TrueType face for one canvas (document) as (font resource, bytes)."""

    def __init__(self, canvas: Canvas, font_name: str) -> None:
        self._font = pdfmetrics.getFont(font_name)
        self._doc = private.document(canvas)  # the document whose subsets the codes belong to
        self.table: dict[int, str] = {}  # ord(character) -> raw code (page streams)
        self.escaped: dict[int, str] = {}  # ord(character) -> ASCII-escaped code
        # "\n" separates lines inside a cell's text and is never drawn: known, not encoded.
        self._subset: dict[str, int] = {"\n": 0}
        self._known: set[str] = {"\n"}
        self._first_subset: set[str] = {"\n"}
        self._names: dict[int, str] = {}
        # The first subset as a charmap codec (C speed, unlike str.translate with a dict):
        # byte -> character, "\0" standing for a line break (text never holds NUL).
        self._codes: list[str] = [_UNDEFINED] * 256
        self._codes[0] = "\0"
        # what codecs.charmap_build returns (typeshed: dict[int, int] | _codecs._EncodingMap)
        self._charmap: dict[int, int] | _EncodingMap | None = None

    def learn(self, texts: Iterable[str]) -> None:
        """Assign codes to every character of `texts` now, in a stable order."""
        self._learn("".join(texts))

    @property
    def single_subset(self) -> bool:
        """Whether every character learned so far lies in the first subset."""
        return len(self._first_subset) == len(self._known)

    def _learn(self, text: str) -> None:
        for char in sorted(_characters(text, self._known)):
            ((subset, data),) = self._font.splitString(char, self._doc)
            self.table[ord(char)] = _raw(data[0])
            self.escaped[ord(char)] = _escaped(data[0])
            self._subset[char] = subset
            self._known.add(char)
            if subset == 0:
                self._first_subset.add(char)
                if data[0]:  # 0 is .notdef (a character the face lacks): not in the codec
                    self._codes[data[0]] = char
                    self._charmap = None
            if subset not in self._names:
                self._names[subset] = self._font.getSubsetInternalName(subset, self._doc)

    def chunks(self, text: str, raw: bool = True) -> list[tuple[str, str]]:
        """(font resource name, encoded string) runs of `text`, one per subset it touches;
        raw bytes for page streams, ASCII escapes when `raw` is false."""
        if not self._known.issuperset(text):
            self._learn(text)
        table = self.table if raw else self.escaped
        if self._first_subset.issuperset(text):
            return [(self._names[0], text.translate(table))]
        runs: list[tuple[str, str]] = []
        for subset, chars in groupby(text, self._subset.__getitem__):
            runs.append((self._names[subset], "".join(chars).translate(table)))
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

    def _charmap_encode(self, text: str) -> bytes:
        """`text` in first-subset codes, "\0" kept as byte 0, with the delimiters, the
        backslash and end-of-line bytes escaped; UnicodeEncodeError for a character outside
        the first subset or one the face lacks."""
        charmap = self._charmap
        if charmap is None:
            charmap = self._charmap = codecs.charmap_build("".join(self._codes))
        data = codecs.charmap_encode(text, "strict", charmap)[0]
        if _NEEDS_ESCAPE(data):
            data = (
                data.replace(b"\\", b"\\\\")
                .replace(b"(", b"\\(")
                .replace(b")", b"\\)")
                .replace(b"\r", b"\\r")
                .replace(b"\n", b"\\n")
            )
        return data

    def encode_lines(self, lines: list[str]) -> str:
        """The lines of a cell as raw bytes of literal strings joined by `)'(` (the end of
        one string, the show-on-next-line operator, the start of the next); every character
        must lie in the first subset (`single_subset` / `simple`)."""
        try:
            data = self._charmap_encode("\0".join(lines))
        except UnicodeEncodeError:  # a character the face lacks
            return "\n".join(lines).translate(self.table).replace("\n", ")'(")
        return data.replace(b"\0", b")'(").decode("latin-1")

    def encode_cells(self, cells: Sequence[list[str]]) -> list[str] | None:
        """`encode_lines` of every cell ("" for a cell without lines) in one codec call, or
        None when that cannot be done: a character outside the codec, or an empty line.

        Lines are joined by one byte 0 and cells by two; with no empty line, runs of 0
        between cells are even and runs inside a cell single, so "\0\0" → LF (escaped away
        from the codes) then "\0" → `)'(` splits the result exactly."""
        if "" in chain.from_iterable(cells):
            return None
        try:
            data = self._charmap_encode("\0\0".join(map("\0".join, cells)))
        except UnicodeEncodeError:
            return None
        data = data.replace(b"\0\0", b"\n").replace(b"\0", b")'(")
        return data.decode("latin-1").split("\n")

    def encode(self, text: str) -> str:
        """`text` as raw bytes of a literal string; only valid after `simple` said yes."""
        return text.translate(self.table)


class TextBatch:
    """Positioned lines of text for one page (or form), written as one block of operators."""

    def __init__(self, leading: float = 0.0, *, raw: bool = True) -> None:
        """`raw`: the block goes into a page stream written by `fast_pages` (latin-1 bytes);
        False for streams ReportLab writes (forms), which must stay ASCII."""
        self._ops: list[str] = [f"{leading:.2f} TL"] if leading else []
        self._leading = leading
        self._raw = raw
        self._font: tuple[str, float] | None = None

    def _set_font(self, name: str, size: float) -> None:
        if self._font != (name, size):
            self._ops.append(f"{name} {size:g} Tf")
            self._font = (name, size)

    def line(self, encoder: FaceEncoder, size: float, x: float, y: float, text: str) -> None:
        """Draw `text` with its baseline starting at (x, y)."""
        first = True
        for name, data in encoder.chunks(text, self._raw):
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
        name = encoder.simple("".join(lines)) if self._leading and self._raw else None
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
