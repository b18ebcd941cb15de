"""What every page carries besides its content: the page number and the paper size."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from .fonts import FontFamily
from .measures import SIZES, PageGeometry


def start_page(canvas: Canvas, geometry: PageGeometry) -> None:
    """Set the size (and so the orientation) of the page about to be drawn."""
    canvas.setPageSize((geometry.width, geometry.height))


def draw_page_number(
    canvas: Canvas, geometry: PageGeometry, family: FontFamily, number: int
) -> None:
    """Arabic, upright, centred in the top margin; page 1 of a document carries none."""
    if number <= 1:
        return
    size = SIZES.page_number
    text = str(number)
    canvas.setFont(family.regular, size)
    x, y = page_number_origin(geometry, canvas.stringWidth(text, family.regular, size))
    canvas.drawString(x, y, text)


def page_number_origin(geometry: PageGeometry, text_width: float) -> tuple[float, float]:
    """Where a page number of `text_width` points starts: centred in the top margin."""
    x = geometry.left + (geometry.frame_width - text_width) / 2
    y = geometry.height - geometry.top / 2 - SIZES.page_number * 0.35
    return x, y
