"""Opening the one database file: checks, automatic migration (backup first), sessions.

The file is SQLite in WAL mode with foreign keys on and `synchronous=FULL`, so a power cut
mid-save loses at most the transaction in flight. A file made by a newer version of the app
is refused untouched; an older one is backed up and then migrated with Alembic.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .. import messages
from ..messages import UserError
from .backup import backup_database, backups_dir

SQLITE_MAGIC = b"SQLite format 3\x00"


SCHEMA_HEAD = "0004"
"""The newest migration. Opening a database already at this revision never imports Alembic
(a test checks it equals Alembic's head), which keeps start-up fast."""


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@dataclass
class Database:
    """An open database file with its engine and session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    migrated_from: str | None = None
    backup: Path | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _check_file(path: Path) -> None:
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise UserError("db.not_sqlite", path=path)
    if not header:
        return  # an empty file: treated as a new database
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise UserError("db.corrupt", path=path, detail=error, backups=backups_dir(path)) from None
    finally:
        connection.close()
    if result != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in result[:3])
        raise UserError("db.corrupt", path=path, detail=detail, backups=backups_dir(path))
    if tables and "alembic_version" not in tables:
        raise UserError("db.not_sqlite", path=path)


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the file (None for a new or never-migrated file)."""
    with engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'alembic_version'"
        ).all()
        if not tables:
            return None
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` in one transaction."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    return engine


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at `path`."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_file(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    found = current_revision(engine) if existed else None
    if found == SCHEMA_HEAD:
        return Database(path, engine, sessionmaker(engine, expire_on_commit=False))
    if found is not None and found not in known_revisions():
        engine.dispose()
        raise UserError("db.too_new", path=path, found=found)
    database = Database(path, engine, sessionmaker(engine, expire_on_commit=False))
    if found != head_revision():
        if existed:
            engine.dispose()  # release the file so the backup sees a checkpointed WAL
            database.backup = backup_database(path, f"before-{head_revision()}")
            database.migrated_from = found
        upgrade(engine)
    return database


__all__ = ["Database", "messages", "open_database"]
