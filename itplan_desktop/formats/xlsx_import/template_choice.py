"""Choosing the ready-made template an imported table is closest to, for its options
(numbering styles, funding source, budget or detail role); the columns stay the sheet's."""

from __future__ import annotations

from ...domain.appendix import Column, ColumnKind, ColumnRole
from ...domain.appendix_templates import TEMPLATES, AppendixTemplate
from ...vn.collation import fold


def choose_template(columns: list[Column]) -> AppendixTemplate | None:
    """The template whose shape the columns have, or None when none fits."""
    roles = {c.role for c in columns}
    money = [c for c in columns if c.kind is ColumnKind.MONEY]
    years = [c for c in money if c.role is ColumnRole.YEAR]
    if ColumnRole.STAFF in roles:
        return TEMPLATES["unit_allocation"]
    if any(c.source for c in years):
        return TEMPLATES["years_by_source"]
    if ColumnRole.ALLOCATED in roles or ColumnRole.MISSING in roles:
        return TEMPLATES["investment_projects"]
    if ColumnRole.AMOUNT in roles and not years:
        return TEMPLATES["tasks_by_year"]
    totals = [i for i, c in enumerate(columns) if c.role is ColumnRole.TOTAL]
    year_positions = [i for i, c in enumerate(columns) if c.role is ColumnRole.YEAR]
    if totals and year_positions:
        if totals[0] < year_positions[0]:
            return TEMPLATES["investment_simple"]
        return TEMPLATES["recurring_tasks"]
    if year_positions:
        return TEMPLATES["recurring_tasks"]
    return None


def funding_from_title(title: str) -> str | None:
    """ "dtpt" or "sn" when the title names the kind of capital, else None."""
    key = fold(title)
    if "dau tu phat trien" in key:
        return "dtpt"
    if "thuong xuyen" in key or "su nghiep" in key:
        return "sn"
    return None
