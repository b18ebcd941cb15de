"""Issue 17, finding 4: a crash before any SQL statement of creating or migrating a database
leaves a file that opens (injected at every statement, not a timed kill)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from crash import CRASHED, count_statements, crash_before

from itplan_desktop.messages import UserError
from itplan_desktop.services.plans import create_demo, list_plans
from itplan_desktop.store.database import (
    current_revision,
    head_revision,
    known_revisions,
    make_engine,
    open_database,
    upgrade,
)

DUMP = Path(__file__).parents[1] / "data" / "db_schema_0001.sql"

SAMPLES = 4  # the two reference plans and xã Như Thanh's two (issue 13)


def _opens_at_head(path: Path) -> int:
    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        return len(list_plans(db))
    finally:
        db.close()


def test_a_crash_before_any_statement_of_creation_leaves_a_database_that_opens(tmp_path):
    create_demo(tmp_path / "warm" / "plans.sqlite")[0].close()  # imports done before forking
    total = count_statements(lambda: create_demo(tmp_path / "count" / "plans.sqlite")[0].close())
    assert total > 20
    for n in range(1, total + 1):
        path = tmp_path / f"c{n}" / "plans.sqlite"
        assert crash_before(n, lambda p=path: create_demo(p)) == CRASHED, n
        # before the rename there is no database; after it, a complete one (samples included)
        assert not path.exists() or _opens_at_head(path) == SAMPLES, n
        if n % 8 == 0 or n == total:  # and starting again completes it (each time: slow)
            db, _results = create_demo(path)
            assert len(list_plans(db)) == SAMPLES
            db.close()
            assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []


def _database_at(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(DUMP.read_text("utf-8"))
    connection.close()
    if revision != "0001":
        engine = make_engine(path)
        upgrade(engine, revision)
        engine.dispose()


def _rows(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("organisation", "plan", "section", "appendix", "appendix_row")
        }
    finally:
        connection.close()


@pytest.mark.parametrize("start", sorted(known_revisions() - {head_revision()}))
def test_a_crash_before_any_statement_of_a_migration_leaves_a_database_that_opens(tmp_path, start):
    template = tmp_path / "template.sqlite"
    _database_at(template, start)
    rows = _rows(template)
    probe = tmp_path / "probe" / "plans.sqlite"
    probe.parent.mkdir()
    probe.write_bytes(template.read_bytes())
    open_database(template.with_name("warm.sqlite")).close()  # imports done before forking
    total = count_statements(lambda: open_database(probe).close())
    assert total > 3
    for n in range(1, total + 1):
        path = tmp_path / f"m{n}" / "plans.sqlite"
        path.parent.mkdir()
        path.write_bytes(template.read_bytes())
        assert crash_before(n, lambda p=path: open_database(p)) == CRASHED, n
        assert _opens_at_head(path) == 1, n
        assert _rows(path) == rows, n


def test_a_file_an_old_version_half_migrated_is_repaired_from_its_backup(tmp_path):
    """What the old code left (finding 4): tables of 0002 created but the stamp still 0001."""
    path = tmp_path / "plans.sqlite"
    _database_at(path, "0001")
    rows = _rows(path)
    from itplan_desktop.store.backup import backup_database

    backup_database(path, "before-0002")  # the old code backed up, then ...
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE sender_key (id INTEGER PRIMARY KEY)")  # ... died here
    connection.commit()
    connection.close()
    db = open_database(path)
    assert db.repaired_from is not None and db.notice and "sao lưu" in db.notice
    assert current_revision(db.engine) == head_revision()
    db.close()
    assert _rows(path) == rows


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_database_is_refused_with_nothing_changed_not_even_the_journal_mode(tmp_path):
    path = tmp_path / "plans.sqlite"
    _database_at(path, "0001")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(UserError) as refused:
        open_database(path)
    assert refused.value.key == "db.too_new"
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plans.sqlite"]


@pytest.mark.parametrize("folder", ["a#b", "x%41y", "q?r", "sp ace"])
def test_odd_characters_in_the_folder_name(tmp_path, folder):
    path = tmp_path / folder / "plans.sqlite"
    db, _results = create_demo(path)
    assert len(list_plans(db)) == SAMPLES
    db.close()
    from itplan_desktop.store.backup import backup_database

    backup = backup_database(path, "manual")
    assert backup.parent == tmp_path / folder / "backups"
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT count(*) FROM plan").fetchone() == (SAMPLES,)
    copy.close()
    assert [p.name for p in tmp_path.iterdir()] == [folder]  # nothing beside, under a cut name
    assert {"backups", "plans.sqlite"} <= {p.name for p in (tmp_path / folder).iterdir()}
