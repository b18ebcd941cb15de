"""The document information of the PDF: title, author (the issuing body), subject, creator.
ReportLab adds the creation date itself."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from ...domain.appendix import Appendix
from ...domain.plan import Plan
from .table_cells import clean_text
from .wording import appendix_heading, date_text, document_type_name

CREATOR = "itplan-desktop"


def document_title(plan: Plan, appendix: Appendix | None = None) -> str:
    """The plan's title, or "Phụ lục I - <title>" for an appendix printed alone."""
    if appendix is not None:
        return clean_text(f"{appendix_heading(plan, appendix)} - {appendix.title.strip()}")
    return clean_text(f"{document_type_name(plan)} {plan.title.strip()}")


def document_subject(plan: Plan) -> str:
    """ "Kế hoạch số 131/KH-UBND ngày 15 tháng 9 năm 2015 của UBND huyện Như Xuân"."""
    text = f"{document_type_name(plan)} số {plan.number_and_symbol} {date_text(plan)}"
    if plan.issuer_short.strip():
        text += f" của {plan.issuer_short.strip()}"
    return clean_text(" ".join(text.split()))


def set_metadata(canvas: Canvas, plan: Plan, appendix: Appendix | None = None) -> None:
    canvas.setTitle(document_title(plan, appendix))
    canvas.setAuthor(clean_text(plan.issuer.strip() or plan.issuer_short.strip()))
    canvas.setSubject(document_subject(plan))
    canvas.setCreator(CREATOR)
    canvas.setKeywords(plan.uuid)
