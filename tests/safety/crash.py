"""Crash injection for the safety tests: run an action in a forked child that dies (os._exit,
as kill -9: no cleanup, no rollback) right before its n-th SQL statement."""

from __future__ import annotations

import os
from collections.abc import Callable

from sqlalchemy import Engine, event

CRASHED = 77


def count_statements(action: Callable[[], object]) -> int:
    """How many SQL statements `action` sends through SQLAlchemy (run in a child)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        count = [0]

        def before(*_args: object) -> None:
            count[0] += 1

        event.listen(Engine, "before_cursor_execute", before)
        try:
            action()
        except BaseException:
            os._exit(1)
        os.write(write, str(count[0]).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as handle:
        text = handle.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the action failed without a crash"
    return int(text)


def crash_before(n: int, action: Callable[[], object]) -> int:
    """Run `action` in a child killed right before its n-th statement; its exit code."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        count = [0]

        def before(*_args: object) -> None:
            count[0] += 1
            if count[0] == n:
                os._exit(CRASHED)

        event.listen(Engine, "before_cursor_execute", before)
        try:
            action()
        except BaseException:
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)
