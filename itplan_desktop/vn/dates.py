"""Dates, quarters and periods as Vietnamese documents write them, and parsing typed dates.

Official form (Nghị định 30/2020/NĐ-CP, Phụ lục I): days below 10 and the months 1 and 2 get a
leading zero ("ngày 05 tháng 02 năm 2026"); months 3-12 never do ("ngày 15 tháng 9 năm 2015").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from itplan_desktop.vn.outline import to_roman

from ..messages import TextReadError, register_messages

__all__ = [
    "BLANK",
    "DateParseError",
    "DraftDate",
    "IssueDate",
    "format_date",
    "format_place_date",
    "parse_date",
    "parse_issue_date",
    "period_label",
    "quarter_label",
    "quarter_range_label",
    "typed_date",
]

MIN_YEAR, MAX_YEAR = 1900, 2100


register_messages(
    {
        "date.unreadable": (
            "Không đọc được ngày «{text}» (ví dụ đúng: 15/9/2015 hoặc ngày 15 tháng 9 năm 2015).",
            "Cannot read the date «{text}» (for example: 15/9/2015 or ngày 15 tháng 9 năm 2015).",
        ),
        "date.bad_year": (
            "Năm {year} không hợp lệ (từ {low} đến {high}).",
            "The year {year} is not valid (from {low} to {high}).",
        ),
        "date.not_in_calendar": (
            "Ngày {day} tháng {month} năm {year} không có trong lịch.",
            "There is no day {day} in month {month} of {year}.",
        ),
    }
)


class DateParseError(TextReadError):
    """A date text that cannot be read; `message` follows the current language."""


BLANK = "\u00a0" * 6
"""Where the signer writes the day (or the month) by hand: six no-break spaces, which neither
the PDF nor Excel collapse ("ngày      tháng 9 năm 2020")."""


@dataclass(frozen=True, slots=True, order=True)
class DraftDate:
    """A date printed before signing with the day, or the day and the month, left blank for
    the signer: "ngày      tháng 9 năm 2020" is DraftDate(2020, 9)."""

    year: int
    month: int | None = None

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"year {self.year} outside {MIN_YEAR}-{MAX_YEAR}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} outside 1-12")

    def isoformat(self) -> str:
        """ "2020-09" or "2020", as files store it (a full date is "2020-09-15")."""
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> DraftDate:
        year, _, month = text.partition("-")
        return cls(int(year), int(month) if month else None)

    def earliest(self) -> date:
        """The first day it can be (for checks that need a day: "before the plan's period")."""
        return date(self.year, self.month or 1, 1)


IssueDate = date | DraftDate
"""An issue date: complete, or a draft's with blanks for the signer."""


def issue_date_from_iso(text: str) -> IssueDate:
    """ "2020-09-15" → date; "2020-09" or "2020" → DraftDate (ValueError otherwise)."""
    return date.fromisoformat(text) if len(text) == 10 else DraftDate.fromisoformat(text)


def format_date(d: IssueDate, *, official: bool = True) -> str:
    """Official "ngày 05 tháng 02 năm 2026", or non-official "ngày 5 tháng 2 năm 2026"; a
    draft's blanks stay blank ("ngày      tháng 9 năm 2020")."""
    if isinstance(d, DraftDate):
        if d.month is None:
            return f"ngày {BLANK} tháng {BLANK} năm {d.year}"
        month = f"{d.month:02d}" if official and d.month <= 2 else str(d.month)
        return f"ngày {BLANK} tháng {month} năm {d.year}"
    if official:
        day = f"{d.day:02d}"
        month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    else:
        day, month = str(d.day), str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def typed_date(d: IssueDate | None) -> str:
    """A date as a clerk types it: "15/9/2015", a draft's "…/9/2015" or "…/…/2015"."""
    if d is None:
        return ""
    if isinstance(d, DraftDate):
        return f"…/{d.month}/{d.year}" if d.month is not None else f"…/…/{d.year}"
    return f"{d.day}/{d.month}/{d.year}"


