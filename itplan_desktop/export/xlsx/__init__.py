"""Excel (.xlsx) output of appendices: the printed appendix, with live formulas."""

from .formulas import FormulaPlan
from .sheet import HEADER_TOP, write_appendix_sheet
from .title_block import appendix_heading, attached_to_line, sheet_names, unit_line
from .workbook import appendix_workbook

__all__ = [
    "HEADER_TOP",
    "FormulaPlan",
    "appendix_heading",
    "appendix_workbook",
    "attached_to_line",
    "sheet_names",
    "unit_line",
    "write_appendix_sheet",
]
