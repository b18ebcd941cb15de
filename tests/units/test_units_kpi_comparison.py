"""The province's KPI comparison at today's scale (issue 13): one row per current unit under
a group row per kind (sở, ban, ngành; phường; xã) carrying the kind's subtotals — how many of
its units reached each indicator or are on track, how many have a plan — the same rows in
the report, its PDF and its Excel file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from itplan_desktop.domain import RowKind
from itplan_desktop.domain.indicator import Observation
from itplan_desktop.services.plan_creation import create_plan_for_unit
from itplan_desktop.services.plans import get_plan
from itplan_desktop.services.province_kpi_report import (
    export_kpi_comparison,
    group_summary,
    kpi_comparison_document,
)
from itplan_desktop.services.units import add_agency
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import Database, open_database

DAY = date(2026, 12, 1)
PHUONG = "14758"  # phường Hàm Rồng
NHU_THANH = "16228"  # xã Như Thanh
NHU_XUAN = "16174"  # xã Như Xuân


def _plan_with_actual(db: Database, code: str, signed: str | None) -> str:
    """The unit's 2027 yearly plan, with its 2027 actual of the digitally-signed share."""
    uuid = create_plan_for_unit(db, code, 2027, 2027, today=DAY)
    plan = get_plan(db, uuid)
    if signed is not None:
        indicator = plan.indicators[2]
        plan.observations.append(Observation(indicator.uuid, code, "2027", value=Decimal(signed)))
        with db.session() as session:
            repo.save_plan(session, plan)
    return uuid


@pytest.fixture
def province(tmp_path: Path):
    """Thanh Hóa with a Sở Y tế and four units with 2027 plans: the sở (100% signed), phường
    Hàm Rồng (no actual), xã Như Thanh (100%: achieved) and xã Như Xuân (40%: behind)."""
    db = open_database(tmp_path / "tinh.sqlite")
    agency = add_agency(db, "38", "Sở Y tế")
    _plan_with_actual(db, agency.code, "100")
    _plan_with_actual(db, PHUONG, None)
    _plan_with_actual(db, NHU_THANH, "100")
    _plan_with_actual(db, NHU_XUAN, "40")
    yield db
    db.close()


def test_one_row_per_unit_under_a_group_row_per_kind(province):
    comparison, plan = kpi_comparison_document(province, "38", "2027")
    [appendix] = plan.appendices
    assert [label for label, _codes in comparison.groups] == ["Sở, ban, ngành", "Phường", "Xã"]
    groups = [r for r in appendix.rows if r.kind is RowKind.GROUP]
    items = [r for r in appendix.rows if r.kind is RowKind.ITEM]
    assert [g.texts["name"] for g in groups] == ["Sở, ban, ngành", "Phường", "Xã"]
    assert len(items) == len(comparison.districts) == 167  # the sở and the 166 communes
    # the rows of each kind follow its group row
    names = [r.texts["name"] for r in appendix.rows]
    assert names.index("Sở, ban, ngành") < names.index("Sở Y tế") < names.index("Phường")
    assert names.index("Phường") < names.index("UBND phường Hàm Rồng") < names.index("Xã")
    assert names.index("Xã") < names.index("UBND xã Như Thanh")
    key = comparison.indicators[2]  # the signed share
    column = f"k{3}"
    xa, phuong, so = groups[2], groups[1], groups[0]
    assert xa.texts[column] == "Đạt, đúng tiến độ: 1/2 đơn vị"  # Như Thanh yes, Như Xuân no
    assert xa.texts["note"] == "2/147 đơn vị có kế hoạch"  # Thanh Hóa: 147 xã, 19 phường
    assert phuong.texts[column] == "Đạt, đúng tiến độ: 0/1 đơn vị"  # no actual yet
    assert so.texts[column] == "Đạt, đúng tiến độ: 1/1 đơn vị"
    assert so.texts["note"] == "1/1 đơn vị có kế hoạch"
    [xa_codes] = [codes for label, codes in comparison.groups if label == "Xã"]
    assert group_summary(comparison, key, xa_codes) == xa.texts[column]
    row = next(r for r in items if r.texts["name"] == "UBND xã Như Xuân")
    assert row.texts[column] == "40% / 100%\nChậm tiến độ"


def test_pdf_and_excel_print_the_group_rows(province, tmp_path: Path):
    pdf, xlsx = tmp_path / "so-sanh.pdf", tmp_path / "so-sanh.xlsx"
    export_kpi_comparison(province, "38", "2027", pdf)
    export_kpi_comparison(province, "38", "2027", xlsx)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    for words in ("Sở, ban, ngành", "Phường", "Đạt, đúng tiến độ: 1/2 đơn vị",
                  "2/147 đơn vị có kế hoạch", "UBND xã Như Thanh"):  # fmt: skip
        assert words in text, words
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    by_name = {row[1]: row for row in rows if len(row) > 1 and isinstance(row[1], str)}
    _comparison, plan = kpi_comparison_document(province, "38", "2027")
    [appendix] = plan.appendices
    for source in appendix.rows:  # every row of the report, in Excel with the same texts
        printed = by_name[source.texts["name"]]
        assert printed[4] == (source.texts["k3"] or None)
    assert by_name["Xã"][0] == "III"  # group rows numbered like the consolidation's


def test_district_era_comparison_has_no_group_rows(tmp_path: Path):
    """Before 2026 the comparison lists the districts, flat, as the reference reports."""
    db = open_database(tmp_path / "tinh.sqlite")
    from itplan_desktop.services.units import ensure_unit

    with db.session() as session:
        ensure_unit(session, "38")
    comparison, plan = kpi_comparison_document(db, "38", "2018")
    assert comparison.groups == []
    assert all(r.kind is RowKind.ITEM for r in plan.appendices[0].rows)
    db.close()
