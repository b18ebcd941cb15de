"""Self-assessments: evidence and the province's corrections survive the file; scoring a
province with the sample commune index ranks its units."""

from __future__ import annotations

import json
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

INDEX = dti.find_index("cds-xa-thanh-hoa")
REPORT = Attachment("bao-cao-ket-qua.pdf", b"%PDF-1.4 minh chung", "application/pdf")


def assessment(unit: str, share: int, internet: int, yes: bool) -> Assessment:
    entries = [
        Entry("A.1", V(yes=yes), Evidence("12/KH-UBND", date(2026, 1, 15))),
        Entry(
            "A.2",
            V(numerator=D(share), denominator=D(20)),
            Evidence("25/BC-UBND", date(2026, 11, 20), attachments=(REPORT.sha256,)),
        ),
        Entry("B.2", V(value=D(internet)), Evidence(link="https://xa.thanhhoa.gov.vn/mang")),
        Entry("D.1", V(numerator=D(300), denominator=D(400))),
    ]
    return Assessment(
        unit, f"xã {unit}", INDEX.code, INDEX.version, 2026, tuple(entries), (REPORT,)
    )


def test_file_keeps_values_evidence_attachments_and_corrections():
    original = assessment("16279", 18, 150, True).corrected(
        "B.2", Correction(V(value=D(80)), "Hợp đồng ghi 80 Mbps, không phải 150", by="Sở KH&CN")
    )
    text = dti_assessment_file.dumps(original)
    back = dti_assessment_file.loads(text)
    assert back == original
    entry = back.entry("B.2")
    assert entry.value.value == D(150)  # the unit's own value is kept
    assert entry.scored_value.value == D(80)
    assert entry.correction.reason.startswith("Hợp đồng")
    assert back.attachments[0].content == REPORT.content
    assert back.entry("A.2").evidence.attachments == (REPORT.sha256,)


def test_correction_changes_the_score_not_the_units_value():
    own = assessment("16279", 20, 300, True)
    corrected = own.corrected("B.2", Correction(V(value=D(80)), "Theo hợp đồng"))
    ranked_own = dti.score_and_rank(INDEX, [own])[0].score
    ranked_corrected = dti.score_and_rank(INDEX, [corrected])[0].score
    assert ranked_own.points - ranked_corrected.points == D(70) - D(20)


def test_tampered_attachment_and_dangling_evidence_are_refused():
    data = json.loads(dti_assessment_file.dumps(assessment("16279", 18, 150, True)))
    data["attachments"][0]["content"] = "bWluaCBjaHVuZyBnaWE="  # other bytes, same hash
    with pytest.raises(UserError, match="không khớp mã băm"):
        dti_assessment_file.loads(json.dumps(data))
    data = json.loads(dti_assessment_file.dumps(assessment("16279", 18, 150, True)))
    data["attachments"] = []
    with pytest.raises(UserError, match="tệp đính kèm không có"):
        dti_assessment_file.loads(json.dumps(data))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("entries", 0, "value", "yes"), "có"),
        (("entries", 1, "value", "numerator"), "9" * 500),
        (("entries", 1, "value", "numerator"), 1e400),
        (("entries", 0, "evidence", "document_date"), "2026-02-31"),
        (("period",), 1890),
        (("unit",), "16279"),
        (("entries", 1, "indicator"), "A.1"),
    ],
)
def test_bad_values_are_refused_with_a_message(path, value):
    data = json.loads(dti_assessment_file.dumps(assessment("16279", 18, 150, True)))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(UserError) as refused:
        dti_assessment_file.loads(json.dumps(data))
    assert "Tệp" in refused.value.text


def test_batch_reads_the_good_files_and_reports_each_bad_one(tmp_path: Path):
    good = []
    for n, unit in enumerate(("16279", "16282", "16285")):
        path = tmp_path / f"{unit}.itplan-assessment.json"
        path.write_text(dti_assessment_file.dumps(assessment(unit, 10 + n * 4, 100 * n, n > 0)))
        good.append(path)
    broken = tmp_path / "broken.itplan-assessment.json"
    broken.write_bytes(b"\x1f\x8b\x08 not json")
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    read, refused = dti.read_assessments([good[0], broken, good[1], folder, good[2]])
    assert [a.unit_code for a in read] == ["16279", "16282", "16285"]
    assert [r.path for r in refused] == [broken, folder]
    assert all(r.text for r in refused)

    rows = dti.ranking_rows(INDEX, dti.score_and_rank(INDEX, read))
    assert [(r["unit_code"], r["rank"]) for r in rows] == [("16285", 1), ("16282", 2), ("16279", 3)]
    top = rows[0]
    assert top["max_points"] == 1000
    assert [g["code"] for g in top["groups"]] == ["A", "B", "C", "D", "E", "F"]
    assert sum(g["points"] for g in top["groups"]) == pytest.approx(top["points"])


def test_an_assessment_of_another_index_or_twice_the_same_unit_is_refused():
    one = assessment("16279", 18, 150, True)
    with pytest.raises(UserError, match="hai bản tự đánh giá"):
        dti.score_and_rank(INDEX, [one, one])
    other = dti.find_index("dti-tinh")
    with pytest.raises(UserError, match="theo bộ chỉ số"):
        dti.score_and_rank(other, [one])


def test_unknown_index_names_the_shipped_ones():
    with pytest.raises(UserError, match="cds-xa-thanh-hoa, dti-tinh"):
        dti.find_index("khong-co")
