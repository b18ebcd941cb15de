"""The main window: the start page or the open plan, menus built once (texts retranslated
live), the status bar, drag and drop of files, and window state kept in QSettings."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .. import settings
from ..errors import show_error
from ..screen_fit import fit_to_screen
from .start_page import StartPage

if TYPE_CHECKING:
    from ...store.database import Database
    from ...store.plan_list import PlanSummary
    from ..plan.new_plan_wizard import NewPlanWizard
    from ..plan.plan_workspace import PlanWorkspace
    from .preview import PreviewWindow
    from .settings_dialog import SettingsDialog

log = logging.getLogger("itplan_desktop.gui")
DROPPABLE = (".json", ".itplan", ".xlsx")


class MainWindow(QMainWindow):
    """One window per database; it shows the start page or one open plan at a time."""

    plan_opened = Signal(str)
    first_shown = Signal()

    # the last window of each kind FileActions opened (kept alive here; tests reach them)
    wizard: NewPlanWizard
    preview_window: PreviewWindow
    settings_dialog: SettingsDialog
    database_ready = Signal()

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        """With `db` None the window shows at once and `attach_database` fills it later, so
        that start-up does not wait for the database layer to load."""
        super().__init__(parent)
        self.db: Database | None = None
        self.workspace: PlanWorkspace | None = None
        self.undo_group = QUndoGroup(self)
        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)
        self.start_page.open_plan.connect(self.open_plan)

        from .file_actions import FileActions
        from .menus import build_menus

        self.files = FileActions(self)
        from ..exchange.actions import ExchangeActions

        self.exchange = ExchangeActions(self)
        self.start_page.new_plan.connect(self.files.new_plan)
        self.start_page.import_file.connect(self.files.import_plan_file)
        self.start_page.import_excel.connect(self.files.import_excel)
        self.start_page.delete_plan.connect(self.delete_plan)
        self.menus = build_menus(self)
        from .text_shortcuts import WindowShortcutsFirst

        self.text_shortcuts = WindowShortcutsFirst(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.text_shortcuts)
        self.totals_label = QLabel()
        self.save_label = QLabel()
        self.save_label.setMinimumWidth(140)
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statusBar().addPermanentWidget(self.totals_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self._shown = False
        fit_to_screen(self, 1200, 780)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
            fit_to_screen(self)  # saved on a larger screen than this one
        if state is not None:
            self.restoreState(state)
        self.update_actions()
        self.retranslate()
        if db is not None:
            self.attach_database(db)

    def preview_plans(self, plans: list[PlanSummary], database: str) -> None:
        """Fill the plan list before the database is attached (read with sqlite3)."""
        self.start_page.set_plans(plans, settings.recent("plans"), database)

    def attach_database(self, db: Database) -> None:
        """Show the plans of `db` (called once, right after the window is shown)."""
        self.db = db
        self.refresh_start_page()
        self.update_title()
        self.database_ready.emit()

    # ------------------------------------------------------------ plans
    def refresh_start_page(self) -> None:
        if self.db is None:
            return
        from ...services.plans import list_plans

        self.start_page.set_plans(list_plans(self.db), settings.recent("plans"), str(self.db.path))

    def open_plan(self, plan_uuid: str) -> PlanWorkspace | None:
        """Open a plan in the workspace (closing the one open before, saved)."""
        from ..plan.plan_workspace import PlanWorkspace

        if self.db is None:
            return None
        self.close_plan()
        try:
            workspace = PlanWorkspace(self.db, plan_uuid, self)
        except Exception as error:  # a plan that cannot be read must not crash the window
            show_error(self, error)
            return None
        self.workspace = workspace
        self.undo_group.addStack(workspace.undo_stack)
        self.undo_group.setActiveStack(workspace.undo_stack)
        workspace.status_changed.connect(self.update_status)
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        settings.add_recent("plans", plan_uuid)
        self.update_actions()
        self.update_status()
        self.retranslate()
        self.plan_opened.emit(plan_uuid)
        return workspace

    def close_plan(self) -> None:
        """Save and close the open plan, back to the start page."""
        workspace = self.workspace
        if workspace is None:
            return
        workspace.shutdown()
        self.undo_group.removeStack(workspace.undo_stack)
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        self.workspace = None
        self.refresh_start_page()
        self.stack.setCurrentWidget(self.start_page)
        self.update_actions()
        self.update_status()
        self.retranslate()

    def show_guide(self) -> None:
        """The user guide (F1), offline, in the interface language; one window, raised."""
        from .guide import GuideWindow

        guide = getattr(self, "guide", None)
        if guide is None:
            guide = self.guide = GuideWindow(self)
        from .. import i18n

        guide.show_language(i18n.current_language())
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def delete_plan(self, plan_uuid: str) -> None:
        """Ask, back the database up, remove the plan (see `plan_deletion`)."""
        from .plan_deletion import delete_plan

        delete_plan(self, plan_uuid)

    # ------------------------------------------------------------ status
    def update_status(self) -> None:
        workspace = self.workspace
        self.totals_label.setText(workspace.totals_text() if workspace else "")
        self.save_label.setText(workspace.save_text() if workspace else "")
        self.update_title()

    def update_title(self) -> None:
        name = Path(self.db.path).name if self.db is not None else ""
        if self.workspace is not None:
            plan = self.workspace.editor.plan
            title = f"{plan.number_and_symbol} — {plan.title}" if plan.number else plan.title
            self.setWindowTitle(f"{title} — {name} — itplan-desktop")
        else:
            self.setWindowTitle(f"{name} — itplan-desktop" if name else "itplan-desktop")

    def update_actions(self) -> None:
        has_plan = self.workspace is not None
        for action in self.menus.plan_actions:
            action.setEnabled(has_plan)

    # ------------------------------------------------------------ Qt events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.first_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting is never blocked by the plan: it is saved (or its failure logged) and we
        go. A window of its own with edits that are not stored (the index editor) is asked
        first, and its "stay" keeps everything open."""
        for window in self._own_windows():
            if not window.close():
                event.ignore()
                return
        try:
            if self.workspace is not None:
                self.workspace.shutdown()
            settings.save_window_state(self.saveGeometry(), self.saveState())
        except Exception:
            log.exception("Error while closing; the window closes anyway")
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.text_shortcuts)
        event.accept()

    def _own_windows(self) -> list[QWidget]:
        """The visible windows this window owns (editors, previews), not dialogs."""
        return [
            widget
            for widget in self.findChildren(QWidget)
            if widget.isWindow() and widget.isVisible() and not isinstance(widget, QDialog)
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()  # unknown kinds are explained on drop, not refused

    def open_files(self, paths: list[Path]) -> None:
        """Files given on the command line (e.g. double-clicked in Explorer): bundles go to
        the exchange import, plan files and Excel tables to the ordinary import."""
        from ...formats.bundle_manifest import BUNDLE_SUFFIX

        bundles = [p for p in paths if p.name.lower().endswith(BUNDLE_SUFFIX)]
        if bundles:
            self.exchange.import_bundles(bundles)
        for path in paths:
            if path not in bundles:
                self.files.import_path(path)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.exchange.import_dropped(event.mimeData()):  # bundle files or a folder of them
            event.acceptProposedAction()
            return
        path = self._dropped_path(event)
        if path is None:
            self._explain_drop(event)
            return
        event.acceptProposedAction()
        self.files.import_path(path)

    def _explain_drop(self, event: QDropEvent) -> None:
        """A dropped file the app cannot import: say which files it takes."""
        from PySide6.QtWidgets import QMessageBox

        urls = [u for u in event.mimeData().urls() if u.isLocalFile()] if event.mimeData() else []
        if not urls:
            return
        event.acceptProposedAction()
        name = Path(urls[0].toLocalFile()).name
        self.last_drop_message = self.tr(
            "Không nhập được “%1”: chỉ nhận tệp kế hoạch (.itplan.json), bảng Excel "
            "(.xlsx) và tệp trao đổi (.itplan-bundle)."
        ).replace("%1", name)
        QMessageBox.information(self, self.tr("Không nhập được tệp"), self.last_drop_message)

    @staticmethod
    def _dropped_path(event: QDropEvent | QDragEnterEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(DROPPABLE):
                return Path(url.toLocalFile())
        return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.menus.retranslate()
        guide = getattr(self, "guide", None)
        if guide is not None:  # the open guide follows the interface language
            from .. import i18n

            guide.show_language(i18n.current_language())
        self.update_status()

    def show_message(self, text: str, msecs: int = 5000) -> None:
        self.statusBar().showMessage(text, msecs)


def action(parent: QWidget, shortcut: QKeySequence | str | None = None) -> QAction:
    """An action whose text is set by `retranslate`; shortcuts work in the whole window."""
    act = QAction(parent)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return act
