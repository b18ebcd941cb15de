"""The lines above an appendix table (docs/format.md, "Appendices"): "Phụ lục I" (14 bold), the
title in upper case (13 bold), "(Kèm theo …)" (14 italic) with a short rule under it, and the
unit line at the right (italic)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from reportlab.pdfgen.canvas import Canvas

from ...domain.appendix import Appendix
from ...domain.plan import Plan
from .fonts import FontFamily
from .header_grid import balanced_lines
from .measures import RULE_WIDTH, SHORT_RULE_SHARE, SIZES, TEXT_ASCENT, PageGeometry, leading
from .table_cells import clean_text
from .text_metrics import face_metrics
from .text_stream import FaceEncoder, TextBatch
from .wording import appendix_heading, attached_line, unit_line


class PageWriter(Protocol):
    """What the title block draws with: the page's canvas and an encoder per font (the
    appendix renderer is one; naming it here would make the two modules import each other)."""

    canvas: Canvas

    def encoder(self, font_name: str) -> FaceEncoder: ...


RULE_GAP = 7.0  # from the last baseline of "(Kèm theo …)" down to its rule, below descenders
AFTER_RULE = 8.0
AFTER_UNIT = 3.0


@dataclass(frozen=True, slots=True)
class TitleLine:
    text: str
    font: str
    size: float
    align: str  # "C" centred on the text width, "R" at its right edge
    width: float


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The wrapped lines and where the rule goes; `height` from the top margin to the table."""

    heading: tuple[TitleLine, ...]  # down to "(Kèm theo …)", the rule follows
    unit: TitleLine
    rule_length: float
    geometry: PageGeometry

    @property
    def height(self) -> float:
        above = sum(leading(line.size) for line in self.heading)
        return above + RULE_GAP + AFTER_RULE + leading(self.unit.size) + AFTER_UNIT

    def draw(self, renderer: PageWriter, top: float) -> None:
        g = self.geometry
        centre = g.left + g.frame_width / 2
        batch = TextBatch()
        y = top
        for line in self.heading:
            baseline = y - line.size * TEXT_ASCENT
            batch.line(
                renderer.encoder(line.font), line.size, centre - line.width / 2, baseline, line.text
            )
            y -= leading(line.size)
        rule_y = baseline - RULE_GAP
        y = rule_y - AFTER_RULE
        unit = self.unit
        x = g.left + g.frame_width - unit.width
        batch.line(
            renderer.encoder(unit.font), unit.size, x, y - unit.size * TEXT_ASCENT, unit.text
        )
        batch.flush(renderer.canvas)
        renderer.canvas.setLineWidth(RULE_WIDTH)
        half = self.rule_length / 2
        renderer.canvas.line(centre - half, rule_y, centre + half, rule_y)


def _lines(text: str, font: str, size: float, width: float, align: str = "C") -> list[TitleLine]:
    metrics = face_metrics(font)
    text = clean_text(text)
    lines = (
        balanced_lines(text, font, size, width) if align == "C" else metrics.wrap(text, width, size)
    )
    return [TitleLine(line, font, size, align, metrics.width(line, size)) for line in lines]


def appendix_title_block(
    plan: Plan, appendix: Appendix, family: FontFamily, geometry: PageGeometry
) -> TitleBlock:
    """Wrap the title lines for the page's text width."""
    width = geometry.frame_width
    heading = _lines(appendix_heading(plan, appendix), family.bold, SIZES.appendix_number, width)
    title = _lines(appendix.title.upper(), family.bold, SIZES.appendix_title, width)
    attached = _lines(attached_line(plan), family.italic, SIZES.appendix_attached, width)
    unit = _lines(unit_line(appendix) or " ", family.italic, SIZES.appendix_unit, width, "R")[0]
    rule = max(line.width for line in attached) * SHORT_RULE_SHARE
    return TitleBlock(tuple(heading + title + attached), unit, rule, geometry)
