"""`run(db)`: the Qt application — high-DPI, language, log file, exception hook, main window.

With ITPLAN_STARTUP_PROBE set, the process prints the wall-clock time at which the main
window was first shown and quits (used by bench/bench_startup.py).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ..store.database import Database
from . import i18n, settings
from .logging_setup import install_excepthook, log, setup_logging


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), with names used by QSettings and the window manager."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("itplan-desktop")
    app.setOrganizationName("itplan-desktop")
    app.setApplicationDisplayName("itplan-desktop")
    return app  # type: ignore[return-value]


def run(db: Database, language: str | None = None) -> int:
    """Show the main window on `db` and run the event loop; returns the exit code."""
    app = make_application()
    setup_logging()
    install_excepthook()
    chosen = language or settings.language()
    i18n.set_language(chosen)
    from .main_window import MainWindow

    window = MainWindow(db)
    if os.environ.get("ITPLAN_STARTUP_PROBE"):

        def shown() -> None:
            sys.stdout.write(f"SHOWN {time.time():.6f}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, app.quit)

        window.first_shown.connect(shown)
    window.show()
    log.info("Started on %s", db.path)
    code = app.exec()
    db.close()
    return code
