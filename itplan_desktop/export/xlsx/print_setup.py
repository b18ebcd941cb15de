"""Print setup of an appendix sheet: A4 landscape, docs/format.md margins, repeated header rows,
fit to one page wide, page numbers centred in the top margin from page 2 on."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

MM_PER_INCH = 25.4
MARGINS_MM = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
"""docs/format.md defaults: top/bottom 20 mm, left 30 mm, right 15 mm."""
HEADER_MARGIN_MM = 8.0


def inches(mm: float) -> float:
    return round(mm / MM_PER_INCH, 4)


def apply_print_setup(
    ws: Worksheet, width: int, header_rows: tuple[int, int], first_data_row: int
) -> None:
    """Page setup for printing as is; `header_rows` (first, last) repeat on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages high as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(
        left=inches(MARGINS_MM["left"]),
        right=inches(MARGINS_MM["right"]),
        top=inches(MARGINS_MM["top"]),
        bottom=inches(MARGINS_MM["bottom"]),
        header=inches(HEADER_MARGIN_MM),
        footer=inches(HEADER_MARGIN_MM),
    )
    ws.print_options.horizontalCentered = True
    first, last = header_rows
    if last >= first:
        ws.print_title_rows = f"{first}:{last}"
    ws.print_area = f"A1:{get_column_letter(max(width, 1))}{ws.max_row}"
    ws.HeaderFooter.differentFirst = True  # no page number on page 1 (docs/format.md)
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = "Times New Roman,Regular"
    ws.oddHeader.center.size = 13
    ws.freeze_panes = ws.cell(row=first_data_row, column=1)
