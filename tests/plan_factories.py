"""Small plans built inline for tests (the samples cover the real documents)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from itplan_desktop.domain import (
    Appendix,
    AppendixRow,
    BudgetLine,
    BudgetSummary,
    Column,
    ColumnKind,
    ColumnRole,
    Indicator,
    IndicatorKind,
    LegalBasis,
    Observation,
    Organisation,
    OrgLevel,
    Paragraph,
    ParagraphStyle,
    Plan,
    RowKind,
    Section,
    SectionKind,
    Signer,
)
from itplan_desktop.formats.plan_file import PlanDocument
from itplan_desktop.paths import samples_dir

TRIEU = 1_000_000


def organisations() -> list[Organisation]:
    return [
        Organisation("38", "Thanh Hóa", OrgLevel.PROVINCE, "tỉnh"),
        Organisation("402", "Như Xuân", OrgLevel.DISTRICT, "huyện", parent_code="38"),
    ]


def small_appendix() -> Appendix:
    years = [
        Column(f"y{y}", ColumnKind.MONEY, ColumnRole.YEAR, ("Nhu cầu kinh phí", str(y)), year=y)
        for y in (2016, 2017)
    ]
    return Appendix(
        title="DANH MỤC NHIỆM VỤ",
        funding_source="sn",
        columns=[
            Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("TT",)),
            Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Nội dung",), width=3),
            *years,
            Column("total", ColumnKind.MONEY, ColumnRole.TOTAL, ("Tổng cộng",)),
        ],
        rows=[
            AppendixRow(
                RowKind.GROUP,
                texts={"name": "Ngân sách cấp huyện"},
                label="I",
                source="sn.huyen",
                stated={"total": 110 * TRIEU},
            ),
            AppendixRow(
                RowKind.ITEM,
                texts={"name": "Đào tạo <CNTT> & “ATTT”"},
                label="1",
                values={"y2016": 50 * TRIEU, "y2017": 60 * TRIEU},
            ),
        ],
        stated_totals={"total": 110 * TRIEU},
    )


def small_plan() -> Plan:
    indicator = Indicator(
        "Tỷ lệ cán bộ có máy tính",
        IndicatorKind.PERCENT_RATIO,
        group="Hạ tầng kỹ thuật",
        unit="%",
        baseline_value=Decimal("62.5"),
        baseline_year=2015,
        targets={2020: Decimal("100")},
    )
    return Plan(
        organisation_code="402",
        title="Ứng dụng công nghệ thông tin giai đoạn 2016 - 2020",
        start_year=2016,
        end_year=2020,
        number="5",
        place="Như Xuân",
        issued_on=date(2015, 9, 5),
        issuer_parent="UBND TỈNH THANH HÓA",
        issuer="UBND HUYỆN NHƯ XUÂN",
        issuer_short="UBND huyện Như Xuân",
        signer=Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"),
        recipients=["Sở TT&TT (b/c);", "Lưu: VT, VHTT."],
        legal_bases=[LegalBasis("Căn cứ Luật Công nghệ thông tin số 67/2006/QH11;")],
        intro=[Paragraph("UBND huyện xây dựng kế hoạch như sau:")],
        sections=[
            Section(
                "Mục tiêu",
                body=[Paragraph("100% cán bộ có máy tính.", ParagraphStyle.DASH)],
                children=[Section("Mục tiêu cụ thể", body=[Paragraph("+ x", ParagraphStyle.PLUS)])],
            ),
            Section("Kinh phí thực hiện", children=[Section("", kind=SectionKind.BUDGET)]),
        ],
        closing=[Paragraph("Trên đây là kế hoạch …/.")],
        budget=BudgetSummary(
            total_stated=110 * TRIEU,
            total_words_stated="Một trăm mười triệu đồng",
            lines=[BudgetLine("Nguồn vốn sự nghiệp", "sn", 110 * TRIEU)],
        ),
        appendices=[small_appendix()],
        indicators=[indicator],
        observations=[
            Observation(
                indicator.uuid,
                "402",
                "2016-H1",
                numerator=Decimal(40),
                denominator=Decimal(64),
                note="đầu kỳ",
            )
        ],
    )


def small_document() -> PlanDocument:
    return PlanDocument(plan=small_plan(), organisations=organisations())


REPO = Path(__file__).resolve().parent.parent
SAMPLES = samples_dir()
