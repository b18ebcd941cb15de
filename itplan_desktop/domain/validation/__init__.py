"""The plan validator: every inconsistency a careful reviewer with a calculator would find.

`validate_plan` returns findings (see `..findings`); it never raises for a bad plan. Codes and
messages are in `codes.py`, documented in docs/validation.md.
"""

from __future__ import annotations

from ..appendix_engine import budget_of
from ..findings import Finding
from ..plan import Plan
from .appendix_checks import (
    check_detail,
    check_duplicate_numbers,
    check_empty_names,
    check_negative_amounts,
    check_sub_item_amounts,
    check_years_in_period,
)
from .breakdown_checks import check_breakdowns, check_total_rows
from .budget_checks import check_budget
from .codes import CODES
from .context import AppendixView
from .format_checks import check_format
from .header_checks import check_header
from .stated_checks import check_stated_figures

__all__ = ["CODES", "format_findings", "validate_plan"]


def format_findings(plan: Plan) -> list[Finding]:
    """What the print normalises in the plan's own text (severity info, FMT codes): the
    issuer's full name, Roman headings in upper case, sentence items upright, legal basis
    endings, the archive line. The stored text is never changed; these say how it prints."""
    return check_format(plan)


def validate_plan(plan: Plan) -> list[Finding]:
    """All findings of a plan: header, budget summary, then each appendix in order."""
    findings = check_header(plan)
    views = {a.uuid: AppendixView(plan, a) for a in plan.appendices}
    findings.extend(check_budget(plan, budget_of(v.computation for v in views.values())))
    for view in views.values():
        findings.extend(check_stated_figures(view))
        findings.extend(check_total_rows(view))
        findings.extend(check_breakdowns(view))
        findings.extend(check_negative_amounts(view))
        findings.extend(check_empty_names(view))
        findings.extend(check_sub_item_amounts(view))
        findings.extend(check_duplicate_numbers(view))
        findings.extend(check_years_in_period(view))
        findings.extend(check_detail(view, views))
    return findings
