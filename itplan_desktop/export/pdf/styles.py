"""Paragraph styles of the plan document (docs/format.md "Page" and "Numbers, dates and words"):
13 pt body, justified, first line indented 1 cm, 6 pt between paragraphs, single spacing."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle

from .fonts import FontFamily
from .measures import FIRST_LINE_INDENT, PARAGRAPH_SPACE, SIZES, leading


@dataclass(frozen=True, slots=True)
class DocumentStyles:
    body: ParagraphStyle
    legal_basis: ParagraphStyle  # căn cứ: italic (Nghị định 30/2020, Phụ lục I)
    centred_bold: ParagraphStyle  # "QUYẾT ĐỊNH:", the authority line


def document_styles(family: FontFamily) -> DocumentStyles:
    size = SIZES.body
    body = ParagraphStyle(
        "itplan-body",
        fontName=family.regular,
        fontSize=size,
        leading=leading(size),
        alignment=TA_JUSTIFY,
        firstLineIndent=FIRST_LINE_INDENT,
        spaceAfter=PARAGRAPH_SPACE,
        allowWidows=0,
        allowOrphans=0,
    )
    legal = ParagraphStyle("itplan-legal", parent=body, fontName=family.italic)
    centred = ParagraphStyle(
        "itplan-centred",
        parent=body,
        fontName=family.bold,
        alignment=TA_CENTER,
        firstLineIndent=0,
        spaceBefore=PARAGRAPH_SPACE,
    )
    return DocumentStyles(body, legal, centred)


def markup(text: str) -> str:
    """User text made safe for a Paragraph: "<", "&", ">" print literally, never as markup."""
    return escape(text)


def bold(text: str) -> str:
    return f"<b>{markup(text)}</b>"


def italic(text: str) -> str:
    return f"<i>{markup(text)}</i>"
