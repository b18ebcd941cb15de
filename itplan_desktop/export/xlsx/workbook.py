"""Workbooks of appendices: one sheet per appendix, in plan order."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook

from ...domain.appendix import Appendix
from ...domain.plan import Plan
from .sheet import Tick, write_appendix_sheet
from .styles import StyleCache
from .title_block import sheet_names


def appendix_workbook(
    plan: Plan, appendices: Sequence[Appendix], tick: Tick | None = None
) -> Workbook:
    """A workbook holding `appendices` of `plan`, one sheet each ("Phụ lục I" …)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    styles = StyleCache()
    for appendix, name in zip(appendices, sheet_names(plan, list(appendices)), strict=True):
        ws = workbook.create_sheet(title=name)
        write_appendix_sheet(ws, plan, appendix, styles, tick)
    workbook.properties.creator = "itplan-desktop"
    workbook.properties.title = plan.title
    return workbook
