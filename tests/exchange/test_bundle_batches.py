"""Importing many bundles in batches (one transaction per batch, each bundle in its own
savepoint): a refused bundle in the middle of a batch — unreadable, tampered, or reusing the
ids of another plan (the database refuses the row) — leaves no row behind, and the bundles
around it are applied; what was applied before a cancel stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_fixtures import database_state, district_document

from itplan_desktop.domain import walk_sections
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import BATCH_SIZE, OutcomeStatus
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import open_database


def _foreign_ids_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """District 404's plan whose sections carry the ids of 402's plan."""
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path / "home-404"))
    document = district_document("404", "Nông Cống")
    theirs = [s for _d, s in walk_sections(district_document("402", "Như Xuân").plan.sections)]
    for (_depth, section), other in zip(walk_sections(document.plan.sections), theirs, strict=True):
        section.uuid = other.uuid
    db = open_database(tmp_path / "home-404" / "district.sqlite")
    with db.session() as session:
        for organisation in document.organisations:
            repo.save_organisation(session, organisation)
        session.flush()
        repo.save_plan(session, document.plan)
    out = tmp_path / "404.itplan-bundle"
    ex.export_bundle(db, document.plan.uuid, "plan_submission", out)
    db.close()
    return out


def test_refusals_inside_a_batch_write_nothing_and_spare_the_others(
    province, district_bundle, tmp_path, monkeypatch
):
    first, _uuid, _home = district_bundle("402", "Như Xuân")
    second, _uuid, _home = district_bundle("403", "Như Thanh")
    broken = tmp_path / "hong.itplan-bundle"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    tampered = tmp_path / "sua.itplan-bundle"
    raw = bytearray(second.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    tampered.write_bytes(bytes(raw))
    foreign = _foreign_ids_bundle(tmp_path, monkeypatch)
    paths = [first, broken, foreign, tampered, second, first]  # one batch (< BATCH_SIZE)
    assert len(paths) < BATCH_SIZE
    outcomes = ex.import_bundles(province, paths, confirm_unsigned=True)
    assert [o.status for o in outcomes] == [
        OutcomeStatus.APPLIED,
        OutcomeStatus.REFUSED,
        OutcomeStatus.REFUSED,  # the section ids are 402's: the database refuses the rows
        OutcomeStatus.REFUSED,
        OutcomeStatus.APPLIED,
        OutcomeStatus.ALREADY_IMPORTED,  # the same file again, in the same batch
    ]
    assert "dùng lại mã định danh" in outcomes[2].text  # plan.import_foreign_ids
    rows = {r.code: r for r in ex.inbox(province, "38")}
    assert not rows["402"].missing and not rows["403"].missing and rows["404"].missing
    with province.session() as session:
        codes = {p.organisation_code for p in repo.list_plans(session)}
    assert {"402", "403"} <= codes and "404" not in codes


def test_a_second_import_of_the_batch_changes_nothing(province, district_bundle, tmp_path):
    paths = [district_bundle(code, name)[0] for code, name in (("402", "Như Xuân"),
             ("403", "Như Thanh"), ("404", "Nông Cống"))]  # fmt: skip
    assert all(o.written for o in ex.import_bundles(province, paths, confirm_unsigned=True))
    before = database_state(province.path)
    again = ex.import_bundles(province, paths, confirm_unsigned=True)
    assert {o.status for o in again} == {OutcomeStatus.ALREADY_IMPORTED}
    assert database_state(province.path) == before


def test_files_read_ahead_by_worker_processes_give_the_same_import(
    province, district_bundle, tmp_path, monkeypatch
):
    """With worker processes verifying the files (spawned; from 2 files here instead of
    WORKERS_FROM), every outcome and every stored row is what the import alone gives."""
    from itplan_desktop.formats import bundle_verifier

    paths = [district_bundle(code, name)[0] for code, name in (("402", "Như Xuân"),
             ("403", "Như Thanh"), ("404", "Nông Cống"))]  # fmt: skip
    broken = tmp_path / "hong.itplan-bundle"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    files = [paths[0], broken, paths[1], paths[2], paths[0]]
    alone = open_database(tmp_path / "alone.sqlite")
    from bundle_fixtures import THANH_HOA

    from itplan_desktop.services.plans import import_plan_file

    import_plan_file(alone, THANH_HOA)
    expected = ex.import_bundles(alone, files, confirm_unsigned=True)
    monkeypatch.setattr(bundle_verifier, "WORKERS_FROM", 2)
    assert bundle_verifier.worker_count(len(files)) >= 1
    got = ex.import_bundles(province, files, confirm_unsigned=True)
    assert (
        [o.status for o in got]
        == [o.status for o in expected]
        == [
            OutcomeStatus.APPLIED,
            OutcomeStatus.REFUSED,
            OutcomeStatus.APPLIED,
            OutcomeStatus.APPLIED,
            OutcomeStatus.ALREADY_IMPORTED,
        ]
    )
    assert [o.text for o in got] == [o.text for o in expected]  # the refusal's words too
    rows = {r.code: r for r in ex.inbox(province, "38")}
    assert not any(rows[c].missing for c in ("402", "403", "404"))
    with province.session() as session, alone.session() as other:
        mine = sorted(p.uuid for p in repo.list_plans(session))
        assert mine == sorted(p.uuid for p in repo.list_plans(other))
    alone.close()


def test_a_refusal_comes_back_from_a_worker_as_the_same_user_error():
    import pickle

    from itplan_desktop.messages import UserError

    error = UserError("file.refused", name="x.itplan-bundle", reason="ValueError: nope")
    again = pickle.loads(pickle.dumps(error))
    assert isinstance(again, UserError) and again.key == error.key
    assert again.values == error.values and again.text == error.text
