"""The index through signed bundles, as the province and a commune use it from a terminal:
the province publishes its index with a deadline, the commune imports it, assesses with
evidence files and sends its assessment up; the province imports it, corrects a value, and a
newer assessment keeps the province's check where the commune's value did not change."""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from itplan_desktop.cli import main
from itplan_desktop.domain.dti_assessment import Correction
from itplan_desktop.domain.dti_scoring import IndicatorValue
from itplan_desktop.formats import bundle_dti
from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.formats.bundle_manifest import BundleKind, Party
from itplan_desktop.formats.bundle_parts import TemplateInfo
from itplan_desktop.formats.bundle_writer import BundleContent, write_bundle
from itplan_desktop.messages import set_language
from itplan_desktop.services import dti, dti_exchange
from itplan_desktop.services import exchange as ex
from itplan_desktop.services.exchange_import import OutcomeStatus
from itplan_desktop.store.database import open_database

INDEX = "cds-xa-thanh-hoa"
# evidence with every byte value, so nothing on the way may treat it as text
SCAN = bytes(range(256)) * 40 + b"%PDF-1.4 ban quet co chu ky"
MINUTES = "Biên bản họp Ban chỉ đạo chuyển đổi số xã.\r\n".encode("utf-16")


@pytest.fixture(autouse=True)
def _vietnamese_after():
    yield
    set_language("vi")


