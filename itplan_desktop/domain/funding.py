"""Funding sources (nguồn vốn) as hierarchical keys, e.g. "sn.tinh".

The first part is the kind of capital, the optional second the budget level:
`dtpt` = vốn đầu tư phát triển (development investment capital), `sn` = vốn sự nghiệp
(recurrent/operational capital); `tw`, `tinh`, `huyen`, `xa` = ngân sách trung ương / tỉnh /
huyện / xã; `xhh` = xã hội hóa (private contributions); `khac` = other lawful sources.
A figure tagged "sn.tinh" counts towards "sn" and towards the total.

From budget year 2026 (Luật Ngân sách nhà nước 89/2025/QH15) there is no district budget:
sources are ngân sách trung ương / tỉnh / xã and other lawful sources (xã hội hóa …), and the
kind is the spending type, a separate classification: chi đầu tư phát triển (`dtpt`) or chi
thường xuyên (`sn`). The keys stay the same, so existing plans and files keep their sources;
`sources_for_year` and `source_label(key, year)` give the words of the plan's year.
"""

from __future__ import annotations

CAPITAL_KINDS: dict[str, str] = {
    "dtpt": "Vốn đầu tư phát triển",
    "sn": "Vốn sự nghiệp",
    "xhh": "Vốn xã hội hóa",
    "khac": "Nguồn vốn hợp pháp khác",
}

BUDGET_LEVELS: dict[str, str] = {
    "tw": "ngân sách trung ương",
    "tinh": "ngân sách tỉnh",
    "huyen": "ngân sách huyện",
    "xa": "ngân sách xã",
}

SHORT_LABELS: dict[str, str] = {
    "dtpt": "Vốn ĐTPT",
    "sn": "Vốn SN",
    "xhh": "Vốn XHH",
    "khac": "Khác",
}


NO_DISTRICT_BUDGET_FROM = 2026
"""The first budget year without ngân sách huyện."""

SPENDING_TYPES: dict[str, str] = {
    "dtpt": "Chi đầu tư phát triển",
    "sn": "Chi thường xuyên",
}
"""The spending type of the budget law of 2025, the words of `dtpt`/`sn` from 2026."""

SOURCES_FROM_2026: dict[str, str] = {
    "xhh": "Nguồn xã hội hóa",
    "khac": "Nguồn vốn hợp pháp khác",
}


def budget_levels(year: int | None = None) -> dict[str, str]:
    """The budget levels of a budget year: no ngân sách huyện from 2026 (None: every level)."""
    if year is not None and year >= NO_DISTRICT_BUDGET_FROM:
        return {k: v for k, v in BUDGET_LEVELS.items() if k != "huyen"}
    return dict(BUDGET_LEVELS)


def sources_for_year(year: int | None = None) -> list[str]:
    """The source keys a plan of `year` offers: each kind, then the kind at each level."""
    keys: list[str] = []
    for kind in CAPITAL_KINDS:
        keys.append(kind)
        if kind in SPENDING_TYPES:
            keys.extend(f"{kind}.{level}" for level in budget_levels(year))
    return keys


def is_valid_source(key: str) -> bool:
    """True for "dtpt", "sn", "sn.tinh" … (a known kind, optionally a known level)."""
    parts = key.split(".")
    if not parts or parts[0] not in CAPITAL_KINDS or len(parts) > 2:
        return False
    return len(parts) == 1 or parts[1] in BUDGET_LEVELS


def source_within(key: str | None, scope: str) -> bool:
    """Whether an amount tagged `key` counts towards the figure for `scope` ("sn" ⊇ "sn.tinh")."""
    if key is None:
        return False
    return key == scope or key.startswith(scope + ".")


def source_label(key: str, year: int | None = None) -> str:
    """Vietnamese label: "Vốn sự nghiệp (ngân sách tỉnh)"; for a budget year from 2026 the
    words of the budget law of 2025: "Chi thường xuyên (ngân sách xã)"."""
    kind, _, level = key.partition(".")
    label = CAPITAL_KINDS.get(kind, key)
    if year is not None and year >= NO_DISTRICT_BUDGET_FROM:
        label = SPENDING_TYPES.get(kind) or SOURCES_FROM_2026.get(kind, label)
    return f"{label} ({BUDGET_LEVELS[level]})" if level in BUDGET_LEVELS else label