def format_place_date(place: str, d: IssueDate) -> str:
    """The header line: "Như Xuân, ngày 15 tháng 9 năm 2015"."""
    return f"{place.strip()}, {format_date(d)}"


def quarter_label(q: int) -> str:
    """Quarter 1-4 as "Quý I" … "Quý IV"."""
    if q not in (1, 2, 3, 4):
        raise ValueError(f"a quarter is 1 to 4, not {q}")
    return f"Quý {to_roman(q)}"


def quarter_range_label(a: int, b: int) -> str:
    """Quarters a to b as "Quý III - IV"; a single quarter when a == b."""
    quarter_label(a), quarter_label(b)
    if a > b:
        raise ValueError(f"the first quarter ({a}) comes after the last ({b})")
    if a == b:
        return quarter_label(a)
    return f"Quý {to_roman(a)} - {to_roman(b)}"


def period_label(start: int, end: int) -> str:
    """Years as "giai đoạn 2016 - 2020"; "năm 2016" when start == end."""
    for year in (start, end):
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(f"year {year} is outside {MIN_YEAR}-{MAX_YEAR}")
    if start > end:
        raise ValueError(f"the start year ({start}) comes after the end year ({end})")
    if start == end:
        return f"năm {start}"
    return f"giai đoạn {start} - {end}"


_NUMERIC = re.compile(r"(?:ngay\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(?:.*,\s*)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})")


_FILL = r"[._…\s]*"  # what a clerk types where the signer will write: dots, underscores
_DRAFT_MONTH = (
    re.compile(rf"(?:{_FILL}[/.-])?{_FILL}(\d{{1,2}})\s*([/.-])\s*(\d{{4}})"),
    re.compile(rf"(?:.*,\s*)?(?:ngay{_FILL})?thang\s+(\d{{1,2}})()\s*,?\s+nam\s+(\d{{4}})"),
)
_DRAFT_YEAR = (
    re.compile(rf"(?:{_FILL}[/.-]){{0,2}}{_FILL}(\d{{4}})"),
    re.compile(rf"(?:.*,\s*)?(?:ngay{_FILL})?(?:thang{_FILL})?nam\s+(\d{{4}})"),
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(bare.split()).strip(" .;")


def parse_issue_date(text: str) -> IssueDate:
    """`parse_date`, or a draft's date with the day left blank ("…/9/2020", "9/2020",
    "ngày    tháng 9 năm 2020") or the day and the month ("2020", "ngày  tháng  năm 2020")."""
    try:
        return parse_date(text)
    except DateParseError as error:
        folded = _fold(text)
        for pattern in _DRAFT_MONTH:
            if match := pattern.fullmatch(folded):
                month, year = int(match[1]), int(match[3])
                return _draft(text, year, month, error)
        for pattern in _DRAFT_YEAR:
            if match := pattern.fullmatch(folded):
                return _draft(text, int(match[1]), None, error)
        raise


def _draft(text: str, year: int, month: int | None, error: DateParseError) -> DraftDate:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateParseError(text, "date.bad_year", year=year, low=MIN_YEAR, high=MAX_YEAR)
    if month is not None and not 1 <= month <= 12:
        raise error
    return DraftDate(year, month)


def parse_date(text: str) -> date:
    """Read "15/9/2015", "15-09-2015", "15.9.2015", "2015-09-15", "ngày 15 tháng 9 năm 2015"
    or a header line "Như Xuân, ngày 05 tháng 02 năm 2026"."""
    folded = _fold(text)
    if match := _ISO.fullmatch(folded):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC.fullmatch(folded):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif match := _WORDS.fullmatch(folded):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise DateParseError(text, "date.unreadable", text=text.strip())
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateParseError(text, "date.bad_year", year=year, low=MIN_YEAR, high=MAX_YEAR)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateParseError(
            text, "date.not_in_calendar", day=day, month=month, year=year
        ) from None
