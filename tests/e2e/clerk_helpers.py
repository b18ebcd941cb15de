"""Helpers for the clerk's jobs driven in the real main window (appendix and plan
management, budget sources, Excel import with mapping, the progress report, the guide).

Fixtures here are imported by the test modules that use them; the window is the real
`MainWindow` on a copy of the demo database, 1366×768, in Vietnamese."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from keyboard import type_text

from itplan_desktop.app import ensure_database
from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application

NHU_XUAN = "698731bc-833f-5ad2-a3b3-3b7557414db6"
THANH_HOA = "dad9f2b9-cf36-5b45-8a1d-874ba66397da"
TRIEU = 1_000_000
SCREEN = (1366, 768)


@pytest.fixture(scope="session")
def clerk_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clerk_demo") / "demo.sqlite"
    ensure_database(path).close()
    return path


@pytest.fixture
def clerk_db(tmp_path: Path, clerk_demo: Path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(clerk_demo, path)
    database = ensure_database(path)
    yield database
    database.close()


@pytest.fixture
def clerk_window(qtbot, clerk_db):
    """The main window in Vietnamese at 1366×768, shown; closed (saving) at the end."""
    from itplan_desktop.gui.shell.main_window import MainWindow

    make_application()
    i18n.set_language("vi")
    win = MainWindow(clerk_db)
    qtbot.addWidget(win)
    win.resize(*SCREEN)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # shortcuts match against the active window's focus widget
    qtbot.waitActive(win)
    yield win
    win.close()
    i18n.set_language("vi")


def recurring_plan(db, stated_source: str = "dtpt") -> str:
    """A 2026 plan of a commune of today (code 16228) with a chi thường xuyên (vốn sự
    nghiệp) appendix:
    one task of 120 triệu; its budget line states 120 triệu under `stated_source` — what
    the old "Thêm dòng" made (always "Vốn đầu tư phát triển")."""
    from itplan_desktop.domain import PlanKind
    from itplan_desktop.domain.budget import BudgetLine
    from itplan_desktop.services.appendix_editing import insert_rows, new_item, set_amount
    from itplan_desktop.services.plan_creation import NewPlan, create_plan
    from itplan_desktop.services.plan_editing import BUDGET, PlanEditor

    uuid = create_plan(db, NewPlan("16228", PlanKind.ANNUAL, 2026, 2026, "recurring_tasks"))
    editor = PlanEditor(db, uuid)
    appendix = next(a for a in editor.plan.appendices if a.template == "recurring_tasks")
    insert_rows(appendix, 0, [new_item()])
    appendix.rows[0].texts["name"] = "Duy trì hệ thống quản lý văn bản"
    computation = editor.computation(appendix.uuid)
    computation.rebuild()
    year_key = next(c.key for c in appendix.columns if c.year == 2026)
    set_amount(computation, 0, year_key, 120 * TRIEU)
    editor.plan.budget.total_stated = 120 * TRIEU
    editor.plan.budget.lines.append(
        BudgetLine(label="Nguồn vốn đầu tư phát triển", source=stated_source, stated=120 * TRIEU)
    )
    editor.touch(BUDGET)
    editor.touch_appendix(appendix.uuid, structure=True)
    editor.save()
    return uuid


def codes(workspace) -> list[str]:
    """The finding codes the workspace shows now (after its debounce)."""
    workspace.refresh_findings()
    return [f.code for f in workspace.findings_panel.findings]


def edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Open the cell editor as F2 does, replace its text by typing, confirm with Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert editors, "no cell editor opened"
    editor = editors[-1]
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    editing = view.State.EditingState
    qtbot.waitUntil(lambda: view.state() != editing, timeout=2000)


def when_dialog(handle, timeout_ms: int = 5000) -> None:
    """Run `handle(dialog)` on the next modal dialog as soon as it shows (the code under
    test then blocks in its exec()); `handle` answers it like a user would."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_ms / 1000

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            try:
                handle(dialog)
            except BaseException:
                dialog.reject()  # never leave the test blocked in exec()
                raise
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def click_button(dialog, text: str) -> None:
    """Click the dialog's button whose text (without '&') is `text`."""
    from PySide6.QtWidgets import QAbstractButton

    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text and button.isVisible():
            button.click()
            return
    names = [b.text() for b in dialog.findChildren(QAbstractButton)]
    raise AssertionError(f"no button {text!r} in {names}")


def focus(qtbot, widget) -> None:
    """Give `widget` the keyboard focus in an active window (after a modal dialog closed the
    offscreen platform leaves no window active, which a window manager would restore)."""
    from PySide6.QtWidgets import QApplication

    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget.setFocus()
