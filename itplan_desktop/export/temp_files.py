"""Temporary files of exports, cleaned even after a kill: each export notes its temporary
file (with the process id) in a small journal in the data folder before creating it and
removes the note when done; the next start removes what a dead process left behind, and
`openpyxl.*` files older than a day in the system's temporary folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ..paths import data_dir

_JOURNAL = "pending-temporary-files.txt"
_OPENPYXL_AGE = 24 * 3600


def _journal() -> Path:
    return data_dir() / _JOURNAL


def _entries() -> list[tuple[int, Path]]:
    try:
        lines = _journal().read_text("utf-8").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        pid, _, name = line.partition("\t")
        if pid.isdigit() and name:
            found.append((int(pid), Path(name)))
    return found


def _write(entries: list[tuple[int, Path]]) -> None:
    journal = _journal()
    with contextlib.suppress(OSError):
        journal.parent.mkdir(parents=True, exist_ok=True)
        journal.write_text("".join(f"{pid}\t{path}\n" for pid, path in entries), "utf-8")


@contextlib.contextmanager
def tracked(path: Path) -> Iterator[Path]:
    """Note `path` (a temporary file about to be made) until the block ends."""
    entry = (os.getpid(), Path(path).absolute())
    _write([*_entries(), entry])
    try:
        yield path
    finally:
        _write([e for e in _entries() if e != entry])


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale() -> list[Path]:
    """Remove the temporary files of exports whose process died; returns what was removed."""
    removed = []
    keep = []
    for pid, path in _entries():
        if _alive(pid):
            keep.append((pid, path))
            continue
        with contextlib.suppress(OSError):
            if path.is_file():
                path.unlink()
                removed.append(path)
    if removed or keep != _entries():
        _write(keep)
    limit = time.time() - _OPENPYXL_AGE
    with contextlib.suppress(OSError):
        for stale in Path(tempfile.gettempdir()).glob("openpyxl.*"):
            with contextlib.suppress(OSError):
                if stale.is_file() and stale.stat().st_mtime < limit:
                    stale.unlink()
                    removed.append(stale)
    return removed
