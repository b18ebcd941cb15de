"""Issue 17, findings 1 and 6: a bundle carries only what its (registered) sender may send,
and a registered key is never replaced or contradicted silently."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import pytest
from bundle_fixtures import database_state, district_document, province_database

from itplan_desktop.cli.bundle import register
from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_manifest import BundleKind, Party
from itplan_desktop.formats.bundle_parts import TemplateInfo, actuals_to_bytes, template_to_bytes
from itplan_desktop.formats.bundle_writer import BundleContent, write_bundle
from itplan_desktop.formats.plan_file import PlanDocument, dumps
from itplan_desktop.messages import UserError
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import OutcomeStatus
from itplan_desktop.store import plan_repository as repo


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="itplan")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=None)
    register(parser.add_subparsers(dest="command", required=True), common)
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except UserError as error:
        import sys

        sys.stderr.write(error.text + "\n")
        return 1


def _key(tmp_path: Path, code: str):
    return keys.load_or_create_private_key(tmp_path / f"keys-{code}")


def _register(db, tmp_path: Path, code: str, key) -> str:
    path = keys.export_public_key(
        tmp_path / f"{code}-{id(key)}.itplan-key", code, code, keys.public_key_bytes(key)
    )
    ex.register_key_file(db, path, code, replace=True)
    return keys.fingerprint(keys.public_key_bytes(key))


def _bundle(
    tmp_path: Path,
    name: str,
    sender: str,
    document: PlanDocument,
    key,
    kind: BundleKind = BundleKind.PLAN_SUBMISSION,
    extra: tuple[tuple[str, bytes], ...] = (),
) -> Path:
    plan = document.plan
    parts = [("plan.itplan.json", dumps(replace(document, plan=replace(plan, observations=[]))))]
    parts = [(n, d.encode()) for n, d in parts]
    if plan.observations:
        parts.append(("actuals.json", actuals_to_bytes(plan.uuid, plan.observations)))
    content = BundleContent(
        Party(sender, sender), None, kind, [*parts, *extra], plan.uuid, plan.revision
    )
    path = tmp_path / name
    write_bundle(path, content, key)
    return path


@pytest.fixture
def province(tmp_path: Path):
    db = province_database(tmp_path / "province.sqlite")
    yield db
    db.close()


def test_registered_sender_cannot_carry_another_units_plan(province, tmp_path):
    key403 = _key(tmp_path, "403")
    _register(province, tmp_path, "403", key403)
    forged = district_document("402", "Như Xuân", factor=5)  # 402's plan, amounts × 5
    path = _bundle(tmp_path, "forged.itplan-bundle", "403", forged, key403)
    before = database_state(province.path)
    [outcome] = ex.import_bundles(province, [path], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.REFUSED
    assert "403" in outcome.text and "402" in outcome.text
    assert database_state(province.path) == before


def test_own_code_on_another_units_plan_id_is_refused(province, tmp_path):
    """403 relabels 402's stored plan as its own: the stored owner counts too."""
    key402, key403 = _key(tmp_path, "402"), _key(tmp_path, "403")
    _register(province, tmp_path, "402", key402)
    _register(province, tmp_path, "403", key403)
    genuine = district_document("402", "Như Xuân")
    path = _bundle(tmp_path, "402.itplan-bundle", "402", genuine, key402)
    assert ex.import_bundles(province, [path])[0].status is OutcomeStatus.APPLIED
    forged = district_document("402", "Như Xuân", factor=5)
    forged.plan.organisation_code = "403"
    forged = replace(forged, organisations=district_document("403", "Như Thanh").organisations)
    forged.plan.revision = 9
    path = _bundle(tmp_path, "forged.itplan-bundle", "403", forged, key403)
    before = database_state(province.path)
    [outcome] = ex.import_bundles(province, [path], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.REFUSED and "402" in outcome.text
    assert database_state(province.path) == before
    with province.session() as session:
        assert repo.load_plan(session, genuine.plan.uuid).organisation_code == "402"


def test_district_cannot_send_a_province_template_or_comments(province, tmp_path):
    key402 = _key(tmp_path, "402")
    _register(province, tmp_path, "402", key402)
    document = district_document("402", "Như Xuân")
    template = _bundle(
        tmp_path,
        "t.itplan-bundle",
        "402",
        document,
        key402,
        BundleKind.PROVINCE_TEMPLATE,
        (("template.json", template_to_bytes(TemplateInfo(None, "forged"))),),
    )
    before = database_state(province.path)
    [outcome] = ex.import_bundles(province, [template], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.REFUSED
    assert "402" in outcome.text and "province_template" in outcome.text
    assert database_state(province.path) == before


def test_a_key_other_than_the_registered_one_is_refused_even_with_yes(province, tmp_path, capsys):
    genuine, impostor = _key(tmp_path, "402"), _key(tmp_path, "evil")
    registered = _register(province, tmp_path, "402", genuine)
    path = _bundle(tmp_path, "x.itplan-bundle", "402", district_document("402", "NX"), impostor)
    before = database_state(province.path)
    code = run(["bundle", "import", "--db", str(province.path), "--yes", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert registered in err and keys.fingerprint(keys.public_key_bytes(impostor)) in err
    assert "CẢNH BÁO" in err
    assert database_state(province.path) == before


def test_unsigned_bundle_for_a_unit_with_a_registered_key_is_refused(province, tmp_path):
    _register(province, tmp_path, "402", _key(tmp_path, "402"))
    path = _bundle(tmp_path, "u.itplan-bundle", "402", district_document("402", "NX"), None)
    [outcome] = ex.import_bundles(province, [path], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.REFUSED and "CẢNH BÁO" in outcome.text


def test_replacing_a_registered_key_needs_replace_and_shows_both(tmp_path, capsys):
    province_database(tmp_path / "p.sqlite").close()
    db = ["--db", str(tmp_path / "p.sqlite")]
    first, second = _key(tmp_path, "a"), _key(tmp_path, "b")
    files = []
    for index, key in enumerate((first, second)):
        raw = keys.public_key_bytes(key)
        files.append(keys.export_public_key(tmp_path / f"k{index}.itplan-key", "402", "NX", raw))
    old, new = (keys.fingerprint(keys.public_key_bytes(k)) for k in (first, second))
    assert run(["bundle", "key", *db, "--register", str(files[0]), "--org", "402"]) == 0
    capsys.readouterr()
    assert run(["bundle", "key", *db, "--register", str(files[1]), "--org", "402"]) == 1
    err = capsys.readouterr().err
    assert old in err and new in err and "--replace" in err
    # the same key again is no replacement
    assert run(["bundle", "key", *db, "--register", str(files[0]), "--org", "402"]) == 0
    capsys.readouterr()
    argv = ["bundle", "key", *db, "--register", str(files[1]), "--org", "402", "--replace"]
    assert run(argv) == 0
    out = capsys.readouterr().out
    assert old in out and new in out
