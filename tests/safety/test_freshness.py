"""Issue 17, findings 2 and 3: newest wins (a late old bundle is refused, a newer one still
imports), and two writers on one database lose nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_fixtures import database_state, district_database, province_database

from itplan_desktop.formats.bundle_manifest import BundleKind, Party
from itplan_desktop.formats.bundle_writer import BundleContent, write_bundle
from itplan_desktop.formats.plan_file import PlanDocument, dumps
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import OutcomeStatus
from itplan_desktop.services.plan_editing import PlanChangedElsewhere, PlanEditor
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import open_database


@pytest.fixture
def district(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path / "district"
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(home))
    db, plan_uuid = district_database(home / "d.sqlite", "402", "Như Xuân")
    yield db, plan_uuid
    db.close()


def _edit_and_send(db, plan_uuid: str, out: Path, percent: str) -> int:
    """The district edits its plan (as the window does, through the editor) and sends it."""
    editor = PlanEditor(db, plan_uuid)
    editor.plan.place = f"Như Xuân {percent}"
    editor.touch("header")
    editor.save()
    ex.export_bundle(db, plan_uuid, "plan_submission", out)
    return editor.plan.revision


def _place(db, plan_uuid: str) -> str:
    with db.session() as session:
        return repo.load_plan(session, plan_uuid).place


def test_every_save_raises_the_revision(district):
    db, plan_uuid = district
    editor = PlanEditor(db, plan_uuid)
    before = editor.plan.revision
    for step in range(3):
        editor.plan.place = f"step {step}"
        editor.touch("header")
        editor.save()
    with db.session() as session:
        assert repo.plan_revision(session, plan_uuid) == before + 3


def test_a_late_old_bundle_is_refused_and_a_newer_one_still_imports(district, tmp_path):
    db, plan_uuid = district
    old = tmp_path / "old.itplan-bundle"
    new = tmp_path / "new.itplan-bundle"
    newest = tmp_path / "newest.itplan-bundle"
    r_old = _edit_and_send(db, plan_uuid, old, "50 %")
    r_new = _edit_and_send(db, plan_uuid, new, "90 %")
    assert r_new > r_old
    province = province_database(tmp_path / "p.sqlite")
    try:
        [outcome] = ex.import_bundles(province, [new], confirm_unsigned=True)
        assert outcome.status is OutcomeStatus.APPLIED
        before = database_state(province.path)
        [outcome] = ex.import_bundles(province, [old], confirm_unsigned=True)  # arrives late
        assert outcome.status is OutcomeStatus.REFUSED
        assert "cũ hơn dữ liệu đang có" in outcome.text
        assert database_state(province.path) == before
        assert _place(province, plan_uuid) == "Như Xuân 90 %"
        _edit_and_send(db, plan_uuid, newest, "95 %")
        [outcome] = ex.import_bundles(province, [newest], confirm_unsigned=True)
        assert outcome.status is OutcomeStatus.APPLIED
        assert _place(province, plan_uuid) == "Như Xuân 95 %"
        [outcome] = ex.import_bundles(province, [new], confirm_unsigned=True)
        assert outcome.status is OutcomeStatus.ALREADY_IMPORTED
    finally:
        province.close()


def test_same_revision_with_other_content_is_refused(district, tmp_path):
    db, plan_uuid = district
    sent = tmp_path / "sent.itplan-bundle"
    _edit_and_send(db, plan_uuid, sent, "90 %")
    with db.session() as session:
        plan = repo.load_plan(session, plan_uuid)
        organisations = repo.organisations_for(session, plan)
    plan.place = "Như Xuân 50 %"  # another version under the same revision number
    forged = tmp_path / "same.itplan-bundle"
    parts = [("plan.itplan.json", dumps(PlanDocument(plan, organisations)).encode())]
    content = BundleContent(
        Party("402", "Như Xuân"), None, BundleKind.PLAN_SUBMISSION, parts, plan.uuid, plan.revision
    )
    write_bundle(forged, content, None)
    province = province_database(tmp_path / "p.sqlite")
    try:
        assert ex.import_bundles(province, [sent], confirm_unsigned=True)[0].written
        [outcome] = ex.import_bundles(province, [forged], confirm_unsigned=True)
        assert outcome.status is OutcomeStatus.REFUSED
        assert _place(province, plan_uuid) == "Như Xuân 90 %"
    finally:
        province.close()


def test_the_editor_never_writes_a_stale_copy_over_an_import(district, tmp_path):
    """Finding 3: the window holds the plan, another process imports a newer revision; the
    window's next autosave is refused (nothing lost), and after reloading it saves again."""
    db, plan_uuid = district
    window_db = open_database(db.path)  # the window's own connection
    try:
        editor = PlanEditor(window_db, plan_uuid)
        with db.session() as session:
            plan = repo.load_plan(session, plan_uuid)
            organisations = repo.organisations_for(session, plan)
        plan.revision += 5
        for row in plan.appendices[0].rows:
            row.texts["name"] = f"imported {row.uuid[:4]}"
        plan_file = tmp_path / "newer.itplan.json"
        plan_file.write_text(dumps(PlanDocument(plan, organisations)), "utf-8")
        cli = [sys.executable, "-m", "itplan_desktop.cli", "--db", str(db.path)]
        done = subprocess.run(
            [*cli, "import-plan", str(plan_file)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        editor.plan.place = "typed in the window"
        editor.touch("header")
        editor.touch_appendix(editor.plan.appendices[0].uuid)
        with pytest.raises(PlanChangedElsewhere):
            editor.save()
        with db.session() as session:
            stored = repo.load_plan(session, plan_uuid)
        assert stored == plan  # every row of the imported revision, nothing mixed in
        editor.discard_changes()
        editor.reload()
        editor.plan.place = "typed after reloading"
        editor.touch("header")
        editor.save()
        assert _place(db, plan_uuid) == "typed after reloading"
    finally:
        window_db.close()


def test_two_cli_imports_of_the_same_bundles_at_once(tmp_path, monkeypatch):
    """Finding 3: the second process says "already imported", no IntegrityError."""
    bundles = []
    for code, name in (("402", "Như Xuân"), ("403", "Như Thanh"), ("404", "Thường Xuân")):
        home = tmp_path / f"home-{code}"
        monkeypatch.setenv("ITPLAN_DATA_DIR", str(home))
        db, plan_uuid = district_database(home / "d.sqlite", code, name)
        out = tmp_path / f"{code}.itplan-bundle"
        ex.export_bundle(db, plan_uuid, "plan_submission", out)
        db.close()
        bundles.append(str(out))
    province_database(tmp_path / "p.sqlite").close()
    env = {**os.environ, "ITPLAN_LANG": "en"}
    argv = [
        sys.executable,
        "-m",
        "itplan_desktop.cli",
        "bundle",
        "import",
        "--db",
        str(tmp_path / "p.sqlite"),
        "--yes",
        *bundles,
    ]
    for _round in range(2):
        runs = [
            subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            for _ in range(2)
        ]
        results = [(p.wait(60), *(s.decode() for s in p.communicate())) for p in runs]
        for code, out, err in results:
            assert "Traceback" not in err and "IntegrityError" not in err, err
            assert code == 0, (out, err)
        text = "".join(out for _code, out, _err in results)
        assert text.count(".itplan-bundle:") == 6
        assert text.count("imported before") >= 3  # one process (or a later round) found them
