"""Opening the one database file: checks, automatic migration (backup first), sessions.

The file is SQLite in WAL mode with foreign keys on and `synchronous=FULL`, so a power cut
mid-save loses at most the transaction in flight. A file made by a newer version of the app
is refused untouched; an older one is backed up and then migrated with Alembic.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .. import messages
from ..messages import UserError, message
from . import store_messages as _store_messages  # noqa: F401  (registers "db.…" texts)
from .backup import backup_database, backups_dir, list_backups
from .schema import SCHEMA_HEAD  # the newest migration, also read by store.plan_list

SQLITE_MAGIC = b"SQLite format 3\x00"


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


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a database file; never pasted into a string, so a `#`, `?` or
    `%41` in a folder name stays part of the name."""
    return URL.create("sqlite", database=str(path))


def file_uri(path: Path, mode: str = "ro") -> str:
    """An SQLite `file:` URI of `path` (percent-encoded by `Path.as_uri`)."""
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling is switched off (isolation_level None): every
    # transaction is begun explicitly by `_on_begin`, so DDL (CREATE/ALTER of migrations) is
    # inside the transaction too instead of being committed statement by statement.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_begin(connection: Any) -> None:
    """BEGIN (or BEGIN IMMEDIATE for a writer that reads first and must not be overtaken)."""
    immediate = connection.get_execution_options().get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass
class Database:
    """An open database file with its engine and session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    migrated_from: str | None = None
    backup: Path | None = None
    repaired_from: Path | None = None
    notice: str | None = None  # a message for the user about what opening did (a repair)

    @contextmanager
    def session(self, *, immediate: bool = False) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error. With `immediate`
        the write lock is taken at the start (read-check-write in one step: another process
        importing the same bundle waits instead of failing half-way)."""
        if immediate:
            session = self.sessions(bind=self.engine.execution_options(sqlite_immediate=True))
        else:
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


def _check_file(path: Path) -> str | None:
    """Refuse a file that is not a sound database of ours, read-only (nothing written, not
    even the journal mode); returns the stamped schema revision (None: empty / new)."""
    if not path.is_file():
        raise UserError("db.not_a_file", path=path)
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise UserError("db.not_sqlite", path=path)
    if not header:
        return None  # an empty file: treated as a new database
    connection = sqlite3.connect(file_uri(path), uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        found = None
        if "alembic_version" in tables:
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise UserError("db.corrupt", path=path, detail=error, backups=backups_dir(path)) from None
    finally:
        connection.close()
    if result != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in result[:3])
        raise UserError("db.corrupt", path=path, detail=detail, backups=backups_dir(path))
    if tables and "alembic_version" not in tables:
        raise UserError("db.not_sqlite", path=path)
    return None if found is None else str(found[0])


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
    """Run the migrations up to `revision` in one real transaction: the driver's autocommit
    is off (`_on_connect`) and BEGIN is explicit, so a crash at any statement rolls back to
    the file as it was."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def make_engine(path: Path) -> Engine:
    engine = create_engine(sqlite_url(path))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


_TEMP_MARK = ".creating-"


def _temp_files(path: Path) -> list[Path]:
    """Files a crash may have left beside the database (a half-built new database)."""
    return list(path.parent.glob(f".{glob.escape(path.name)}{_TEMP_MARK}*"))


def remove_stale_temp_files(path: Path) -> None:
    for stale in _temp_files(path):
        stale.unlink(missing_ok=True)


def _create(path: Path, populate: Callable[[Database], object] | None = None) -> None:
    """Build a new database in a temporary file beside `path`, then rename it into place: a
    crash leaves no file at `path` (and the temporary one is removed on the next open)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}{_TEMP_MARK}{os.getpid()}")
    for leftover in (temporary, *_sidecars(temporary)):
        leftover.unlink(missing_ok=True)
    engine = make_engine(temporary)
    try:
        upgrade(engine)
        if populate is not None:  # e.g. the sample plans, part of the new file from the start
            populate(Database(path, engine, sessionmaker(engine, expire_on_commit=False)))
    finally:
        engine.dispose()  # the last close checkpoints and removes the -wal file
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    if path.exists() and path.stat().st_size > 0:  # made meanwhile by another process
        temporary.unlink()
        return
    os.replace(temporary, path)
    _fsync_folder(path.parent)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; os.replace is durable there
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _migrate(path: Path, found: str | None) -> tuple[Path, Path | None]:
    """Back up, then migrate in one transaction. A file an old version half-migrated
    ("table … already exists") is restored from the newest backup that migrates; returns
    (backup made, backup restored from or None)."""
    from sqlalchemy.exc import OperationalError

    backup = backup_database(path, f"before-{head_revision()}")
    engine = make_engine(path)
    try:
        upgrade(engine)
        return backup, None
    except OperationalError as error:
        failure = error
    finally:
        engine.dispose()
    restored = _restore_from_backup(path, exclude=backup)
    if restored is None:
        raise UserError(
            "db.migration_failed", path=path, detail=failure.orig, backups=backups_dir(path)
        ) from None
    return backup, restored


def _restore_from_backup(path: Path, exclude: Path) -> Path | None:
    """The newest backup (other than `exclude`) that migrates cleanly is migrated in a copy
    and renamed over `path`; the damaged file is kept in the backups folder."""
    for candidate in reversed(list_backups(path)):
        if candidate == exclude:
            continue
        temporary = path.with_name(f".{path.name}{_TEMP_MARK}{os.getpid()}")
        shutil.copyfile(candidate, temporary)
        engine = make_engine(temporary)
        try:
            upgrade(engine)
            migrated = True
        except Exception:  # this backup does not migrate either: try an older one
            migrated = False
        finally:
            engine.dispose()
        if not migrated:
            temporary.unlink(missing_ok=True)
            continue
        damaged = backups_dir(path) / f"{path.stem}-damaged-{os.getpid()}.sqlite"
        os.replace(path, damaged)
        for sidecar in _sidecars(path):
            sidecar.unlink(missing_ok=True)
        os.replace(temporary, path)
        _fsync_folder(path.parent)
        return candidate
    return None


def open_database(path: Path, populate: Callable[[Database], object] | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`. A new database is built
    completely (schema, then `populate`) in a temporary file and renamed into place."""
    path = Path(path)
    remove_stale_temp_files(path)
    existed = path.exists() and (not path.is_file() or path.stat().st_size > 0)
    found = _check_file(path) if existed else None
    if not existed:
        path.unlink(missing_ok=True)  # an empty file counts as none
        _create(path, populate)
    elif found != SCHEMA_HEAD and found is not None and found not in known_revisions():
        raise UserError("db.too_new", path=path, found=found)  # nothing was opened writable
    backup = restored = None
    migrated_from = None
    if existed and found != SCHEMA_HEAD and found != head_revision():
        backup, restored = _migrate(path, found)
        migrated_from = found
    engine = make_engine(path)
    database = Database(
        path,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        migrated_from=migrated_from,
        backup=backup,
        repaired_from=restored,
    )
    if restored is not None:
        damaged = max(backups_dir(path).glob(f"{path.stem}-damaged-*.sqlite"), default=None)
        database.notice = message("db.repaired", path=path, backup=restored, damaged=damaged)
        logging.getLogger(__name__).warning(database.notice)
    return database


__all__ = ["Database", "messages", "open_database"]
