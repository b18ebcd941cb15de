"""The province's consolidation window at today's scale (issue 13): from 2026 the allocation
tab and the KPI comparison tab list every current unit under a group row per kind (sở, ban,
ngành; phường; xã) carrying its subtotals, the same rows as the PDF and Excel files; the
sources offered are those of the period's budget year (no ngân sách huyện from 2026)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QTableWidget

from itplan_desktop.domain import AppendixRow, RowKind
from itplan_desktop.domain.indicator import Observation
from itplan_desktop.gui.application import make_application
from itplan_desktop.gui.exchange.province_consolidation import ConsolidationWindow
from itplan_desktop.services.plan_creation import create_plan_for_unit
from itplan_desktop.services.plans import get_plan
from itplan_desktop.services.units import add_agency
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import Database, open_database

TRIEU = 1_000_000


def _plan(db: Database, code: str, amount: int, signed: str) -> None:
    """The unit's 2027 plan with one costed task and its 2027 digitally-signed share."""
    plan = get_plan(db, create_plan_for_unit(db, code, 2027, 2027, today=date(2026, 12, 1)))
    plan.appendices[1].rows.append(
        AppendixRow(
            RowKind.ITEM,
            texts={"name": "Nhiệm vụ số hóa"},
            level=2,
            values={"amount": amount * TRIEU},
        )
    )
    indicator = plan.indicators[2]
    plan.observations.append(Observation(indicator.uuid, code, "2027", value=Decimal(signed)))
    with db.session() as session:
        repo.save_plan(session, plan)


@pytest.fixture
def window(qtbot, tmp_path: Path):
    db = open_database(tmp_path / "tinh.sqlite")
    agency = add_agency(db, "38", "Sở Y tế")
    _plan(db, agency.code, 300, "100")
    _plan(db, "14758", 120, "60")  # phường Hàm Rồng
    _plan(db, "16228", 150, "100")  # xã Như Thanh
    _plan(db, "16174", 50, "40")  # xã Như Xuân
    make_application()
    view = ConsolidationWindow(db)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()
    db.close()


def _rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _bold(table: QTableWidget) -> list[str]:
    return [
        table.item(r, 1).text() for r in range(table.rowCount()) if table.item(r, 1).font().bold()
    ]


def test_sources_follow_the_budget_year(window):
    window.start.setValue(2016)
    offered = [window.source.itemData(i) for i in range(window.source.count())]
    assert "sn.huyen" in offered and offered[-1] is None  # the archive: district budget
    window.source.setCurrentIndex(window.source.findData("sn.huyen"))
    window.start.setValue(2027)
    offered = [window.source.itemData(i) for i in range(window.source.count())]
    assert not any(key and key.endswith(".huyen") for key in offered)
    assert window.source.currentData() is None  # "every source" instead of the district's
    labels = [window.source.itemText(i) for i in range(window.source.count())]
    assert "Chi thường xuyên (ngân sách xã)" in labels and labels[-1] == "Mọi nguồn vốn"
    window.source.setCurrentIndex(window.source.findData("sn.xa"))
    window.start.setValue(2028)  # a choice that still exists is kept
    assert window.source.currentData() == "sn.xa"


def test_allocation_tab_groups_units_by_kind_like_the_excel_file(qtbot, window, tmp_path, shot):
    window.start.setValue(2027)
    window.end.setValue(2027)
    window.run_button.click()
    qtbot.waitUntil(lambda: window.plan is not None, timeout=20_000)
    table = window.table
    assert table.rowCount() == 3 + 167 + 1  # three kinds, the sở and 166 communes, the total
    assert _bold(table) == ["Sở, ban, ngành", "Phường", "Xã", "Tổng cộng"]
    rows = {row[1]: row for row in _rows(table)}
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    total = headers.index("Tổng cộng")
    assert rows["Sở, ban, ngành"][total] == "300" and rows["Phường"][total] == "120"
    assert rows["Xã"][total] == "200" and rows["Tổng cộng"][total] == "620"
    assert rows["UBND xã Như Thanh"][total] == "150"
    assert rows["Xã"][0] == "III"  # numbered as printed
    shot(window, "province_consolidation_units")

    target = tmp_path / "tong-hop.xlsx"
    window.ask_save_path = lambda suggested, filters: target
    window.xlsx_button.click()
    qtbot.waitUntil(lambda: window.last_export == target, timeout=20_000)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    printed = [[c.value for c in row] for row in sheet.iter_rows()]
    names = [row[1] for row in printed if len(row) > 1 and isinstance(row[1], str)]
    shown = [row[1] for row in _rows(table)]
    start = names.index("Sở, ban, ngành")
    assert names[start : start + len(shown) - 1] == shown[:-1]  # the same rows, in order
    group = next(row for row in printed if row[1] == "Xã")
    assert group[0] == "III"


def test_kpi_tab_shows_the_report_rows_with_group_subtotals(qtbot, window, tmp_path, shot):
    window.tabs.setCurrentIndex(1)
    window.period.setText("2027")
    window.kpi_button.click()
    assert window.kpi_plan is not None
    [appendix] = window.kpi_plan.appendices
    table = window.kpi_table
    assert table.rowCount() == len(appendix.rows) == 3 + 167  # no total row: no amounts
    assert _bold(table) == ["Sở, ban, ngành", "Phường", "Xã"]
    rows = {row[1]: row for row in _rows(table)}
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    signed = next(c for c, h in enumerate(headers) if "ký số" in h)
    assert rows["Xã"][signed] == "Đạt, đúng tiến độ: 1/2 đơn vị"
    assert rows["Phường"][signed] == "Đạt, đúng tiến độ: 0/1 đơn vị"
    assert rows["UBND xã Như Xuân"][signed] == "40% / 100%\nChậm tiến độ"
    assert rows["Xã"][-1] == "2/147 đơn vị có kế hoạch"
    assert "167 đơn vị" in window.kpi_note.text()
    shot(window, "province_kpi_comparison_units")

    pdf = tmp_path / "so-sanh.pdf"
    window.ask_save_path = lambda suggested, filters: pdf
    window.kpi_pdf_button.click()
    qtbot.waitUntil(lambda: window.last_kpi_export == pdf, timeout=30_000)
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Đạt, đúng tiến độ: 1/2 đơn vị" in text and "2/147 đơn vị có kế hoạch" in text
