"""Measuring our PDFs as a reader sees them (pypdf): every text chunk with its position, size
and face, the lines of text they form, and the straight rules drawn on each page.

Positions are in points from the page's lower left corner; a chunk's width is computed from
the embedded font's own advance widths (the same TrueType file), so centring can be checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase.pdfmetrics import stringWidth

from itplan_desktop.export.pdf.fonts import register_fonts

MM = 72 / 25.4
A4 = (595.2756, 841.8898)


@dataclass(frozen=True, slots=True)
class Chunk:
    """One run of text in one face: where its baseline starts, its size and its face."""

    text: str
    x: float
    y: float
    size: float
    font: str  # the base font name without the subset prefix ("LiberationSerif-Bold")

    @property
    def bold(self) -> bool:
        return "Bold" in self.font

    @property
    def italic(self) -> bool:
        return "Italic" in self.font

    @property
    def width(self) -> float:
        family = register_fonts()
        face = family.face(self.bold, self.italic)
        return stringWidth(self.text, face, self.size)


@dataclass(slots=True)
class TextLine:
    """Chunks on one baseline, left to right."""

    y: float
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(" ".join(c.text.split()) for c in self.chunks if c.text.strip())

    @property
    def x0(self) -> float:
        return self.chunks[0].x

    @property
    def x1(self) -> float:
        return max(c.x + c.width for c in self.chunks)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def size(self) -> float:
        return self.chunks[0].size

    @property
    def bold(self) -> bool:
        return all(c.bold for c in self.chunks if c.text.strip())

    @property
    def italic(self) -> bool:
        return all(c.italic for c in self.chunks if c.text.strip())

    @property
    def first_bold(self) -> bool:
        return self.chunks[0].bold


@dataclass(frozen=True, slots=True)
class Rule:
    """A straight horizontal segment drawn with a stroke (a solid rule or a table line)."""

    x0: float
    x1: float
    y: float

    @property
    def length(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Page:
    number: int  # 1-based position in the file
    width: float
    height: float
    chunks: list[Chunk]
    rules: list[Rule]

    @cached_property
    def lines(self) -> list[TextLine]:
        """Text lines top to bottom; chunks whose baselines differ by < 0,6 pt share a line."""
        lines: list[TextLine] = []
        for chunk in sorted(self.chunks, key=lambda c: (-c.y, c.x)):
            if not chunk.text.strip():
                continue
            for line in lines:
                if abs(line.y - chunk.y) < 0.6:
                    line.chunks.append(chunk)
                    break
            else:
                lines.append(TextLine(chunk.y, [chunk]))
        for line in lines:
            line.chunks.sort(key=lambda c: c.x)
        return sorted(lines, key=lambda line: -line.y)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def find(self, pattern: str) -> list[TextLine]:
        regex = re.compile(pattern)
        return [line for line in self.lines if regex.search(line.text)]


def _multiply(a: list[float], b: list[float]) -> list[float]:
    """a × b of two PDF matrices [a b c d e f]."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _rules(page, reader: PdfReader) -> list[Rule]:
    """Horizontal stroked segments of the page's own content stream (forms not entered)."""
    contents = page.get_contents()
    if contents is None:
        return []
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    path: list[tuple[float, float, float, float]] = []
    start = current = (0.0, 0.0)
    out: list[Rule] = []
    for operands, operator in ContentStream(contents, reader).operations:
        op = operator.decode("latin-1")
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop() if stack else ctm
        elif op == "cm":
            ctm = _multiply([float(v) for v in operands], ctm)
        elif op == "m":
            start = current = _point(ctm, operands)
        elif op == "l":
            end = _point(ctm, operands)
            path.append((*current, *end))
            current = end
        elif op == "h":
            path.append((*current, *start))
        elif op in ("S", "s"):
            for x0, y0, x1, y1 in path:
                if abs(y0 - y1) < 0.01 and abs(x1 - x0) > 1:
                    out.append(Rule(min(x0, x1), max(x0, x1), y0))
            path = []
        elif op in ("n", "f", "F", "f*", "B", "B*", "b", "b*"):
            path = []
    return out


def _point(ctm: list[float], operands) -> tuple[float, float]:
    x, y = float(operands[0]), float(operands[1])
    return (ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5])


class Measured:
    """A PDF file read back: its version, pages, text lines, rules and fonts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.raw = path.read_bytes()
        self.reader = PdfReader(path)

    @cached_property
    def version(self) -> tuple[int, int]:
        match = re.match(rb"%PDF-(\d)\.(\d)", self.raw)
        assert match, self.raw[:16]
        return int(match.group(1)), int(match.group(2))

    @cached_property
    def pages(self) -> list[Page]:
        out = []
        for number, page in enumerate(self.reader.pages, start=1):
            chunks: list[Chunk] = []

            def visit(text, cm, tm, font, size, chunks=chunks) -> None:
                if not text.strip() or font is None:
                    return
                matrix = _multiply(list(tm), list(cm))
                scale = (matrix[2] ** 2 + matrix[3] ** 2) ** 0.5
                name = str(font.get("/BaseFont", "")).lstrip("/")
                name = name.split("+", 1)[-1]
                for index, part in enumerate(text.split("\n")):
                    if part.strip() and index == 0:
                        chunks.append(Chunk(part, matrix[4], matrix[5], size * scale, name))

            page.extract_text(visitor_text=visit)
            box = page.mediabox
            out.append(
                Page(number, float(box.width), float(box.height), chunks, _rules(page, self.reader))
            )
        return out

    def fonts(self) -> list[dict]:
        """Every font dictionary referenced from page resources (and their forms)."""
        found = []

        def walk(resources) -> None:
            if resources is None:
                return
            resources = resources.get_object()
            for font in (resources.get("/Font") or {}).values():
                found.append(font.get_object())
            for xobject in (resources.get("/XObject") or {}).values():
                xobject = xobject.get_object()
                if xobject.get("/Subtype") == "/Form":
                    walk(xobject.get("/Resources"))

        for page in self.reader.pages:
            walk(page.get("/Resources"))
        return found


def word_boxes(path: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page, (word, xMin, yMin, xMax, yMax) with y from the top, as poppler places every
    glyph (forms included): `pdftotext -bbox`."""
    import subprocess

    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    pages: list[list[tuple[str, float, float, float, float]]] = []
    for line in html.splitlines():
        line = line.strip()
        if line.startswith("<page "):
            pages.append([])
        elif line.startswith("<word "):
            attrs = dict(part.split("=", 1) for part in line[6 : line.index(">")].split())
            text = line[line.index(">") + 1 : line.rindex("</word>")]
            box = [float(attrs[k].strip('"')) for k in ("xMin", "yMin", "xMax", "yMax")]
            pages[-1].append((text, *box))
    return pages
