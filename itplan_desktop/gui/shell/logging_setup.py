"""The support log: a rotating file in `paths.log_dir()`, and the last-resort exception hook
that logs a crash and shows an understandable message instead of a traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TextIO

from ...paths import log_dir

LOG_NAME = "itplan-desktop.log"
log = logging.getLogger("itplan_desktop")
_fault_file: list[TextIO] = []  # kept open for the life of the process


def setup_logging() -> Path:
    """Log INFO and above to a rotating file (1 MB × 3); returns the file's path."""
    from logging.handlers import RotatingFileHandler  # ~8 ms: imported once the window shows

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        enable_fault_log(path)
    return path


def enable_fault_log(path: Path) -> None:
    """A native crash (a segmentation fault in Qt, an abort) writes the Python traceback of
    every thread into the log file (`faulthandler`), where nothing was left before. The file
    gets its own handle, kept open: after a rotation the traceback lands in the renamed file."""
    import faulthandler

    if not _fault_file:
        _fault_file.append(open(path, "a", encoding="utf-8"))  # noqa: SIM115 (kept open)
    faulthandler.enable(_fault_file[0], all_threads=True)


def install_excepthook() -> None:
    """Unhandled exceptions go to the log and to an error box; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unhandled exception", exc_info=(kind, value, tb))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        from ..errors import show_error

        show_error(None, value)

    sys.excepthook = hook
