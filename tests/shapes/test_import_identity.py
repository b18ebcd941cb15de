"""Issue 15, item 7: importing a plan file keeps identities straight. Units are matched by
official code (a unit stored under another identifier is kept, and the user is told); an
identifier that belongs to another unit is refused, the database untouched; a changed file
with the stored plan's revision is refused unless the user replaces the stored plan, which
then becomes the next revision. Over the real services, the CLI and the window."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from itplan_desktop.cli import main
from itplan_desktop.messages import UserError
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.plans import (
    ImportOutcome,
    export_plan_text,
    get_plan,
    import_plan_file,
)
from itplan_desktop.store.database import open_database

NHU_XUAN = samples_dir() / "nhu_xuan_2016_2020.itplan.json"
PLAN = "698731bc-833f-5ad2-a3b3-3b7557414db6"


def _variant(tmp_path: Path, name: str, change) -> Path:
    data = json.loads(NHU_XUAN.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / f"{name}.itplan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _district(data: dict) -> dict:
    return next(o for o in data["organisations"] if o["code"] == "402")


def _rows(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as raw:
        tables = [t for (t,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [
            (t, raw.execute(f'SELECT COUNT(*), TOTAL(rowid) FROM "{t}"').fetchone()) for t in tables
        ]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "plans.sqlite"
    db = open_database(path)
    import_plan_file(db, NHU_XUAN)
    db.close()
    return path


def test_a_unit_known_under_another_id_is_kept_and_the_user_told(db_path, tmp_path):
    other_id = _variant(
        tmp_path,
        "other-id",
        lambda d: _district(d).update(uuid="2" * 8 + "-2222-4222-8222-" + "2" * 12),
    )
    db = open_database(db_path)
    result = import_plan_file(db, other_id)
    assert result.outcome is ImportOutcome.UNCHANGED
    assert (
        len(result.notes) == 1
        and "402" in result.notes[0]
        and "giữ đơn vị đã có" in result.notes[0]
    )
    exported = json.loads(export_plan_text(db, PLAN))
    original = json.loads(NHU_XUAN.read_text(encoding="utf-8"))
    assert _district(exported)["uuid"] == _district(original)["uuid"]  # the stored id stays
    db.close()


def test_an_id_of_another_unit_is_refused_and_nothing_changes(db_path, tmp_path):
    def steal(data: dict) -> None:
        _district(data)["code"] = "999"
        data["plan"]["organisation_code"] = "999"
        data["plan"]["uuid"] = "11111111-1111-4111-8111-111111111111"

    stolen = _variant(tmp_path, "stolen", steal)
    before = _rows(db_path)
    db = open_database(db_path)
    with pytest.raises(UserError) as refused:
        import_plan_file(db, stolen)
    db.close()
    assert refused.value.key == "plan.import_unit_id_taken"
    assert "999" in refused.value.text and "402" in refused.value.text
    assert _rows(db_path) == before


def test_a_changed_file_of_the_same_revision_asks_to_replace(db_path, tmp_path, capsys):
    changed = _variant(
        tmp_path, "changed", lambda d: d["plan"].update(title=d["plan"]["title"] + " (sửa)")
    )
    before = _rows(db_path)
    assert main(["--db", str(db_path), "import-plan", str(changed)]) == 1
    said = capsys.readouterr().err
    assert "cùng phiên bản 1" in said and "--replace" in said
    assert _rows(db_path) == before
    assert main(["--db", str(db_path), "import-plan", str(changed), "--replace", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["outcome"] == "updated" and "phiên bản 2" in result["notes"][0]
    db = open_database(db_path)
    stored = json.loads(export_plan_text(db, PLAN))["plan"]
    db.close()
    assert stored["revision"] == 2 and stored["title"].endswith("(sửa)")
    # the same file again is now older than what is stored: refused as stale, never silent
    assert main(["--db", str(db_path), "import-plan", str(changed)]) == 1
    assert "mới hơn phiên bản 1" in capsys.readouterr().err


def test_in_the_window_the_clerk_chooses_to_replace_or_keep(qtbot, db_path, tmp_path):
    from itplan_desktop.gui import i18n
    from itplan_desktop.gui.application import make_application
    from itplan_desktop.gui.shell.main_window import MainWindow

    make_application()
    i18n.set_language("vi")
    changed = _variant(
        tmp_path, "changed", lambda d: d["plan"].update(title=d["plan"]["title"] + " (sửa)")
    )
    db = open_database(db_path)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    answers = [False, True]
    window.files.confirm_replace = lambda text: asked.append(text) or answers.pop(0)
    window.files.import_path(changed)  # "Giữ bản đang lưu"
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "cùng phiên bản 1" in asked[0]
    assert not get_plan(db, PLAN).title.endswith("(sửa)")  # kept
    window.files.import_path(changed)  # "Thay bản đang lưu"
    qtbot.waitUntil(lambda: window.files.last_result is not None, timeout=10000)
    assert window.files.last_result.outcome is ImportOutcome.UPDATED
    assert window.workspace is not None
    assert window.workspace.editor.plan.title.endswith("(sửa)")
    assert window.workspace.editor.plan.revision == 2
    window.close()
    db.close()
