"""The funding sources a budget line (dòng kinh phí) can state, for the budget editor.

A budget line is compared with the appendix amounts of its `source` (BUD002), so the line
must name the source it states. The choices come from `domain.funding.sources_for_year` (each
kind, then the spending types at each budget level of the plan's first year — no ngân sách
huyện from 2026) in that year's words, so sources added there appear here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import funding
from ..domain.budget import BudgetLine
from ..vn.collation import fold


@dataclass(frozen=True, slots=True)
class SourceChoice:
    """One funding source: its key ("sn.tinh") and Vietnamese label."""

    key: str
    label: str
    level: int  # 1 = a capital kind, 2 = a kind at a budget level


def source_choices(year: int | None = None) -> list[SourceChoice]:
    """Every funding source of budget year `year` (None: of any year) in its words, each
    kind followed by its budget levels (no ngân sách huyện from 2026)."""
    return [
        SourceChoice(key, funding.source_label(key, year), 1 + key.count("."))
        for key in funding.sources_for_year(year)
        if funding.is_valid_source(key)
    ]


def _names(choice: SourceChoice) -> set[str]:
    names = {fold(choice.label), fold(choice.key)}
    short = funding.SHORT_LABELS.get(choice.key)
    if short:
        names.add(fold(short))
    if fold(choice.label).startswith("von "):
        names.add("nguon " + fold(choice.label))  # "Nguồn vốn sự nghiệp"
    return names


def source_for_label(label: str, year: int | None = None) -> str | None:
    """The source a typed line label names ("Nguồn vốn sự nghiệp" -> "sn"; for 2026 also
    "Chi thường xuyên" -> "sn"), else None.

    Accents, case and a trailing colon are ignored; only whole names match, so a free
    description keeps the line's source."""
    text = " ".join(fold(label).rstrip(":. ").split())
    for choices in (source_choices(year), source_choices(None)):  # the year's words first
        for choice in choices:
            if text in _names(choice):
                return choice.key
    return None


def new_line(source: str, year: int | None = None) -> BudgetLine:
    """A new line for `source`, labelled with the source's name in `year`'s words, stating 0."""
    if not funding.is_valid_source(source):
        raise ValueError(source)
    return BudgetLine(label=funding.source_label(source, year), source=source, stated=0)
