"""Export of a plan's appendices to Excel (.xlsx): one sheet per appendix in one workbook, or
one workbook per appendix. Files appear whole or not at all (temporary file, then rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from decimal import InvalidOperation
from pathlib import Path
from typing import Literal

from ..domain.appendix import Appendix
from ..domain.plan import Plan
from ..export.temp_files import tracked
from ..export.xlsx import appendix_workbook
from ..export.xlsx.title_block import appendix_number_text
from ..formats import format_messages as _format_messages  # noqa: F401
from ..messages import UserError, register_messages

Progress = Callable[[int, int], None]
"""Called with (rows written, rows in all); the GUI shows it as a progress bar."""
Cancel = Callable[[], bool]
"""Returns True when the user asked to stop; checked after every row."""

register_messages(
    {
        "xlsx.export.no_appendix": (
            "Kế hoạch không có phụ lục số {number}.",
            "The plan has no appendix number {number}.",
        ),
        "xlsx.export.no_appendices": (
            "Kế hoạch chưa có phụ lục nào để xuất ra Excel.",
            "The plan has no appendix to export to Excel.",
        ),
        "xlsx.export.cancelled": (
            "Đã hủy xuất Excel; không tệp nào được ghi.",
            "Excel export cancelled; no file was written.",
        ),
        "xlsx.export.bad_layout": (
            "Cách xuất “{layout}” không hợp lệ (dùng “sheets” hoặc “workbooks”).",
            "Unknown layout “{layout}” (use “sheets” or “workbooks”).",
        ),
        "xlsx.export.done": (
            "Đã xuất {count} tệp Excel: {paths}",
            "Exported {count} Excel file(s): {paths}",
        ),
    }
)


class ExportCancelled(UserError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("xlsx.export.cancelled")


def select_appendices(plan: Plan, appendix: int | None) -> list[Appendix]:
    """Every appendix of the plan, or the one numbered `appendix` (a clear error if none)."""
    if appendix is None:
        if not plan.appendices:
            raise UserError("xlsx.export.no_appendices")
        return list(plan.appendices)
    chosen = [a for a in plan.appendices if a.number == appendix]
    if not chosen:
        raise UserError("xlsx.export.no_appendix", number=appendix)
    return chosen[:1]


def workbook_path(target: Path, plan: Plan, appendix: Appendix) -> Path:
    """Where one appendix goes with layout "workbooks": "<target stem>_PL<I>.xlsx"."""
    return target.with_name(f"{target.stem}_PL{appendix_number_text(plan, appendix)}.xlsx")


def export_plan_xlsx(
    plan: Plan,
    target: Path,
    *,
    appendix: int | None = None,
    layout: Literal["sheets", "workbooks"] = "sheets",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[Path]:
    """Write the plan's appendices (or appendix number `appendix`) to .xlsx; returns the paths.

    "sheets": one workbook at `target`, one sheet per appendix. "workbooks": one workbook per
    appendix next to `target` (a single chosen appendix goes to `target` itself). Nothing is
    left behind when cancelled (ExportCancelled) or on error.
    """
    if layout not in ("sheets", "workbooks"):
        raise UserError("xlsx.export.bad_layout", layout=layout)
    target = Path(target)
    chosen = select_appendices(plan, appendix)
    if layout == "sheets" or len(chosen) == 1:
        jobs = [(target, chosen)]
    else:
        jobs = [(workbook_path(target, plan, a), [a]) for a in chosen]
    total = sum(len(a.rows) for a in chosen)
    done = 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if cancel is not None and cancel():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total)

    written: list[tuple[Path, Path]] = []
    try:
        for path, appendices in jobs:
            try:
                workbook = appendix_workbook(plan, appendices, tick)
            except (InvalidOperation, OverflowError) as error:  # an amount of 4.000 digits
                raise UserError("export.value_too_large", detail=type(error).__name__) from None
            written.append((_save_temporary(workbook, path), path))
        for temporary, path in written:
            os.replace(temporary, path)
    except BaseException:
        for temporary, _path in written:
            temporary.unlink(missing_ok=True)
        raise
    return [path for _temporary, path in written]


def _save_temporary(workbook: object, path: Path) -> Path:
    """Save into a temporary file beside `path`, flushed to disk; the caller renames it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".xlsx.tmp", dir=path.parent)
    temporary = Path(name)
    try:
        with tracked(temporary), os.fdopen(handle, "wb") as stream:
            workbook.save(stream)  # type: ignore[attr-defined]
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary
