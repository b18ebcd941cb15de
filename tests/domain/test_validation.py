"""validate_plan: each check with a failing and a passing case.

The base is the Như Xuân plan written inline, with its one real error (dtpt 560) corrected,
so that it validates clean; each test breaks one thing and expects exactly that finding.
"""

from __future__ import annotations

import pytest
from reference_appendices import M, item, nhu_xuan_plan, thanh_hoa_pl1, thanh_hoa_pl2, thanh_hoa_pl3

from itplan_desktop.domain import Plan, Section, SectionKind
from itplan_desktop.domain.findings import Location, LocationKind, Severity
from itplan_desktop.domain.validation import CODES, validate_plan
from itplan_desktop.messages import set_language
from itplan_desktop.vn.dates import DraftDate


@pytest.fixture
def clean() -> Plan:
    plan = nhu_xuan_plan()
    plan.budget.lines[0].stated = 5600 * M
    return plan


def with_thanh_hoa(plan: Plan, *appendices) -> Plan:
    """The plan with only these Thanh Hóa appendices (2011-2015) and no stated budget."""
    plan.start_year, plan.end_year = 2011, 2015
    plan.appendices = list(appendices)
    plan.budget.lines, plan.budget.total_stated = [], None
    return plan


def codes(plan: Plan) -> list[str]:
    return [f.code for f in validate_plan(plan)]


def test_the_corrected_plan_is_clean(clean):
    assert validate_plan(clean) == []


def test_nhu_xuan_as_written_reports_the_dtpt_line(plan):
    [found] = validate_plan(plan)
    assert found.code == "BUD002" and found.severity is Severity.ERROR
    line = plan.budget.lines[0]
    assert found.location == Location(LocationKind.BUDGET, field="line", row=line.uuid)
    assert found.message == (
        "“Nguồn vốn đầu tư phát triển” ghi 560 triệu đồng nhưng các phụ lục cộng được "
        "5.600 triệu đồng cho Vốn đầu tư phát triển."
    )


def test_messages_in_english():
    set_language("en")
    try:
        [found] = validate_plan(nhu_xuan_plan())
        assert found.message.startswith("“Nguồn vốn đầu tư phát triển” states 560 triệu đồng")
    finally:
        set_language("vi")


# -- stated figures in appendices ---------------------------------------------------------


def test_apx001_group_subtotal(clean):
    a = thanh_hoa_pl2()
    with_thanh_hoa(clean, a)
    assert codes(clean) == []
    a.rows[0].stated["y2012"] = 5100 * M
    [found] = validate_plan(clean)
    assert found.code == "APX001"
    assert found.location.row == a.rows[0].uuid and found.location.column == "y2012"
    assert "5.100 triệu đồng" in found.message and "5.000 triệu đồng" in found.message


def test_apx002_item_years_do_not_add_up_to_its_total(clean):
    clean.appendices[0].rows[1].values["y2018"] = 600 * M  # 500 + 500 + 600 ≠ 1.500
    clean.appendices[0].stated_totals.clear()
    clean.budget.total_stated, clean.budget.total_words_stated = None, ""
    clean.budget.lines.clear()
    [found] = validate_plan(clean)
    assert (found.code, found.location.column) == ("APX002", "total")
    assert found.params["stated_value"] == 1500 * M
    assert found.params["computed_value"] == 1600 * M


def test_apx003_allocated_plus_missing_differs_from_total(clean):
    a = thanh_hoa_pl1()
    with_thanh_hoa(clean, a)
    assert codes(clean) == []
    a.rows[0].stated["total"] = 4887 * M  # typo: 1.900 + 2.978 = 4.878
    assert codes(clean) == ["APX002", "APX003"]
    a.rows[0].stated["total"] = 4878 * M
    a.stated_totals["missing"] = 110291 * M
    assert codes(clean) == ["APX004", "APX003"]


def test_apx004_total_row_count_column(clean):
    a = thanh_hoa_pl3()
    with_thanh_hoa(clean, a)
    assert codes(clean) == []
    a.stated_totals["staff"] = 1364
    [found] = validate_plan(clean)
    assert found.code == "APX004" and "1.364" in found.message and "1.346" in found.message


def test_apx005_year_total(clean):
    clean.appendices[1].stated_totals["y2019"] = 803 * M
    [found] = validate_plan(clean)
    assert (found.code, found.params["year"], found.location.row) == ("APX005", 2019, None)


def test_apx006_source_total(clean):
    from itplan_desktop.domain.appendix_templates import build_appendix

    a = build_appendix("years_by_source", range(2016, 2021))
    a.rows = [item("A", y2016_dtpt=10, y2016_sn=5)]
    a.role = a.role.DETAIL  # keep the plan budget as it is
    a.stated_totals = {"total_dtpt": 10 * M, "total_sn": 5 * M, "total": 15 * M}
    clean.appendices.append(a)
    assert codes(clean) == []
    a.stated_totals["total_sn"] = 50 * M
    [found] = validate_plan(clean)
    assert found.code == "APX006" and found.params["source"] == "Vốn sự nghiệp"


# -- appendix content ---------------------------------------------------------------------


def test_apx007_negative_amount(clean):
    row = clean.appendices[0].rows[0]
    row.values["y2016"] = 0
    row.values["y2017"] = 1200 * M
    assert "APX007" not in codes(clean)
    row.values["y2016"] = -5 * M
    assert "APX007" in codes(clean)


def test_apx008_empty_name(clean):
    clean.appendices[0].rows[2].texts["name"] = "  "
    [found] = validate_plan(clean)
    assert (found.code, found.severity, found.params["row"]) == ("APX008", Severity.WARNING, "3")
    clean.appendices[0].rows[2].texts["name"] = "Đào tạo"
    assert codes(clean) == []


def test_apx009_duplicate_numbering(clean):
    rows = clean.appendices[0].rows
    rows[3].label = "3"
    [found] = validate_plan(clean)
    assert (found.code, found.params["first"], found.params["second"]) == ("APX009", 3, 4)
    rows[3].label = "4"
    assert codes(clean) == []


def test_apx009_restart_numbering_and_bullets_are_not_duplicates(clean):
    a = thanh_hoa_pl2()
    a.item_numbering = "restart"
    a.rows[-1].label = "1"  # group II restarts at 1
    a.rows.insert(2, item("sub", "-", level=2))
    a.rows.insert(3, item("sub", "-", level=2))
    with_thanh_hoa(clean, a)
    assert codes(clean) == []
    a.item_numbering = "continue"
    assert codes(clean) == ["APX009"]


def test_apx010_year_outside_the_plan_period(clean):
    from itplan_desktop.domain.appendix_templates import build_appendix

    a = build_appendix("tasks_by_year", [2020, 2021])
    a.role = a.role.DETAIL
    clean.appendices.append(a)
    found = validate_plan(clean)
    assert [(f.code, f.params["year"], f.location.row) for f in found] == [
        ("APX010", 2021, a.rows[1].uuid)
    ]
    clean.end_year = 2021
    assert codes(clean) == []
    clean.start_year = 2017
    assert [f.location.column for f in validate_plan(clean)] == ["y2016"] * 2


def test_apx011_detail_appendix_differs_from_its_row(clean):
    pl2 = thanh_hoa_pl2()
    with_thanh_hoa(clean, pl2, thanh_hoa_pl3(detail_of=pl2.rows[9].uuid))
    assert codes(clean) == []
    clean.appendices[1].rows[0].values["y2013"] = 510 * M
    clean.appendices[1].stated_totals.pop("y2013")
    [found] = validate_plan(clean)
    assert (found.code, found.params["year"]) == ("APX011", 2013)
    assert "3.340 triệu đồng" in found.message and "3.330 triệu đồng" in found.message


def test_apx011_detail_of_a_group_row(clean):
    pl2 = thanh_hoa_pl2()
    detail = thanh_hoa_pl3(detail_of=pl2.rows[10].uuid)  # group II: 2.990 a year
    with_thanh_hoa(clean, pl2, detail)
    assert codes(clean) == ["APX011"] * 5


def test_apx012_detail_of_an_unknown_row(clean):
    with_thanh_hoa(clean, thanh_hoa_pl3(detail_of="no-such-row"))
    assert codes(clean) == ["APX012"]


# -- budget summary -----------------------------------------------------------------------


def test_bud001_total(clean):
    clean.budget.total_stated = 9640 * M
    clean.budget.total_words_stated = "Chín tỷ sáu trăm bốn mươi triệu đồng"
    [found] = validate_plan(clean)
    assert found.code == "BUD001" and found.location.field == "total"


def test_bud002_line_by_sub_source(clean):
    lines = clean.budget.lines
    with_thanh_hoa(clean, thanh_hoa_pl2())
    clean.budget.lines = lines
    lines[0].source, lines[0].stated = "sn.tinh", 26190 * M
    lines[1].stated = 41140 * M
    assert codes(clean) == []
    clean.budget.lines[0].stated = 26910 * M
    assert codes(clean) == ["BUD002"]


def test_bud003_words_differ_from_figure(clean):
    clean.budget.total_words_stated = "Chín tỷ bốn trăm năm mươi triệu đồng"
    [found] = validate_plan(clean)
    assert found.code == "BUD003" and found.location.field == "words"
    assert found.params["words_amount"] == "9.450 triệu đồng"


def test_bud004_unreadable_words(clean):
    clean.budget.total_words_stated = "Chín tỷ bốn trăm sáu mươi triệu đồng"
    assert codes(clean) == []
    clean.budget.total_words_stated = "Chín tỷ hai con mèo"
    [found] = validate_plan(clean)
    assert (found.code, found.severity) == ("BUD004", Severity.WARNING)


def test_budget_findings_point_at_the_budget_section(plan):
    plan.sections = [Section("Kinh phí thực hiện", kind=SectionKind.BUDGET)]
    [found] = validate_plan(plan)
    assert found.location.section == plan.sections[0].uuid


# -- header -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "field", "clear"),
    [
        ("HDR001", "number", lambda p: setattr(p, "number", " ")),
        ("HDR002", "issued_on", lambda p: setattr(p, "issued_on", None)),
        ("HDR003", "signer.name", lambda p: setattr(p.signer, "name", "")),
        ("HDR004", "signer.title", lambda p: setattr(p.signer, "title", "")),
        ("HDR005", "recipients", lambda p: setattr(p, "recipients", [])),
        ("HDR006", "issuer", lambda p: setattr(p, "issuer", "")),
        ("HDR007", "place", lambda p: setattr(p, "place", "")),
        ("HDR008", "title", lambda p: setattr(p, "title", "")),
        ("HDR009", "issued_on", lambda p: setattr(p, "issued_on", DraftDate(2015, 9))),
        ("HDR010", "issued_on", lambda p: setattr(p, "issued_on", DraftDate(2015))),
    ],
)
def test_header_fields(clean, code, field, clear):
    assert codes(clean) == []
    clear(clean)
    [found] = validate_plan(clean)
    assert (found.code, found.location) == (code, Location(LocationKind.HEADER, field=field))


def test_every_code_is_documented_and_has_a_finding_test():
    from pathlib import Path

    docs = (Path(__file__).parents[2] / "docs" / "validation.md").read_text("utf-8")
    here = Path(__file__).read_text("utf-8")
    for code in CODES:
        assert f"| {code} |" in docs, code
        assert code in here, code


def test_findings_serialise_to_json(plan):
    [found] = validate_plan(plan)
    data = found.to_json()
    assert data["code"] == "BUD002" and data["location"]["kind"] == "budget"
    assert data["params"]["stated"] == "560 triệu đồng"


def test_apx013_amounts_on_an_item_and_its_sub_items(clean):
    rows = clean.appendices[0].rows  # Như Xuân PL1: item 2 has 500 a year in 2016-2018
    rows[2:2] = [
        item("Máy trạm cấp huyện", level=2, y2016=300),
        item("Máy trạm cấp xã", level=2, y2016=200),
    ]
    found = [f for f in validate_plan(clean) if f.code == "APX013"]
    assert [(f.location.row, f.severity) for f in found] == [(rows[1].uuid, Severity.WARNING)]
    assert "cộng hai lần" in found[0].message


def test_apx013_not_raised_when_only_the_sub_items_carry_amounts(clean):
    rows = clean.appendices[0].rows
    rows[1].values.clear()
    rows[2:2] = [item("Máy trạm cấp huyện", level=2, y2016=300)]
    assert "APX013" not in codes(clean)


def test_format_findings_say_what_the_print_normalises():
    """FMT001-FMT005 (info): the stored text stays as typed; the findings name what prints."""
    from itplan_desktop.domain.plan import LegalBasis
    from itplan_desktop.domain.validation import format_findings

    plan = nhu_xuan_plan()
    plan.issuer = "UBND HUYỆN NHƯ XUÂN"
    plan.outline_styles = ("roman", "arabic")
    plan.sections = [
        Section(
            "Mục tiêu",
            children=[
                Section("Mục tiêu cụ thể"),
                Section("Các phòng, ban có trách nhiệm phối hợp triển khai các nhiệm vụ tại đây"),
            ],
        ),
        Section("TỔ CHỨC THỰC HIỆN"),
    ]
    plan.legal_bases = [LegalBasis("Căn cứ Luật A;"), LegalBasis("Căn cứ Nghị định B,")]
    plan.recipients = ["Sở Khoa học và Công nghệ;"]
    found = format_findings(plan)
    assert [f.code for f in found] == ["FMT001", "FMT002", "FMT003", "FMT004", "FMT005"]
    assert all(f.severity is Severity.INFO for f in found)
    assert found[0].params["printed"] == "ỦY BAN NHÂN DÂN HUYỆN NHƯ XUÂN"
    assert found[1].params["printed"] == "I. MỤC TIÊU"
    assert found[3].params == {"number": 2, "end": ",", "printed": "."}
    assert plan.sections[0].heading == "Mục tiêu" and plan.issuer == "UBND HUYỆN NHƯ XUÂN"
    assert format_findings(plan) == found  # nothing was rewritten
    assert "FMT001" not in [f.code for f in validate_plan(plan)]  # not a mistake


def test_today_checks_leg001_unt001_rec001_bud101():
    """Checks against the plan's date (issue 13): pure, with the library and unit passed in."""
    from datetime import date

    from itplan_desktop.domain import LegalBasis, Organisation, OrgLevel, Plan
    from itplan_desktop.domain.budget import BudgetLine
    from itplan_desktop.domain.validation.today_checks import check_today
    from itplan_desktop.services.plan_templates import legal_library

    district = Organisation("402", "Như Xuân", OrgLevel.DISTRICT, "huyện", "38",
                            ceased_on=date(2025, 7, 1))  # fmt: skip
    plan = Plan("402", "Kế hoạch", 2026, 2026, issued_on=date(2025, 12, 20))
    plan.legal_bases.append(LegalBasis("Căn cứ Luật Chuyển đổi số số 148/2025/QH15;"))
    plan.recipients.append("Sở Thông tin và Truyền thông (b/c);")
    plan.budget.lines.append(BudgetLine("Ngân sách huyện", "sn.huyen", 0))
    codes = [f.code for f in check_today(plan, legal_library(), district, date(2026, 1, 1))]
    assert codes == ["LEG001", "UNT001", "REC001", "BUD101"]
    plan.issued_on = date(2026, 7, 1)
    plan.start_year = plan.end_year = 2025
    plan.recipients, plan.budget.lines = ["Sở Khoa học và Công nghệ (b/c);"], []
    assert check_today(plan, legal_library(), district, date(2026, 7, 1)) == []


def _with_breakdown(plan: Plan, part_of: str = "y2011"):
    """Thanh Hóa Phụ lục 2 with 2011 split into NS tỉnh / NS huyện (breakdown columns)."""
    from itplan_desktop.domain import Column, ColumnKind, ColumnRole

    appendix = thanh_hoa_pl2()
    at = [c.key for c in appendix.columns].index("y2011") + 1
    for offset, (key, header) in enumerate((("y2011_t", "NS tỉnh"), ("y2011_h", "NS huyện"))):
        column = Column(
            key, ColumnKind.MONEY, ColumnRole.BREAKDOWN, ("2011", header), part_of=part_of
        )
        appendix.columns.insert(at + offset, column)
    first = next(i for i, r in enumerate(appendix.rows) if r.values.get("y2011"))
    year = appendix.rows[first].values["y2011"]
    appendix.rows[first].values.update(y2011_t=year - 1 * M, y2011_h=1 * M)
    return with_thanh_hoa(plan, appendix), first


def test_breakdown_parts_adding_up_to_the_column_they_split(clean):
    plan, _row = _with_breakdown(clean)
    assert codes(plan) == []


def test_breakdown_parts_not_adding_up_APX014(clean):
    plan, row = _with_breakdown(clean)
    plan.appendices[0].rows[row].values["y2011_h"] = 2 * M
    [found] = validate_plan(plan)
    assert found.code == "APX014" and found.severity is Severity.ERROR
    assert found.location.row == plan.appendices[0].rows[row].uuid
    assert found.location.column == "y2011"
    assert found.params["parts_value"] - found.params["total_value"] == 1 * M


def test_breakdown_of_a_missing_column_APX015(clean):
    plan, _row = _with_breakdown(clean, part_of="y1999")
    assert codes(plan) == ["APX015", "APX015"]


def test_total_row_per_source_stated_wrong_APX016(clean):
    from itplan_desktop.domain import TotalRow

    plan = with_thanh_hoa(clean, thanh_hoa_pl2())
    appendix = plan.appendices[0]
    appendix.total_rows = [TotalRow("Tổng ngân sách cấp tỉnh", source="sn.tinh")]
    assert codes(plan) == []
    from itplan_desktop.domain.appendix_engine import AppendixComputation

    right = AppendixComputation(appendix).total_row_values(0)["total"]
    appendix.total_rows[0].stated = {"total": right + 1 * M}  # stated wrong by one million
    [found] = validate_plan(plan)
    assert found.code == "APX016"
    assert found.location.row == appendix.total_rows[0].uuid
    assert found.params["computed_value"] == right
