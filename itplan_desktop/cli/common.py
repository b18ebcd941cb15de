"""What every `itplan` command module shares: exit codes, printing a line, opening the database.

Command modules (`bundle`, `documents`, `index`, `kpi`, `language`, `units`) import this, never
`program`, so the CLI has no import cycle: `program` imports them, they import `common`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..paths import default_database

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def print_line(text: str) -> None:
    """Write `text` to stdout as one line (a newline added unless it ends with one)."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def open_database_for(args: argparse.Namespace) -> Any:
    """The database named by --db, or the user's."""
    from ..store.database import open_database

    db = open_database(getattr(args, "db", None) or default_database())
    if db.notice:  # e.g. repaired from a backup after an interrupted update
        sys.stderr.write(db.notice + "\n")
    return db
