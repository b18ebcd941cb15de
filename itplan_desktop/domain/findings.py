"""Findings of the plan validator: values, never exceptions (the beancount way).

A finding has a stable code ("APX001"), a severity, a location the GUI can jump to and the
parameters of its catalogue message ("finding.APX001"); the text is rendered on demand in the
current language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..messages import message


class Severity(StrEnum):
    ERROR = "error"  # the document is wrong: a figure does not add up
    WARNING = "warning"  # worth a look, or not yet complete
    INFO = "info"  # what the print presents differently from the stored text (FMT codes)


class LocationKind(StrEnum):
    HEADER = "header"  # a field of the document header (thể thức)
    SECTION = "section"  # a section of the narrative
    BUDGET = "budget"  # the budget summary (Kinh phí thực hiện)
    APPENDIX = "appendix"  # a cell, row, column or the whole of an appendix


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points.

    header: `field` names the Plan attribute ("number", "signer.name"). budget: `field` is
    "total", "words" or "line" (then `row` is the BudgetLine uuid); `section` is the budget
    section's uuid when the plan has one. appendix: `appendix` uuid, optional `row` uuid
    (None = the total row or the whole appendix) and `column` key.
    """

    kind: LocationKind
    field: str | None = None
    section: str | None = None
    appendix: str | None = None
    row: str | None = None
    column: str | None = None

    def to_json(self) -> dict[str, str]:
        """The non-empty parts, for `itplan validate --json`."""
        parts = {
            "kind": str(self.kind),
            "field": self.field,
            "section": self.section,
            "appendix": self.appendix,
            "row": self.row,
            "column": self.column,
        }
        return {k: v for k, v in parts.items() if v is not None}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a plan; `params` fill the message and are kept for JSON output."""

    code: str
    severity: Severity
    location: Location
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The Vietnamese (or, when chosen, English) text of the finding."""
        return message(f"finding.{self.code}", **self.params)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "location": self.location.to_json(),
            "message": self.message,
            "params": dict(self.params),
        }
