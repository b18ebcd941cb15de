"""The appendix renderer: title block, then the table paginated by hand and drawn straight
onto the canvas, with the merged header drawn once as a Form XObject and placed on every page.

Designed for speed (see docs/pdf.md): cell texts come from the engine once, widths and
wrapping use cached advance widths, rows are placed by `table_layout.paginate`, and each
page's text goes into the content stream as one block (`text_stream`).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from ...domain.appendix import Appendix
from ...domain.plan import Plan
from .fast_pages import PageCompactor
from .fonts import FontFamily
from .measures import GRID_WIDTH, SIZES, TEXT_ASCENT, page_geometry
from .page_furniture import page_number_origin, start_page
from .row_ops import RowOps
from .signature_block import SignatureBlock
from .table_layout import Piece, layout_table
from .text_metrics import face_metrics
from .text_stream import FaceEncoder, TextBatch
from .title_block import TitleBlock, appendix_title_block


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
        self._counts = [max(max(map(len, cells), default=1), 1) for cells in self.layout.lines]
        self._encoders: dict[str, FaceEncoder] = {}
        self._rows = RowOps(self.layout, self.encoder)
        rows = self.layout.rows
        self.encoder(family.regular).learn(t for row in rows if not row.bold for t in row.texts)
        self.encoder(family.bold).learn(t for row in rows if row.bold for t in row.texts)
        self._form = f"itplanAppendixHeader{id(self)}"
        self._compactor = PageCompactor(canvas)

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
        try:
            self._draw(page_done)
        finally:
            self._compactor.close()

    def _draw(self, page_done: Callable[[int], None] | None) -> None:
        self._define_header_form()
        pages = self.layout.pages
        g = self.geometry
        for number, page in enumerate(pages, start=1):
            start_page(self.canvas, g)
            batch = TextBatch(self.layout.faces.leading)
            self._page_number(batch, number)
            top = g.height - g.top
            if number == 1:
                self.title.draw(self, top)
                top -= self.title.height
            bottom = self._draw_page(batch, page, top)
            batch.flush(self.canvas)
            last = number == len(pages)
            if last and self.appendix.signature and not self._signature_needs_page():
                self._draw_signature(bottom)
            self.canvas.showPage()
            self._compactor.compact_last_page()
            if page_done is not None:
                page_done(sum(1 for piece in page if piece.last == self._counts[piece.row]))
        if self._signature_needs_page():
            start_page(self.canvas, g)
            batch = TextBatch()
            self._page_number(batch, len(pages) + 1)
            batch.flush(self.canvas)
            self._draw_signature(g.height - g.top)
            self.canvas.showPage()
            self._compactor.compact_last_page()

    def _page_number(self, batch: TextBatch, number: int) -> None:
        """The appendix's own page number, from 2 on (drawn with the page's text block)."""
        if number <= 1:
            return
        text = str(number)
        metrics = face_metrics(self.family.regular)
        size = SIZES.page_number
        x, y = page_number_origin(self.geometry, metrics.cached_width(text, size))
        batch.line(self.encoder(self.family.regular), size, x, y, text)

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
        batch = TextBatch(raw=False)  # ReportLab writes the form's stream: ASCII only
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

    def _draw_page(self, batch: TextBatch, page: list[Piece], top: float) -> float:
        """Draw the header and the page's rows below `top`; returns the table's bottom."""
        layout = self.layout
        left = self.geometry.left
        header_bottom = top - layout.header.height
        self.canvas.addLiteral(f"q 1 0 0 1 {left:.2f} {header_bottom:.2f} cm")
        self.canvas.doForm(self._form)
        self.canvas.addLiteral("Q")
        y = header_bottom
        right = left + layout.edges[-1]
        rules, rows = [], []
        span_top = None
        counts, whole_row = self._counts, self._rows.whole_row
        for piece in page:
            ops = None
            if piece.first == 0 and piece.last == counts[piece.row]:
                ops = whole_row(piece.row)
            if ops is None:
                self._rows.piece(batch, piece, left, y)
            else:
                rows.append(f"q 1 0 0 1 {left:.2f} {y:.2f} cm\n{ops}\nQ")
            span = layout.rows[piece.row].span
            if span > 1:
                span_top = (y, span)
            y -= piece.height
            rules.append(f"{left:.2f} {y:.2f} m {right:.2f} {y:.2f} l")
        for index, edge in enumerate(layout.edges):
            x = left + edge
            end = span_top[0] if span_top is not None and 0 < index < span_top[1] else y
            rules.append(f"{x:.2f} {header_bottom:.2f} m {x:.2f} {end:.2f} l")
        rows.append(f"{GRID_WIDTH} w 0 G")
        rows.extend(rules)
        rows.append("S")
        self.canvas.addLiteral("\n".join(rows))
        return y
