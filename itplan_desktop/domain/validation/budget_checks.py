"""The budget summary of the plan text (Kinh phí thực hiện) against the appendices."""

from __future__ import annotations

from ...vn.amount_words import WordsParseError, words_to_amount
from ..appendix_engine import PlanBudget
from ..findings import Finding, Location, LocationKind
from ..funding import source_label
from ..plan import Plan
from ..section import SectionKind, walk_sections
from .codes import finding
from .context import shown_amount


def _budget_section(plan: Plan) -> str | None:
    for _depth, section in walk_sections(plan.sections):
        if section.kind is SectionKind.BUDGET:
            return section.uuid
    return None


def check_budget(plan: Plan, budget: PlanBudget) -> list[Finding]:
    """BUD001-BUD004: stated total and lines by source vs computed; words vs figure."""
    summary = plan.budget
    unit = summary.unit
    section = _budget_section(plan)

    def at(field: str, row: str | None = None) -> Location:
        return Location(LocationKind.BUDGET, field=field, section=section, row=row)

    found: list[Finding] = []
    if summary.total_stated is not None and summary.total_stated != budget.total:
        found.append(
            finding(
                "BUD001",
                at("total"),
                stated=shown_amount(summary.total_stated, unit),
                computed=shown_amount(budget.total, unit),
            )
        )
    for line in summary.lines:
        computed = budget.by_source.get(line.source, 0)
        if line.stated != computed:
            found.append(
                finding(
                    "BUD002",
                    at("line", line.uuid),
                    label=line.label,
                    source=source_label(line.source),
                    stated=shown_amount(line.stated, unit),
                    computed=shown_amount(computed, unit),
                )
            )
    found.extend(_check_words(plan, at("words")))
    return found


def _check_words(plan: Plan, location: Location) -> list[Finding]:
    summary = plan.budget
    words = summary.total_words_stated.strip()
    if not words or summary.total_stated is None:
        return []
    try:
        amount = words_to_amount(words)
    except WordsParseError as error:
        return [finding("BUD004", location, words=words, detail=error.message)]
    if amount == summary.total_stated:
        return []
    return [
        finding(
            "BUD003",
            location,
            words=words,
            words_amount=shown_amount(amount, summary.unit),
            stated=shown_amount(summary.total_stated, summary.unit),
        )
    ]
