"""The progress report written as PDF and Excel and read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from itplan_desktop.domain.kpi_periods import parse_period
from itplan_desktop.messages import UserError
from itplan_desktop.services.kpi_report import export_report, report_title


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_report_pdf_holds_header_kpis_tasks_and_signature(reported_db, tmp_path):
    db, uuid = reported_db
    out = export_report(db, uuid[:8], tmp_path / "bao-cao.pdf", today=date(2017, 7, 10))
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("Liberation" in f or "Times" in f for f in fonts)
    text = " ".join(pdf_text(out).split())
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch",
        "6 tháng đầu năm 2017",
        "/BC-UBND",
        "ngày 10 tháng 7 năm 2017",
        "Tỷ lệ thủ tục hành chính cấp huyện",
        "Phụ lục I: DANH MỤC",
        "100% (2020)",
        "62,5%",
        "2,5%",  # 2/80
        "14/18",
        "Đúng tiến độ",
        "Chậm tiến độ",
        "Đạt",
        "Có",
        "Đầu tư mới hệ thống máy chủ",
        "1.200",  # planned and disbursed, triệu đồng
        "Hoàn thành",
        "Đang triển khai",
        "Tổng cộng",
        "Nơi nhận:",
    ):
        assert expected in text, expected


def test_report_xlsx_has_the_same_tables(reported_db, tmp_path):
    db, uuid = reported_db
    out = export_report(db, uuid, tmp_path / "bao-cao.xlsx", parse_period("2017-H1"))
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Chỉ tiêu", "Nhiệm vụ"]
    kpi = workbook["Chỉ tiêu"]
    assert "6 tháng đầu năm 2017" in kpi["A2"].value
    rows = [[c.value for c in row] for row in kpi.iter_rows(min_row=5)]
    assert rows[0][2].startswith("Tỷ lệ thủ tục hành chính cấp huyện")
    assert rows[0][4:8] == ["100% (2020)", "29,9%", "62,5%", "Đúng tiến độ"], rows[0]
    assert rows[2][6] == "14/18" and rows[2][7] == "Đạt"
    assert kpi["A5"].font.name == "Times New Roman"
    tasks = workbook["Nhiệm vụ"]
    assert tasks["B5"].value.startswith("Phụ lục I: DANH MỤC")
    assert tasks["B6"].value.startswith("Đầu tư mới hệ thống máy chủ")
    assert tasks["C6"].value == 1200 and tasks["E6"].value == 1200
    assert tasks["G6"].value == "Hoàn thành" and tasks["G7"].value == "Đang triển khai"
    assert tasks["B10"].value.startswith("Phụ lục II:")
    total_row = 5 + 8 + 2
    assert tasks.cell(total_row, 2).value == "Tổng cộng"
    assert tasks.cell(total_row, 3).value == "=SUM(C6:C9,C11:C14)"
    assert tasks.page_setup.orientation == "landscape"


def test_report_default_period_is_the_latest_with_data(reported_db, tmp_path):
    db, uuid = reported_db
    out = export_report(db, uuid, tmp_path / "r.xlsx")
    assert "6 tháng đầu năm 2017" in load_workbook(out)["Chỉ tiêu"]["A2"].value


def test_report_refuses_unknown_suffix_and_leaves_nothing(reported_db, tmp_path):
    db, uuid = reported_db
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match=r"\.pdf hoặc \.xlsx"):
        export_report(db, uuid, out / "r.docx")
    assert list(out.iterdir()) == []


def test_report_title():
    from itplan_desktop.domain.plan import Plan

    plan = Plan("402", "Ứng dụng CNTT giai đoạn 2016 - 2020", 2016, 2020)
    assert report_title(plan, parse_period("2017")) == (
        "Kết quả thực hiện Kế hoạch ứng dụng CNTT giai đoạn 2016 - 2020 trong năm 2017"
    )
