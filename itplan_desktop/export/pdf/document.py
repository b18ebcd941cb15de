"""One PDF: the plan document followed by its appendices, or one appendix alone, drawn on one
canvas. Reports progress and stops when asked (`RenderCancelled`)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ...domain.appendix import Appendix
from ...domain.plan import Plan
from . import reportlab_private as private
from .appendix_table import AppendixRenderer
from .fonts import FontFamily, register_fonts
from .measures import page_geometry
from .metadata import set_metadata
from .options import DEFAULT_OPTIONS, PdfOptions
from .page_furniture import draw_page_number
from .pdfa import finish_pdfa, prepare_pdfa
from .plan_document import plan_story

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

PLAN_UNITS = 50
"""Progress units of the plan document, against one unit per appendix row."""


class RenderCancelled(Exception):
    """The caller's `cancel()` said stop; nothing usable was produced."""


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """A long appendix allocates hundreds of thousands of small objects (strings, lists,
    page objects) and no reference cycles worth collecting; the cyclic collector's passes
    over them cost ~10 % of the render. Pause it while we render, then run it as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Ticker:
    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancel = progress, cancel

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise RenderCancelled

    def advance(self, units: int) -> None:
        self.done = min(self.total, self.done + units)
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()


PDF_VERSION = (1, 4)
"""Every file is PDF 1.4 (docs/format.md "PDF files"; PDF/A-1 is based on 1.4 too). ReportLab's
default is 1.3 and rises only when a feature asks for more."""


def new_canvas(out: BinaryIO | str, family: FontFamily, options: PdfOptions) -> Canvas:
    """The canvas every document is drawn on: A4, PDF 1.4, compressed pages, and our own
    regular face as the initial font, so that no base-14 font (Helvetica) is referenced."""
    canvas = Canvas(
        out, pagesize=A4, pageCompression=1, initialFontName=family.regular,
        pdfVersion=PDF_VERSION,
    )  # fmt: skip
    if options.pdfa:
        prepare_pdfa(canvas)
    return canvas


def finish_canvas(
    canvas: Canvas, plan: Plan, family: FontFamily, options: PdfOptions, **metadata: object
) -> None:
    """Document properties (and for PDF/A the XMP packet and output intent), then save."""
    set_metadata(canvas, plan, family=family, **metadata)  # type: ignore[arg-type]
    if options.pdfa:
        finish_pdfa(canvas)
    canvas.save()


def _draw_plan(
    canvas: Canvas, plan: Plan, family: FontFamily, ticker: _Ticker, options: PdfOptions
) -> None:
    geometry = page_geometry("portrait")
    frame = Frame(
        geometry.left, geometry.bottom, geometry.frame_width, geometry.frame_height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip

    def on_page(page_canvas: Canvas, doc: BaseDocTemplate) -> None:
        ticker.check()
        draw_page_number(page_canvas, geometry, family, doc.page)

    doc = BaseDocTemplate(
        "unused.pdf", pagesize=A4, leftMargin=geometry.left, rightMargin=geometry.right,
        topMargin=geometry.top, bottomMargin=geometry.bottom,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="plan", frames=[frame], onPage=on_page)])
    private.keep_open(doc)  # the canvas goes on with the appendices; we save it ourselves
    story = plan_story(plan, family, geometry.frame_width, options)
    doc.build(story, canvasmaker=lambda *args, **kwargs: canvas)
    ticker.advance(PLAN_UNITS)


def selected_appendices(plan: Plan, appendix: int | None) -> list[Appendix]:
    """All appendices, or the one numbered `appendix` (1-based position); IndexError if none."""
    if appendix is None:
        return list(plan.appendices)
    if not 1 <= appendix <= len(plan.appendices):
        raise IndexError(appendix)
    return [plan.appendices[appendix - 1]]


def render_pdf(
    plan: Plan,
    out: BinaryIO | str,
    *,
    appendix: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    options: PdfOptions = DEFAULT_OPTIONS,
) -> int:
    """Write the PDF to `out` (a path or binary file); returns the number of pages."""
    family = register_fonts()
    appendices = selected_appendices(plan, appendix)
    units = (0 if appendix else PLAN_UNITS) + sum(len(a.rows) + 1 for a in appendices)
    ticker = _Ticker(units, progress, cancel)
    ticker.check()
    with private.binary_streams(), _no_cyclic_gc():
        canvas = new_canvas(out, family, options)
        if appendix is None:
            _draw_plan(canvas, plan, family, ticker, options)
        for item in appendices:
            renderer = AppendixRenderer(canvas, plan, item, family)
            renderer.draw(ticker.advance)
            ticker.advance(1)
        finish_canvas(canvas, plan, family, options, appendix=appendices[0] if appendix else None)
        return canvas.getPageNumber() - 1
