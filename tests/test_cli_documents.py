"""`itplan export pdf|xlsx` and `itplan import-xlsx` end to end on the Như Xuân sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from itplan_desktop.cli import main


@pytest.fixture
def nhu_xuan(db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    main(["demo", "--db", str(db_path)])
    main(["plans", "--json", "--db", str(db_path)])
    plans = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    return next(p["id"] for p in plans if p["organisation_code"] == "402")


def test_export_pdf_whole_plan_and_one_appendix(nhu_xuan, db_path, tmp_path, capsys):
    whole, one = tmp_path / "plan.pdf", tmp_path / "pl2.pdf"
    assert (
        main(["export", "pdf", "--plan", nhu_xuan, "--out", str(whole), "--db", str(db_path)]) == 0
    )
    assert (
        main(
            [
                "export",
                "pdf",
                "--plan",
                nhu_xuan,
                "--out",
                str(one),
                "--appendix",
                "2",
                "--db",
                str(db_path),
            ]
        )
        == 0
    )
    assert "Đã ghi" in capsys.readouterr().out
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(whole).pages)
    assert "KẾ HOẠCH" in text and "Chín tỷ bốn trăm sáu mươi triệu đồng" in text
    appendix = PdfReader(one)
    first = appendix.pages[0]
    assert first.mediabox.width > first.mediabox.height  # landscape
    assert "3.860" in "".join(p.extract_text() for p in appendix.pages)


def test_export_pdf_unknown_appendix_exits_1(nhu_xuan, db_path, tmp_path, capsys):
    code = main(
        [
            "export",
            "pdf",
            "--plan",
            nhu_xuan,
            "--out",
            str(tmp_path / "x.pdf"),
            "--appendix",
            "9",
            "--db",
            str(db_path),
        ]
    )
    assert code == 1 and not (tmp_path / "x.pdf").exists()
    assert "phụ lục" in capsys.readouterr().err


def test_export_xlsx_then_import_it_back(nhu_xuan, db_path, tmp_path, capsys):
    book = tmp_path / "plan.xlsx"
    assert (
        main(["export", "xlsx", "--plan", nhu_xuan, "--out", str(book), "--db", str(db_path)]) == 0
    )
    assert len(load_workbook(book).sheetnames) == 2
    capsys.readouterr()
    code = main(
        ["import-xlsx", str(book), "--plan", nhu_xuan, "--dry-run", "--json", "--db", str(db_path)]
    )
    preview = json.loads(capsys.readouterr().out)
    assert code == 0 and preview["dry_run"] and preview["rows"] == 4
    assert main(["import-xlsx", str(book), "--plan", nhu_xuan, "--db", str(db_path)]) == 0
    assert "Phụ lục 3" in capsys.readouterr().out
    main(["plans", "--json", "--db", str(db_path)])
    plans = json.loads(capsys.readouterr().out)
    assert next(p for p in plans if p["id"] == nhu_xuan)["appendices"] == 3


def test_import_xlsx_refuses_a_non_spreadsheet(nhu_xuan, db_path, tmp_path, capsys):
    fake = tmp_path / "not.xlsx"
    fake.write_text("hello")
    code = main(["import-xlsx", str(fake), "--plan", nhu_xuan, "--db", str(db_path)])
    assert code == 1 and capsys.readouterr().err.strip()


def test_export_pdf_to_a_missing_folder_says_so(nhu_xuan, db_path, tmp_path, capsys):
    target = tmp_path / "khong-co" / "ke-hoach.pdf"
    code = main(["export", "pdf", "--plan", nhu_xuan, "--out", str(target), "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1 and str(target) in err and not target.exists()
