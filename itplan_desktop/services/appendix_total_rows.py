"""The total rows above "Tổng cộng" of an appendix, as the editor sets them (issue 15 item 3):
replace them (one undo step), and suggest one per funding source the table uses and one per
year of the plan."""

from __future__ import annotations

from ..domain.appendix import Appendix, ColumnKind, TotalRow
from ..domain.appendix_engine import row_scopes
from ..domain.funding import source_label


def set_total_rows(appendix: Appendix, rows: list[TotalRow]) -> list[TotalRow]:
    """Replace the total rows; returns the previous ones (for the undo)."""
    old = appendix.total_rows
    appendix.total_rows = list(rows)
    return old


def sources_used(appendix: Appendix) -> list[str]:
    """The funding sources of the table's amounts (columns, groups, the appendix), top-level
    kinds first in the order they appear: "dtpt", "sn" …"""
    found: list[str] = []
    candidates = [c.source for c in appendix.columns if c.kind is ColumnKind.MONEY]
    candidates += [source for source, _year in row_scopes(appendix)]
    candidates.append(appendix.funding_source)
    for source in candidates:
        if source is not None and source.split(".")[0] not in found:
            found.append(source.split(".")[0])
    return found


def per_source_rows(appendix: Appendix) -> list[TotalRow]:
    """One total row per funding source of the table: "Tổng vốn đầu tư phát triển" …"""
    return [
        TotalRow(f"Tổng {source_label(s)[:1].lower()}{source_label(s)[1:]}", source=s)
        for s in sources_used(appendix)
    ]


def per_year_rows(years: list[int]) -> list[TotalRow]:
    """One total row per year across sources: "Năm 2021" …"""
    return [TotalRow(f"Năm {year}", year=year) for year in years]
