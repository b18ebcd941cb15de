"""PDF output in the official format of Nghị định 30/2020/NĐ-CP (see docs/pdf.md).

`render_pdf` writes the plan document and its appendices (or one appendix) on one canvas;
the service `itplan_desktop.services.pdf_export` adds atomic files, messages and progress.
"""

from .document import RenderCancelled, render_pdf, selected_appendices
from .fonts import FontFamily, register_fonts
from .options import PdfOptions

__all__ = [
    "FontFamily",
    "PdfOptions",
    "RenderCancelled",
    "register_fonts",
    "render_pdf",
    "selected_appendices",
]
