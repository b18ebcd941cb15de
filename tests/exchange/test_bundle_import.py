"""The province imports districts' bundles: dry run, idempotence, stale, conflicts, diff,
signature statuses, several files with progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_fixtures import database_state, district_database

from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_import import PlanChange, Resolution, SignatureStatus
from itplan_desktop.messages import UserError
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import OutcomeStatus
from itplan_desktop.store import plan_repository as repo

M = 1_000_000


def _register(province, home: Path, code: str, tmp_path: Path) -> None:
    raw = keys.public_key_bytes(keys.load_or_create_private_key(home / "keys"))
    key_file = keys.export_public_key(tmp_path / f"{code}.itplan-key", code, "x", raw)
    ex.register_key_file(province, key_file)


def test_unsigned_or_unknown_sender_needs_confirmation_and_writes_nothing(
    province, district_bundle
):
    path, _uuid, _home = district_bundle("402", "Như Xuân")
    preview = ex.preview_bundle(province, path)
    assert preview.signature is SignatureStatus.UNKNOWN and preview.needs_confirmation
    assert preview.plan_change is PlanChange.NEW
    before = database_state(province.path)
    [outcome] = ex.import_bundles(province, [path])
    assert outcome.status is OutcomeStatus.NEEDS_CONFIRMATION
    assert database_state(province.path) == before
    [outcome] = ex.import_bundles(province, [path], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.APPLIED


def test_registered_sender_imports_without_confirmation(province, district_bundle, tmp_path):
    path, plan_uuid, home = district_bundle("402", "Như Xuân")
    _register(province, home, "402", tmp_path)
    preview = ex.preview_bundle(province, path)
    assert preview.signature is SignatureStatus.REGISTERED and not preview.needs_confirmation
    assert preview.fingerprint in preview.signature_text()
    [outcome] = ex.import_bundles(province, [path])
    assert outcome.status is OutcomeStatus.APPLIED
    with province.session() as session:
        assert repo.load_plan(session, plan_uuid) == preview.plan


def test_another_districts_key_is_not_accepted_as_registered(province, district_bundle, tmp_path):
    path, _uuid, _home = district_bundle("402", "Như Xuân")
    _other, _u, other_home = district_bundle("403", "Như Thanh")
    _register(province, other_home, "402", tmp_path)  # a different key registered for 402
    # issue 17: a key contradicting the registered one is refused, not "unknown"
    with pytest.raises(UserError) as refused:
        ex.preview_bundle(province, path)
    assert refused.value.key == "bundle.key_mismatch"


def test_unsigned_bundle_is_shown_as_such(province, tmp_path):
    from bundle_fixtures import district_document

    from itplan_desktop.formats.bundle_manifest import BundleKind, Party
    from itplan_desktop.formats.bundle_writer import BundleContent, write_bundle
    from itplan_desktop.formats.plan_file import dumps

    document = district_document("403", "Như Thanh")
    content = BundleContent(
        Party("403", "Như Thanh"),
        None,
        BundleKind.PLAN_SUBMISSION,
        [("plan.itplan.json", dumps(document).encode())],
        document.plan.uuid,
        1,
    )
    path = tmp_path / "unsigned.itplan-bundle"
    write_bundle(path, content, None)
    preview = ex.preview_bundle(province, path)
    assert preview.signature is SignatureStatus.UNSIGNED and preview.fingerprint is None
    assert "không có chữ ký" in preview.signature_text()
    [outcome] = ex.import_bundles(province, [path])
    assert outcome.status is OutcomeStatus.NEEDS_CONFIRMATION


def test_importing_the_same_bundle_twice_changes_nothing_and_says_so(province, district_bundle):
    path, _uuid, _home = district_bundle("402", "Như Xuân")
    [first] = ex.import_bundles(province, [path], confirm_unsigned=True)
    assert first.status is OutcomeStatus.APPLIED
    before = database_state(province.path)
    [second] = ex.import_bundles(province, [path], confirm_unsigned=True)
    assert second.status is OutcomeStatus.ALREADY_IMPORTED
    assert "đã được nhập" in second.text
    assert ex.preview_bundle(province, path).no_changes
    assert database_state(province.path) == before


def test_same_content_in_a_new_bundle_is_no_change(province, tmp_path, monkeypatch):
    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    first, second = tmp_path / "1.itplan-bundle", tmp_path / "2.itplan-bundle"
    ex.export_bundle(db, plan_uuid, "plan_submission", first)
    ex.export_bundle(db, plan_uuid, "plan_submission", second)
    db.close()
    ex.import_bundles(province, [first], confirm_unsigned=True)
    preview = ex.preview_bundle(province, second)
    assert preview.plan_change is PlanChange.SAME and preview.no_changes
    [outcome] = ex.import_bundles(province, [second], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.UNCHANGED and "không thay đổi" in outcome.text


def _revise(db, plan_uuid: str, edit) -> None:
    with db.session() as session:
        plan = repo.load_plan(session, plan_uuid)
        edit(plan)
        plan.revision += 1
        session.expunge_all()
        repo.save_plan(session, plan)


def test_older_revision_after_a_newer_one_is_refused_as_stale(province, tmp_path):
    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    old, new = tmp_path / "r1.itplan-bundle", tmp_path / "r2.itplan-bundle"
    ex.export_bundle(db, plan_uuid, "plan_submission", old)
    _revise(db, plan_uuid, lambda p: setattr(p, "number", "132"))
    ex.export_bundle(db, plan_uuid, "plan_submission", new)
    db.close()
    [applied] = ex.import_bundles(province, [new], confirm_unsigned=True)
    assert applied.status is OutcomeStatus.APPLIED
    before = database_state(province.path)
    with pytest.raises(UserError, match="mới hơn phiên bản 1"):
        ex.preview_bundle(province, old)
    [stale] = ex.import_bundles(province, [old], confirm_unsigned=True)
    assert stale.status is OutcomeStatus.REFUSED and "phiên bản 2" in stale.text
    assert database_state(province.path) == before


def _edit_row(plan) -> None:
    recurring = plan.appendices[1]
    recurring.rows[0].values["y2016"] = 75 * M  # was 60
    del recurring.rows[3]
    from itplan_desktop.domain import AppendixRow, RowKind

    recurring.rows.append(
        AppendixRow(RowKind.ITEM, texts={"name": "Thuê dịch vụ CNTT"}, values={"y2020": 30 * M})
    )
    plan.title = plan.title + " (sửa đổi)"


def test_new_revision_preview_lists_header_and_row_changes_cell_by_cell(province, tmp_path):
    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    r1, r2 = tmp_path / "r1.itplan-bundle", tmp_path / "r2.itplan-bundle"
    ex.export_bundle(db, plan_uuid, "plan_submission", r1)
    _revise(db, plan_uuid, _edit_row)
    ex.export_bundle(db, plan_uuid, "plan_submission", r2)
    db.close()
    ex.import_bundles(province, [r1], confirm_unsigned=True)
    preview = ex.preview_bundle(province, r2)
    assert preview.plan_change is PlanChange.REVISION and preview.stored_revision == 1
    diff = preview.diff
    assert [c.name for c in diff.header] == ["title"]
    assert diff.header[0].new.endswith("(sửa đổi)")
    [appendix] = diff.appendices
    changes = {(r.change.value, r.label[:20]): r.fields for r in appendix.rows}
    changed = changes[("changed", "Cập nhật văn bản QPP")]
    assert [(f.name, f.old, f.new) for f in changed] == [("y2016", 60 * M, 75 * M)]
    assert ("added", "Thuê dịch vụ CNTT") in changes
    assert ("removed", "Chi thường xuyên cho") in changes
    assert "phiên bản 1 → 2" in preview.summary()
    [outcome] = ex.import_bundles(province, [r2], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.APPLIED
    with province.session() as session:
        assert repo.load_plan(session, plan_uuid) == preview.plan


def test_local_edits_are_never_overwritten_silently(province, tmp_path):
    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    r1, r2 = tmp_path / "r1.itplan-bundle", tmp_path / "r2.itplan-bundle"
    ex.export_bundle(db, plan_uuid, "plan_submission", r1)
    _revise(db, plan_uuid, lambda p: setattr(p, "number", "140"))
    ex.export_bundle(db, plan_uuid, "plan_submission", r2)
    db.close()
    ex.import_bundles(province, [r1], confirm_unsigned=True)
    with province.session() as session:  # edited here after the import
        plan = repo.load_plan(session, plan_uuid)
        plan.place = "Thanh Hóa (sửa tại tỉnh)"
        session.expunge_all()
        repo.save_plan(session, plan)
    before = database_state(province.path)
    assert ex.preview_bundle(province, r2).plan_change is PlanChange.CONFLICT
    [outcome] = ex.import_bundles(province, [r2], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.CONFLICT and "cần chọn" in outcome.text
    assert database_state(province.path) == before
    [kept] = ex.import_bundles(
        province, [r2], confirm_unsigned=True, resolve=lambda _p: Resolution.KEEP_LOCAL
    )
    assert kept.status is OutcomeStatus.KEPT_LOCAL
    with province.session() as session:
        assert repo.load_plan(session, plan_uuid).place == "Thanh Hóa (sửa tại tỉnh)"


def test_conflict_resolved_by_taking_the_bundle(province, tmp_path):
    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    r2 = tmp_path / "r2.itplan-bundle"
    _revise(db, plan_uuid, lambda p: setattr(p, "number", "140"))
    ex.export_bundle(db, plan_uuid, "plan_submission", r2)
    db.close()
    from bundle_fixtures import NHU_XUAN

    from itplan_desktop.services.plans import import_plan_file

    import_plan_file(province, NHU_XUAN)  # never imported from a bundle: written here
    asked = []
    [outcome] = ex.import_bundles(
        province,
        [r2],
        confirm_unsigned=True,
        resolve=lambda p: asked.append(p.plan_change) or Resolution.TAKE_INCOMING,
    )
    assert asked == [PlanChange.CONFLICT] and outcome.status is OutcomeStatus.APPLIED
    with province.session() as session:
        assert repo.load_plan(session, plan_uuid).number == "140"


def test_progress_report_brings_new_actuals(province, tmp_path):
    from decimal import Decimal

    from itplan_desktop.domain import Observation

    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    r1, r2 = tmp_path / "r1.itplan-bundle", tmp_path / "r2.itplan-bundle"
    ex.export_bundle(db, plan_uuid, "plan_submission", r1)

    def observe(plan) -> None:
        plan.observations = [
            Observation(plan.indicators[0].uuid, "402", "2016-H1", value=Decimal("85")),
            Observation(
                plan.indicators[1].uuid,
                "402",
                "2016",
                numerator=Decimal(12),
                denominator=Decimal(14),
            ),
        ]

    _revise(db, plan_uuid, observe)
    ex.export_bundle(db, plan_uuid, "progress_report", r2)
    db.close()
    ex.import_bundles(province, [r1], confirm_unsigned=True)
    preview = ex.preview_bundle(province, r2)
    assert preview.contents.actual_count == 2
    assert preview.actual_counts() == (2, 0)
    assert "2 số liệu mới" in preview.summary()
    [outcome] = ex.import_bundles(province, [r2], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.APPLIED
    table = ex.kpi_comparison(province, "38", "2016-H1")
    first = preview.plan.indicators[0]
    key = first.catalogue_code or first.name
    assert table.cells[(key, "402")].value == Decimal("85")
    assert ("Như Xuân" in name for _c, name in table.districts)


def test_several_files_with_progress_and_cancel_between_bundles(province, district_bundle):
    paths = [
        district_bundle(code, name)[0]
        for code, name in (("402", "Như Xuân"), ("403", "Như Thanh"), ("404", "Nông Cống"))
    ]
    seen, asked = [], []
    outcomes = ex.import_bundles(
        province,
        paths,
        confirm_unsigned=True,
        progress=lambda done, total, outcome: seen.append((done, total, outcome.status)),
        cancel=lambda: asked.append(True) or len(asked) > 2,  # asked before each bundle
    )
    assert [o.status for o in outcomes] == [
        OutcomeStatus.APPLIED,
        OutcomeStatus.APPLIED,
        OutcomeStatus.CANCELLED,
    ]
    assert seen == [(1, 3, OutcomeStatus.APPLIED), (2, 3, OutcomeStatus.APPLIED)]
    rows = {r.code: r for r in ex.inbox(province, "38")}
    assert not rows["402"].missing and not rows["403"].missing and rows["404"].missing
