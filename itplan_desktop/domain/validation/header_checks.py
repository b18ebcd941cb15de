"""Header fields an official document cannot go without (Nghị định 30/2020/NĐ-CP)."""

from __future__ import annotations

from ...vn.dates import DraftDate
from ..findings import Finding, Location, LocationKind
from ..plan import Plan
from .codes import finding


def check_header(plan: Plan) -> list[Finding]:
    """HDR001-HDR008: number, date, signer name and title, recipients, issuer, place, title;
    HDR009/HDR010 (information): a draft's date with the day, or the day and the month, blank."""
    present = {
        ("HDR001", "number"): bool(plan.number.strip()),
        ("HDR002", "issued_on"): plan.issued_on is not None,
        ("HDR003", "signer.name"): bool(plan.signer.name.strip()),
        ("HDR004", "signer.title"): bool(plan.signer.title.strip()),
        ("HDR005", "recipients"): any(r.strip() for r in plan.recipients),
        ("HDR006", "issuer"): bool(plan.issuer.strip()),
        ("HDR007", "place"): bool(plan.place.strip()),
        ("HDR008", "title"): bool(plan.title.strip()),
    }
    found = [
        finding(code, Location(LocationKind.HEADER, field=field))
        for (code, field), ok in present.items()
        if not ok
    ]
    if isinstance(plan.issued_on, DraftDate):  # printed with blanks: say so, never an error
        code = "HDR009" if plan.issued_on.month is not None else "HDR010"
        found.append(finding(code, Location(LocationKind.HEADER, field="issued_on")))
    return found
