"""Export a plan, or one of its appendices, as PDF in the official format.

The file is written next to the target under a temporary name and renamed at the end, so a
cancelled or failed export leaves no half-written file (and an existing file untouched).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus.doctemplate import LayoutError

from ..domain.plan import Plan
from ..export.pdf import RenderCancelled, render_pdf
from ..export.pdf.options import DEFAULT_OPTIONS, PdfOptions
from ..export.temp_files import tracked
from ..formats import format_messages as _format_messages  # noqa: F401
from ..messages import UserError, register_messages
from ..vn.numbers import format_number

if TYPE_CHECKING:
    from ..store.database import Database

__all__ = ["PdfOptions", "export_plan_pdf", "pdf_options_for", "render_plan_pdf_bytes"]

register_messages(
    {
        "pdf.cancelled": (
            "Đã hủy xuất PDF; không tạo tệp nào.",
            "PDF export cancelled; no file was written.",
        ),
        "pdf.no_such_appendix": (
            "Kế hoạch không có phụ lục số {number} (có {count} phụ lục).",
            "The plan has no appendix number {number} (it has {count}).",
        ),
        "pdf.exported": (
            "Đã xuất PDF ra “{path}” ({pages} trang).",
            "Exported the PDF to “{path}” ({pages} pages).",
        ),
        "pdf.cannot_write": (
            "Không ghi được tệp PDF “{path}”: {detail}",
            "Cannot write the PDF “{path}”: {detail}",
        ),
    }
)


def pdf_options_for(db: Database, plan: Plan, *, pdfa: bool = False) -> PdfOptions:
    """The print options of `plan` from its unit: the parent line above a People's Committee
    only when the unit's setting asks for it (off by default); PDF/A-1b when chosen."""
    from ..store import organisation_repository

    with db.session() as session:
        unit = organisation_repository.get_organisation(session, plan.organisation_code)
    return PdfOptions(pdfa=pdfa, show_parent_line=bool(unit and unit.show_parent_line))


Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def _check_appendix(plan: Plan, appendix: int | None) -> None:
    if appendix is not None and not 1 <= appendix <= len(plan.appendices):
        raise UserError("pdf.no_such_appendix", number=appendix, count=len(plan.appendices))


def render_plan_pdf_bytes(
    plan: Plan,
    *,
    appendix: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    options: PdfOptions = DEFAULT_OPTIONS,
) -> bytes:
    """The PDF in memory (for the print preview); `appendix` is a 1-based appendix number."""
    _check_appendix(plan, appendix)
    buffer = io.BytesIO()
    try:
        render_pdf(
            plan, buffer, appendix=appendix, progress=progress, cancel=cancel, options=options
        )
    except RenderCancelled:
        raise UserError("pdf.cancelled") from None
    return buffer.getvalue()


def export_plan_pdf(
    plan: Plan,
    target: Path,
    *,
    appendix: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    options: PdfOptions = DEFAULT_OPTIONS,
) -> Path:
    """Write the plan (or appendix number `appendix`, 1-based) to `target` atomically.

    `progress(done, total)` is called as pages are finished; `cancel()` returning True stops
    the export with UserError("pdf.cancelled") and no file is left behind. `options` chooses
    PDF/A-1b and the parent line (`export.pdf.options.PdfOptions`).
    """
    _check_appendix(plan, appendix)
    target = Path(target)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:  # no such folder, no permission, disk full …
        raise UserError(
            "pdf.cannot_write", path=str(target), detail=error.strerror or str(error)
        ) from error
    with tracked(Path(temporary)):  # removed on the next start if this process dies
        try:
            with os.fdopen(handle, "wb") as out:
                render_pdf(
                    plan, out, appendix=appendix, progress=progress, cancel=cancel, options=options
                )
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except RenderCancelled:
            _remove(temporary)
            raise UserError("pdf.cancelled") from None
        except LayoutError as error:  # a text too long for a page (a title of thousands of words)
            _remove(temporary)
            del error  # ReportLab's text names its internals, not the user's text
            start, count = _longest_heading(plan)
            raise UserError("export.too_large_for_page", start=start, count=count) from None
        except OSError as error:
            _remove(temporary)
            raise UserError(
                "pdf.cannot_write", path=str(target), detail=error.strerror or str(error)
            ) from error
        except BaseException:
            _remove(temporary)
            raise
    return target


def _longest_heading(plan: Plan) -> tuple[str, str]:
    """The first words of the longest text printed as one block (the plan's or an appendix's
    title) and its length: what the user should shorten."""
    longest = max([plan.title, *(a.title for a in plan.appendices)], key=len)
    return " ".join(longest.split()[:8]), format_number(len(longest))


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
