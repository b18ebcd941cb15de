"""Rotating backups of the database file, made with SQLite's online backup API."""

from __future__ import annotations

import glob
import sqlite3
from datetime import datetime
from pathlib import Path

KEEP_BACKUPS = 10


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


def backup_database(database: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Copy `database` consistently (even while open elsewhere) and keep the newest `keep`."""
    folder = backups_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite"
    source = sqlite3.connect(f"{Path(database).absolute().as_uri()}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    rotate_backups(database, keep)
    return target


def list_backups(database: Path) -> list[Path]:
    """Backups of this database, oldest first."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    stem = glob.escape(database.stem)
    return sorted(p for p in folder.glob(f"{stem}-*.sqlite") if "-damaged-" not in p.name)


def rotate_backups(database: Path, keep: int) -> None:
    backups = list_backups(database)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)
