"""One open plan: navigator, the editor of the selected item, the live findings panel,
undo stack and autosave. Editors are created when first shown."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.findings import Finding, LocationKind
from ...services.plan_editing import APPENDIX_ORDER, PlanChangedElsewhere, PlanEditor
from ...store.database import Database
from ...vn.numbers import format_number
from ...vn.outline import to_roman
from ...vn.units import from_dong
from ..undo import UndoContext
from .findings_panel import FindingsPanel
from .navigator import Navigator

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow

_Page = TypeVar("_Page", bound=QWidget)

log = logging.getLogger("itplan_desktop.gui")
AUTOSAVE_MS = 800
FINDINGS_MS = 300


class PlanWorkspace(QWidget):
    status_changed = Signal()

    def __init__(self, db: Database, plan_uuid: str, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.editor = PlanEditor(db, plan_uuid)
        self.context = UndoContext(self.editor, self)
        self.undo_stack = self.context.stack
        self.navigator = Navigator()
        self.navigator.currentItemChanged.connect(self._navigated)
        self.pages = QStackedWidget()
        self.page_title = QLabel()
        self.page_title.setObjectName("pageTitle")
        font = self.page_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.page_title.setFont(font)
        self.page_title.setWordWrap(True)  # a long appendix title must not widen the window
        self.findings_panel = FindingsPanel()
        self.findings_panel.activated.connect(self.jump_to)
        self._pages: dict[str, QWidget] = {}
        self._finding_index = -1
        self.last_saved: float | None = None
        self.save_failed = False
        # asked when the stored plan changed underneath (another program, an import): True
        # reloads it (the edits not yet saved are dropped), False keeps this copy (written
        # over the other); tests replace it
        self.ask_reload: Callable[[str], bool] = self._ask_reload
        self._closing = False

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.page_title)
        right_layout.addWidget(self.pages, 1)
        from .appendix_list import AppendixListActions

        self.appendix_actions = AppendixListActions(self)
        self.navigator_tools = QToolBar()
        self.navigator_tools.setObjectName("navigatorTools")
        self.navigator_tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions = self.appendix_actions
        for act in (actions.add, actions.rename, actions.up, actions.down, actions.delete):
            self.navigator_tools.addAction(act)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.navigator, 1)
        left_layout.addWidget(self.navigator_tools)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setSizes([280, 920])
        top.setStretchFactor(1, 1)
        top.setCollapsible(0, False)
        self.navigator.setMinimumWidth(220)
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(top)
        self.vertical.addWidget(self.findings_panel)
        self.vertical.setSizes([560, 170])
        self.vertical.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.vertical)

        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_now)
        self.findings_timer = QTimer(self, singleShot=True, interval=FINDINGS_MS)
        self.findings_timer.timeout.connect(self.refresh_findings)
        self.context.changed.connect(self._plan_changed)
        self.refresh_findings()
        self.navigate("header")

    # ------------------------------------------------------------ pages
    def page(self, key: str) -> QWidget:
        """The editor for a navigator key, created on first use."""
        page = self._pages.get(key)
        if page is None:
            page = self._make_page(key)
            self._pages[key] = page
            self.pages.addWidget(page)
        return page

    def typed_page(self, key: str, kind: type[_Page]) -> _Page:
        """The editor for a navigator key, which is a `kind` (page() says only QWidget)."""
        page = self.page(key)
        assert isinstance(page, kind)
        return page

    def _make_page(self, key: str) -> QWidget:
        if key == "header":
            from .header_editor import HeaderEditor

            return HeaderEditor(self.context)
        if key == "bases":
            from .legal_bases_editor import LegalBasesEditor

            return LegalBasesEditor(self.context)
        if key == "sections":
            from .section_editor import SectionEditor

            editor = SectionEditor(self.context)
            editor.message.connect(lambda text: self.window_.show_message(text, 10_000))
            return editor
        if key == "budget":
            from .budget_editor import BudgetEditor

            return BudgetEditor(self.context)
        if key == "indicators":
            from ..kpi.tracker import KpiTracker

            tracker = KpiTracker(self.editor, self.undo_stack)
            tracker.changed.connect(self._appendix_changed)
            return tracker
        if key == "check":
            panel = FindingsPanel()
            panel.setObjectName("checkPage")
            panel.activated.connect(self.jump_to)
            panel.set_findings(self.findings_panel.findings, self.appendix_names())
            return panel
        if key.startswith("appendix:"):
            return self._appendix_page(key.removeprefix("appendix:"))
        raise KeyError(key)

    def _appendix_page(self, uuid: str) -> QWidget:
        from ..appendix.editor import AppendixEditor

        view = AppendixEditor(self.editor, uuid, self.undo_stack)
        view.changed.connect(self._appendix_changed)
        return view

    def navigate(self, key: str) -> None:
        """Show the editor of `key`: "header", "sections", "section:<uuid>", "appendix:<uuid>",
        "appendices" (the first appendix) …"""
        present = {appendix.uuid for appendix in self.editor.plan.appendices}
        if key.startswith("appendix:") and key.removeprefix("appendix:") not in present:
            key = "appendices"  # e.g. a finding of an appendix an undo just removed
        if key == "appendices" and self.editor.plan.appendices:
            key = f"appendix:{self.editor.plan.appendices[0].uuid}"
        page_key = "sections" if key.startswith("section:") else key
        if page_key == "appendices":
            page_key = "check" if not self.editor.plan.appendices else page_key
        page = self.page(page_key)
        self.pages.setCurrentWidget(page)
        if key.startswith("section:"):
            from .section_editor import SectionEditor

            self.typed_page("sections", SectionEditor).select_uuid(key.removeprefix("section:"))
        self.navigator.select(key, emit=False)
        item = self.navigator.items.get(key) or self.navigator.items.get(page_key)
        self.page_title.setText(item.text(0) if item else "")
        self.appendix_actions.update_actions()

    def _navigated(self) -> None:
        key = self.navigator.current_key()
        if key:
            self.navigate(key)

    def _sync_appendix_pages(self) -> None:
        """Appendices were added, removed or reordered (an edit, an undo, a redo): the editor
        of an appendix no longer in the plan goes (its model emptied first), the navigator
        is rebuilt now, and a removed current page gives way to the appendices' page."""
        from ..appendix.document import AppendixDocument

        present = {appendix.uuid for appendix in self.editor.plan.appendices}
        current = self.pages.currentWidget()
        left = False
        for key in [k for k in self._pages if k.startswith("appendix:")]:
            uuid = key.removeprefix("appendix:")
            if uuid in present:
                continue
            AppendixDocument.removed_from_plan(self.editor, uuid)
            page = self._pages.pop(key)
            left = left or page is current
            self.pages.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.navigator.rebuild(self.editor.plan, len(self.findings_panel.findings))
        if left:
            self.navigate("appendices" if present else "header")
        else:  # the page title follows a rename or a move
            self.navigate(self.navigator.current_key() or "header")

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    # ------------------------------------------------------------ findings
    def appendix_names(self) -> dict[str, str]:
        plan = self.editor.plan
        names = {}
        for number, appendix in enumerate(plan.appendices, start=1):
            label = to_roman(number) if plan.appendix_numbering == "roman" else str(number)
            names[appendix.uuid] = self.tr("Phụ lục %1").replace("%1", label)
        return names

    def refresh_findings(self) -> None:
        self.findings_timer.stop()
        findings = self.editor.findings()
        names = self.appendix_names()
        self.findings_panel.set_findings(findings, names)
        if "check" in self._pages:
            self.typed_page("check", FindingsPanel).set_findings(findings, names)
        self.navigator.rebuild(self.editor.plan, len(findings))
        self.status_changed.emit()

    def jump_to(self, finding: Finding) -> None:
        location = finding.location
        if location.kind is LocationKind.HEADER:
            from .header_editor import HeaderEditor

            self.navigate("header")
            self.typed_page("header", HeaderEditor).focus_field(location.field)
        elif location.kind is LocationKind.SECTION:
            self.navigate(f"section:{location.section}")
        elif location.kind is LocationKind.BUDGET:
            from .budget_editor import BudgetEditor

            self.navigate("budget")
            self.typed_page("budget", BudgetEditor).focus(location.field, location.row)
        elif location.appendix:
            key = f"appendix:{location.appendix}"
            if not any(a.uuid == location.appendix for a in self.editor.plan.appendices):
                return  # the appendix is gone (undone); the findings refresh shortly
            from ..appendix.editor import AppendixEditor

            self.navigate(key)
            self.typed_page(key, AppendixEditor).focus_cell(location.row, location.column)

    def next_finding(self) -> None:
        findings = self.findings_panel.findings
        if not findings:
            return
        self._finding_index = (self._finding_index + 1) % len(findings)
        item = self.findings_panel.list.topLevelItem(self._finding_index)
        assert item is not None  # one item per finding
        self.findings_panel.list.setCurrentItem(item)
        self.jump_to(findings[self._finding_index])

    def show_findings(self) -> None:
        sizes = self.vertical.sizes()
        if sizes[1] < 60:
            self.vertical.setSizes([sizes[0] - 170, 170])
        self.findings_panel.list.setFocus()

    # ------------------------------------------------------------ changes and autosave
    def _plan_changed(self, part: str) -> None:
        if part == APPENDIX_ORDER:
            self._sync_appendix_pages()
        self.autosave_timer.start()
        self.findings_timer.start()
        self.status_changed.emit()

    def _appendix_changed(self) -> None:
        self.autosave_timer.start()
        self.findings_timer.start()

    def commit_pending(self) -> None:
        """Typing not yet turned into a command becomes one now: a cell editor still open
        (typed without Enter), then the debounced text editors."""
        from ..pending_edits import commit_open_editors

        commit_open_editors(self)
        for page in self._pages.values():
            for name in ("commit_body", "commit"):
                commit = getattr(page, name, None)
                if callable(commit):
                    commit()

    def save_now(self) -> bool:
        """Write the touched parts to the database; never raises (quitting is not blocked)."""
        self.autosave_timer.stop()
        try:
            self.commit_pending()
            self.autosave_timer.stop()
            self.editor.save()
        except PlanChangedElsewhere as error:
            return self._changed_elsewhere(error)
        except Exception as error:
            log.exception("Autosave failed")
            if not self.save_failed:
                from ..errors import show_error

                show_error(self, error, self.tr("Không lưu được"))
            self.save_failed = True
            self.status_changed.emit()
            return False
        self.save_failed = False
        self.last_saved = time.time()
        self.status_changed.emit()
        return True

    def _changed_elsewhere(self, error: PlanChangedElsewhere) -> bool:
        """Never write a stale copy silently: reload the stored plan, or keep ours if asked."""
        if self.ask_reload(error.text):
            self.editor.discard_changes()
            if not self._closing:  # closing: the next open reads the stored plan anyway
                uuid = self.editor.plan.uuid
                QTimer.singleShot(0, lambda: self.window_.open_plan(uuid))
            return False
        try:
            self.editor.save(force=True)
        except Exception as failure:
            log.exception("Autosave failed")
            from ..errors import show_error

            show_error(self, failure, self.tr("Không lưu được"))
            return False
        self.last_saved = time.time()
        self.status_changed.emit()
        return True

    def _ask_reload(self, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Kế hoạch đã thay đổi"), text, parent=self
        )
        reload = box.addButton(self.tr("Tải lại bản trên đĩa"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Giữ bản đang sửa (ghi đè)"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is reload

    def shutdown(self) -> None:
        self._closing = True
        self.save_now()
        self.autosave_timer.stop()
        self.findings_timer.stop()
        self.context.detach()

    # ------------------------------------------------------------ status bar
    def totals_text(self) -> str:
        plan = self.editor.plan
        unit = plan.budget.unit
        total = format_number(from_dong(self.editor.budget().total, unit))
        errors, warnings = self.findings_panel.counts()
        return (
            self.tr("Tổng kinh phí theo phụ lục: %1 %2 · %3 lỗi, %4 cảnh báo")
            .replace("%1", total)
            .replace("%2", unit.label)
            .replace("%3", str(errors))
            .replace("%4", str(warnings))
        )

    def save_text(self) -> str:
        if self.save_failed:
            return self.tr("Chưa lưu được!")
        if self.editor.dirty:
            return self.tr("Đang chờ lưu…")
        if self.last_saved is None:
            return self.tr("Đã lưu")
        return self.tr("Đã lưu lúc %1").replace(
            "%1", time.strftime("%H:%M:%S", time.localtime(self.last_saved))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.appendix_actions.retranslate()
            self.refresh_findings()
            self.navigate(self.navigator.current_key() or "header")
        super().changeEvent(event)
