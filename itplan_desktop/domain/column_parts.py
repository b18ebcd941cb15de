"""What each kind of appendix column is, defined once (issue 15, issue 19's "one registry").

A column's kind (text, number, money) and role together give its *part*: what the engine adds
up, what a person types, what the validator checks and what the editor, PDF and Excel show.
Every layer reads `Column.part` (or its shortcuts `is_input_value`, `is_computed`,
`is_summed`) instead of testing kinds and roles itself, so a new kind is one entry here.

| part | typed on items | group / total rows | in a row total |
| --- | --- | --- | --- |
| text | text | — | — |
| summand | amount (year, amount, allocated) | sum | yes (engine rules) |
| breakdown | amount: a part of another column, split by source or period | sum | no; checked |
| quantity | count (staff, quantity) | sum | no |
| rate | number (unit price, %) | empty | no |
| computed | — (row total, missing) | sum | is one |
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .appendix import ColumnKind, ColumnRole


class Part(StrEnum):
    TEXT = "text"
    SUMMAND = "summand"
    BREAKDOWN = "breakdown"
    QUANTITY = "quantity"
    RATE = "rate"
    COMPUTED = "computed"
    OTHER = "other"  # money under a text role: shown and summed, never typed (kept as before)


@dataclass(frozen=True, slots=True)
class PartSpec:
    """`input`: typed on item rows; `summed`: group and total rows add it up; `computed`: a
    row formula (MISSING, TOTAL); `numeric`: shown as a number (right-aligned, number format)."""

    part: Part
    input: bool
    summed: bool
    computed: bool
    numeric: bool


PARTS: dict[Part, PartSpec] = {
    Part.TEXT: PartSpec(Part.TEXT, input=False, summed=False, computed=False, numeric=False),
    Part.SUMMAND: PartSpec(Part.SUMMAND, input=True, summed=True, computed=False, numeric=True),
    Part.BREAKDOWN: PartSpec(Part.BREAKDOWN, input=True, summed=True, computed=False, numeric=True),
    Part.QUANTITY: PartSpec(Part.QUANTITY, input=True, summed=True, computed=False, numeric=True),
    Part.RATE: PartSpec(Part.RATE, input=True, summed=False, computed=False, numeric=True),
    Part.COMPUTED: PartSpec(Part.COMPUTED, input=False, summed=True, computed=True, numeric=True),
    Part.OTHER: PartSpec(Part.OTHER, input=False, summed=True, computed=False, numeric=True),
}

_MONEY_PARTS = {
    "year": Part.SUMMAND,
    "amount": Part.SUMMAND,
    "allocated": Part.SUMMAND,
    "missing": Part.COMPUTED,
    "total": Part.COMPUTED,
    "breakdown": Part.BREAKDOWN,
    "rate": Part.RATE,
}


@cache
def part_of_column(kind: ColumnKind, role: ColumnRole) -> PartSpec:
    """The part of a column of this kind and role (see the module's table)."""
    if kind == "text":
        return PARTS[Part.TEXT]
    if kind == "number":
        return PARTS[Part.RATE if role == "rate" else Part.QUANTITY]
    return PARTS[_MONEY_PARTS.get(role, Part.OTHER)]
