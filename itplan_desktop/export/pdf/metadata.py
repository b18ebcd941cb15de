"""The document information of the PDF: title, author (the issuing body), subject, creator
(which says when the font is a metric-compatible substitute for Times New Roman). ReportLab
adds the creation date itself."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from ...domain.appendix import Appendix
from ...domain.plan import Plan
from ...domain.printed_form import issuer_lines, name_in_sentence
from .fonts import FontFamily
from .table_cells import clean_text
from .wording import appendix_heading, date_text, document_type_name

CREATOR = "itplan-desktop"


def document_title(plan: Plan, appendix: Appendix | None = None) -> str:
    """The plan's title, or "Phụ lục I - <title>" for an appendix printed alone."""
    if appendix is not None:
        return clean_text(f"{appendix_heading(plan, appendix)} - {appendix.title.strip()}")
    return clean_text(f"{document_type_name(plan)} {plan.title.strip()}")


def document_subject(plan: Plan) -> str:
    """ "Kế hoạch số 131/KH-UBND ngày 15 tháng 9 năm 2015 của Ủy ban nhân dân huyện
    Như Xuân"."""
    text = f"{document_type_name(plan)} số {plan.number_and_symbol} {date_text(plan)}"
    if plan.issuer_short.strip():
        text += f" của {name_in_sentence(plan.issuer_short)}"
    return clean_text(" ".join(text.split()))


def creator(family: FontFamily | None) -> str:
    """ "itplan-desktop", and which font the text is set in when it is not Times New Roman:
    "itplan-desktop; phông Liberation Serif (tương thích số đo với Times New Roman)"."""
    if family is None or family.source == "Times New Roman":
        return CREATOR
    return f"{CREATOR}; phông {family.source} (tương thích số đo với Times New Roman)"


def set_metadata(
    canvas: Canvas,
    plan: Plan,
    appendix: Appendix | None = None,
    *,
    family: FontFamily | None = None,
    title: str | None = None,
    subject: str | None = None,
) -> None:
    """Title, author (the issuing body's full name), subject, creator (with the font used)."""
    canvas.setTitle(clean_text(title) if title else document_title(plan, appendix))
    issuer = " ".join(issuer_lines(clean_text(plan.issuer))) or clean_text(plan.issuer_short)
    canvas.setAuthor(issuer)
    canvas.setSubject(clean_text(subject) if subject else document_subject(plan))
    canvas.setCreator(creator(family))
    canvas.setKeywords(plan.uuid)
