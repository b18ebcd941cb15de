"""A unit's self-assessment (tự đánh giá) against an index, and the province's corrections.

The unit enters a value per indicator with its evidence (minh chứng): a document number and
date, a link, attached files. The province checks each value (thẩm định); when it corrects one,
the corrected value is what is scored, and the unit's own value stays beside it with the reason,
so the unit sees what changed and why.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from .dti_scoring import IndicatorValue
from .ids import utc_now


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file of evidence, kept whole (inside the database and the bundle)."""

    name: str
    content: bytes
    media_type: str = "application/octet-stream"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass(frozen=True, slots=True)
class Evidence:
    document_number: str = ""
    document_date: date | None = None
    link: str = ""
    attachments: tuple[str, ...] = ()  # sha256 of attachments of the assessment

    @property
    def is_empty(self) -> bool:
        return not (self.document_number or self.document_date or self.link or self.attachments)


@dataclass(frozen=True, slots=True)
class Correction:
    """The province's value replacing the unit's, with the reason and who decided."""

    value: IndicatorValue
    reason: str
    by: str = ""
    at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True)
class Entry:
    indicator_code: str
    value: IndicatorValue
    evidence: Evidence = Evidence()
    correction: Correction | None = None
    accepted: bool = False  # the province checked the evidence and accepted the value

    @property
    def scored_value(self) -> IndicatorValue:
        return self.correction.value if self.correction else self.value


@dataclass(frozen=True, slots=True)
class Assessment:
    """One unit's assessment of one period (a year) against one index version."""

    unit_code: str
    unit_name: str
    index_code: str
    index_version: int
    period: int
    entries: tuple[Entry, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    submitted_at: datetime | None = None

    def values(self) -> dict[str, IndicatorValue]:
        """The values to score: the province's corrections where there are some."""
        return {e.indicator_code: e.scored_value for e in self.entries}

    def entry(self, code: str) -> Entry | None:
        return next((e for e in self.entries if e.indicator_code == code), None)

    def with_entry(self, entry: Entry) -> Assessment:
        """This assessment with `entry` set (replacing the indicator's earlier entry)."""
        kept = tuple(e for e in self.entries if e.indicator_code != entry.indicator_code)
        return replace(self, entries=(*kept, entry))

    def corrected(self, code: str, correction: Correction) -> Assessment:
        """The province corrects one value; the unit's value is kept in the entry."""
        entry = self.entry(code)
        if entry is None:
            entry = Entry(code, IndicatorValue())
        return self.with_entry(replace(entry, correction=correction, accepted=False))

    @property
    def attachments_size(self) -> int:
        return sum(a.size for a in self.attachments)
