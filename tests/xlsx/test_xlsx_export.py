"""Excel export: totals recalculated by LibreOffice equal the engine's, headers, print setup,
formula injection, and the export service (files whole or not at all)."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from xlsx_plans import nested_plan
from xlsx_recalc import Exported, load_sample

from itplan_desktop.domain.appendix import ColumnKind, RowKind
from itplan_desktop.domain.appendix_engine import TOTAL_ROW, AppendixComputation
from itplan_desktop.domain.appendix_layout import header_grid, money_unit
from itplan_desktop.export.xlsx import HEADER_TOP, FormulaPlan
from itplan_desktop.messages import UserError
from itplan_desktop.services.xlsx_export import ExportCancelled, export_plan_xlsx
from itplan_desktop.vn.units import from_dong

PLANS = ["nhu_xuan_2016_2020", "thanh_hoa_2011_2015", "nested"]


def _expected(value: int | None, kind: ColumnKind, unit: str) -> Decimal | None:
    if value is None:
        return None
    return from_dong(value, money_unit(unit)) if kind is ColumnKind.MONEY else Decimal(value)


def _shown(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    assert isinstance(value, int | float), value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


@pytest.mark.parametrize("name", PLANS)
def test_every_computed_cell_recalculates_to_the_engine_value(
    exported: dict[str, Exported], name: str
) -> None:
    plan = exported[name].plan
    workbook = openpyxl.load_workbook(exported[name].recalculated, data_only=True)
    checked = 0
    for appendix, ws in zip(plan.appendices, workbook.worksheets, strict=True):
        computation = AppendixComputation(appendix)
        layout = FormulaPlan(appendix, HEADER_TOP + header_grid(appendix).depth)
        indices = [*range(len(appendix.rows)), TOTAL_ROW]
        for index in indices:
            for column in appendix.columns:
                if column.kind is ColumnKind.TEXT or not computation.is_computed(index, column.key):
                    continue
                cell = ws.cell(layout.sheet_row(index), layout.columns[column.key])
                want = _expected(computation.value(index, column.key), column.kind, appendix.unit)
                assert _shown(cell.value) == want, (name, appendix.number, cell.coordinate)
                checked += 1
    assert checked >= 16


def test_total_row_and_group_formulas(exported: dict[str, Exported]) -> None:
    workbook = openpyxl.load_workbook(exported["nested"].path)
    ws = workbook.worksheets[0]
    # rows: header 6-8, data from 9: I(9) item(10) 1(11) items 12-13, 2(14) item 15, II(16) 17-18
    assert ws["D9"].value == '=IF(COUNT(D10:D11,D14),SUM(D10:D11,D14),"")'  # no double count
    assert ws["D11"].value == '=IF(COUNT(D12:D13),SUM(D12:D13),"")'
    assert ws["D19"].value == '=IF(COUNT(D9,D16),SUM(D9,D16),"")'
    assert ws["H10"].value == '=IF(COUNT(D10,F10),SUM(D10,F10),"")'  # total_dtpt: DTPT years
    assert ws["J10"].value == '=IF(COUNT(D10:G10),SUM(D10:G10),"")'  # grand total
    assert ws["B19"].value == "Tổng cộng"


def test_allocated_counts_in_the_row_total_but_not_in_missing(
    exported: dict[str, Exported],
) -> None:
    ws = openpyxl.load_workbook(exported["thanh_hoa_2011_2015"].path).worksheets[0]
    assert ws["E8"].value == '=IF(COUNT(F8,H8:L8),SUM(F8,H8:L8),"")'
    assert ws["G8"].value == '=IF(COUNT(H8:L8),SUM(H8:L8),"")'


def test_merged_multi_level_headers(exported: dict[str, Exported]) -> None:
    for name in PLANS:
        plan = exported[name].plan
        workbook = openpyxl.load_workbook(exported[name].path)
        for appendix, ws in zip(plan.appendices, workbook.worksheets, strict=True):
            merged = {str(r) for r in ws.merged_cells.ranges}
            for cell in header_grid(appendix).cells:
                top = ws.cell(HEADER_TOP + cell.row, 1 + cell.col)
                assert top.value == cell.text
                assert top.font.b
                if cell.rowspan > 1 or cell.colspan > 1:
                    bottom = ws.cell(
                        HEADER_TOP + cell.row + cell.rowspan - 1, cell.col + cell.colspan
                    )
                    assert f"{top.coordinate}:{bottom.coordinate}" in merged


def test_title_block_and_units() -> None:
    plan = load_sample("nhu_xuan_2016_2020")
    tmp = Path(__import__("tempfile").mkdtemp())
    (path,) = export_plan_xlsx(plan, tmp / "nx.xlsx", appendix=1)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.title == "Phụ lục I"
    assert ws["A1"].value == "Phụ lục I"
    assert ws["A2"].value == plan.appendices[0].title.upper()
    assert ws["A3"].value == (
        "(Kèm theo Kế hoạch số 131/KH-UBND ngày 15 tháng 9 năm 2015 của Ủy ban nhân dân huyện "
        "Như Xuân)"
    )
    assert ws["A5"].value == "Đơn vị tính: triệu đồng"
    assert ws["E12"].number_format == "#,##0"
    plan.appendix_numbering = "arabic"  # only as the plan's explicit choice
    (path,) = export_plan_xlsx(plan, tmp / "arabic.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Phụ lục 1", "Phụ lục 2"]
    assert workbook.worksheets[1]["A1"].value == "Phụ lục 2"


def test_ty_dong_has_three_decimals_and_exact_values(exported: dict[str, Exported]) -> None:
    ws = openpyxl.load_workbook(exported["nested"].path).worksheets[0]
    assert ws["A5"].value == "Đơn vị tính: tỷ đồng"
    assert ws["D10"].number_format == "#,##0.000"
    assert Decimal(repr(ws["D10"].value)) == Decimal("1.2345")
    assert (
        ws["A3"].value == "(Kèm theo Kế hoạch số 05/KH-UBND ngày 03 tháng 02 năm 2021 "
        "của Ủy ban nhân dân tỉnh Thanh Hóa)"
    )


def test_print_setup(exported: dict[str, Exported]) -> None:
    for name in PLANS:
        workbook = openpyxl.load_workbook(exported[name].path)
        for appendix, ws in zip(exported[name].plan.appendices, workbook.worksheets, strict=True):
            depth = header_grid(appendix).depth
            assert ws.page_setup.orientation == "landscape"
            assert int(ws.page_setup.paperSize) == 9  # A4
            assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
            assert ws.sheet_properties.pageSetUpPr.fitToPage
            assert ws.print_title_rows == f"${HEADER_TOP}:${HEADER_TOP + depth - 1}"
            margins = ws.page_margins
            mm = {k: round(getattr(margins, k) * 25.4) for k in ("top", "bottom", "left", "right")}
            assert mm == {"top": 20, "bottom": 20, "left": 30, "right": 15}
            for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
                for cell in row:
                    if cell.value is not None:
                        assert cell.font.name == "Times New Roman"
                        assert 12 <= cell.font.sz <= 14
            data_row = HEADER_TOP + depth
            assert ws.cell(data_row, 2).alignment.wrap_text
            assert all(ws.column_dimensions[c].width >= 5 for c in "AB")
            assert ws.row_dimensions[2].height >= 15


def test_user_text_starting_like_a_formula_stays_text(exported: dict[str, Exported]) -> None:
    path = exported["nested"].path
    ws = openpyxl.load_workbook(path).worksheets[0]
    cells = {"B10": '=HYPERLINK("http://x","bấm")', "C10": "=1+1", "B12": "+Phần mềm"}
    cells |= {"B13": "-Máy chủ", "B15": "@Đào tạo"}
    for ref, text in cells.items():
        assert ws[ref].value == text
        assert ws[ref].data_type == "s"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "HYPERLINK" not in xml.split("<f>")[1] if "<f>" in xml else True
    assert all("HYPERLINK" not in part.split("</f>")[0] for part in xml.split("<f>")[1:])
    recalculated = openpyxl.load_workbook(exported["nested"].recalculated).worksheets[0]
    assert recalculated["B10"].value == '=HYPERLINK("http://x","bấm")'
    assert recalculated["C10"].value == "=1+1"


def test_export_layouts_progress_and_cancel(tmp_path: Path) -> None:
    plan = load_sample("thanh_hoa_2011_2015")
    seen: list[tuple[int, int]] = []
    paths = export_plan_xlsx(
        plan, tmp_path / "th.xlsx", layout="workbooks", progress=lambda d, t: seen.append((d, t))
    )
    assert [p.name for p in paths] == [f"th_PL{n}.xlsx" for n in ("I", "II", "III", "IV")]
    assert seen[-1][0] == seen[-1][1] == sum(len(a.rows) for a in plan.appendices)
    (single,) = export_plan_xlsx(plan, tmp_path / "pl3.xlsx", appendix=3, layout="workbooks")
    assert single.name == "pl3.xlsx"
    assert openpyxl.load_workbook(single).sheetnames == ["Phụ lục III"]
    with pytest.raises(UserError) as error:
        export_plan_xlsx(plan, tmp_path / "x.xlsx", appendix=9)
    assert "phụ lục số 9" in error.value.text
    before = sorted(p.name for p in tmp_path.iterdir())
    calls = iter(range(1000))
    with pytest.raises(ExportCancelled):
        export_plan_xlsx(
            plan, tmp_path / "c.xlsx", layout="workbooks", cancel=lambda: next(calls) > 30
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_error_mid_export_leaves_no_file(tmp_path: Path) -> None:
    plan = nested_plan()
    plan.appendices[0].rows[1].values["y2021_dtpt"] = "not an amount"  # type: ignore[assignment]
    with pytest.raises(TypeError):
        export_plan_xlsx(plan, tmp_path / "broken.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_groups_are_bold_and_items_not(exported: dict[str, Exported]) -> None:
    plan = exported["thanh_hoa_2011_2015"].plan
    ws = openpyxl.load_workbook(exported["thanh_hoa_2011_2015"].path).worksheets[1]
    for index, row in enumerate(plan.appendices[1].rows):
        assert ws.cell(8 + index, 2).font.b == (row.kind is RowKind.GROUP)
