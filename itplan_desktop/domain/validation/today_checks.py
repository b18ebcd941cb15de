"""Checks of a plan against the state of the day it is dated (issue 13): legal bases in
force, a unit that still existed, the Sở KH&CN rather than the merged Sở TT&TT, no district
budget from 2026. Pure functions: the caller passes the library, the unit and the day."""

from __future__ import annotations

from datetime import date

from ...vn.dates import DraftDate
from ..findings import Finding, Location, LocationKind
from ..legal_library import LegalDocument, find_cited
from ..organisation import Organisation
from ..plan import Plan
from .codes import finding

SKHCN_SINCE = date(2025, 3, 1)
NO_DISTRICT_BUDGET_FROM = 2026


def plan_date(plan: Plan, today: date) -> date:
    """The day a plan speaks for: its issue date; a draft's date with blanks, its first
    possible day, or today when that is later (the draft is being written now); no date, today."""
    issued = plan.issued_on
    if isinstance(issued, DraftDate):
        return max(issued.earliest(), min(today, _last_day(issued)))
    return issued or today


def _last_day(draft: DraftDate) -> date:
    if draft.month is None:
        return date(draft.year, 12, 31)
    following = date(draft.year + draft.month // 12, draft.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def check_today(
    plan: Plan,
    library: dict[str, LegalDocument],
    organisation: Organisation | None,
    today: date,
) -> list[Finding]:
    """LEG001 (a basis not in force at the plan's date), UNT001 (a unit that had ceased
    before the plan's period), REC001 (the merged Sở TT&TT among the recipients after
    2025-03-01), BUD101 (ngân sách huyện in a budget year from 2026)."""
    on = plan_date(plan, today)
    found = []
    for index, basis in enumerate(plan.legal_bases):
        for doc in find_cited(basis.text, library):
            if not doc.in_force_on(on):
                found.append(
                    finding(
                        "LEG001",
                        Location(LocationKind.HEADER, field=f"legal_bases.{index}"),
                        number=doc.number,
                        day=f"{on:%d/%m/%Y}",
                        start=f"{doc.in_force_from:%d/%m/%Y}",
                        end=f"{doc.in_force_until:%d/%m/%Y}" if doc.in_force_until else "—",
                    )
                )
    ceased = organisation.ceased_on if organisation is not None else None
    if organisation is not None and ceased is not None and date(plan.start_year, 1, 1) >= ceased:
        found.append(
            finding(
                "UNT001",
                Location(LocationKind.HEADER, field="issuer"),
                name=organisation.full_name,
                day=f"{ceased:%d/%m/%Y}",
                start=plan.start_year,
            )
        )
    if on >= SKHCN_SINCE and any("thông tin và truyền thông" in r.lower() for r in plan.recipients):
        found.append(finding("REC001", Location(LocationKind.HEADER, field="recipients")))
    if plan.end_year >= NO_DISTRICT_BUDGET_FROM and _uses_district_budget(plan):
        found.append(finding("BUD101", Location(LocationKind.BUDGET, field="line")))
    return found


def _uses_district_budget(plan: Plan) -> bool:
    sources: list[str | None] = [line.source for line in plan.budget.lines]
    for appendix in plan.appendices:
        sources.append(appendix.funding_source)
        sources.extend(c.source for c in appendix.columns if c.year is None or c.year >= 2026)
    return any(s is not None and s.endswith(".huyen") for s in sources)
