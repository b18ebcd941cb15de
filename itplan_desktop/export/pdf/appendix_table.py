"""The appendix renderer: title block, then the table paginated by hand and drawn straight
onto the canvas, with the merged header drawn once as a Form XObject and placed on every page.

Designed for speed (see docs/pdf.md): cell texts come from the engine once, widths and
wrapping use cached advance widths, rows are placed by `table_layout.paginate`, and each
page's text goes into the content stream as one block (`text_stream`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ...domain.appendix import Appendix
from ...domain.appendix_engine import AppendixComputation
from ...domain.appendix_layout import HeaderGrid, header_grid
from ...domain.plan import Plan
from .fonts import FontFamily
from .measures import CELL_PAD_X, CELL_PAD_Y, GRID_WIDTH, SIZES, TEXT_ASCENT, page_geometry
from .page_furniture import draw_page_number, start_page
from .signature_block import SignatureBlock
from .table_cells import ALIGN_LEFT, ALIGN_RIGHT, RowCells, column_alignments, table_rows
from .table_layout import (
    Faces,
    HeaderLayout,
    Piece,
    column_widths,
    header_layout,
    minimum_widths,
    paginate,
    wrap_rows,
)
from .text_metrics import face_metrics
from .text_stream import FaceEncoder, TextBatch
from .title_block import TitleBlock, appendix_title_block


@dataclass(slots=True)
class TableLayout:
    """Everything measured before drawing: widths, wrapped lines, header, pages."""

    faces: Faces
    edges: list[float]  # x of every column boundary, from the left margin
    grid: HeaderGrid
    header: HeaderLayout
    rows: list[RowCells]
    lines: list[list[list[str]]]
    aligns: list[str]
    pages: list[list[Piece]]


def _faces(family: FontFamily, size: float) -> Faces:
    return Faces(face_metrics(family.regular), face_metrics(family.bold), size)


def layout_table(
    appendix: Appendix, family: FontFamily, width: float, first: float, others: float
) -> TableLayout:
    """Measure the table for a text width and the body heights left on the first and later
    pages (before the header). The font shrinks from 12 pt when the columns do not fit."""
    computation = AppendixComputation(appendix)
    rows = table_rows(appendix, computation)
    aligns = column_alignments(appendix)
    grid = header_grid(appendix)
    hints = [column.width for column in appendix.columns]
    size = SIZES.table
    while True:
        faces = _faces(family, size)
        minimums = minimum_widths(rows, aligns, grid, faces)
        if sum(minimums) <= width or size <= SIZES.table_min:
            break
        size -= 1
    widths = column_widths(hints, minimums, width)
    edges = [0.0]
    for w in widths:
        edges.append(edges[-1] + w)
    header = header_layout(grid, widths, faces)
    lines = wrap_rows(rows, widths, faces)
    counts = [max(map(len, cells)) if cells else 1 for cells in lines]
    pages = paginate(counts, faces.leading, first - header.height, others - header.height)
    return TableLayout(faces, edges, grid, header, rows, lines, aligns, pages)


class AppendixRenderer:
    """Draws one appendix on its own pages (numbered from 1) of a shared canvas."""

    def __init__(self, canvas: Canvas, plan: Plan, appendix: Appendix, family: FontFamily):
        self.canvas = canvas
        self.plan = plan
        self.appendix = appendix
        self.family = family
        self.geometry = page_geometry(appendix.orientation)
        self.title: TitleBlock = appendix_title_block(plan, appendix, family, self.geometry)
        g = self.geometry
        self.layout = layout_table(
            appendix, family, g.frame_width, g.frame_height - self.title.height, g.frame_height
        )
        self._encoders: dict[str, FaceEncoder] = {}
        self._form = f"itplanAppendixHeader{id(self)}"

    def encoder(self, font_name: str) -> FaceEncoder:
        found = self._encoders.get(font_name)
        if found is None:
            found = self._encoders[font_name] = FaceEncoder(self.canvas, font_name)
        return found

    @property
    def page_count(self) -> int:
        return len(self.layout.pages) + (1 if self._signature_needs_page() else 0)

    def draw(self, page_done: Callable[[int], None] | None = None) -> None:
        """Draw every page; `page_done(rows)` after each page with the rows it finished."""
        self._define_header_form()
        pages = self.layout.pages
        bottom = self.geometry.bottom
        for number, page in enumerate(pages, start=1):
            start_page(self.canvas, self.geometry)
            draw_page_number(self.canvas, self.geometry, self.family, number)
            top = self.geometry.height - self.geometry.top
            if number == 1:
                self.title.draw(self, top)
                top -= self.title.height
            bottom = self._draw_page(page, top)
            last = number == len(pages)
            if last and self.appendix.signature and not self._signature_needs_page():
                self._draw_signature(bottom)
            self.canvas.showPage()
            if page_done is not None:
                page_done(sum(1 for piece in page if piece.last == self._line_count(piece.row)))
        if self._signature_needs_page():
            start_page(self.canvas, self.geometry)
            draw_page_number(self.canvas, self.geometry, self.family, len(pages) + 1)
            self._draw_signature(self.geometry.height - self.geometry.top)
            self.canvas.showPage()

    def _line_count(self, row: int) -> int:
        return max(max(map(len, self.layout.lines[row])), 1)

    # -- signature ------------------------------------------------------------------------

    def _signature(self) -> tuple[SignatureBlock, float]:
        block = SignatureBlock(self.plan, self.family, recipients=False)
        _w, h = block.wrap(self.geometry.frame_width, self.geometry.frame_height)
        return block, h + SIZES.signer

    def _signature_needs_page(self) -> bool:
        if not self.appendix.signature:
            return False
        _block, height = self._signature()
        used = sum(piece.height for piece in self.layout.pages[-1]) + self.layout.header.height
        if len(self.layout.pages) == 1:
            used += self.title.height
        return used + height > self.geometry.frame_height

    def _draw_signature(self, top: float) -> None:
        block, height = self._signature()
        block.drawOn(self.canvas, self.geometry.left, top - height)

    # -- header ---------------------------------------------------------------------------

    def _define_header_form(self) -> None:
        layout = self.layout
        width, height = layout.edges[-1], layout.header.height
        canvas = self.canvas
        canvas.beginForm(self._form, 0, 0, width, height)
        bold = self.encoder(self.family.bold)
        faces = layout.faces
        batch = TextBatch()
        row_tops = [height]
        for h in layout.header.row_heights:
            row_tops.append(row_tops[-1] - h)
        ops = []
        for cell, lines in zip(layout.grid.cells, layout.header.cell_lines, strict=True):
            x0, x1 = layout.edges[cell.col], layout.edges[cell.col + cell.colspan]
            top, bottom = row_tops[cell.row], row_tops[cell.row + cell.rowspan]
            ops.append(f"{x0:.2f} {bottom:.2f} {x1 - x0:.2f} {top - bottom:.2f} re")
            block = len(lines) * faces.leading
            y = top - (top - bottom - block) / 2 - faces.size * TEXT_ASCENT
            for line in lines:
                x = (x0 + x1 - faces.bold.width(line, faces.size)) / 2
                batch.line(bold, faces.size, x, y, line)
                y -= faces.leading
        canvas.addLiteral(f"{GRID_WIDTH} w 0 G\n" + "\n".join(ops) + "\nS")
        batch.flush(canvas)
        canvas.endForm()

    # -- body -----------------------------------------------------------------------------

    def _draw_page(self, page: list[Piece], top: float) -> float:
        """Draw the header and the page's rows below `top`; returns the table's bottom."""
        layout = self.layout
        left = self.geometry.left
        header_bottom = top - layout.header.height
        self.canvas.saveState()
        self.canvas.translate(left, header_bottom)
        self.canvas.doForm(self._form)
        self.canvas.restoreState()
        batch = TextBatch()
        y = header_bottom
        rules = []
        span_top = None
        for piece in page:
            self._draw_piece(batch, piece, left, y)
            if layout.rows[piece.row].span > 1:
                span_top = (y, layout.rows[piece.row].span)
            y -= piece.height
            rules.append(f"{left:.2f} {y:.2f} m {left + layout.edges[-1]:.2f} {y:.2f} l")
        for index, edge in enumerate(layout.edges):
            x = left + edge
            end = y
            if span_top is not None and 0 < index < span_top[1]:
                end = span_top[0]
            rules.append(f"{x:.2f} {header_bottom:.2f} m {x:.2f} {end:.2f} l")
        self.canvas.addLiteral(f"{GRID_WIDTH} w 0 G\n" + "\n".join(rules) + "\nS")
        batch.flush(self.canvas)
        return y

    def _draw_piece(self, batch: TextBatch, piece: Piece, left: float, top: float) -> None:
        layout = self.layout
        row = layout.rows[piece.row]
        faces = layout.faces
        size, step = faces.size, faces.leading
        metrics = faces.bold if row.bold else faces.regular
        encoder = self.encoder(metrics.font_name)
        edges = layout.edges
        first_baseline = top - CELL_PAD_Y - size * TEXT_ASCENT
        for col, cell in enumerate(layout.lines[piece.row]):
            if not cell:
                continue
            lines = cell[piece.first : piece.last]
            if not lines:
                continue
            x0 = left + edges[col]
            x1 = left + edges[col + row.span if col == 0 else col + 1]
            align = "C" if row.span > 1 and col == 0 else layout.aligns[col]
            y = first_baseline
            for line in lines:
                if align == ALIGN_LEFT:
                    x = x0 + CELL_PAD_X
                elif align == ALIGN_RIGHT:
                    x = x1 - CELL_PAD_X - metrics.width(line, size)
                else:
                    x = (x0 + x1 - metrics.width(line, size)) / 2
                batch.line(encoder, size, x, y, line)
                y -= step
