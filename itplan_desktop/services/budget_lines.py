"""The funding sources a budget line (dòng kinh phí) can state, for the budget editor.

A budget line is compared with the appendix amounts of its `source` (BUD002), so the line
must name the source it states. The choices come from `domain.funding` — every capital kind,
then every kind at every budget level it allows — so sources added there appear here.
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
    """Every valid funding source, each kind followed by its budget levels; with `year`,
    those of that budget year in its words (no ngân sách huyện from 2026)."""
    choices: list[SourceChoice] = []
    for kind in funding.CAPITAL_KINDS:
        if funding.is_valid_source(kind):
            choices.append(SourceChoice(kind, funding.source_label(kind, year), 1))
        for level in funding.budget_levels(year):
            key = f"{kind}.{level}"
            if funding.is_valid_source(key):
                choices.append(SourceChoice(key, funding.source_label(key, year), 2))
    return choices


def _names(choice: SourceChoice) -> set[str]:
    names = {fold(choice.label), fold(choice.key)}
    short = funding.SHORT_LABELS.get(choice.key)
    if short:
        names.add(fold(short))
    if fold(choice.label).startswith("von "):
        names.add("nguon " + fold(choice.label))  # "Nguồn vốn sự nghiệp"
    return names


def source_for_label(label: str) -> str | None:
    """The source a typed line label names ("Nguồn vốn sự nghiệp" -> "sn"), else None.

    Accents, case and a trailing colon are ignored; only whole names match, so a free
    description keeps the line's source."""
    text = " ".join(fold(label).rstrip(":. ").split())
    for choice in source_choices():
        if text in _names(choice):
            return choice.key
    return None


def new_line(source: str) -> BudgetLine:
    """A new line for `source`, labelled with the source's name and stating 0."""
    if not funding.is_valid_source(source):
        raise ValueError(source)
    return BudgetLine(label=funding.source_label(source), source=source, stated=0)
