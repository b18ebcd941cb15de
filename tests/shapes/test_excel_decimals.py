"""Every amount keeps its decimals in Excel (issue 15.5): the computed "Tổng cộng" column of an
appendix whose year cells have decimals is not formatted `#,##0`."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from shape_plans import TRIEU, shape_plan, text

from itplan_desktop.domain import Appendix, AppendixRow, Column, ColumnKind, ColumnRole, RowKind


def test_total_column_keeps_the_decimals_of_its_addends(tmp_path: Path):
    from itplan_desktop.services.xlsx_export import export_plan_xlsx

    appendix = Appendix(
        title="NHU CẦU KINH PHÍ",
        columns=[
            text("tt", ColumnRole.TT, "TT"),
            text("name", ColumnRole.NAME, "Nội dung", 3),
            Column("y2021", ColumnKind.MONEY, ColumnRole.YEAR, ("2021",), year=2021),
            Column("y2022", ColumnKind.MONEY, ColumnRole.YEAR, ("2022",), year=2022),
            Column("total", ColumnKind.MONEY, ColumnRole.TOTAL, ("Tổng cộng",)),
        ],
        rows=[
            AppendixRow(
                RowKind.ITEM,
                texts={"name": "Nâng cấp"},
                values={"y2021": 4_000 * TRIEU, "y2022": 543_750_000},
            )
        ],
    )
    (out,) = export_plan_xlsx(shape_plan(appendix), tmp_path / "kh.xlsx")
    sheet = load_workbook(out).worksheets[0]
    formats = {
        cell.column_letter: cell.number_format
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("=")
    }
    assert formats["E"] == "#,##0.00", formats  # the total column (C is whole: "#,##0")
