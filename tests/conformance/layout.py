"""The parts of a measured document the rules speak of: the header grid's two columns, the
document type and title, Nơi nhận and the signature block, the appendix title block."""

from __future__ import annotations

import re
from dataclasses import dataclass

from measure import MM, Chunk, Measured, Page, Rule, TextLine

LEFT_MARGIN = 30 * MM
TEXT_WIDTH = 210 * MM - 45 * MM
LEFT_COLUMN = LEFT_MARGIN + 0.4 * TEXT_WIDTH
"""Right edge of the header grid's left column on a portrait page."""
DOC_TYPES = ("KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH", "TỜ TRÌNH")


def lines_of(chunks: list[Chunk]) -> list[TextLine]:
    return Page(0, 0, 0, chunks, []).lines


@dataclass
class Header:
    page: Page
    left: list[TextLine]
    right: list[TextLine]
    doc_type: TextLine
    title: list[TextLine]
    below_title: list[TextLine]

    def rule_under(self, line: TextLine, rules: list[Rule] | None = None) -> Rule:
        """The nearest rule below `line`, centred under it (within 3 pt)."""
        candidates = [
            r for r in (rules or self.page.rules)
            if r.y < line.y and abs(r.centre - line.centre) < 3 and line.y - r.y < 20
        ]  # fmt: skip
        assert candidates, f"no rule under {line.text!r}"
        return max(candidates, key=lambda r: r.y)


def header(doc: Measured) -> Header:
    page = doc.pages[0]
    doc_type = next(line for line in page.lines if line.text in DOC_TYPES)
    above = [c for c in page.chunks if c.y > doc_type.y + 1 and c.text.strip()]
    left = lines_of([c for c in above if c.x < LEFT_COLUMN - 5])
    right = lines_of([c for c in above if c.x >= LEFT_COLUMN - 5])
    after = [line for line in page.lines if line.y < doc_type.y - 1]
    below = [r for r in page.rules if r.y < doc_type.y and abs(r.centre - doc_type.centre) < 3]
    rule_y = max(r.y for r in below) if below else -1.0
    title = [line for line in after if line.y > rule_y]
    rest = [line for line in after if line.y < rule_y]
    return Header(page, left, right, doc_type, title, rest)


@dataclass
class Closing:
    page: Page
    heading: TextLine  # "Nơi nhận:"
    recipients: list[TextLine]
    signature: list[TextLine]  # right column, top to bottom


def closing(doc: Measured) -> Closing:
    """The last "Nơi nhận:" of the document and what stands beside and under it."""
    for page in reversed(doc.pages):
        chunks = [c for c in page.chunks if c.text.strip() == "Nơi nhận:"]
        if chunks:
            break
    else:
        raise AssertionError("no 'Nơi nhận:' in the document")
    heading_chunk = chunks[-1]
    below = [c for c in page.chunks if c.y <= heading_chunk.y + 1 and c is not heading_chunk]
    left = lines_of([c for c in below if c.x < LEFT_COLUMN - 5])
    right = lines_of([c for c in below if c.x >= LEFT_COLUMN - 5])
    heading = lines_of([heading_chunk])[0]
    return Closing(page, heading, left, right)


def recipient_items(closing: Closing) -> list[str]:
    """The recipients, wrapped lines joined back into their item ("- …;")."""
    items: list[str] = []
    for line in closing.recipients:
        if line.text.startswith("- ") or not items:
            items.append(line.text)
        else:
            items[-1] += " " + line.text
    return items


@dataclass
class AppendixTitle:
    page: Page
    number: TextLine  # "Phụ lục I"
    title: list[TextLine]
    attached: list[TextLine]  # "(Kèm theo …)"
    unit: TextLine | None


def appendix_titles(doc: Measured) -> list[AppendixTitle]:
    """The title block of every appendix in the file (the page it starts on)."""
    out = []
    for page in doc.pages:
        lines = page.lines
        for index, line in enumerate(lines):
            if re.fullmatch(r"Phụ lục( [IVXLC]+| \d+)?", line.text) and line.y > page.height / 2:
                rest = lines[index + 1 :]
                attached_start = next(i for i, li in enumerate(rest) if li.text.startswith("(Kèm"))
                title = rest[:attached_start]
                attached = []
                for li in rest[attached_start:]:
                    attached.append(li)
                    if li.text.endswith(")"):
                        break
                after = rest[attached_start + len(attached) :]
                unit = next((li for li in after[:1] if li.text.startswith("Đơn vị tính")), None)
                out.append(AppendixTitle(page, line, title, attached, unit))
                break
    return out
