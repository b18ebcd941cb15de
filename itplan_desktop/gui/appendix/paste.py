"""Copy and paste between the appendix table and Excel through the system clipboard.

Paste follows the rows as the view shows them (sorted or filtered too) from the current cell
down; rows past the last become new item rows. The block is read by
`services.appendix_clipboard` — in a background task with Cancel when it is big — and written
by one undo command with one computation rebuild. Cells that cannot be taken keep their old
value and are reported in Vietnamese.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QGuiApplication

from ...domain.appendix_engine import TOTAL_ROW
from ...services import appendix_editing as ops
from ...services.appendix_clipboard import (
    Convention,
    PastePlan,
    copy_block,
    guess_convention,
    parse_tsv,
    plan_paste,
)
from ..tasks import Cancelled, run_task
from .commands import SetCellsCommand

if TYPE_CHECKING:
    from .editor import AppendixEditor

BACKGROUND_CELLS = 3_000
"""Blocks with more cells than this are read in a background task with a progress dialog."""
MAX_REPORTED = 5


def copy_selection(editor: AppendixEditor) -> str:
    """Put the selected cells (their bounding rectangle, in view order) on the clipboard."""
    view, proxy, model = editor.view, editor.proxy, editor.model
    indexes = view.selectionModel().selectedIndexes()
    if not indexes:
        current = view.currentIndex()
        if not current.isValid():
            return ""
        indexes = [current]
    view_rows = sorted({i.row() for i in indexes})
    view_cols = sorted({i.column() for i in indexes})
    first_row, last_row = view_rows[0], view_rows[-1]
    first_col, last_col = view_cols[0], view_cols[-1]
    rows = [
        model.appendix_row(proxy.mapToSource(proxy.index(r, first_col)).row())
        for r in range(first_row, last_row + 1)
    ]
    keys = [model.column(c).key for c in range(first_col, last_col + 1)]
    text = copy_block(editor.document.computation, rows, keys)
    QGuiApplication.clipboard().setText(text)
    count = len(rows) * len(keys)
    editor.show_message(
        QCoreApplication.translate("AppendixPaste", "Đã chép {n} ô.").format(n=count), error=False
    )
    return text


def _targets(
    editor: AppendixEditor, grid: list[list[str]], anchor: QModelIndex
) -> tuple[list[int], int]:
    """Appendix row of each block row (≥ row count: a new row), and the left column."""
    proxy, model = editor.proxy, editor.model
    if not anchor.isValid():
        anchor = proxy.index(0, 0)
    row_count = len(editor.document.appendix.rows)
    targets: list[int] = []
    extra = 0
    for offset in range(len(grid)):
        proxy_row = anchor.row() + offset
        source_row = -1
        if proxy_row < proxy.rowCount():
            source_row = model.appendix_row(proxy.mapToSource(proxy.index(proxy_row, 0)).row())
        if source_row == TOTAL_ROW or source_row < 0:
            source_row = row_count + extra
            extra += 1
        targets.append(source_row)
    return targets, max(anchor.column(), 0)


def _fill_selection(
    editor: AppendixEditor, grid: list[list[str]]
) -> tuple[list[list[str]], QModelIndex]:
    """The block and its top-left view index; one copied cell pasted over a selected
    rectangle fills it, as in Excel."""
    anchor = editor.view.currentIndex()
    indexes = editor.view.selectionModel().selectedIndexes()
    if len(grid) != 1 or len(grid[0]) != 1 or len(indexes) < 2:
        return grid, anchor
    rows = {i.row() for i in indexes}
    cols = {i.column() for i in indexes}
    if len(indexes) != len(rows) * len(cols):
        return grid, anchor
    block = [[grid[0][0]] * (max(cols) - min(cols) + 1) for _ in range(max(rows) - min(rows) + 1)]
    return block, editor.proxy.index(min(rows), min(cols))


def build_plan(
    editor: AppendixEditor,
    grid: list[list[str]],
    targets: list[int],
    left: int,
    convention: Convention,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PastePlan:
    """Read the block row by row into one `PastePlan` (pure; may run in a worker thread)."""
    appendix = editor.document.appendix
    if convention == "auto":
        convention = guess_convention(grid)
    merged = PastePlan()
    for number, (cells, target) in enumerate(zip(grid, targets, strict=True)):
        if cancelled is not None and cancelled():
            raise Cancelled()
        part = plan_paste(appendix, [cells], target, left, convention=convention)
        merged.cells.update(part.cells)
        merged.new_rows = max(merged.new_rows, target - len(appendix.rows) + 1)
        merged.problems += part.problems
        merged.ambiguous += part.ambiguous
        merged.skipped_computed += part.skipped_computed
        merged.clipped_columns = max(merged.clipped_columns, part.clipped_columns)
        if progress is not None and number % 200 == 0:
            progress(number, len(grid))
    return merged


def paste(editor: AppendixEditor, text: str | None = None) -> None:
    """Paste `text` (default: the clipboard) at the current cell."""
    if text is None:
        text = QGuiApplication.clipboard().text()
    grid, anchor = _fill_selection(editor, parse_tsv(text or ""))
    if not grid:
        editor.show_message(
            QCoreApplication.translate("AppendixPaste", "Bộ nhớ tạm không có dữ liệu để dán.")
        )
        return
    targets, left = _targets(editor, grid, anchor)
    size = sum(len(r) for r in grid)

    def finish(plan: PastePlan, convention: Convention = "auto") -> None:
        if plan.ambiguous and convention == "auto":
            choice = editor.ask_paste_convention([p.text for p in plan.ambiguous])
            if choice is None:
                editor.show_message(QCoreApplication.translate("AppendixPaste", "Đã hủy dán."))
                return
            start(choice)
            return
        apply_plan(editor, plan)

    def start(convention: Convention) -> None:
        if size <= BACKGROUND_CELLS:
            finish(build_plan(editor, grid, targets, left, convention), convention)
            return

        def work(progress: Callable[..., None], cancelled: Callable[[], bool]) -> PastePlan:
            return build_plan(editor, grid, targets, left, convention, progress, cancelled)

        editor.paste_task = run_task(
            editor,
            QCoreApplication.translate("AppendixPaste", "Đang đọc {n} ô từ bộ nhớ tạm…").format(
                n=size
            ),
            work,
            lambda plan: finish(plan, convention),
        )

    start("auto")


def apply_plan(editor: AppendixEditor, plan: PastePlan) -> None:
    """Push one undo command for the cells that could be read, and report the rest."""
    document = editor.document
    if plan.cells:
        new_rows = [ops.new_item() for _ in range(plan.new_rows)]
        editor.undo_stack.push(SetCellsCommand(document, plan.cells, None, new_rows))
    lines = [QCoreApplication.translate("AppendixPaste", "Đã dán {n} ô.").format(n=len(plan.cells))]
    if plan.problems:
        lines.append(
            QCoreApplication.translate(
                "AppendixPaste", "{n} ô không dán được (giữ giá trị cũ):"
            ).format(n=len(plan.problems))
        )
        for problem in plan.problems[:MAX_REPORTED]:
            title = " / ".join(document.appendix.column(problem.key).header)
            lines.append(
                QCoreApplication.translate(
                    "AppendixPaste", "• Dòng {row}, cột «{column}»: {message}"
                ).format(row=problem.row + 1, column=title, message=problem.message)
            )
        if len(plan.problems) > MAX_REPORTED:
            lines.append(
                QCoreApplication.translate("AppendixPaste", "• … và {n} ô khác.").format(
                    n=len(plan.problems) - MAX_REPORTED
                )
            )
    if plan.skipped_computed:
        lines.append(
            QCoreApplication.translate(
                "AppendixPaste", "{n} ô tính tự động hoặc cột TT được bỏ qua."
            ).format(n=plan.skipped_computed)
        )
    if plan.clipped_columns:
        lines.append(
            QCoreApplication.translate("AppendixPaste", "{n} cột thừa bên phải bị bỏ qua.").format(
                n=plan.clipped_columns
            )
        )
    editor.show_message("\n".join(lines), error=bool(plan.problems))
    editor.last_paste = plan


def clear_cells(editor: AppendixEditor, indexes: list[QModelIndex]) -> None:
    """Empty the editable selected cells in one undo step (the Delete key)."""
    model = editor.model
    cells: dict[tuple[int, str], int | str | None] = {}
    for index in indexes:
        row = model.appendix_row(index.row())
        column = model.column(index.column())
        if ops.is_editable(editor.document.appendix, row, column.key):
            cells[(row, column.key)] = "" if column.kind.value == "text" else None
    if cells:
        editor.undo_stack.push(
            SetCellsCommand(
                editor.document,
                cells,
                QCoreApplication.translate("AppendixPaste", "Xóa nội dung {n} ô").format(
                    n=len(cells)
                ),
            )
        )
