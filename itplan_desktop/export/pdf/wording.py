"""The fixed Vietnamese wording of printed documents (FORMAT.md).

These are parts of an official Vietnamese document, not interface text: they are printed in
Vietnamese whatever the interface language, so they do not go through the message catalogue.
"""

from __future__ import annotations

from ...domain.appendix import Appendix
from ...domain.plan import DOCUMENT_TYPES, Plan
from ...vn.dates import format_date
from ...vn.outline import to_roman

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_HEADING = "Nơi nhận:"
IN_WHICH = "Trong đó:"
DECIDES = "QUYẾT ĐỊNH:"
BLANK = "\u00a0" * 6
"""Room left for a number or date written by hand on a draft."""


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
    """ "Phụ lục I" (Roman, the default) or "Phụ lục 1" (`plan.appendix_numbering` arabic)."""
    number = appendix.number
    if plan.appendix_numbering != "arabic" and number > 0:
        return f"Phụ lục {to_roman(number)}"
    return f"Phụ lục {number}"


def attached_line(plan: Plan) -> str:
    """ "(Kèm theo Kế hoạch số 131/KH-UBND ngày 15 tháng 9 năm 2015 của UBND huyện Như Xuân)"."""
    text = f"Kèm theo {document_type_name(plan)} số {plan.number_and_symbol} {date_text(plan)}"
    issuer = plan.issuer_short.strip()
    if issuer:
        text = f"{text} của {issuer}"
    return f"({text})"


def unit_line(appendix: Appendix) -> str:
    """ "Đơn vị tính: triệu đồng"; "" for a table of text only."""
    return f"Đơn vị tính: {appendix.unit}" if appendix.has_amounts else ""


def authority_lines(plan: Plan) -> list[str]:
    """The signature block's upper-case lines: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"."""
    signer = plan.signer
    first = " ".join(p for p in (signer.authority.strip(), signer.authority_of.strip()) if p)
    lines = [first.upper()] if first else []
    if signer.title.strip():
        lines.append(signer.title.strip().upper())
    return lines


def recipient_lines(plan: Plan) -> list[str]:
    """ "- Sở …;" one per recipient, the last ending with a full stop (added when missing)."""
    items = [r.strip() for r in plan.recipients if r.strip()]
    lines = []
    for index, item in enumerate(items):
        last = index == len(items) - 1
        if not item.endswith((";", ".", ":")):
            item += "." if last else ";"
        lines.append(f"- {item}")
    return lines
