"""Import of an Excel table as a new appendix of the open plan: the workbook is read in the
background (`services.xlsx_import.preview_xlsx`), the import dialog shows the table and its
column mapping (`excel_import_dialog.py`), and the appendix is added under one undo command
(autosave writes it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QMessageBox

from ...services.plan_editing import APPENDIX_ORDER, PlanEditor
from ..errors import show_error
from ..tasks import run_task

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


class AddAppendixCommand(QUndoCommand):
    def __init__(self, editor: PlanEditor, preview: Any) -> None:
        super().__init__(
            QCoreApplication.translate("ExcelImport", "Nhập bảng Excel “%1”").replace(
                "%1", Path(preview.path).name
            )
        )
        self.editor, self.preview = editor, preview
        self.appendix: Any = None

    def redo(self) -> None:
        from ...services.xlsx_import import add_to_plan

        if self.appendix is None:
            self.appendix = add_to_plan(self.editor.plan, self.preview)
        else:
            self.editor.plan.appendices.append(self.appendix)
        self.editor.touch(APPENDIX_ORDER)
        self.editor.touch_appendix(self.appendix.uuid, structure=True)

    def undo(self) -> None:
        self.editor.plan.appendices.remove(self.appendix)
        self.editor.forget_computation(self.appendix.uuid)
        self.editor.touch(APPENDIX_ORDER)


def describe(preview: Any) -> str:
    items = sum(r.kind.value == "item" for r in preview.appendix.rows)
    groups = len(preview.appendix.rows) - items
    text = (
        QCoreApplication.translate(
            "ExcelImport", "Trang tính “%1”: %2 dòng nội dung, %3 dòng nhóm, %4 cột; đơn vị %5."
        )
        .replace("%1", preview.sheet)
        .replace("%2", str(items))
        .replace("%3", str(groups))
        .replace("%4", str(len(preview.appendix.columns)))
        .replace("%5", preview.unit)
    )
    if preview.problems:
        text += "\n" + QCoreApplication.translate(
            "ExcelImport", "%1 ô không đọc được sẽ để trống."
        ).replace("%1", str(len(preview.problems)))
    return text


def import_excel_table(
    window: MainWindow, path: Path, confirm: Callable[[Any], bool] | None = None
) -> None:
    """Read `path` in the background, confirm, and add it to the open plan."""
    workspace = window.workspace
    if workspace is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ExcelImport", "Nhập bảng Excel"),
            QCoreApplication.translate(
                "ExcelImport",
                "Hãy mở (hoặc tạo) kế hoạch trước, rồi nhập bảng Excel làm phụ lục của nó.",
            ),
        )
        return
    from ...services.xlsx_import import preview_xlsx

    def work(_progress: Callable[..., None], _cancel: Callable[[], bool]) -> Any:
        return preview_xlsx(path)

    def done(preview: Any) -> None:
        if confirm is not None:
            if not confirm(preview):
                return
        else:
            preview = _ask(window, path, preview)
            if preview is None:
                return
        try:
            command = AddAppendixCommand(workspace.editor, preview)
            workspace.undo_stack.push(command)
        except Exception as error:
            show_error(window, error)
            return
        workspace.refresh_findings()
        workspace.navigate(f"appendix:{command.appendix.uuid}")
        window.files.last_result = preview
        window.show_message(
            QCoreApplication.translate("ExcelImport", "Đã thêm phụ lục từ “%1”.").replace(
                "%1", path.name
            )
        )

    run_task(window, QCoreApplication.translate("ExcelImport", "Đang đọc bảng Excel…"), work, done)


def _ask(window: MainWindow, path: Path, preview: Any) -> Any:
    """The import dialog (preview, column mapping); the preview to add, or None."""
    from .excel_import_dialog import ExcelImportDialog

    workspace = window.workspace
    years = workspace.editor.plan.years if workspace is not None else None
    dialog = ExcelImportDialog(path, preview, years, window)
    window.files.import_dialog = dialog  # for tests and screenshots
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.preview if accepted and dialog.error is None else None
    dialog.deleteLater()
    return chosen
