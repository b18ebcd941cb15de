"""Indices and assessments kept in a real database file: import twice changes nothing,
evidence files survive reopening, a bad file changes nothing, the ranking reads them back."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from itplan_desktop.domain.dti_assessment import (
    Assessment,
    Attachment,
    Correction,
    Entry,
    Evidence,
)
from itplan_desktop.domain.dti_scoring import IndicatorValue as V
from itplan_desktop.formats import dti_assessment_file
from itplan_desktop.messages import UserError
from itplan_desktop.services import dti
from itplan_desktop.store.database import open_database

INDEX = dti.find_index("cds-xa-thanh-hoa")
PHOTO = Attachment("anh-hop.jpg", b"\xff\xd8 anh hop", "image/jpeg")


def assessment(code: str, share: int) -> Assessment:
    entries = (
        Entry("A.1", V(yes=True), Evidence("12/KH-UBND", date(2026, 1, 15))),
        Entry(
            "A.2",
            V(numerator=D(share), denominator=D(20)),
            Evidence(attachments=(PHOTO.sha256,)),
        ),
    )
    return Assessment(code, f"xã {code}", INDEX.code, 1, 2026, entries, (PHOTO,))


def write(folder: Path, item: Assessment) -> Path:
    path = folder / f"{item.unit_code}.itplan-assessment.json"
    path.write_text(dti_assessment_file.dumps(item), encoding="utf-8")
    return path


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kept_assessments_rank_and_survive_reopening(tmp_path: Path):
    db_path = tmp_path / "tinh.sqlite"
    db = open_database(db_path)
    assert dti.install_shipped_indices(db) == 2
    assert dti.install_shipped_indices(db) == 0
    paths = [write(tmp_path, assessment(c, s)) for c, s in (("16279", 18), ("16282", 20))]
    first = dti.import_assessments(db, paths)
    assert (first.imported, first.unchanged, first.refused) == (["16279", "16282"], [], [])
    again = dti.import_assessments(db, paths)
    assert (again.imported, again.unchanged) == ([], ["16279", "16282"])
    db.close()

    db = open_database(db_path)
    _index, ranked, names = dti.province_ranking(db, INDEX.code, 2026)
    assert [(r.rank, r.score.unit_code) for r in ranked] == [(1, "16282"), (2, "16279")]
    assert names["16279"] == "xã 16279"
    kept = dti.stored_assessment(db, INDEX.code, "16279", 2026)
    assert kept == assessment("16279", 18)
    assert kept.attachments[0].content == PHOTO.content
    db.close()


def test_a_correction_is_kept_beside_the_units_value(tmp_path: Path):
    db = open_database(tmp_path / "tinh.sqlite")
    own = assessment("16279", 18)
    dti.save_assessment(db, own)
    corrected = own.corrected(
        "A.2", Correction(V(numerator=D(15), denominator=D(20)), "Biên bản kiểm tra", by="Sở")
    )
    assert dti.save_assessment(db, corrected)
    kept = dti.stored_assessment(db, INDEX.code, "16279", 2026)
    entry = kept.entry("A.2")
    assert entry.value.numerator == D(18) and entry.scored_value.numerator == D(15)
    assert entry.correction.reason == "Biên bản kiểm tra"
    _index, ranked, _names = dti.province_ranking(db, INDEX.code, 2026)
    assert ranked[0].score.points == D(30) + D(75)
    db.close()


def test_bad_files_are_reported_and_change_nothing(tmp_path: Path):
    db_path = tmp_path / "tinh.sqlite"
    db = open_database(db_path)
    good = write(tmp_path, assessment("16279", 18))
    broken = tmp_path / "broken.itplan-assessment.json"
    broken.write_text('{"format": "itplan-dti-assessment", "format_version": 1}')
    unknown = assessment("16285", 10)
    foreign = write(tmp_path, unknown)
    text = foreign.read_text(encoding="utf-8").replace("cds-xa-thanh-hoa", "chi-so-la")
    foreign.write_text(text, encoding="utf-8")
    report = dti.import_assessments(db, [broken, good, foreign])
    assert report.imported == ["16279"]
    assert len(report.refused) == 2
    assert "chi-so-la" in report.refused[1].text
    db.close()


def test_unknown_index_is_refused_by_code(tmp_path: Path):
    db = open_database(tmp_path / "tinh.sqlite")
    with pytest.raises(
        UserError, match=r"Không có bộ chỉ số “khong-co” .*cds-xa-thanh-hoa, dti-tinh"
    ):
        dti.stored_index(db, "khong-co")
    db.close()


def test_year_on_year_results_come_from_the_year_before(tmp_path: Path):
    db = open_database(tmp_path / "tinh.sqlite")
    for code, share in (("16279", 20), ("16282", 10)):
        earlier = assessment(code, share)
        dti.save_assessment(db, Assessment(**{**_fields(earlier), "period": 2025}))
    dti.save_assessment(db, assessment("16279", 10))
    previous = dti.previous_results(db, INDEX.code, 2026)
    assert previous == {"16279": (1, D(130)), "16282": (2, D(80))}
    assert dti.previous_results(db, INDEX.code, 2025) == {}
    db.close()


def _fields(item: Assessment) -> dict:
    return {name: getattr(item, name) for name in item.__dataclass_fields__}
