"""Reporting periods of KPI actuals (kỳ báo cáo): year, six months (6 tháng), quarter (quý).

A period is written "2016" (year), "2016-H1" / "2016-H2" (first / last six months) or
"2016-Q3" (quarter) in files and the CLI, and labelled as documents write it: "Năm 2016",
"6 tháng đầu năm 2016", "6 tháng cuối năm 2016", "Quý III năm 2016". Periods order by their
end date; of two periods ending the same day the shorter comes first (Q2 < H1, Q4 < H2 < year).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..messages import TextReadError, register_messages

MIN_YEAR, MAX_YEAR = 1990, 2100
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class PeriodKind(StrEnum):
    YEAR = "year"
    HALF = "half"  # 6 tháng
    QUARTER = "quarter"  # quý


_MONTHS = {PeriodKind.YEAR: 12, PeriodKind.HALF: 6, PeriodKind.QUARTER: 3}


register_messages(
    {
        "period.bad_year": (
            "Năm {year} của kỳ báo cáo không hợp lệ.",
            "The year {year} of the reporting period is not valid.",
        ),
        "period.invalid": (
            "Kỳ báo cáo «{text}» không hợp lệ.",
            "The reporting period «{text}» is not valid.",
        ),
        "period.unreadable": (
            "Kỳ báo cáo «{text}» không hợp lệ; hãy viết 2016 (cả năm), 2016-H1 "
            "(6 tháng đầu năm) hoặc 2016-Q3 (quý III).",
            "The reporting period «{text}» is not valid; write 2016 (the whole year), 2016-H1 "
            "(first half) or 2016-Q3 (third quarter).",
        ),
    }
)


class PeriodError(TextReadError):
    """A period text that cannot be read; `message` follows the current language."""


@dataclass(frozen=True, slots=True)
class Period:
    """One reporting period; `index` is 1 for a year, 1–2 for a half, 1–4 for a quarter."""

    year: int
    kind: PeriodKind = PeriodKind.YEAR
    index: int = 1

    @property
    def code(self) -> str:
        """ "2016", "2016-H1", "2016-Q3" — what files and the CLI use."""
        if self.kind is PeriodKind.YEAR:
            return str(self.year)
        letter = "H" if self.kind is PeriodKind.HALF else "Q"
        return f"{self.year}-{letter}{self.index}"

    @property
    def label(self) -> str:
        """ "Năm 2016", "6 tháng đầu năm 2016", "Quý III năm 2016"."""
        if self.kind is PeriodKind.YEAR:
            return f"Năm {self.year}"
        if self.kind is PeriodKind.HALF:
            part = "đầu" if self.index == 1 else "cuối"
            return f"6 tháng {part} năm {self.year}"
        return f"Quý {_ROMAN[self.index]} năm {self.year}"

    @property
    def months(self) -> int:
        return _MONTHS[self.kind]

    @property
    def start_date(self) -> date:
        return date(self.year, (self.index - 1) * self.months + 1, 1)

    @property
    def end_date(self) -> date:
        """The last day: H1 → 30/6, Q3 → 30/9, a year → 31/12."""
        month = self.index * self.months
        day = 31 if month in (3, 12) else 30
        return date(self.year, month, day)

    @property
    def sort_key(self) -> tuple[date, int]:
        return (self.end_date, self.months)

    def __lt__(self, other: Period) -> bool:
        return self.sort_key < other.sort_key

    def contains(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(bare.split()).strip(" .;:")


_CODE = re.compile(r"(\d{4})(?:\s*[-/ ]\s*([hq6])\s*(\d))?")
_HALF_LABEL = re.compile(r"6 thang (dau|cuoi) nam (\d{4})")
_QUARTER_LABEL = re.compile(r"quy (iv|iii|ii|i|[1-4]) (?:nam )?(\d{4})")
_YEAR_LABEL = re.compile(r"nam (\d{4})")
_ROMAN_VALUE = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _make(text: str, year: int, kind: PeriodKind, index: int) -> Period:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PeriodError(text, "period.bad_year", year=year)
    limit = {PeriodKind.YEAR: 1, PeriodKind.HALF: 2, PeriodKind.QUARTER: 4}[kind]
    if not 1 <= index <= limit:
        raise PeriodError(text, "period.invalid", text=text.strip())
    return Period(year, kind, index)


def parse_period(text: str) -> Period:
    """Read "2016", "2016-H1", "2016-Q3" or a label ("6 tháng đầu năm 2016", "Quý III năm 2016",
    "Năm 2016"); anything else raises `PeriodError`."""
    folded = _fold(text)
    match = _CODE.fullmatch(folded)
    if match:
        year, letter, index = int(match[1]), match[2], match[3]
        if letter is None:
            return _make(text, year, PeriodKind.YEAR, 1)
        kind = PeriodKind.QUARTER if letter == "q" else PeriodKind.HALF
        return _make(text, year, kind, int(index))
    if match := _HALF_LABEL.fullmatch(folded):
        return _make(text, int(match[2]), PeriodKind.HALF, 1 if match[1] == "dau" else 2)
    if match := _QUARTER_LABEL.fullmatch(folded):
        index = _ROMAN_VALUE.get(match[1]) or int(match[1])
        return _make(text, int(match[2]), PeriodKind.QUARTER, index)
    if match := _YEAR_LABEL.fullmatch(folded):
        return _make(text, int(match[1]), PeriodKind.YEAR, 1)
    raise PeriodError(text, "period.unreadable", text=text.strip())


def period_label(code: str) -> str:
    """The label of a period code; the code itself if it cannot be read."""
    try:
        return parse_period(code).label
    except PeriodError:
        return code


def sort_codes(codes: list[str] | set[str]) -> list[str]:
    """Period codes in time order (unreadable codes last, as they are)."""
    readable = []
    rest = []
    for code in codes:
        try:
            readable.append(parse_period(code))
        except PeriodError:
            rest.append(code)
    return [p.code for p in sorted(readable, key=lambda p: p.sort_key)] + sorted(rest)


def current_period(today: date, kind: PeriodKind = PeriodKind.HALF) -> Period:
    """The period of `kind` that contains `today`."""
    months = _MONTHS[kind]
    return Period(today.year, kind, (today.month - 1) // months + 1)


def reporting_periods(
    start_year: int,
    end_year: int,
    kinds: tuple[PeriodKind, ...] = (PeriodKind.HALF, PeriodKind.YEAR),
) -> list[Period]:
    """Every period of the given kinds from `start_year` to `end_year`, in time order.

    The default is what districts report: the first six months and the whole year
    (H2 is left out: the annual report covers it).
    """
    periods: list[Period] = []
    for year in range(start_year, end_year + 1):
        for kind in kinds:
            if kind is PeriodKind.YEAR:
                periods.append(Period(year))
            elif kind is PeriodKind.HALF:
                periods.append(Period(year, kind, 1))
            else:
                periods.extend(Period(year, kind, q) for q in range(1, 5))
    return sorted(periods, key=lambda p: p.sort_key)
