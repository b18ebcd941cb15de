"""The database file: pragmas, aggregates saved and loaded whole, migrations, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from plan_factories import SAMPLES, organisations, small_plan
from sqlalchemy import func, select

from itplan_desktop.messages import UserError
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.backup import backup_database, list_backups
from itplan_desktop.store.database import (
    _alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
)
from itplan_desktop.store.models import AppendixRowRecord, SectionRecord


def _store(db_path: Path, plan=None):
    plan = plan or small_plan()
    db = open_database(db_path)
    with db.session() as session:
        for org in organisations():
            repo.save_organisation(session, org)
        repo.save_plan(session, plan)
    return db, plan


def test_new_database_is_wal_with_foreign_keys_at_head(db_path: Path):
    db = open_database(db_path)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert current_revision(db.engine) == head_revision()
    assert db.backup is None
    db.close()


def test_plan_saved_and_loaded_equal(db_path: Path):
    db, plan = _store(db_path)
    db.close()
    reopened = open_database(db_path)
    with reopened.session() as session:
        assert repo.load_plan(session, plan.uuid) == plan
    reopened.close()


def test_saving_again_replaces_children(db_path: Path):
    db, plan = _store(db_path)
    plan.appendices[0].rows.pop()
    plan.sections.pop()
    plan.revision = 2
    with db.session() as session:
        repo.save_plan(session, plan)
    with db.session() as session:
        assert repo.load_plan(session, plan.uuid) == plan
        assert session.scalar(select(func.count()).select_from(AppendixRowRecord)) == 1
    db.close()


def test_delete_cascades_to_every_child(db_path: Path):
    db, plan = _store(db_path)
    with db.session() as session:
        assert repo.delete_plan(session, plan.uuid)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(SectionRecord)) == 0
        assert session.scalar(select(func.count()).select_from(AppendixRowRecord)) == 0
        assert repo.list_plans(session) == []
    db.close()


def test_foreign_keys_are_enforced(db_path: Path):
    db = open_database(db_path)
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as session:
        repo.save_plan(session, small_plan())  # its organisation was never stored
    db.close()


def test_list_plans_summarises(db_path: Path):
    db, plan = _store(db_path)
    with db.session() as session:
        (summary,) = repo.list_plans(session)
    assert summary.uuid == plan.uuid
    assert summary.number_and_symbol == "05/KH-UBND"
    assert summary.organisation_name == "Như Xuân"
    assert summary.appendix_count == 1
    db.close()


def test_abbreviated_ids_resolve(db_path: Path):
    db, plan = _store(db_path)
    with db.session() as session:
        assert repo.find_plan_uuid(session, plan.uuid[:6].upper()) == [plan.uuid]
        assert repo.find_plan_uuid(session, "%") == []
        assert repo.find_plan_uuid(session, "") == []
    db.close()


def test_file_that_is_not_a_database_is_refused_untouched(db_path: Path):
    db_path.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="không phải là cơ sở dữ liệu"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_database_is_refused(db_path: Path):
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(UserError, match="không phải là cơ sở dữ liệu"):
        open_database(db_path)


def test_corrupt_database_is_refused_with_backup_advice(db_path: Path):
    db, _plan = _store(db_path)
    db.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(4096, len(data), 97):  # scribble over every page after the first
        data[offset] ^= 0xFF
    db_path.write_bytes(bytes(data))
    with pytest.raises(UserError, match="bị hỏng"):
        open_database(db_path)


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path):
    db, _plan = _store(db_path)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="phiên bản mới hơn"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_older_database_is_backed_up_then_migrated(db_path: Path):
    engine = make_engine(db_path)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.stamp(config, "base")  # a file whose schema predates every migration
    engine.dispose()
    db = open_database(db_path)
    assert db.migrated_from is None and db.backup is not None and db.backup.exists()
    assert current_revision(db.engine) == head_revision()
    db.close()


def test_backups_rotate(db_path: Path):
    db, _plan = _store(db_path)
    for _ in range(4):
        backup_database(db_path, "manual", keep=3)
    backups = list_backups(db_path)
    assert len(backups) == 3
    copy = sqlite3.connect(backups[-1])
    assert copy.execute("SELECT count(*) FROM plan").fetchone() == (1,)
    copy.close()
    db.close()


def test_database_written_by_the_first_schema_opens_with_every_row(tmp_path: Path):
    """A frozen dump of a database made by schema 0001 (the Như Xuân sample): whatever
    migrations come later, opening it must keep every row and load the same plan."""
    from itplan_desktop.formats.plan_file import read_plan_file

    path = tmp_path / "old.sqlite"
    dump = (Path(__file__).parent / "data" / "db_schema_0001.sql").read_text("utf-8")
    connection = sqlite3.connect(path)
    connection.executescript(dump)
    connection.close()
    expected = read_plan_file(SAMPLES / "nhu_xuan_2016_2020.itplan.json").plan
    # the sample was frozen with the numbering of its time; a migration keeps stored choices
    expected.appendix_numbering = "arabic"
    db = open_database(path)
    with db.session() as session:
        assert repo.load_plan(session, expected.uuid) == expected
    assert current_revision(db.engine) == head_revision()
    db.close()


def test_schema_head_constant_is_alembics_head():
    from itplan_desktop.store.database import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_opening_a_current_database_does_not_import_alembic(db_path: Path):
    import subprocess
    import sys

    open_database(db_path).close()
    code = (
        "import sys; from itplan_desktop.store.database import open_database; "
        f"open_database({str(db_path)!r}).close(); "
        "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
