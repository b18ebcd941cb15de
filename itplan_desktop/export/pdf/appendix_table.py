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
        self._spans = [row.span for row in self.layout.rows]
        self._edge_texts = [f"{self.geometry.left + edge:.2f}" for edge in self.layout.edges]
        self._encoders: dict[str, FaceEncoder] = {}
        rows = self.layout.rows
        self.encoder(family.regular).learn(t for row in rows if not row.bold for t in row.texts)
        self.encoder(family.bold).learn(t for row in rows if row.bold for t in row.texts)
        self._rows = RowOps(self.layout, self.encoder)  # after learning: it encodes rows
        self._form = f"itplanAppendixHeader{id(self)}"
        self._compactor = PageCompactor(canvas)

    def encoder(self, font_name: str) -> FaceEncoder:
        found = self._encoders.get(font_name)
        if found is None:
            found = self._encoders[font_name] = FaceEncoder(self.canvas, font_name)
        return found

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
        """Draw the header and the page's rows below `top`; returns the table's bottom.

        Every y is formatted once: the top of a row is the rule under the row before it."""
        layout = self.layout
        canvas = self.canvas
        left = self.geometry.left
        header_bottom = top - layout.header.height
        x, right = f"{left:.2f}", self._edge_texts[-1]
        canvas.addLiteral(f"q 1 0 0 1 {x} {header_bottom:.2f} cm")
        canvas.doForm(self._form)
        canvas.addLiteral("Q")
        y = header_bottom
        y_text = f"{y:.2f}"
        rules: list[str] = []
        rows: list[str] = []
        append_rule, append_row = rules.append, rows.append
        span_top = None
        counts, whole_row, spans = self._counts, self._rows.whole_row, self._spans
        for piece in page:
            row = piece.row
            ops = None
            if piece.first == 0 and piece.last == counts[row]:
                ops = whole_row(row)
            if ops is None:
                self._rows.piece(batch, piece, left, y)
            else:
                append_row(f"q 1 0 0 1 {x} {y_text} cm\n{ops}\nQ")
            if spans[row] > 1:
                span_top = (y, spans[row])
            y -= piece.height
            y_text = f"{y:.2f}"
            append_rule(f"{x} {y_text} m {right} {y_text} l")
        self._column_rules(rules, header_bottom, y, span_top)
        append_row(f"{GRID_WIDTH} w 0 G")
        rows.extend(rules)
        append_row("S")
        canvas.addLiteral("\n".join(rows))
        return y

    def _column_rules(
        self, rules: list[str], top: float, bottom: float, span_top: tuple[float, int] | None
    ) -> None:
        """The vertical rules from the header down to `bottom`; those inside the last merged
        cell (`span_top`: its top and how many columns it merges) stop at its top."""
        top_text, bottom_text = f"{top:.2f}", f"{bottom:.2f}"
        for index, x in enumerate(self._edge_texts):
            end = bottom_text
            if span_top is not None and 0 < index < span_top[1]:
                end = f"{span_top[0]:.2f}"
            rules.append(f"{x} {top_text} m {x} {end} l")
