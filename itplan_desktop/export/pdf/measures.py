"""Every measure of the printed documents, taken from docs/format.md (Nghị định 30/2020/NĐ-CP,
Phụ lục I). Where the decree gives a range the first value is the default."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import cm, mm

LINE_FACTOR = 1.15
"""Single line spacing of Times New Roman (ascent + descent + line gap = 1,15 em), as Word
sets "single"; docs/format.md allows single to 1,5 lines."""


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """A4 in one orientation with the margins of docs/format.md (top/bottom 20, left 30,
    right 15 mm)."""

    width: float
    height: float
    top: float = 20 * mm
    bottom: float = 20 * mm
    left: float = 30 * mm
    right: float = 15 * mm

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


def page_geometry(orientation: str = "portrait") -> PageGeometry:
    """A4 portrait (the plan) or landscape (appendices by default)."""
    size = landscape(A4) if orientation == "landscape" else portrait(A4)
    return PageGeometry(width=size[0], height=size[1])


@dataclass(frozen=True, slots=True)
class Sizes:
    """Font sizes in points (docs/format.md, first value of every range)."""

    body: float = 13  # body text 13-14
    page_number: float = 13  # 13-14, upright
    parent_body: float = 12  # 12-13, upright, upper case
    issuer: float = 12  # 12-13, bold, upper case
    national_name: float = 12  # Quốc hiệu 12-13, bold
    motto: float = 13  # Tiêu ngữ 13-14, bold
    number: float = 13  # "Số: 131/KH-UBND"
    place_date: float = 13  # 13-14, italic
    doc_type: float = 13  # "KẾ HOẠCH" 13-14, bold
    title: float = 13  # trích yếu 13-14, bold
    addressee: float = 13  # "Kính gửi: …" 13-14, upright
    recipients_heading: float = 12  # "Nơi nhận:" 12, bold italic
    recipients: float = 11  # 11, upright
    signer: float = 13  # authority, title and name 13-14, bold
    appendix_number: float = 14  # "Phụ lục I" 14, bold
    appendix_title: float = 13  # 13-14, bold, upper case
    appendix_attached: float = 14  # "(Kèm theo …)" 14, italic
    appendix_unit: float = 13  # "Đơn vị tính: …", italic
    table: float = 12  # table text may go down to 11-12 pt
    table_floor: float = 11  # docs/format.md's floor: the smallest size that keeps words whole
    table_min: float = 9  # smallest size tried when many columns must fit


SIZES = Sizes()

FIRST_LINE_INDENT = 1 * cm  # 1-1,27 cm
PARAGRAPH_SPACE = 6  # at least 6 pt between paragraphs
HEADER_LEFT_SHARE = 0.4  # header grid: left column 40 % of the text width, right 60 %
RULE_WIDTH = 0.6  # solid rules under the issuing body, the Tiêu ngữ and the title
SHORT_RULE_SHARE = 1 / 3  # rules of 1/3-1/2 of the line's length
SIGNATURE_SPACE_LINES = 4  # space for signature and seal: about 3-4 lines
CELL_PAD_X = 3.0  # table cell padding, points
CELL_PAD_Y = 2.0
GRID_WIDTH = 0.5  # table borders


def leading(size: float) -> float:
    """Line height of single spacing at `size` points."""
    return round(size * LINE_FACTOR, 2)


TEXT_ASCENT = 0.891
"""Ascent of Times New Roman / Liberation Serif in em: first baseline below a line's top."""
