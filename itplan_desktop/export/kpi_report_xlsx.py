"""The progress report's tables in an Excel workbook: sheet "Chỉ tiêu" (KPI table) and sheet
"Nhiệm vụ" (task progress, amounts as numbers in the report's unit with a SUM total row).

Times New Roman, A4 landscape, header rows as print titles, fit to one page wide (docs/format.md);
cell styles are the Excel export's.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.appendix_layout import UNIT_DECIMALS, display_amount
from ..domain.kpi_progress import TaskLine
from ..domain.kpi_report import ProgressReport, task_groups
from ..domain.kpi_status import Status
from ..vn.units import MoneyUnit
from .xlsx.sheet import put_text
from .xlsx.styles import StyleCache, number_format

FILLS = {
    Status.ACHIEVED: PatternFill("solid", fgColor="D6F0D6"),
    Status.ON_TRACK: PatternFill("solid", fgColor="E6F2FB"),
    Status.BEHIND: PatternFill("solid", fgColor="FBE0E0"),
}


def _title(ws: Worksheet, styles: StyleCache, report: ProgressReport, heading: str, width: int):
    for row, (text, kind) in enumerate(((heading, "heading"), (report.title, "title")), start=1):
        put_text(ws, row, 1, text)
        styles.apply(ws.cell(row, 1), kind)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    ws.row_dimensions[2].height = 36


def _page_setup(ws: Worksheet, header_row: int, widths: list[float]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left, ws.page_margins.right = 30 / 25.4, 15 / 25.4
    ws.page_margins.top = ws.page_margins.bottom = 20 / 25.4
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = ws.cell(header_row + 1, 1)


def _kpi_sheet(ws: Worksheet, styles: StyleCache, report: ProgressReport) -> None:
    header = [
        "TT",
        "Nhóm",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Mục tiêu kế hoạch",
        "Yêu cầu đến cuối kỳ",
        "Kết quả thực hiện",
        "Đánh giá",
        "Ghi chú",
    ]
    _title(ws, styles, report, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", len(header))
    top = 4
    for column, text in enumerate(header, start=1):
        put_text(ws, top, column, text)
        styles.apply(ws.cell(top, column), "header")
    for offset, row in enumerate(report.kpi_rows, start=1):
        values = [
            row.number,
            row.group,
            row.name,
            row.unit,
            row.target,
            row.expected,
            row.actual,
            row.status.label,
            row.note,
        ]
        for column, value in enumerate(values, start=1):
            _put(ws, top + offset, column, value)  # user text: never a formula
            styles.apply(
                ws.cell(top + offset, column), "text" if column in (2, 3, 9) else "text_center"
            )
        fill = FILLS.get(row.status)
        if fill is not None:
            ws.cell(top + offset, 8).fill = fill
    _page_setup(ws, top, [5, 18, 50, 10, 14, 14, 14, 16, 28])


def _task_sheet(ws: Worksheet, styles: StyleCache, report: ProgressReport) -> None:
    year, unit = report.year, report.money_unit
    header = [
        "TT",
        "Nhiệm vụ, dự án",
        "Kế hoạch vốn cả giai đoạn",
        f"Kế hoạch đến năm {year}",
        f"Đã giải ngân đến năm {year}",
        "Tỷ lệ giải ngân (%)",
        "Tình trạng",
        "Ghi chú",
    ]
    _title(ws, styles, report, "TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ, DỰ ÁN", len(header))
    put_text(ws, 3, len(header), f"Đơn vị tính: {unit.label}")
    styles.apply(ws.cell(3, len(header)), "unit")
    top = 4
    for column, text in enumerate(header, start=1):
        put_text(ws, top, column, text)
        styles.apply(ws.cell(top, column), "header")
    decimals = UNIT_DECIMALS[unit]
    fmt = number_format(3 if decimals is None else decimals)
    r = top
    ranges: list[tuple[int, int]] = []
    for heading, tasks in task_groups(report):
        r += 1
        put_text(ws, r, 2, heading)
        styles.apply(ws.cell(r, 1), "text")
        styles.apply(ws.cell(r, 2), "text", bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=len(header))
        ranges.append((r + 1, r + len(tasks)))
        for task in tasks:
            r += 1
            _task_row(ws, styles, r, task, year, unit, fmt)
    total = r + 1
    ws.cell(total, 2, "Tổng cộng")
    styles.apply(ws.cell(total, 1), "text")
    styles.apply(ws.cell(total, 2), "text", bold=True)
    for column in (3, 4, 5):
        letter = get_column_letter(column)
        refs = ",".join(f"{letter}{a}:{letter}{b}" for a, b in ranges if b >= a)
        ws.cell(total, column, f"=SUM({refs})" if refs else 0)
        styles.apply(ws.cell(total, column), "number", bold=True, fmt=fmt)
    ws.cell(total, 6, f'=IF(D{total}=0,"",ROUND(E{total}*100/D{total},1))')
    styles.apply(ws.cell(total, 6), "number", bold=True, fmt="0.0")
    for column in (7, 8):
        styles.apply(ws.cell(total, column), "text")
    _page_setup(ws, top, [6, 50, 16, 16, 16, 12, 16, 24])


def _task_row(
    ws: Worksheet, styles: StyleCache, r: int, task: TaskLine, year: int, unit: MoneyUnit, fmt: str
):
    amounts = (task.planned_total, task.planned_until(year), task.disbursed_until(year))
    put_text(ws, r, 1, task.label)
    put_text(ws, r, 2, task.name)
    for column, amount in enumerate(amounts, start=3):
        ws.cell(r, column, display_amount(amount, unit))
        styles.apply(ws.cell(r, column), "number", fmt=fmt)
    ws.cell(r, 6, f'=IF(D{r}=0,"",ROUND(E{r}*100/D{r},1))')
    put_text(ws, r, 7, task.status.label)
    put_text(ws, r, 8, task.note)
    styles.apply(ws.cell(r, 1), "text_center")
    for column in (2, 8):
        styles.apply(ws.cell(r, column), "text")
    styles.apply(ws.cell(r, 6), "number", fmt="0.0")
    styles.apply(ws.cell(r, 7), "text_center")


def _put(ws: Worksheet, row: int, column: int, value: object) -> None:
    """Text through `put_text` (stays text even when it starts with "="), numbers as they are."""
    if isinstance(value, str):
        put_text(ws, row, column, value)
    else:
        ws.cell(row, column, value)


def write_report_xlsx(report: ProgressReport, path: Path) -> None:
    """Write the workbook to `path`."""
    workbook = Workbook()
    styles = StyleCache()
    kpi = workbook.active
    kpi.title = "Chỉ tiêu"
    _kpi_sheet(kpi, styles, report)
    _task_sheet(workbook.create_sheet("Nhiệm vụ"), styles, report)
    workbook.properties.title = report.title
    workbook.save(path)
