"""Workbooks "made by hand" in the shape of the reference appendices, written with openpyxl
independently of our exporter: typed numbers (no formulas), typed totals and subtotals,
"Phụ lục 1. TITLE" on one line, "Đơn vị: Triệu đồng", merged headers, bold group rows."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from itplan_desktop.domain.appendix import Appendix, ColumnKind, ColumnRole, RowKind
from itplan_desktop.domain.appendix_layout import header_grid, money_unit
from itplan_desktop.vn.units import from_dong

Cell = tuple[int, str]  # (row index or -1 for the total row, column key)


def handmade(
    appendix: Appendix,
    path: Path,
    *,
    number: int = 1,
    total_in_tt: bool = False,
    numbering_row: bool = False,
    typed: dict[Cell, object] | None = None,
    encode: Callable[[str], str] | None = None,
    extra_sheet: bool = False,
) -> Path:
    """Write `appendix` as a district officer would have typed it; `typed` replaces what a
    cell holds (e.g. text "1.200"), `encode` turns every text into a legacy encoding."""
    typed = typed or {}
    enc = encode or (lambda text: text)
    workbook = Workbook()
    if extra_sheet:
        notes = workbook.active
        notes.title = "Ghi chú"
        notes["A1"] = enc("Bảng này lấy từ kế hoạch năm trước")
        ws = workbook.create_sheet("PL")
    else:
        ws = workbook.active
        ws.title = f"PL{number}"
    bold = Font(bold=True)
    ws["A1"] = enc(f"Phụ lục {number}. {appendix.title}")
    ws["A2"] = enc("(Kèm theo Kế hoạch số: 131 /KH-UBND ngày 15 tháng 9 năm 2015 của UBND huyện)")
    ws["H3"] = enc("Đơn vị: Triệu đồng")
    top = 5
    grid = header_grid(appendix)
    for cell in grid.cells:
        ws.cell(top + cell.row, 1 + cell.col, enc(cell.text)).font = bold
        if cell.rowspan > 1 or cell.colspan > 1:
            ws.merge_cells(
                start_row=top + cell.row,
                start_column=1 + cell.col,
                end_row=top + cell.row + cell.rowspan - 1,
                end_column=cell.col + cell.colspan,
            )
    row_number = top + grid.depth
    if numbering_row:
        for position in range(len(appendix.columns)):
            ws.cell(row_number, position + 1, f"({position + 1})")
        row_number += 1
    unit = money_unit(appendix.unit)

    def shown(amount: int, kind: ColumnKind) -> object:
        value = from_dong(amount, unit) if kind is ColumnKind.MONEY else Decimal(amount)
        return int(value) if value == value.to_integral_value() else float(value)

    def put(index: int, figures: dict[str, int], texts: dict[str, str], is_group: bool) -> None:
        for position, column in enumerate(appendix.columns, start=1):
            cell = ws.cell(row_number, position)
            if (index, column.key) in typed:
                cell.value = typed[(index, column.key)]
            elif column.kind is ColumnKind.TEXT:
                if texts.get(column.key):
                    cell.value = enc(texts[column.key])
            elif column.key in figures:
                cell.value = shown(figures[column.key], column.kind)
            if is_group:
                cell.font = bold

    for index, row in enumerate(appendix.rows):
        figures = {**row.values, **row.stated}
        texts = {**row.texts, "tt": row.label}
        put(index, figures, texts, row.kind is RowKind.GROUP)
        row_number += 1
    label_key = (
        "tt" if total_in_tt else next(c.key for c in appendix.columns if c.role is ColumnRole.NAME)
    )
    put(-1, appendix.stated_totals, {label_key: appendix.total_label}, True)
    row_number += 2
    ws.cell(row_number, 6, enc("CHỦ TỊCH")).font = bold  # the signature block under the table
    workbook.save(path)
    return path
