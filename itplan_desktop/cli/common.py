"""What every `itplan` command module shares: exit codes and opening the database.

Command modules (`bundle`, `documents`, `kpi`, `language`, `units`) import this, never
`program`, so the CLI has no import cycle: `program` imports them, they import `common`.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..paths import default_database

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def open_database_for(args: argparse.Namespace) -> Any:
    """The database named by --db, or the user's."""
    import sys

    from ..store.database import open_database

    db = open_database(getattr(args, "db", None) or default_database())
    if db.notice:  # e.g. repaired from a backup after an interrupted update
        sys.stderr.write(db.notice + "\n")
    return db
