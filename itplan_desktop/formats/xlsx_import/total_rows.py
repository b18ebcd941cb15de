"""Total rows above "Tổng cộng" in an imported sheet ("Tổng vốn ĐTPT", "Tổng vốn SN",
"Năm 2021"): the unnumbered rows just above the total row whose label names a funding source
or a year become `TotalRow`s with their figures as stated, instead of items that would count
the money twice. Our own Excel export writes them so (issue 15 item 3)."""

from __future__ import annotations

import re

from ...domain.appendix import AppendixRow, TotalRow
from ...vn.collation import fold
from .row_reader import ReadRows

_YEAR = re.compile(r"^(?:tong\s+(?:cong\s+)?)?nam\s+((?:19|20)\d\d)$")
_SOURCES = (
    ("dau tu phat trien", "dtpt"),
    ("dtpt", "dtpt"),
    ("su nghiep", "sn"),
    ("sn", "sn"),
    ("xa hoi hoa", "xhh"),
    ("xhh", "xhh"),
)


def total_row_filter(label: str) -> tuple[str | None, int | None] | None:
    """(source, year) a total row's label names ("Tổng vốn ĐTPT" -> ("dtpt", None), "Năm
    2021" -> (None, 2021)), or None when it names neither."""
    text = " ".join(fold(label).rstrip(" .:").split())
    year = _YEAR.match(text)
    if year:
        return None, int(year.group(1))
    if not text.startswith(("tong", "cong")):
        return None
    words = f" {text} "
    for phrase, source in _SOURCES:
        if f" {phrase} " in words:
            return source, None
    return None


def take_total_rows(read: ReadRows) -> list[TotalRow]:
    """Move the total rows just above the total row out of `read.rows` (see module)."""
    if read.total_row is None:
        return []
    found: list[TotalRow] = []
    expected = read.total_row - 1
    while read.rows and read.sheet_rows[-1] == expected:
        row = read.rows[-1]
        total = _as_total_row(row)
        if total is None:
            break
        found.insert(0, total)
        read.rows.pop()
        read.sheet_rows.pop()
        expected -= 1
    return found


def _as_total_row(row: AppendixRow) -> TotalRow | None:
    if row.label:
        return None  # a numbered row is a task or a group
    label = next((text for text in row.texts.values() if text.strip()), "")
    scope = total_row_filter(label)
    if scope is None:
        return None
    return TotalRow(label, source=scope[0], year=scope[1], stated={**row.values, **row.stated})
