"""Reading one cell as a number: real numbers as they are, text through the one number reader
(`domain.amount_input`, either convention), with a problem value for anything unreadable."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Literal

from ...domain import amount_input
from ...messages import message
from ...vn.numbers import format_number
from . import import_messages  # noqa: F401  (registers the messages)

Convention = Literal["auto", "vi", "en"]
_EMPTY_MARKS = {"", "-", "–", "—", "x", "X", "0-"}


@dataclass(frozen=True)
class CellProblem:
    """A cell that could not be read: its reference ("E7"), a catalogue key and values."""

    cell: str
    key: str
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return message(self.key, cell=self.cell, **self.values)

    def to_json(self) -> dict[str, Any]:
        return {"cell": self.cell, "code": self.key, "message": self.message}


@dataclass(frozen=True)
class AmbiguousNumber:
    """A typed number with two readings ("1,500": 1,5 or 1.500)."""

    cell: str
    text: str
    readings: tuple[Decimal, ...]

    def to_json(self) -> dict[str, Any]:
        return {"cell": self.cell, "text": self.text, "readings": [str(r) for r in self.readings]}


@dataclass(frozen=True)
class NumberRead:
    """The result of reading a cell: a value (None = empty cell) or a problem."""

    value: Decimal | None = None
    problem: CellProblem | None = None
    ambiguous: AmbiguousNumber | None = None


def read_number(value: Any, cell: str, convention: Convention = "auto") -> NumberRead:
    """The number in a cell, as a Decimal in the sheet's unit."""
    if value is None:
        return NumberRead()
    if isinstance(value, bool | datetime | date | time | timedelta):
        return NumberRead(problem=CellProblem(cell, "xlsx.cell.not_value", {"text": str(value)}))
    if isinstance(value, int):
        return NumberRead(Decimal(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            return NumberRead(problem=CellProblem(cell, "xlsx.cell.not_value", {"text": value}))
        return NumberRead(Decimal(repr(value)))  # the shortest decimal that is this double
    if isinstance(value, Decimal):
        return NumberRead(value)
    text = " ".join(str(value).split())
    if text in _EMPTY_MARKS:
        return NumberRead()
    if text.startswith("#") and text.endswith(("!", "?", "A")):
        return NumberRead(problem=CellProblem(cell, "xlsx.cell.error_value", {"text": text}))
    try:
        number = amount_input.read_number(text, convention)
    except amount_input.InputError:
        return NumberRead(problem=CellProblem(cell, "xlsx.cell.not_number", {"text": text}))
    if isinstance(number, amount_input.Ambiguous):
        readings = " / ".join(format_number(c) for c in number.candidates)
        problem = CellProblem(cell, "xlsx.cell.ambiguous", {"text": text, "readings": readings})
        return NumberRead(problem=problem, ambiguous=AmbiguousNumber(cell, text, number.candidates))
    return NumberRead(number)
