"""The index's official documents, exported as PDF and Excel and read back."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from itplan_desktop.domain.dti_assessment import Assessment, Attachment, Entry, Evidence
from itplan_desktop.domain.dti_scoring import IndicatorValue as V
from itplan_desktop.messages import UserError
from itplan_desktop.services import dti
from itplan_desktop.services import dti_documents as docs

INDEX = dti.find_index("cds-xa-thanh-hoa")
PROVINCE = docs.Issuer(
    "38", "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA", "Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa"
)
COMMUNE = docs.Issuer(
    "16279", "ỦY BAN NHÂN DÂN\nXÃ NHƯ XUÂN", "Ủy ban nhân dân xã Như Xuân", "Như Xuân"
)
PHOTO = Attachment("anh-hop.jpg", b"\xff\xd8 anh", "image/jpeg")


def assessments() -> list[Assessment]:
    made = []
    for code, name, share in (
        ("16279", "xã Như Xuân", 18),
        ("16282", "xã Thượng Ninh", 20),
        ("16285", "xã Xuân Bình", 10),
    ):
        entries = (
            Entry("A.1", V(yes=True), Evidence("12/KH-UBND", date(2026, 1, 15))),
            Entry(
                "A.2",
                V(numerator=D(share), denominator=D(20)),
                Evidence("25/BC-UBND", date(2026, 11, 20), attachments=(PHOTO.sha256,)),
            ),
            Entry("B.2", V(value=D("150.5"))),
        )
        made.append(Assessment(code, name, INDEX.code, 1, 2026, entries, (PHOTO,)))
    return made


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_ranking_decision_pdf_and_excel(tmp_path: Path):
    given = assessments()
    ranked = dti.score_and_rank(INDEX, given)
    plan = docs.ranking_decision(
        INDEX, ranked, {a.unit_code: a.unit_name for a in given}, PROVINCE, 2026
    )
    pdf = tmp_path / "xep-hang.pdf"
    docs.export_document(plan, pdf)
    text = pdf_text(pdf)
    for expected in (
        "QUYẾT ĐỊNH",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
        "QUYẾT ĐỊNH:",
        "Điều 1. Công bố kết quả",
        "KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ NĂM 2026",
        "Nơi nhận:",
    ):
        assert expected in text, expected
    lines = [line.split() for line in text.splitlines() if "xã " in line and "0," in line]
    assert [(row[0], row[2], row[3]) for row in lines] == [
        ("1", "Thượng", "Ninh"),
        ("2", "Như", "Xuân"),
        ("3", "Xuân", "Bình"),
    ]
    assert lines[0][-3:] == ["175", "0,1750", "1"]  # 30 + 100 + 45 (150,5 Mbps)
    assert text.index("QUYẾT ĐỊNH:") < text.index("Điều 1.")

    xlsx = tmp_path / "xep-hang.xlsx"
    docs.export_document(plan, xlsx)
    sheet = load_workbook(xlsx).worksheets[0]
    cells = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert ["1", "xã Thượng Ninh", "130", "45", "0", "0", "0", "0", "175", "0,1750", "1"] in cells


def test_self_assessment_report_lists_values_and_evidence(tmp_path: Path):
    report = docs.self_assessment_report(INDEX, assessments()[0], COMMUNE)
    pdf = tmp_path / "tu-danh-gia.pdf"
    docs.export_document(report, pdf)
    text = pdf_text(pdf)
    assert "BÁO CÁO" in text
    assert "Kết quả tự đánh giá mức độ chuyển đổi số năm 2026" in text
    assert "Tổng điểm tự đánh giá: 165/1.000 điểm" in " ".join(text.split())
    assert "25/BC-UBND" in text and "anh-hop.jpg" in text
    assert "18/20" in text and "150,5" in text
    xlsx = tmp_path / "tu-danh-gia.xlsx"
    docs.export_document(report, xlsx)
    rows = [
        [c for c in row if c is not None]
        for row in load_workbook(xlsx).worksheets[0].iter_rows(values_only=True)
    ]
    assert [
        "2",
        "A.2 Tỷ lệ nhiệm vụ của kế hoạch chuyển đổi số năm trước hoàn thành đúng hạn",
        "100",
        "18/20",
        "Văn bản số 25/BC-UBND ngày 20/11/2026; Tệp anh-hop.jpg",
        "90",
    ] in rows


def test_other_suffix_is_refused(tmp_path: Path):
    report = docs.self_assessment_report(INDEX, assessments()[0], COMMUNE)
    with pytest.raises(UserError, match=r"\.pdf hoặc \.xlsx"):
        docs.export_document(report, tmp_path / "bao-cao.docx")


@pytest.mark.parametrize(
    ("value", "text"),
    [(D(1000), "1.000"), (D("612.5"), "612,5"), (D("33.333"), "33,33"), (D("0.005"), "0,01")],
)
def test_points_text(value, text):
    assert docs.points_text(value) == text
