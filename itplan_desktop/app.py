"""`itplan-desktop`: start the desktop application on a database.

On first start the user's database is created holding the two sample plans. On a machine
without a graphical display the program says so and falls back to the command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .messages import UserError, message, set_language
from .paths import default_database


def has_display() -> bool:
    """Whether Qt can show a window here (Windows and macOS always can)."""
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_database(path: Path):
    """Open `path`; a database that does not exist yet is created with the sample plans."""
    from .services.plans import create_demo
    from .store.database import open_database

    if path.exists() and path.stat().st_size > 0:
        return open_database(path)
    db, _results = create_demo(path)
    return db


def _peek(path: Path):
    """The plan list read with sqlite3 and the file it came from (None: open it fully)."""
    from .store.plan_list import read_plan_list

    plans = read_plan_list(path)
    return None if plans is None else (plans, path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="itplan-desktop")
    parser.add_argument("--db", type=Path, default=None, help="database file")
    parser.add_argument("--lang", choices=("vi", "en"), default=None)
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        help="plan files, Excel tables or exchange bundles to import (e.g. opened from Explorer)",
    )
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    path = args.db or default_database()
    _clean_stale_exports()
    if has_display():
        from .xcb_check import uses_xcb, xcb_problem

        problem = xcb_problem() if uses_xcb() else None
        if problem:  # Qt would abort with "Could not load the Qt platform plugin xcb"
            sys.stderr.write(problem + "\n")
            return 1
        # The window shows first; the database opens (or is created) right after.
        from .gui.application import run

        return run(
            language=args.lang,
            open_database=lambda: ensure_database(path),
            peek_plans=lambda: _peek(path),
            files=args.files,
            database_path=path,
        )
    try:
        db = ensure_database(path)
    except UserError as error:
        sys.stderr.write(error.text + "\n")
        return 1
    return _fallback_to_cli(db, path, args.files)


def _clean_stale_exports() -> None:
    """Temporary files a killed export left (beside its target, or openpyxl's): removed."""
    import logging

    try:
        from .export.temp_files import clean_stale

        removed = clean_stale()
    except Exception:  # never a reason not to start
        logging.getLogger(__name__).exception("Cleaning stale temporary files failed")
        return
    for path in removed:
        logging.getLogger(__name__).info("Removed stale temporary file %s", path)


def _fallback_to_cli(db, path: Path, files: Sequence[Path] = ()) -> int:
    """No display: import the plan files given (as the window would), then list the plans."""
    from .services.plans import import_plan_file, list_plans

    sys.stdout.write(message("gui.no_display", path=path) + "\n")
    code = 0
    for file in files:
        if not file.name.lower().endswith(".json"):
            sys.stdout.write(message("gui.file_needs_cli", path=file) + "\n")
            continue
        try:
            result = import_plan_file(db, file)
        except UserError as error:
            sys.stderr.write(error.text + "\n")
            code = 1
            continue
        sys.stdout.write(message("plan.imported", title=result.title, id=result.uuid) + "\n")
    for plan in list_plans(db):
        sys.stdout.write(f"  {plan.uuid[:8]}  {plan.organisation_name}: {plan.title}\n")
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
