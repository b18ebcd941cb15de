"""Suggesting what each sheet column holds from its header path (accent-insensitive).

"Tên dự án"/"Nội dung công việc"/"Tên đơn vị" → name, "Mục tiêu" → objective, "Đơn vị chủ
trì/thực hiện" → lead unit, "Tổng mức đầu tư"/"Tổng cộng" → total, "Đã phân bổ" → allocated,
"Vốn còn thiếu" → missing, a year anywhere in the path → that year's amount, "Vốn ĐTPT"/"Vốn SN"
under a year → split by funding source, "Số CBCC" → staff, "Ghi chú" → note.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.appendix import Column, ColumnKind, ColumnRole
from ...domain.appendix_templates import source_key_part
from .header_detection import folded, year_of

TEXT, MONEY, NUMBER = ColumnKind.TEXT, ColumnKind.MONEY, ColumnKind.NUMBER
_TOTAL = ColumnRole.TOTAL

# (folded prefixes of the header's last text, kind, role) in the order they are tried
_RULES: tuple[tuple[tuple[str, ...], ColumnKind, ColumnRole], ...] = (
    (("tt", "stt", "so tt", "so thu tu"), TEXT, ColumnRole.TT),
    (("ghi chu",), TEXT, ColumnRole.NOTE),
    (("muc tieu",), TEXT, ColumnRole.OBJECTIVE),
    (("don vi phoi hop", "co quan phoi hop", "phoi hop"), TEXT, ColumnRole.PARTNER_UNIT),
    (("ten", "noi dung", "danh muc", "nhiem vu", "du an"), TEXT, ColumnRole.NAME),
    (("don vi", "co quan", "chu tri"), TEXT, ColumnRole.LEAD_UNIT),
    (("linh vuc",), TEXT, ColumnRole.FIELD),
    (("quy mo",), TEXT, ColumnRole.SCALE),
    (("pham vi",), TEXT, ColumnRole.SCOPE),
    (("thoi gian", "tien do"), TEXT, ColumnRole.TIME),
    (("so cbcc", "so can bo", "cbcc", "so cong chuc", "bien che"), NUMBER, ColumnRole.STAFF),
    (("so luong",), NUMBER, ColumnRole.QUANTITY),
    (("da phan bo", "da bo tri", "da cap", "da giao"), MONEY, ColumnRole.ALLOCATED),
    (("von con thieu", "con thieu"), MONEY, ColumnRole.MISSING),
    (("tong muc", "tong cong", "tong so", "tong kinh phi", "tong von", "tong"), MONEY, _TOTAL),
    (("kinh phi", "so tien", "du toan", "gia tri", "thanh tien"), MONEY, ColumnRole.AMOUNT),
    (("nguon von", "nguon kinh phi", "nguon"), TEXT, ColumnRole.SOURCE),
)

_SOURCES: dict[str, str] = {
    "von dtpt": "dtpt",
    "dtpt": "dtpt",
    "von dau tu phat trien": "dtpt",
    "dau tu phat trien": "dtpt",
    "von sn": "sn",
    "sn": "sn",
    "von su nghiep": "sn",
    "su nghiep": "sn",
    "chi thuong xuyen": "sn",
    "von xhh": "xhh",
    "xhh": "xhh",
    "xa hoi hoa": "xhh",
    "von khac": "khac",
    "khac": "khac",
}

ROLE_WIDTHS: dict[ColumnRole, float] = {
    ColumnRole.TT: 0.5,
    ColumnRole.NAME: 2.5,
    ColumnRole.OBJECTIVE: 3.5,
    ColumnRole.LEAD_UNIT: 1.5,
    ColumnRole.NOTE: 1.5,
    ColumnRole.SOURCE: 1.5,
}


@dataclass(frozen=True)
class Suggestion:
    """What a column holds, before it gets a unique key."""

    kind: ColumnKind
    role: ColumnRole
    year: int | None = None
    source: str | None = None


def source_of(text: str) -> str | None:
    """ "dtpt" for "Vốn ĐTPT", "sn" for "Vốn sự nghiệp" …, None otherwise."""
    return _SOURCES.get(folded(text))


def suggest(path: tuple[str, ...]) -> Suggestion:
    """The role of a column from its header path; unknown headers are kept as text."""
    years = [y for y in (year_of(part) for part in path) if y is not None]
    source = source_of(path[-1]) if path else None
    if years:
        return Suggestion(MONEY, ColumnRole.YEAR, years[-1], source)
    leaf = folded(path[-1]) if path else ""
    if source is not None and len(path) > 1:  # "Tổng cộng" > "Vốn ĐTPT"
        return Suggestion(MONEY, ColumnRole.TOTAL, None, source)
    if leaf in ("tong so", "tong cong", "cong") and len(path) > 1:
        return Suggestion(MONEY, ColumnRole.TOTAL)
    if leaf == "cong":
        return Suggestion(MONEY, ColumnRole.TOTAL)
    for prefixes, kind, role in _RULES:
        if leaf.startswith(prefixes):
            return Suggestion(kind, role)
    return Suggestion(TEXT, ColumnRole.TEXT)


def base_key(suggestion: Suggestion) -> str:
    """The column key the templates use: "y2016", "y2011_dtpt", "total_sn", "name" …"""
    role = suggestion.role
    if role is ColumnRole.YEAR:
        key = f"y{suggestion.year}"
        return f"{key}_{source_key_part(suggestion.source)}" if suggestion.source else key
    if role is ColumnRole.TOTAL and suggestion.source:
        return f"total_{source_key_part(suggestion.source)}"
    return role.value


def make_columns(suggestions: list[tuple[Suggestion, tuple[str, ...]]]) -> list[Column]:
    """Columns with unique keys (a second "note" becomes "note_2") and the sheet's headers."""
    taken: dict[str, int] = {}
    columns = []
    for suggestion, header in suggestions:
        key = base_key(suggestion)
        taken[key] = taken.get(key, 0) + 1
        if taken[key] > 1:
            key = f"{key}_{taken[key]}"
        width = ROLE_WIDTHS.get(suggestion.role, 1.0 if suggestion.kind is not TEXT else 1.2)
        columns.append(
            Column(
                key,
                suggestion.kind,
                suggestion.role,
                header,
                suggestion.year,
                suggestion.source,
                width,
            )
        )
    return columns
