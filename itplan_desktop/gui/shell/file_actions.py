"""What the File and Help menus do: new plan, import (plan file or Excel table), export PDF /
Excel / plan file, preview and print, settings. Slow steps run in `tasks.run_task`.

File dialogs go through `ask_open_path`/`ask_save_path` so tests can answer them.
"""

from __future__ import annotations

import copy
import importlib.util
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ...paths import log_dir
from .. import settings
from ..errors import error_text, show_error
from ..tasks import run_task

if TYPE_CHECKING:
    from .main_window import MainWindow


def service_available(module: str) -> bool:
    """Whether an optional service module (PDF, Excel) is installed in this build."""
    return importlib.util.find_spec(f"itplan_desktop.services.{module}") is not None


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ask_open_path: Callable[[str, str], Path | None] = self._ask_open
        self.ask_save_path: Callable[[str, str, str], Path | None] = self._ask_save
        self.ask_printer: Callable[[Any, QWidget], bool] | None = None  # None: print dialog
        self.ask_pdf_options: Callable[[Any], Any | None] = self._ask_pdf_options
        self.last_result: Any = None  # the last finished task's result (tests read it)
        self.import_dialog: Any = None  # the last Excel import dialog (tests read it)
        self.confirm_replace: Callable[[str], bool] = self._confirm_replace

    # ------------------------------------------------------------ dialogs
    def _ask_open(self, title: str, filters: str) -> Path | None:
        start = settings.recent("folders")[0] if settings.recent("folders") else ""
        name, _ = QFileDialog.getOpenFileName(self.window, title, start, filters)
        if not name:
            return None
        settings.add_recent("folders", str(Path(name).parent))
        return Path(name)

    def _ask_save(self, title: str, suggested: str, filters: str) -> Path | None:
        folder = settings.recent("folders")[0] if settings.recent("folders") else str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path(folder) / suggested), filters
        )
        if not name:
            return None
        settings.add_recent("folders", str(Path(name).parent))
        return Path(name)

    def _ask_pdf_options(self, base: Any) -> Any | None:
        """The export dialog: the embedded font, and PDF/A-1b as an option; None: cancelled."""
        from .pdf_options_dialog import PdfOptionsDialog

        dialog = PdfOptionsDialog(self.window)
        return dialog.options(base) if dialog.exec() == QDialog.DialogCode.Accepted else None

    # ------------------------------------------------------------ new / import
    def new_plan(self) -> None:
        from ..plan.new_plan_wizard import NewPlanWizard

        assert self.window.db is not None  # the start page acts once the database is open
        wizard = NewPlanWizard(self.window.db, self.window)
        wizard.plan_created.connect(self.window.open_plan)
        wizard.setModal(True)
        wizard.show()
        self.window.wizard = wizard

    def import_plan_file(self) -> None:
        filters = self.tr("Tệp kế hoạch (*.itplan.json *.json);;Bảng Excel (*.xlsx)")
        path = self.ask_open_path(self.tr("Mở tệp kế hoạch"), filters)
        if path is not None:
            self.import_path(path)

    def import_excel(self) -> None:
        path = self.ask_open_path(self.tr("Nhập bảng Excel"), self.tr("Bảng Excel (*.xlsx)"))
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path, replace: bool = False) -> None:
        """Import a dropped or chosen file: a plan file, or an Excel table into the open plan.
        A plan file of the same revision as the stored plan but other content is imported
        only when the user chooses to replace the stored one."""
        settings.add_recent("files", str(path))
        if path.suffix.lower() == ".xlsx":
            from ..appendix.excel_import import import_excel_table

            import_excel_table(self.window, path)
            return
        from ...messages import UserError
        from ...services.plans import ImportOutcome, import_plan_file

        db = self.window.db
        assert db is not None  # files are imported once the database is open
        if self.window.workspace is not None:
            self.window.workspace.save_now()  # what was typed is stored before the file is read

        def work(_progress: Callable[..., None], _cancel: Callable[[], bool]) -> Any:
            return import_plan_file(db, path, replace=replace)

        def done(result: Any) -> None:
            self.last_result = result
            self.window.refresh_start_page()
            text = (
                self.tr("Kế hoạch “%1” đã có, không thay đổi gì.")
                if result.outcome is ImportOutcome.UNCHANGED
                else self.tr("Đã nhập kế hoạch “%1”.")
            )
            self.window.show_message(text.replace("%1", result.title))
            if result.notes:
                self._tell("\n\n".join(result.notes))
            self.window.open_plan(result.uuid)

        def failed(error: BaseException) -> None:
            same = isinstance(error, UserError) and error.key == "plan.import_same_revision"
            if same and not replace:
                if self.confirm_replace(error_text(error)):
                    self.import_path(path, replace=True)
                return
            show_error(self.window, error)

        run_task(self.window, self.tr("Đang nhập tệp kế hoạch…"), work, done, failed)

    def _confirm_replace(self, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Nhập tệp kế hoạch"), text, parent=self.window
        )
        replace = box.addButton(self.tr("&Thay bản đang lưu"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Giữ bản đang lưu"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def _tell(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Nhập tệp kế hoạch"), text, parent=self.window
        )
        box.setObjectName("importNotes")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------ export
    def _plan_copy(self) -> Any:
        workspace = self.window.workspace
        assert workspace is not None
        workspace.save_now()
        return copy.deepcopy(workspace.editor.plan)

    def _suggested(self, suffix: str) -> str:
        plan = self.window.workspace.editor.plan if self.window.workspace else None
        stem = "ke-hoach" if plan is None else f"ke-hoach-{plan.start_year}-{plan.end_year}"
        return stem + suffix

    def _missing(self, what: str) -> None:
        show_error(self.window, RuntimeError(what), self.tr("Chưa có chức năng"))

    def export_pdf(self) -> None:
        if not service_available("pdf_export"):
            self._missing("services.pdf_export")
            return
        options = self.ask_pdf_options(self._pdf_options())
        if options is None:
            return
        target = self.ask_save_path(
            self.tr("Xuất PDF"), self._suggested(".pdf"), self.tr("Tệp PDF (*.pdf)")
        )
        if target is not None:
            self.make_pdf(target, lambda path: self._exported(path), options)

    def _pdf_options(self) -> Any:
        """The open plan's print options from its unit (the parent-line setting)."""
        from ...services.pdf_export import pdf_options_for

        workspace = self.window.workspace
        assert workspace is not None and self.window.db is not None  # a plan is open
        return pdf_options_for(self.window.db, workspace.editor.plan)

    def make_pdf(self, target: Path, on_done: Callable[[Path], None], options: Any = None) -> None:
        """Write the open plan's PDF to `target` in the background, then `on_done(target)`."""
        from ...services.pdf_export import export_plan_pdf

        plan = self._plan_copy()
        options = options if options is not None else self._pdf_options()

        def work(progress: Callable[..., None], cancel: Callable[[], bool]) -> Path:
            export_plan_pdf(plan, target, progress=progress, cancel=cancel, options=options)
            return target

        run_task(self.window, self.tr("Đang tạo tệp PDF…"), work, on_done)

    def export_xlsx(self) -> None:
        if not service_available("xlsx_export"):
            self._missing("services.xlsx_export")
            return
        from ...services.xlsx_export import export_plan_xlsx

        target = self.ask_save_path(
            self.tr("Xuất Excel"), self._suggested(".xlsx"), self.tr("Bảng Excel (*.xlsx)")
        )
        if target is None:
            return
        plan = self._plan_copy()

        def work(progress: Callable[..., None], cancel: Callable[[], bool]) -> Any:
            export_plan_xlsx(plan, target, progress=progress, cancel=cancel)
            return target

        run_task(self.window, self.tr("Đang xuất Excel…"), work, self._exported)

    def export_plan_file(self) -> None:
        from ...services.plans import export_plan

        workspace = self.window.workspace
        if workspace is None:
            return
        target = self.ask_save_path(
            self.tr("Xuất tệp kế hoạch"),
            self._suggested(".itplan.json"),
            self.tr("Tệp kế hoạch (*.itplan.json)"),
        )
        if target is None:
            return
        workspace.save_now()
        assert self.window.db is not None  # a plan is open
        try:
            export_plan(self.window.db, workspace.editor.plan.uuid, target)
        except Exception as error:
            show_error(self.window, error)
            return
        self._exported(target)

    def _exported(self, path: Any) -> None:
        self.last_result = path
        self.window.show_message(self.tr("Đã ghi tệp “%1”.").replace("%1", str(path)), 10_000)

    # ------------------------------------------------------------ preview / print
    def preview(self) -> None:
        if not service_available("pdf_export"):
            self._missing("services.pdf_export")
            return
        from .preview import PreviewWindow

        target = Path(tempfile.mkdtemp(prefix="itplan-preview-")) / self._suggested(".pdf")
        window = PreviewWindow(self.window)
        window.ask_printer = self.ask_printer
        self.window.preview_window = window
        window.show()
        self.make_pdf(target, window.load)

    def print_plan(self) -> None:
        if not service_available("pdf_export"):
            self._missing("services.pdf_export")
            return
        from .printing import ask_printer_dialog, print_pdf

        target = Path(tempfile.mkdtemp(prefix="itplan-print-")) / self._suggested(".pdf")

        def printed(pages: int) -> None:
            self.last_result = pages
            text = self.tr("Đã gửi %1 trang tới máy in.").replace("%1", str(pages))
            self.window.show_message(text)

        def ready(path: Path) -> None:
            ask = self.ask_printer or ask_printer_dialog
            print_pdf(self.window, path, ask, printed)

        self.make_pdf(target, ready)

    # ------------------------------------------------------------ settings / help
    def settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window)
        self.window.settings_dialog = dialog
        dialog.open()

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        from ... import __version__

        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Giới thiệu"))
        box.setText(
            self.tr(
                "itplan-desktop: soạn, kiểm tra, in và theo dõi kế hoạch ứng dụng công nghệ "
                "thông tin. Chạy hoàn toàn không cần mạng."
            )
            + "\n\n"
            + self.tr("Phiên bản %1").replace("%1", __version__)
            + "\n"
            + self.tr("Giấy phép MIT; các thành phần đi kèm theo giấy phép riêng của chúng.")
        )
        notices = box.addButton(self.tr("Giấy phép bên thứ ba…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.about_box = box  # tests reach the open box through it
        box.exec()
        if box.clickedButton() is notices:
            self.show_notices()

    def show_notices(self) -> None:
        from .notices_dialog import NoticesDialog

        dialog = NoticesDialog(self.window)
        self.notices_dialog = dialog
        dialog.exec()
