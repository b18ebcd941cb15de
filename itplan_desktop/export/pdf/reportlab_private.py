"""Every use of ReportLab's private API, in one place.

The fast PDF path (`fast_pages.py`), the PDF/A additions (`pdfa.py`) and the documents that
keep one canvas across several builds (`document.py`, `export/kpi_report_pdf.py`) need a few
things ReportLab does not publish: the canvas's document object, the "do not save at the end
of build" switch of a doc template, the page attributes its own page formatter reads, the
document's time stamp, and the process-wide ASCII85 switch. They are reached only through
the functions below; `check()` verifies that ReportLab still has every one of them, and
`tests/export_pdf/test_reportlab_private.py` runs it, so a ReportLab release that renames or
removes one fails there, loudly and by name, instead of deep inside a PDF export.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate

# (what, object kind, attribute) — the private names we rely on, for check().
RELIED_ON: tuple[tuple[str, str, str], ...] = (
    ("the canvas's PDFDocument", "Canvas", "_doc"),
    ("the document's catalog", "PDFDocument", "Catalog"),
    ("the document's Info dictionary", "PDFDocument", "info"),
    ("the document's creation time stamp", "PDFDocument", "_timeStamp"),
    ("the document's page tree", "PDFDocument", "Pages"),
    ("the pages of the page tree", "PDFPages", "pages"),
    ("a page's shadings (PDFPage.check_format)", "PDFPage", "_shadingUsed"),
    ("a page's colour spaces (PDFPage.check_format)", "PDFPage", "_colorsUsed"),
    ("ReportLab's ASCII85 switch", "rl_config", "useA85"),
)
# Read, not set, by ReportLab: `_endBuild` saves the canvas unless `_doSave` is false.
SAVE_SWITCH = ("BaseDocTemplate._endBuild", "_doSave")


def document(canvas: Canvas) -> pdfdoc.PDFDocument:
    """The canvas's `PDFDocument` (catalog, info, page tree, object references)."""
    return canvas._doc


def time_stamp(canvas: Canvas) -> Any:
    """The creation time the document writes into its Info dictionary (`YMDhms`, `dhh`)."""
    return canvas._doc._timeStamp


def keep_open(template: BaseDocTemplate) -> None:
    """`build` leaves the canvas unsaved: we go on drawing on it, or save it ourselves."""
    template._doSave = 0


def shading_used(page: pdfdoc.PDFPage) -> Any:
    return page._shadingUsed


def colours_used(page: pdfdoc.PDFPage) -> Any:
    return page._colorsUsed


@contextmanager
def binary_streams() -> Iterator[None]:
    """ReportLab wraps compressed streams in ASCII85 by default: 25 % bigger and, in pure
    Python, the slowest step of a long appendix. PDF is binary-safe; switch it off while we
    write (the setting is global to ReportLab, so it is put back afterwards)."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def check() -> list[str]:
    """What of RELIED_ON this ReportLab lacks (an empty list when everything is there)."""
    canvas = Canvas(None)  # never saved: no file is written
    doc = canvas._doc if hasattr(canvas, "_doc") else None
    canvas.showPage()  # one finished page in the tree
    objects: dict[str, object] = {
        "Canvas": canvas,
        "PDFDocument": doc,
        "PDFPages": getattr(doc, "Pages", None),
        "PDFPage": (getattr(getattr(doc, "Pages", None), "pages", None) or [None])[-1],
        "rl_config": rl_config,
    }
    missing = [
        f"{kind}.{name} ({what})"
        for what, kind, name in RELIED_ON
        if objects[kind] is None or not hasattr(objects[kind], name)
    ]
    end_build = getattr(BaseDocTemplate, "_endBuild", None)
    if end_build is None or SAVE_SWITCH[1] not in inspect.getsource(end_build):
        missing.append(f"{SAVE_SWITCH[0]} reading {SAVE_SWITCH[1]} (the save-after-build switch)")
    return missing
