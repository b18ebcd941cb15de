"""The KPI comparison across districts as an official report (BC) of the province: one row
per district, one column per indicator ("actual / target" and the status word), printed by
the plan exporters (PDF, Excel) and from the command line (`itplan kpi-compare`)."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from bundle_fixtures import district_document, province_database
from test_bundle_cli import run

from itplan_desktop.domain import Appendix, AppendixRow, Column, ColumnKind, ColumnRole, RowKind
from itplan_desktop.domain.indicator import Observation
from itplan_desktop.messages import UserError
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.services.province_kpi_report import (
    NO_PLAN,
    export_kpi_comparison,
    indicator_columns,
    kpi_comparison_plan,
)
from itplan_desktop.services.xlsx_export import export_plan_xlsx
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import Database


def add_district(db: Database, code: str, name: str, share: int, period: str = "2018") -> None:
    """Như Xuân's plan as district `code`'s, with three actuals for `period`: computers
    `share`/200 of staff, 3 online services, the one-stop shop equipped."""
    document = district_document(code, name)
    indicators = document.plan.indicators
    document.plan.observations = [
        Observation(
            indicators[0].uuid, code, period, numerator=Decimal(share), denominator=Decimal(200)
        ),
        Observation(indicators[5].uuid, code, period, value=Decimal(3)),
        Observation(indicators[7].uuid, code, period, value=Decimal(1)),
    ]
    with db.session() as session:
        for organisation in document.organisations:
            repo.save_organisation(session, organisation)
        session.flush()
        repo.save_plan(session, document.plan)


@pytest.fixture
def province_with_actuals(tmp_path: Path):
    path = tmp_path / "province.sqlite"
    db = province_database(path)
    add_district(db, "402", "Như Xuân", 80)
    add_district(db, "403", "Như Thanh", 160)
    yield db, path
    db.close()


def test_report_header_and_one_row_per_district(province_with_actuals):
    db, _path = province_with_actuals
    plan = kpi_comparison_plan(db, "38", "2018")
    assert plan.organisation_code == "38" and plan.doc_type == "BC"
    assert plan.issuer == "ỦY BAN NHÂN DÂN TỈNH THANH HÓA" and plan.symbol == "BC-UBND"
    assert plan.title.startswith("Tổng hợp kết quả thực hiện chỉ tiêu ứng dụng")
    assert plan.title.endswith("năm 2018") and (plan.start_year, plan.end_year) == (2018, 2018)
    assert "2/27 đơn vị" in plan.intro[0].text
    [appendix] = plan.appendices
    assert not appendix.has_amounts
    columns = indicator_columns(appendix)
    assert len(columns) == 8
    assert columns[0].header[-1].startswith("1. Tỷ lệ cán bộ, công chức có máy tính")
    assert len(appendix.rows) == 27
    rows = {row.texts["name"]: row.texts for row in appendix.rows}
    nhu_xuan, nhu_thanh = rows["UBND huyện Như Xuân"], rows["UBND huyện Như Thanh"]
    # path from 0 (end of 2015) to 100% (end of 2020): 60% expected by the end of 2018
    assert nhu_xuan["k1"] == "40% / 100% (2020)\nChậm tiến độ"
    assert nhu_thanh["k1"] == "80% / 100% (2020)\nĐúng tiến độ"
    assert nhu_xuan["k2"] == "— / 100% (2020)\nChưa có số liệu"
    assert nhu_xuan["k6"] == "3 / 5 (2020)\nĐúng tiến độ"
    assert nhu_xuan["k8"] == "Có / Có (2020)\nĐạt"
    assert "note" not in nhu_xuan
    assert rows["UBND thị xã Bỉm Sơn"]["note"] == NO_PLAN
    assert rows["UBND thị xã Bỉm Sơn"]["k1"] == ""
    again = kpi_comparison_plan(db, "38", "2018")  # stable ids: the same document again
    assert again.uuid == plan.uuid and again.appendices[0].rows == appendix.rows


def test_half_year_period_and_refusals(province_with_actuals):
    db, _path = province_with_actuals
    plan = kpi_comparison_plan(db, "38", "2018-H1")
    assert plan.title.endswith("6 tháng đầu năm 2018")
    texts = {r.texts["name"]: r.texts for r in plan.appendices[0].rows}
    assert texts["UBND huyện Như Xuân"]["k1"].endswith("Chưa có số liệu")  # actuals are yearly
    with pytest.raises(UserError) as error:
        kpi_comparison_plan(db, "38", "2018-X7")
    assert error.value.key == "kpi_compare.bad_period"
    with pytest.raises(UserError):
        kpi_comparison_plan(db, "99", "2018")
    with pytest.raises(UserError) as error:
        export_kpi_comparison(db, "38", "2018", Path("bang.docx"))
    assert error.value.key == "kpi_compare.bad_suffix"


def _pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True
    )
    return " ".join(result.stdout.decode("utf-8").split())


def test_pdf_and_excel_in_the_official_format(province_with_actuals, tmp_path: Path):
    db, _path = province_with_actuals
    pdf = tmp_path / "so-sanh.pdf"
    export_kpi_comparison(db, "38", "2018", pdf)
    text = _pdf_text(pdf)
    assert "BÁO CÁO" in text and "ỦY BAN NHÂN DÂN" in text and "/BC-UBND" in text
    assert "Phụ lục" in text and "UBND huyện Như" in text  # "Thanh" wraps to a new line
    assert "Phụ lục I" not in text  # a single appendix is just "Phụ lục"
    assert "80% / 100%" in text and "Đúng tiến" in text and "Chưa có số" in text
    assert "Tổng cộng" not in text and "Đơn vị tính" not in text  # text only: no totals

    xlsx = tmp_path / "so-sanh.xlsx"
    export_kpi_comparison(db, "38", "2018", xlsx)
    sheet = openpyxl.load_workbook(xlsx).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert "UBND huyện Như Xuân" in values
    assert "40% / 100% (2020)\nChậm tiến độ" in values
    assert "Tổng cộng" not in values and not any(str(v).startswith("Đơn vị tính") for v in values)
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[1] == "UBND huyện Tĩnh Gia"  # the last district ends the table


def _plan_with_two_tables():
    from itplan_desktop.domain import Plan

    money = Appendix(
        "KINH PHÍ",
        [
            Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("TT",)),
            Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Nội dung",)),
            Column("y2018", ColumnKind.MONEY, ColumnRole.YEAR, ("2018",), year=2018),
        ],
        [AppendixRow(RowKind.ITEM, texts={"name": "Máy tính"}, values={"y2018": 5_000_000})],
    )
    words = Appendix(
        "GHI NHẬN",
        [
            Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("TT",)),
            Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Nội dung",)),
        ],
        [AppendixRow(RowKind.ITEM, texts={"name": "Một dòng chữ"})],
        number=2,
    )
    return Plan("38", "Thử", 2018, 2018, appendices=[money, words])


def test_exporters_print_totals_and_unit_only_for_tables_with_amounts(tmp_path: Path):
    plan = _plan_with_two_tables()
    pdf = tmp_path / "two.pdf"
    export_plan_pdf(plan, pdf, appendix=2)
    text = _pdf_text(pdf)
    assert "Một dòng chữ" in text and "Tổng cộng" not in text and "Đơn vị tính" not in text
    export_plan_pdf(plan, pdf, appendix=1)
    text = _pdf_text(pdf)
    assert "Tổng cộng" in text and "Đơn vị tính: triệu đồng" in text
    [path] = export_plan_xlsx(plan, tmp_path / "two.xlsx")
    money, words = openpyxl.load_workbook(path).worksheets
    assert "Tổng cộng" in [c.value for row in money.iter_rows() for c in row]
    assert "Tổng cộng" not in [c.value for row in words.iter_rows() for c in row]
    assert words.cell(words.max_row, 2).value == "Một dòng chữ"


def test_kpi_compare_command(province_with_actuals, tmp_path: Path, capsys):
    _db, path = province_with_actuals
    p = ["--db", str(path)]
    for name in ("bang.pdf", "bang.xlsx"):
        out = tmp_path / name
        assert (
            run(["kpi-compare", *p, "--province", "38", "--period", "2018", "--out", str(out)]) == 0
        )
        assert out.stat().st_size > 1000
        assert "27 huyện × 8 chỉ tiêu" in capsys.readouterr().out
    assert "80% / 100%" in _pdf_text(tmp_path / "bang.pdf")
    bad = ["kpi-compare", *p, "--province", "38", "--period", "2018", "--out", "x.doc"]
    assert run(bad) == 1
    assert ".pdf" in capsys.readouterr().out
