"""`run(db)`: the Qt application — high-DPI, language, log file, exception hook, main window.

Start-up shows the main window first and opens the database right after (the database layer
— SQLAlchemy, the ORM mapping — takes longer to import than Qt takes to show a window).
With ITPLAN_STARTUP_PROBE set, the process prints the wall-clock times at which the main
window was first shown ("SHOWN") and the plan list was filled ("READY"), then quits (used by
bench/bench_startup.py).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ..paths import resource_path
from . import i18n, settings
from .none_refcount_guard import protect_none
from .shell.logging_setup import install_excepthook, log, setup_logging

if TYPE_CHECKING:
    from ..store.database import Database
    from ..store.plan_list import PlanSummary
    from .shell.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), with names used by QSettings and the window manager."""
    protect_none()  # before any Qt call: PySide6 6.12 on CPython 3.11 leaks None references
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("itplan-desktop")
    app.setOrganizationName("itplan-desktop")
    app.setApplicationDisplayName("itplan-desktop")
    icon = resource_path("icons", "itplan.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run(
    db: Database | None = None,
    language: str | None = None,
    *,
    open_database: Callable[[], Database] | None = None,
    peek_plans: Callable[[], tuple[list[PlanSummary], Path] | None] | None = None,
    files: Sequence[Path] = (),
    database_path: Path | None = None,
) -> int:
    """Show the main window and run the event loop; returns the exit code.

    Either `db` is open already, or `open_database` opens it once the window is on screen.
    `peek_plans` (store.plan_list, Python's sqlite3) gives the plans and the file's path before
    that, so the user sees the list without waiting for SQLAlchemy and the ORM; it answers
    None when only the full open can tell (new, older or damaged file). `files` (plan files,
    Excel tables, bundles) are imported once the database is open.
    With `database_path`, one window per database: a second launch on it hands its files to
    the running window and returns 0 at once (see single_instance.py).
    """
    app = make_application()
    guard = None
    if database_path is not None:
        from .single_instance import SingleInstance

        guard = SingleInstance(database_path)
        if not guard.acquire():
            if guard.hand_over(files):
                return 0
            sys.stderr.write(f"{database_path}: already open in another window\n")
            return 1
    install_excepthook()
    chosen = language or settings.language()
    i18n.set_language(chosen)
    from .shell.main_window import MainWindow

    window = MainWindow(db)
    probe = bool(os.environ.get("ITPLAN_STARTUP_PROBE"))

    def stamp(word: str) -> None:
        if probe and sys.stdout is not None:  # a windowed Windows program has no stdout
            sys.stdout.write(f"{word} {time.time():.6f}\n")
            sys.stdout.flush()

    def attach() -> None:
        from .errors import show_error

        assert open_database is not None  # attach is scheduled only with an opener
        try:
            db = open_database()
            window.attach_database(db)
            if db.notice:  # repaired from a backup: say so
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(window, "itplan-desktop", db.notice)
        except Exception as error:  # a damaged or foreign file: say so, then quit
            show_error(window, error)
            app.exit(1)
            return
        log.info("Started on %s", window.db.path if window.db else "?")
        if not peeked:
            stamp("READY")
        if files:
            window.open_files(list(files))
        if probe:
            QTimer.singleShot(0, app.quit)

    peeked: list[bool] = []

    def shown() -> None:
        stamp("SHOWN")
        peek = peek_plans() if peek_plans is not None else None
        if peek is not None:
            window.preview_plans(peek[0], str(peek[1]))
            peeked.append(True)
            stamp("READY")  # the plan list is filled; the database layer loads next
        setup_logging()  # the log file opens once the window is on screen
        if open_database is not None:
            QTimer.singleShot(0, attach)
        else:
            stamp("READY")
            if files:
                window.open_files(list(files))
            if probe:
                QTimer.singleShot(0, app.quit)

    window.first_shown.connect(shown)
    if guard is not None:
        guard.files_received.connect(lambda paths: _bring_files(window, paths))
    window.show()
    code = app.exec()
    if guard is not None:
        guard.release()
    if window.db is not None:
        window.db.close()
    return code


def _bring_files(window: MainWindow, paths: list[Path]) -> None:
    """Files a second launch handed over: the window comes to the front and opens them."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if paths and window.db is not None:
        window.open_files(paths)
