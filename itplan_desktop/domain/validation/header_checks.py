"""Header fields an official document cannot go without (Nghị định 30/2020/NĐ-CP)."""

from __future__ import annotations

from ..findings import Finding, Location, LocationKind
from ..plan import Plan
from .codes import finding


def check_header(plan: Plan) -> list[Finding]:
    """HDR001-HDR008: number, date, signer name and title, recipients, issuer, place, title."""
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
    return [
        finding(code, Location(LocationKind.HEADER, field=field))
        for (code, field), ok in present.items()
        if not ok
    ]
