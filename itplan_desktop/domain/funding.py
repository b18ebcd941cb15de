"""Funding sources (nguồn vốn) as hierarchical keys, e.g. "sn.tinh".

The first part is the kind of capital, the optional second the budget level:
`dtpt` = vốn đầu tư phát triển (development investment capital), `sn` = vốn sự nghiệp
(recurrent/operational capital); `tw`, `tinh`, `huyen`, `xa` = ngân sách trung ương / tỉnh /
huyện / xã; `xhh` = xã hội hóa (private contributions); `khac` = other lawful sources.
A figure tagged "sn.tinh" counts towards "sn" and towards the total.
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


def source_label(key: str) -> str:
    """Vietnamese label: "Vốn sự nghiệp (ngân sách tỉnh)"."""
    kind, _, level = key.partition(".")
    label = CAPITAL_KINDS.get(kind, key)
    return f"{label} ({BUDGET_LEVELS[level]})" if level in BUDGET_LEVELS else label
