"""The start page's plan list read with Python's own sqlite3, before SQLAlchemy is loaded.

Importing SQLAlchemy and the ORM mapping takes longer than showing the window; the list the
user waits for needs one query. `read_plan_list` answers it straight from the file when the
file is at the current schema, and None otherwise (missing, older or newer, damaged): the full
open then decides what to do (create, migrate after a backup, or refuse).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from .schema import SCHEMA_HEAD


@dataclass(frozen=True)
class PlanSummary:
    """One line of the plan list."""

    uuid: str
    organisation_code: str
    organisation_name: str
    title: str
    start_year: int
    end_year: int
    number_and_symbol: str
    issued_on: date | None
    issued_draft: str | None  # a draft's date with blanks, "2020-09" (then issued_on is None)
    status: str
    revision: int
    updated_at: datetime
    appendix_count: int


def number_and_symbol(number: str, symbol: str) -> str:
    """ "131/KH-UBND", as `domain.Plan.number_and_symbol` prints it (a test holds the two
    equal): importing the domain package would cost this fast path a third of its time."""
    number = number.strip()
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    return f"{number}/{symbol}" if number else f"/{symbol}"


# The query of store.plan_repository.list_plans, in SQL (a test holds both to the same rows).
_QUERY = """
SELECT p.uuid, p.organisation_code, o.name, p.title, p.start_year, p.end_year, p.number,
       p.symbol, p.issued_on, p.issued_draft, p.status, p.revision, p.updated_at,
       (SELECT count(*) FROM appendix a WHERE a.plan_id = p.id)
FROM plan p JOIN organisation o ON o.code = p.organisation_code
ORDER BY p.start_year DESC, o.code, p.uuid
"""


def read_plan_list(path: Path) -> list[PlanSummary] | None:
    """The plans of the database at `path`, or None when only the full open can tell."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        # read-only, percent-encoded (a "#" or "?" in a folder name), as store.database does
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA busy_timeout=2000")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision != [(SCHEMA_HEAD,)]:
            return None
        rows = connection.execute(_QUERY).fetchall()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return [
        PlanSummary(
            uuid=uuid,
            organisation_code=code,
            organisation_name=name,
            title=title,
            start_year=start,
            end_year=end,
            number_and_symbol=number_and_symbol(number, symbol),
            issued_on=date.fromisoformat(issued) if issued else None,
            issued_draft=draft,
            status=status,
            revision=revision_number,
            updated_at=datetime.fromisoformat(updated).replace(tzinfo=UTC),
            appendix_count=count,
        )
        for (
            uuid,
            code,
            name,
            title,
            start,
            end,
            number,
            symbol,
            issued,
            draft,
            status,
            revision_number,
            updated,
            count,
        ) in rows
    ]
