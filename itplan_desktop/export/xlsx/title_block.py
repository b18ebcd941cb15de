"""The texts above an appendix table: "Phụ lục I", the title, "(Kèm theo …)", the unit line.

They follow docs/format.md ("Appendices") and are shared by the sheet writer and the sheet names.
"""

from __future__ import annotations

import re

from ...domain.appendix import Appendix
from ...domain.plan import DOCUMENT_TYPES, Plan
from ...domain.printed_form import appendix_label, name_in_sentence
from ...vn.dates import format_date
from ...vn.outline import to_roman

SHEET_NAME_LIMIT = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def appendix_number_text(plan: Plan, appendix: Appendix) -> str:
    """ "I" with the plan's Roman numbering (the default), "1" with Arabic."""
    if plan.appendix_numbering == "roman" and appendix.number > 0:
        return to_roman(appendix.number)
    return str(appendix.number)


def appendix_heading(plan: Plan, appendix: Appendix) -> str:
    """ "Phụ lục I" with two or more appendices, "Phụ lục" alone, "Phụ lục 1" when the plan
    chose Arabic numbering (`printed_form.appendix_label`, shared with the PDF)."""
    return appendix_label(plan, appendix)


def attached_to_line(plan: Plan) -> str:
    """ "(Kèm theo Kế hoạch số 131/KH-UBND ngày 15 tháng 9 năm 2015 của UBND huyện Như Xuân)"."""
    document = DOCUMENT_TYPES.get(plan.doc_type, plan.doc_type)
    parts = [f"Kèm theo {document} số {plan.number_and_symbol}"]
    if plan.issued_on is not None:
        parts.append(format_date(plan.issued_on))
    if plan.issuer_short.strip():
        parts.append(f"của {name_in_sentence(plan.issuer_short)}")
    return "(" + " ".join(parts) + ")"


def unit_line(appendix: Appendix) -> str:
    """ "Đơn vị tính: triệu đồng"; "" for a table of text only."""
    return f"Đơn vị tính: {appendix.unit.label}" if appendix.has_amounts else ""


def sheet_names(plan: Plan, appendices: list[Appendix]) -> list[str]:
    """One unique sheet name per appendix ("Phụ lục I" …), at most 31 characters, without the
    characters Excel forbids."""
    names: list[str] = []
    taken: set[str] = set()
    for appendix in appendices:
        base = _SHEET_FORBIDDEN.sub("-", appendix_heading(plan, appendix))[:SHEET_NAME_LIMIT]
        name, counter = base, 2
        while name.casefold() in taken:
            suffix = f" ({counter})"
            name = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
            counter += 1
        taken.add(name.casefold())
        names.append(name)
    return names
