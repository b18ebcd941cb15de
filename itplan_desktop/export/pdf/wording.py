"""The fixed Vietnamese wording of printed documents (docs/format.md).

These are parts of an official Vietnamese document, not interface text: they are printed in
Vietnamese whatever the interface language, so they do not go through the message catalogue.
"""

from __future__ import annotations

from ...domain.appendix import Appendix
from ...domain.plan import DOCUMENT_TYPES, Plan
from ...domain.printed_form import (  # noqa: F401  (re-exported for the printers)
    addressee_lines,
    appendix_label,
    authority_lines,
    name_in_sentence,
    recipient_lines,
)
from ...vn.dates import BLANK, format_date

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_HEADING = "Nơi nhận:"
IN_WHICH = "Trong đó:"
DECIDES = "QUYẾT ĐỊNH:"


def document_type_name(plan: Plan) -> str:
    """ "Kế hoạch" for KH, "Quyết định" for QĐ …; the symbol itself when unknown."""
    return DOCUMENT_TYPES.get(plan.doc_type, plan.doc_type)


def number_line(plan: Plan) -> str:
    """ "Số: 131/KH-UBND"; a draft without number leaves room: "Số:       /KH-UBND"."""
    if plan.number.strip():
        return f"Số: {plan.number_and_symbol}"
    return f"Số: {BLANK}/{plan.symbol}"


def date_text(plan: Plan) -> str:
    """ "ngày 15 tháng 9 năm 2015", or room for a date on a draft."""
    if plan.issued_on is None:
        return f"ngày{BLANK}tháng{BLANK}năm{BLANK}"
    return format_date(plan.issued_on)


def place_date_line(plan: Plan) -> str:
    """ "Như Xuân, ngày 15 tháng 9 năm 2015"."""
    place = plan.place.strip()
    return f"{place}, {date_text(plan)}" if place else date_text(plan).capitalize()


def appendix_heading(plan: Plan, appendix: Appendix) -> str:
    """ "Phụ lục I" with two or more appendices, "Phụ lục" alone (`printed_form.appendix_label`)."""
    return appendix_label(plan, appendix)


def attached_line(plan: Plan) -> str:
    """ "(Kèm theo Kế hoạch số 131/KH-UBND ngày 15 tháng 9 năm 2015 của Ủy ban nhân dân huyện
    Như Xuân)": the issuer's full name."""
    text = f"Kèm theo {document_type_name(plan)} số {plan.number_and_symbol} {date_text(plan)}"
    issuer = name_in_sentence(plan.issuer_short)
    if issuer:
        text = f"{text} của {issuer}"
    return f"({text})"


def unit_line(appendix: Appendix) -> str:
    """ "Đơn vị tính: triệu đồng"; "" for a table of text only."""
    return f"Đơn vị tính: {appendix.unit.label}" if appendix.has_amounts else ""
