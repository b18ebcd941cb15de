"""A district exports its plan as a bundle; the bundle reads back identical, small, signed."""

from __future__ import annotations

import email
import os
import re
import zipfile
from datetime import UTC, datetime
from email import policy
from pathlib import Path

from bundle_fixtures import NHU_XUAN_UUID, district_database, district_document

from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_manifest import BundleKind, Party, manifest_from_bytes
from itplan_desktop.formats.bundle_reader import read_bundle
from itplan_desktop.formats.bundle_writer import BundleContent, bundle_bytes
from itplan_desktop.formats.plan_file import dumps
from itplan_desktop.paths import data_dir
from itplan_desktop.services import exchange as ex


def test_district_exports_a_small_signed_bundle_that_reads_back_identical(tmp_path: Path):
    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    out = tmp_path / "nx.itplan-bundle"
    result = ex.export_bundle(db, plan_uuid[:8], "plan_submission", out)
    assert plan_uuid == NHU_XUAN_UUID and result.path == out
    assert result.size == out.stat().st_size < 200_000
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["manifest.json", "manifest.sig", "plan.itplan.json"]
        manifest = manifest_from_bytes(archive.read("manifest.json"))
    assert manifest.format == "itplan-bundle" and manifest.version == 1
    assert manifest.sender == Party("402", "Như Xuân")
    assert manifest.receiver == Party("38", "Thanh Hóa")
    assert manifest.kind is BundleKind.PLAN_SUBMISSION
    assert (manifest.plan_uuid, manifest.plan_revision) == (plan_uuid, 1)
    assert [p.name for p in manifest.parts] == ["plan.itplan.json"]
    contents = read_bundle(out)
    assert contents.signed and contents.document is not None
    with db.session() as session:
        from itplan_desktop.store import plan_repository as repo

        assert contents.document.plan == repo.load_plan(session, plan_uuid)
    db.close()


def test_same_content_gives_the_same_bytes():
    document = district_document("402", "Như Xuân")
    content = BundleContent(
        Party("402", "Như Xuân"),
        Party("38", "Thanh Hóa"),
        BundleKind.PLAN_SUBMISSION,
        [("plan.itplan.json", dumps(document).encode())],
        document.plan.uuid,
        1,
    )
    key = keys.load_or_create_private_key()
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    uuid = "00000000-0000-4000-8000-000000000001"
    first = bundle_bytes(content, key, created_at=when, bundle_uuid=uuid)[1]
    assert bundle_bytes(content, key, created_at=when, bundle_uuid=uuid)[1] == first


def test_one_key_pair_per_installation_private_file_0600_short_fingerprint(tmp_path: Path):
    key = keys.load_or_create_private_key()
    again = keys.load_or_create_private_key()
    raw = keys.public_key_bytes(key)
    assert keys.public_key_bytes(again) == raw
    path = data_dir() / "keys" / keys.PRIVATE_KEY_NAME
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    fingerprint = keys.fingerprint(raw)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", fingerprint)
    assert ex.own_fingerprint() == fingerprint
    exported = keys.export_public_key(tmp_path / "nx.itplan-key", "402", "Như Xuân", raw)
    read = keys.read_public_key_file(exported)
    assert (read.org_code, read.public_key, read.fingerprint) == ("402", raw, fingerprint)


def test_eml_draft_parses_back_with_the_bundle_intact(tmp_path: Path):
    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    ex.set_province_email(db, "vanthu@stttt.thanhhoa.gov.vn")
    out = tmp_path / "nx.itplan-bundle"
    result = ex.export_bundle(db, plan_uuid, "plan_submission", out, eml=True)
    db.close()
    assert result.eml_path is not None
    mail = email.message_from_bytes(result.eml_path.read_bytes(), policy=policy.default)
    assert mail["To"] == "vanthu@stttt.thanhhoa.gov.vn"
    assert mail["X-Unsent"] == "1"
    assert mail["Subject"].startswith("[itplan] Kế hoạch gửi lên tỉnh — Như Xuân — ")  # item 15
    assert "  " not in mail["Subject"] and mail["Subject"].count(" — ") == 2
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert body.splitlines()[:2] == ["Kính gửi: Sở Khoa học và Công nghệ tỉnh Thanh Hóa", ""]
    assert ex.own_fingerprint() in body
    [attachment] = list(mail.iter_attachments())
    assert attachment.get_filename() == "nx.itplan-bundle"
    assert attachment.get_content() == out.read_bytes()


def test_attachments_travel_as_parts(tmp_path: Path):
    db, plan_uuid = district_database(tmp_path / "d.sqlite", "402", "Như Xuân")
    scan = tmp_path / "Kế hoạch đã ký.pdf"
    scan.write_bytes(b"%PDF-1.4 signed scan")
    out = tmp_path / "nx.itplan-bundle"
    ex.export_bundle(db, plan_uuid, "plan_submission", out, attachments=[scan])
    db.close()
    contents = read_bundle(out)
    [part] = contents.manifest.attachments
    assert part.name.startswith("attachments/") and part.name.endswith(".pdf")
    assert contents.parts[part.name] == scan.read_bytes()
