"""Long work off the GUI thread: a QThread runs a service call that takes `progress` and
`cancel` callbacks, while a QProgressDialog with Cancel shows how far it got."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("itplan_desktop.gui")

Work = Callable[[Callable[..., None], Callable[[], bool]], Any]


class Cancelled(Exception):
    """Raised by a service (or by us) when the user pressed Cancel."""


class _Thread(QThread):
    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_requested = False

    def _progress(self, *args: float) -> None:
        """Accept progress(done, total) or progress(fraction)."""
        if len(args) >= 2 and args[1]:
            percent = int(100 * args[0] / args[1])
        elif args:
            value = float(args[0])
            percent = int(value * 100) if value <= 1 else int(value)
        else:
            return
        self.progressed.emit(max(0, min(100, percent)))

    def _cancelled(self) -> bool:
        return self.cancel_requested

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancelled)
        except BaseException as error:  # reported to the GUI thread, never lost
            self.failed.emit(error)
            return
        if self.cancel_requested:
            self.failed.emit(Cancelled())
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One background job with its progress dialog; emit `done(result)`, `failed(error)` or
    `cancelled()` on the GUI thread. Keep a reference until one of them fires."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, label: str, work: Work) -> None:
        super().__init__(parent)
        self._thread = _Thread(work, self)
        self.dialog = QProgressDialog(label, self.tr("Hủy"), 0, 100, parent)
        self.dialog.setWindowTitle(self.tr("Đang xử lý"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.cancel)
        self._thread.progressed.connect(self.dialog.setValue)
        self._thread.succeeded.connect(self._succeeded)
        self._thread.failed.connect(self._failed)

    def start(self) -> Task:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._thread.cancel_requested = True
        self.dialog.setLabelText(self.tr("Đang hủy…"))

    def wait(self, msecs: int = 60_000) -> bool:
        return self._thread.wait(msecs)

    def _finish(self) -> None:
        self._thread.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if _is_cancellation(error):
            self.cancelled.emit()
        else:
            log.info("Background task failed: %r", error)
            self.failed.emit(error)


def _is_cancellation(error: BaseException) -> bool:
    """Cancel pressed: our own marker, or a service's "…cancelled" refusal (pdf, xlsx …)."""
    from ..messages import UserError

    if isinstance(error, Cancelled):
        return True
    return isinstance(error, UserError) and error.key.endswith("cancelled")


_running: set[Task] = set()


def run_task(
    parent: QWidget | None,
    label: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
) -> Task:
    """Start `work(progress, cancel)` in a thread; `on_done(result)` runs on the GUI thread.
    Errors go to the error box unless `on_failed` handles them; Cancel just stops."""
    task = Task(parent, label, work)
    _running.add(task)

    def forget(*_args: object) -> None:
        _running.discard(task)
        task.deleteLater()

    def failed(error: BaseException) -> None:
        if on_failed is not None:
            on_failed(error)
        else:
            from .errors import show_error

            show_error(parent, error)

    task.done.connect(on_done)
    task.failed.connect(failed)
    for signal in (task.done, task.failed, task.cancelled):
        signal.connect(forget)
    return task.start()


def running_tasks() -> set[Task]:
    return set(_running)