class Installation:
    """One computer: its database and its data folder (so its own signing key)."""

    def __init__(self, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.db_path = tmp_path / f"{name}.sqlite"
        self.home = tmp_path / f"home-{name}"
        self.monkeypatch = monkeypatch

    def run(self, capsys, *argv: str) -> tuple[int, str, str]:
        self.monkeypatch.setenv("ITPLAN_DATA_DIR", str(self.home))
        command, action, *rest = argv
        code = main([command, action, "--db", str(self.db_path), *rest])
        out = capsys.readouterr()
        return code, out.out, out.err

    def open(self):
        self.monkeypatch.setenv("ITPLAN_DATA_DIR", str(self.home))
        return open_database(self.db_path)


@pytest.fixture
def province(tmp_path, monkeypatch):
    return Installation(tmp_path, "tinh", monkeypatch)


@pytest.fixture
def commune(tmp_path, monkeypatch):
    return Installation(tmp_path, "xa", monkeypatch)


def _assess(commune: Installation, capsys, tmp_path: Path) -> None:
    scan, minutes = tmp_path / "bao-cao-25.pdf", tmp_path / "bien-ban.txt"
    scan.write_bytes(SCAN)
    minutes.write_bytes(MINUTES)
    common = ["--index", INDEX, "--unit", "16174", "--name", "xã Như Xuân", "--period", "2026"]
    steps = [
        ["--indicator", "A.2", "--value", "18", "--denominator", "20", "--attach", str(scan)],
        [
            "--indicator",
            "A.1",
            "--value",
            "có",
            "--evidence-number",
            "12/KH-UBND",
            "--evidence-date",
            "15/01/2026",
            "--attach",
            str(minutes),
        ],
        ["--indicator", "A.3", "--value", "12"],
    ]
    for step in steps:
        assert commune.run(capsys, "index", "assess", *common, *step)[0] == 0


def test_round_trip_province_commune_province(province, commune, capsys, tmp_path):
    down = tmp_path / "chi-so.itplan-bundle"
    code, out, _err = province.run(
        capsys,
        "index",
        "publish",
        "--index",
        INDEX,
        "--out",
        str(down),
        "--deadline",
        "2026-12-15",
        "--province",
        "38",
        "--eml",
    )
    assert code == 0, _err
    assert f"{down.stat().st_size} byte" in out and (tmp_path / (down.name + ".eml")).is_file()
    draft = email.message_from_bytes(
        (tmp_path / (down.name + ".eml")).read_bytes(), policy=email.policy.default
    )
    body = draft.get_body().get_content()
    assert draft["X-Unsent"] == "1" and "ngày 15 tháng 12 năm 2026" in body, body
    assert next(draft.iter_attachments()).get_content() == down.read_bytes()

    # the commune: an unknown key needs the officer's confirmation, then the index is kept
    code, _out, err = commune.run(capsys, "bundle", "import", str(down))
    assert code == 1 and "xác nhận" in err
    code, out, _err = commune.run(capsys, "bundle", "import", "--yes", str(down))
    assert code == 0 and "hạn gửi tự đánh giá 15/12/2026" in out
    db = commune.open()
    try:
        published = dti_exchange.publication(db, dti.stored_index(db, INDEX))
    finally:
        db.close()
    assert published is not None and published.deadline == date(2026, 12, 15)
    assert published.sender_code == "38"
    code, out, _err = commune.run(capsys, "bundle", "import", "--yes", str(down))
    assert code == 0 and "đã được nhập" in out  # the same bundle twice changes nothing
    code, out, _err = commune.run(capsys, "index", "list", "--json")
    listed = {row["code"]: row for row in json.loads(out)}
    assert listed[INDEX]["deadline"] == "2026-12-15"

    _assess(commune, capsys, tmp_path)
    up = tmp_path / "tu-danh-gia.itplan-bundle"
    code, out, _err = commune.run(
        capsys, "index", "send", "--unit", "16174", "--period", "2026", "--out", str(up)
    )
    assert code == 0, _err
    assert f"{up.stat().st_size} byte" in out and "2 tệp minh chứng" in out

    code, out, err = province.run(capsys, "bundle", "import", "--yes", str(up))
    assert code == 0, err
    assert "bản tự đánh giá năm 2026 của xã Như Xuân: 3 chỉ số, 2 tệp minh chứng" in out
    db = province.open()
    try:
        kept = dti.stored_assessment(db, INDEX, "16174", 2026)
        assert kept is not None
        by_name = {a.name: a.content for a in kept.attachments}
        assert by_name == {"bao-cao-25.pdf": SCAN, "bien-ban.txt": MINUTES}  # byte-identical
        a2 = kept.entry("A.2")
        assert a2 is not None and a2.evidence.attachments == (hashlib.sha256(SCAN).hexdigest(),)
        # the province checks: A.2 corrected (16 of 20 done on time), A.1 accepted
        reviewed = kept.corrected(
            "A.2",
            Correction(IndicatorValue(numerator=Decimal(16), denominator=Decimal(20)), "Biên bản"),
        )
        reviewed = reviewed.with_entry(replace(reviewed.entry("A.1"), accepted=True))
        dti.save_assessment(db, reviewed)
    finally:
        db.close()

    # the commune changes A.3 and sends again: the province's check of A.1 and A.2 stays
    commune.run(
        capsys,
        "index",
        "assess",
        "--index",
        INDEX,
        "--unit",
        "16174",
        "--period",
        "2026",
        "--indicator",
        "A.3",
        "--value",
        "20",
    )
    newer = tmp_path / "tu-danh-gia-2.itplan-bundle"
    assert (
        commune.run(
            capsys, "index", "send", "--unit", "16174", "--period", "2026", "--out", str(newer)
        )[0]
        == 0
    )
    code, out, err = province.run(capsys, "bundle", "import", "--yes", str(newer))
    assert code == 0, err
    assert "giữ 2 kết quả thẩm định, 0 chỉ số cần thẩm định lại" in out
    db = province.open()
    try:
        kept = dti.stored_assessment(db, INDEX, "16174", 2026)
        ranking = dti.province_ranking(db, INDEX, 2026)
    finally:
        db.close()
    a2 = kept.entry("A.2")
    assert a2.value == IndicatorValue(numerator=Decimal(18), denominator=Decimal(20))  # unit's
    assert a2.correction is not None and a2.correction.value.numerator == Decimal(16)
    assert kept.entry("A.1").accepted
    assert kept.entry("A.3").value.value == Decimal(20)
    assert {a.name: a.content for a in kept.attachments}["bao-cao-25.pdf"] == SCAN
    assert [r.score.unit_code for r in ranking[1]] == ["16174"]

    # the older bundle, sent again, is refused as older; nothing changes
    code, _out, err = province.run(capsys, "bundle", "import", "--yes", str(up))
    assert code == 0 and "đã được nhập" in _out  # that very bundle: already imported
    stale = tmp_path / "cu.itplan-bundle"
    _rewrap(up, stale, commune)
    code, _out, err = province.run(capsys, "bundle", "import", "--yes", str(stale))
    assert code == 1 and "cũ hơn" in err


def _rewrap(source: Path, target: Path, installation: Installation) -> None:
    """The same content as `source` in a new bundle (new id) signed by the same key."""
    from itplan_desktop.formats.bundle_reader import read_bundle

    contents = read_bundle(source)
    installation.monkeypatch.setenv("ITPLAN_DATA_DIR", str(installation.home))
    manifest = contents.manifest
    content = BundleContent(
        manifest.sender,
        manifest.receiver,
        manifest.kind,
        list(contents.parts.items()),
    )
    write_bundle(target, content, keys.load_or_create_private_key())


def _signed(tmp_path: Path, name: str, key_home: str, content: BundleContent) -> Path:
    key = keys.load_or_create_private_key(tmp_path / key_home)
    write_bundle(tmp_path / name, content, key)
    return tmp_path / name


def test_only_the_signing_unit_sends_its_assessment_and_only_a_province_an_index(
    province, commune, capsys, tmp_path
):
    _assess(commune, capsys, tmp_path)
    db = commune.open()
    try:
        prepared = dti_exchange.prepare_assessment_bundle(db, INDEX, "16174", 2026)
        index = dti.stored_index(db, INDEX)
    finally:
        db.close()
    parts = bundle_dti.assessment_parts(prepared.assessment)
    forged = _signed(
        tmp_path,
        "forged.itplan-bundle",
        "keys-16177",
        BundleContent(Party("16177", "xã Xuân Bình"), None, BundleKind.DTI_ASSESSMENT, parts),
    )
    reviewed = prepared.assessment.corrected(
        "A.2", Correction(IndicatorValue(numerator=Decimal(20), denominator=Decimal(20)), "tự")
    )
    self_reviewed = _signed(
        tmp_path,
        "self.itplan-bundle",
        "keys-16174",
        BundleContent(
            Party("16174", "xã Như Xuân"),
            None,
            BundleKind.DTI_ASSESSMENT,
            bundle_dti.assessment_parts(reviewed),
        ),
    )
    index_from_commune = _signed(
        tmp_path,
        "index.itplan-bundle",
        "keys-16174",
        BundleContent(
            Party("16174", "xã Như Xuân"),
            None,
            BundleKind.DTI_INDEX,
            bundle_dti.index_parts(index, TemplateInfo(None)),
        ),
    )
    mixed = _signed(
        tmp_path,
        "mixed.itplan-bundle",
        "keys-16174",
        BundleContent(
            Party("16174", "xã Như Xuân"),
            None,
            BundleKind.DTI_ASSESSMENT,
            [*parts, *bundle_dti.index_parts(index, TemplateInfo(None))],
        ),
    )
    db = province.open()
    try:
        outcomes = ex.import_bundles(
            db, [forged, self_reviewed, index_from_commune, mixed], confirm_unsigned=True
        )
        assert dti.stored_assessments(db, INDEX, 2026) == []
    finally:
        db.close()
    texts = [o.text for o in outcomes]
    assert all(o.status is OutcomeStatus.REFUSED for o in outcomes), texts
    assert "16177" in texts[0] and "16174" in texts[0]
    assert "thẩm định" in texts[1]
    assert "dti_index" in texts[2]
    assert "không được chứa" in texts[3]


def test_an_index_changed_without_a_new_version_is_refused(province, commune, capsys, tmp_path):
    first, changed = tmp_path / "v1.itplan-bundle", tmp_path / "v1b.itplan-bundle"
    db = province.open()
    try:
        index = dti.stored_index(db, INDEX)
        dti_exchange.export_index_bundle(db, index, first, province="38")
        renamed = replace(index, name=index.name + " (sửa)")
        prepared = dti_exchange.prepare_index_bundle(db, renamed, province="38")
        changed.write_bytes(prepared.data)
        newer = replace(renamed, version=2)
        v2 = tmp_path / "v2.itplan-bundle"
        dti_exchange.export_index_bundle(db, newer, v2, province="38", deadline=date(2027, 1, 10))
    finally:
        db.close()
    db = commune.open()
    try:
        outcomes = ex.import_bundles(db, [first, changed, v2, first], confirm_unsigned=True)
        kept = dti.stored_index(db, INDEX)
    finally:
        db.close()
    statuses = [o.status for o in outcomes]
    assert statuses == [
        OutcomeStatus.APPLIED,  # the shipped index was already here: the deadline is news
        OutcomeStatus.REFUSED,  # same version, other content
        OutcomeStatus.APPLIED,
        OutcomeStatus.ALREADY_IMPORTED,
    ], [o.text for o in outcomes]
    assert "phiên bản mới" in outcomes[1].text
    assert kept.version == 2 and kept.name.endswith("(sửa)")
    json.dumps([o.preview.to_json() for o in outcomes if o.preview])  # the --json shape
