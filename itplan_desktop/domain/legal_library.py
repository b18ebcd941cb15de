"""The library of legal bases (căn cứ pháp lý) as values: each document with its number, date,
issuer, title and the days it is in force, so a plan proposes and checks the bases of its date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class LegalDocument:
    """One document a plan may cite.

    `citation` is the clause as printed ("Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 ngày
    22/6/2023;"). `in_force_until` is the first day it no longer applies (None: still in
    force). `confirmed` is False for facts not checked against the published text.
    `years` limits a yearly guidance to the plan years it guides (empty: any).
    """

    key: str
    kind: str
    number: str
    signed_on: date
    issuer: str
    title: str
    citation: str
    in_force_from: date
    in_force_until: date | None = None
    confirmed: bool = False
    years: tuple[int, ...] = ()
    note: str = ""

    def in_force_on(self, day: date) -> bool:
        return self.in_force_from <= day and (
            self.in_force_until is None or day < self.in_force_until
        )

    def applies_to(self, day: date, year: int) -> bool:
        """In force on `day` and, for a yearly guidance, guiding a plan starting in `year`."""
        return self.in_force_on(day) and (not self.years or year in self.years)


_NUMBER = re.compile(r"\d+/\d{4}/[A-ZĐa-zđ0-9\-]+|\d+[-/][A-ZĐ]+[-/][A-ZĐa-zđ0-9\-]+")


def cited_numbers(text: str) -> list[str]:
    """The document numbers in a clause: "… số 20/2023/QH15 …" -> ["20/2023/QH15"]."""
    return [m.rstrip(";,.") for m in _NUMBER.findall(text)]


def find_cited(text: str, library: dict[str, LegalDocument]) -> list[LegalDocument]:
    """The library's documents whose number a clause cites."""
    by_number = {doc.number: doc for doc in library.values()}
    return [by_number[n] for n in cited_numbers(text) if n in by_number]
