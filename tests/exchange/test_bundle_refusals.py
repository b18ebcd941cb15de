"""Every refusal of the issue, each with a crafted file: a clear message, nothing written."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bundle_fixtures import district_document, patch_uncompressed_size

from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_manifest import BundleKind, Party, manifest_to_bytes
from itplan_desktop.formats.bundle_reader import read_bundle
from itplan_desktop.formats.bundle_writer import BundleContent, build_manifest, zip_entries
from itplan_desktop.formats.plan_file import dumps
from itplan_desktop.messages import UserError
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import OutcomeStatus

WHEN = datetime(2026, 3, 1, 8, 0, 0, tzinfo=UTC)
PLAN = "plan.itplan.json"


def _plan_bytes() -> bytes:
    return dumps(district_document("402", "Như Xuân")).encode()


def _signed_entries(parts: list[tuple[str, bytes]], *, listed=None, version: int = 1):
    """manifest.json + manifest.sig (valid signature) + the parts; `listed` overrides what
    the manifest lists (name, data) so it can lie about a part."""
    key = keys.load_or_create_private_key()
    content = BundleContent(
        Party("402", "Như Xuân"),
        Party("38", "Thanh Hóa"),
        BundleKind.PLAN_SUBMISSION,
        listed or parts,
        "698731bc-833f-5ad2-a3b3-3b7557414db6",
        1,
    )
    manifest = build_manifest(content, key, created_at=WHEN)
    if version != 1:
        from dataclasses import replace

        manifest = replace(manifest, version=version)
    raw = manifest_to_bytes(manifest)
    return [("manifest.json", raw), ("manifest.sig", keys.sign(key, raw)), *parts]


def _good() -> bytes:
    return zip_entries(_signed_entries([(PLAN, _plan_bytes())]), WHEN)


def not_a_zip() -> bytes:
    return b"Day khong phai tep zip, chi la van ban.\n" * 10


def truncated() -> bytes:
    good = _good()
    return good[: len(good) // 2]


def newer_version() -> bytes:
    return zip_entries(_signed_entries([(PLAN, _plan_bytes())], version=2), WHEN)


def hash_mismatch() -> bytes:
    data = _plan_bytes()
    altered = data.replace(b"9460000000", b"9960000000", 1)
    assert len(altered) == len(data) and altered != data
    return zip_entries(_signed_entries([(PLAN, altered)], listed=[(PLAN, data)]), WHEN)


def tampered_manifest() -> bytes:
    entries = _signed_entries([(PLAN, _plan_bytes())])
    entries[0] = ("manifest.json", entries[0][1].replace(b'"revision": 1', b'"revision": 7'))
    return zip_entries(entries, WHEN)


def _with_extra(name: str) -> Callable[[], bytes]:
    def craft() -> bytes:
        entries = _signed_entries([(PLAN, _plan_bytes())])
        return _raw_zip([*entries, (name, b"evil")])

    craft.__name__ = f"entry_{name}"
    return craft


def _raw_zip(entries, *, mode: int = 0o100644) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 8, 0, 0))
            info.external_attr = mode << 16
            info.create_system = 3
            archive.writestr(info, data)
    return buffer.getvalue()


def symlink_entry() -> bytes:
    entries = _signed_entries([(PLAN, _plan_bytes())])
    buffer = _raw_zip(entries)
    link = _raw_zip([("attachments/link", b"/etc/passwd")], mode=0o120777)
    # one archive holding the ordinary entries and the symbolic link
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for source in (buffer, link):
            with zipfile.ZipFile(io.BytesIO(source)) as archive:
                for info in archive.infolist():
                    target.writestr(info, archive.read(info))
    return out.getvalue()


def duplicate_names() -> bytes:
    import warnings

    entries = _signed_entries([(PLAN, _plan_bytes())])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _raw_zip([*entries, (PLAN, _plan_bytes())])


def too_many_parts() -> bytes:
    parts = [(f"attachments/scan{i:03d}.pdf", b"%PDF") for i in range(300)]
    return zip_entries(_signed_entries([(PLAN, _plan_bytes()), *parts]), WHEN)


def bomb_by_declared_size() -> bytes:
    raw = zip_entries(_signed_entries([(PLAN, _plan_bytes())]), WHEN)
    return patch_uncompressed_size(raw, PLAN, 0x7FFF_FFFF)


def bomb_by_actual_size() -> bytes:
    """Declares 1.000 bytes (in the zip and the manifest) but inflates to 50 MB."""
    zeros = b"\0" * 50_000_000
    small = zeros[:1000]
    entries = _signed_entries(
        [(PLAN, _plan_bytes()), ("attachments/scan.pdf", zeros)],
        listed=[(PLAN, _plan_bytes()), ("attachments/scan.pdf", small)],
    )
    return patch_uncompressed_size(zip_entries(entries, WHEN), "attachments/scan.pdf", 1000)


def invalid_plan_file() -> bytes:
    document = json.loads(_plan_bytes())
    document["plan"]["start_year"] = "hai nghìn"
    bad = json.dumps(document, ensure_ascii=False).encode()
    return zip_entries(_signed_entries([(PLAN, bad)]), WHEN)


def manifest_missing() -> bytes:
    return zip_entries([(PLAN, _plan_bytes())], WHEN)


def foreign_zip() -> bytes:
    return _raw_zip(
        [("manifest.json", b'{"format": "something-else"}'), ("word/document.xml", b"<w/>")]
    )


CASES: list[tuple[Callable[[], bytes], str]] = [
    (not_a_zip, "bundle.not_zip"),
    (truncated, "bundle.truncated"),
    (newer_version, "bundle.newer_version"),
    (hash_mismatch, "bundle.hash_mismatch"),
    (tampered_manifest, "bundle.signature_invalid"),
    (_with_extra("../evil"), "bundle.bad_name"),
    (_with_extra("/abs"), "bundle.bad_name"),
    (_with_extra("C:\\x"), "bundle.bad_name"),
    (_with_extra("C:/x"), "bundle.bad_name"),
    (_with_extra("attachments\\..\\x"), "bundle.bad_name"),
    (_with_extra("attachments/../../x"), "bundle.bad_name"),
    (_with_extra("notes.txt"), "bundle.unlisted_entry"),
    (symlink_entry, "bundle.symlink"),
    (duplicate_names, "bundle.duplicate_entry"),
    (too_many_parts, "bundle.too_many_parts"),
    (bomb_by_declared_size, "bundle.too_large"),
    (bomb_by_actual_size, "bundle.too_large"),
    (invalid_plan_file, "bundle.invalid_plan"),
    (manifest_missing, "bundle.manifest_missing"),
    (foreign_zip, "bundle.bad_name"),
]


@pytest.mark.parametrize(("craft", "key"), CASES, ids=[c.__name__ for c, _k in CASES])
def test_crafted_file_is_refused_and_the_database_is_untouched(
    craft, key: str, province, tmp_path: Path
):
    path = tmp_path / "crafted.itplan-bundle"
    path.write_bytes(craft())
    with pytest.raises(UserError) as refused:
        read_bundle(path)
    assert refused.value.key == key
    db_path = province.path
    province.close()
    before = db_path.read_bytes()
    from itplan_desktop.store.database import open_database

    db = open_database(db_path)
    with pytest.raises(UserError):
        ex.preview_bundle(db, path)
    [outcome] = ex.import_bundles(db, [path], confirm_unsigned=True)
    assert outcome.status is OutcomeStatus.REFUSED and outcome.text == refused.value.text
    db.close()
    assert db_path.read_bytes() == before
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_good_bundle_of_these_crafts_is_accepted():
    from itplan_desktop.formats.bundle_reader import read_bundle_bytes

    contents = read_bundle_bytes(_good())
    assert contents.signed and contents.document is not None


def test_foreign_manifest_is_not_a_bundle():
    from itplan_desktop.formats.bundle_reader import read_bundle_bytes

    raw = _raw_zip([("manifest.json", b'{"format": "something-else"}')])
    with pytest.raises(UserError) as refused:
        read_bundle_bytes(raw)
    assert refused.value.key == "bundle.not_bundle"
