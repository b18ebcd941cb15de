"""The progress report as an official PDF (docs/format.md): header grid, "BÁO CÁO", the title with
its rule and "Kính gửi", the body, the KPI table, the task table and the closing with the
signature block.

The first page and the closing are the plan document's own (`pdf.header_grid`,
`pdf.signature_block`), drawn on the same canvas (`pdf.document.new_canvas`: PDF 1.4, no
base-14 font, PDF/A when asked), so the report follows every rule of the header and closing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.appendix_layout import format_amount
from ..domain.kpi_progress import TaskStatus
from ..domain.kpi_report import ProgressReport, task_groups
from ..domain.kpi_status import Status
from ..domain.kpi_values import format_decimal
from ..vn.units import MoneyUnit
from .pdf import reportlab_private
from .pdf.document import finish_canvas, new_canvas
from .pdf.fonts import FontFamily, register_fonts
from .pdf.header_grid import HeaderGrid, title_block
from .pdf.measures import FIRST_LINE_INDENT, PARAGRAPH_SPACE, SIZES, leading, page_geometry
from .pdf.options import DEFAULT_OPTIONS, PdfOptions
from .pdf.page_furniture import draw_page_number
from .pdf.signature_block import SignatureBlock

TABLE_SIZE = 11
SUBJECT = "Báo cáo kết quả thực hiện kế hoạch"
STATUS_COLOURS = {
    Status.ACHIEVED: "#d6f0d6",
    Status.ON_TRACK: "#e6f2fb",
    Status.BEHIND: "#fbe0e0",
}


def _styles(family: FontFamily) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=family.regular,
        fontSize=SIZES.body,
        leading=leading(SIZES.body) * 1.1,
        alignment=TA_JUSTIFY,
        firstLineIndent=FIRST_LINE_INDENT,
        spaceBefore=PARAGRAPH_SPACE,
    )
    cell = ParagraphStyle("cell", fontName=family.regular, fontSize=TABLE_SIZE, leading=13)
    return {
        "body": body,
        "body_keep": ParagraphStyle("body_keep", parent=body, keepWithNext=True),
        "heading": ParagraphStyle("heading", parent=body, fontName=family.bold, keepWithNext=True),
        "unit": ParagraphStyle(
            "unit",
            parent=body,
            fontName=family.italic,
            alignment=TA_RIGHT,
            firstLineIndent=0,
            keepWithNext=True,
        ),
        "cell": cell,
        "cell_c": ParagraphStyle("cell_c", parent=cell, alignment=TA_CENTER),
        "cell_r": ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT),
        "cell_h": ParagraphStyle("cell_h", parent=cell, fontName=family.bold, alignment=TA_CENTER),
        "cell_b": ParagraphStyle("cell_b", parent=cell, fontName=family.bold, alignment=TA_LEFT),
        "cell_br": ParagraphStyle("cell_br", parent=cell, fontName=family.bold, alignment=TA_RIGHT),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _table(rows: list[list], widths: list[float], family: FontFamily, extra=()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                # plain-string cells ("") would select the table's default Helvetica
                ("FONTNAME", (0, 0), (-1, -1), family.regular),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table


def kpi_table(report: ProgressReport, styles, width: float, family: FontFamily) -> Table:
    header = [
        "TT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Mục tiêu kế hoạch",
        "Yêu cầu đến cuối kỳ",
        "Kết quả thực hiện",
        "Đánh giá",
    ]
    rows: list[list] = [[_p(h, styles["cell_h"]) for h in header]]
    extra = []
    for row in report.kpi_rows:
        rows.append(
            [
                _p(str(row.number), styles["cell_c"]),
                _p(row.name + (f" ({row.note})" if row.note else ""), styles["cell"]),
                _p(row.unit, styles["cell_c"]),
                _p(row.target, styles["cell_c"]),
                _p(row.expected, styles["cell_c"]),
                _p(row.actual, styles["cell_c"]),
                _p(row.status.label, styles["cell_c"]),
            ]
        )
        colour = STATUS_COLOURS.get(row.status)
        if colour:
            extra.append(("BACKGROUND", (6, len(rows) - 1), (6, len(rows) - 1), colour))
    shares = [0.06, 0.38, 0.08, 0.12, 0.12, 0.11, 0.13]
    return _table(rows, [width * s for s in shares], family, extra)


def task_table(report: ProgressReport, styles, width: float, family: FontFamily) -> Table:
    unit, year = report.money_unit, report.year
    header = [
        "TT",
        "Nhiệm vụ, dự án",
        "Kế hoạch vốn cả giai đoạn",
        f"Kế hoạch đến năm {year}",
        f"Đã giải ngân đến năm {year}",
        "Tỷ lệ giải ngân (%)",
        "Tình trạng",
    ]
    rows: list[list] = [[_p(h, styles["cell_h"]) for h in header]]
    totals = [0, 0, 0]
    extra = []
    for heading, tasks in task_groups(report):
        rows.append([_p("", styles["cell"]), _p(heading, styles["cell_b"]), *[""] * 5])
        extra.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
        _task_rows(rows, tasks, styles, unit, year, totals)
    rows.append(
        [
            _p("", styles["cell"]),
            _p("Tổng cộng", styles["cell_b"]),
            *[_p(format_amount(v, unit), styles["cell_br"]) for v in totals],
            _p(_rate(totals[2], totals[1]), styles["cell_br"]),
            _p("", styles["cell"]),
        ]
    )
    shares = [0.06, 0.36, 0.12, 0.12, 0.12, 0.1, 0.12]
    return _table(rows, [width * s for s in shares], family, extra)


def _task_rows(rows, tasks, styles, unit: MoneyUnit, year: int, totals: list[int]) -> None:
    for task in tasks:
        planned, until, done = (
            task.planned_total,
            task.planned_until(year),
            task.disbursed_until(year),
        )
        totals[0], totals[1], totals[2] = totals[0] + planned, totals[1] + until, totals[2] + done
        rows.append(
            [
                _p(task.label, styles["cell_c"]),
                _p(task.name + (f" ({task.note})" if task.note else ""), styles["cell"]),
                _p(format_amount(planned, unit), styles["cell_r"]),
                _p(format_amount(until, unit), styles["cell_r"]),
                _p(format_amount(done, unit), styles["cell_r"]),
                _p(_rate(done, until), styles["cell_r"]),
                _p(task.status.label, styles["cell_c"]),
            ]
        )


def _rate(done: int, planned: int) -> str:
    if not planned:
        return ""
    rate = (Decimal(done) * 100 / Decimal(planned)).quantize(Decimal("0.1"))
    return format_decimal(rate)


def _story(
    report: ProgressReport, family: FontFamily, width: float, options: PdfOptions
) -> list[Flowable]:
    styles = _styles(family)
    done = sum(1 for t in report.tasks if t.status is TaskStatus.DONE)
    going = sum(1 for t in report.tasks if t.status is TaskStatus.IN_PROGRESS)
    document = report.document
    return [
        HeaderGrid(document, family, show_parent_line=options.show_parent_line),
        Spacer(0, 10),
        title_block(document, family, "Báo cáo", width, title=report.title),
        _p(report.intro, styles["body"]),
        _p("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", styles["heading"]),
        _p(report.summary, styles["body"]),
        Spacer(1, PARAGRAPH_SPACE),
        kpi_table(report, styles, width, family),
        CondPageBreak(80),
        _p("II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ, DỰ ÁN", styles["heading"]),
        _p(
            f"Trong tổng số {len(report.tasks)} nhiệm vụ, dự án: {done} đã hoàn thành, "
            f"{going} đang triển khai, {len(report.tasks) - done - going} chưa triển khai.",
            styles["body_keep"],
        ),
        _p(f"Đơn vị tính: {report.money_unit.label}", styles["unit"]),
        task_table(report, styles, width, family),
        Spacer(1, 18),
        SignatureBlock(report.document, family),
    ]


def write_report_pdf(
    report: ProgressReport, path: Path, options: PdfOptions = DEFAULT_OPTIONS
) -> None:
    """Write the report to `path` (A4 portrait, margins of docs/format.md, page numbers from
    page 2)."""
    family = register_fonts()
    geometry = page_geometry("portrait")
    frame = Frame(
        geometry.left,
        geometry.bottom,
        geometry.frame_width,
        geometry.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(canvas, _doc) -> None:
        draw_page_number(canvas, geometry, family, canvas.getPageNumber())

    doc = BaseDocTemplate(
        str(path),
        pagesize=(geometry.width, geometry.height),
        pageTemplates=[PageTemplate("page", [frame], onPage=on_page)],
    )
    reportlab_private.keep_open(doc)  # saved by finish_canvas, after the document properties
    canvas = new_canvas(str(path), family, options)
    doc.build(
        _story(report, family, geometry.frame_width, options),
        canvasmaker=lambda *args, **kwargs: canvas,
    )
    title = f"Báo cáo {report.title}"
    finish_canvas(canvas, report.document, family, options, title=title, subject=SUBJECT)
