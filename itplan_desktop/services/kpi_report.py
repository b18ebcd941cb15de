"""The periodic progress report (Báo cáo kết quả thực hiện kế hoạch 6 tháng / năm).

`build_report` gathers what the report says — the KPI table (indicator, unit, target, expected
by the period's end, actual, status) and the task table (planned, disbursed, status) — and
`export_report` writes it as an official PDF (docs/format.md) or as an Excel workbook with the same
tables, chosen by the file's suffix, atomically (a temporary file renamed over the target).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.appendix import AppendixRole
from ..domain.kpi_periods import Period
from ..domain.kpi_report import KpiRow, ProgressReport
from ..domain.kpi_status import Status
from ..domain.kpi_values import format_target
from ..domain.plan import Plan
from ..messages import UserError
from ..store.database import Database
from ..vn.dates import format_date
from ..vn.units import DEFAULT_UNIT, MoneyUnit
from . import kpi_messages  # noqa: F401  (registers the kpi.* messages)
from .kpi import KpiView
from .kpi_communes import list_communes
from .kpi_tasks import task_lines
from .plans import get_plan

if TYPE_CHECKING:
    from .pdf_export import PdfOptions

REPORT_SYMBOL = "BC-UBND"


def period_phrase(period: Period) -> str:
    """The period inside a sentence: "6 tháng đầu năm 2017", "năm 2017", "quý III năm 2017"."""
    label = period.label
    return label[0].lower() + label[1:]


def report_title(plan: Plan, period: Period) -> str:
    """ "Kết quả thực hiện Kế hoạch ứng dụng công nghệ thông tin … trong 6 tháng đầu năm 2017"."""
    subject = plan.title.strip()
    subject = subject[0].lower() + subject[1:] if subject else ""
    return f"Kết quả thực hiện Kế hoạch {subject} trong {period_phrase(period)}".replace("  ", " ")


def _intro(plan: Plan, period: Period) -> str:
    issuer = plan.issuer_short.strip() or "Ủy ban nhân dân"
    number = f" số {plan.number_and_symbol}" if plan.number.strip() else ""
    when = f" {format_date(plan.issued_on)}" if plan.issued_on is not None else ""
    return (
        f"Thực hiện Kế hoạch{number}{when} của {issuer} về {plan.title.strip()[:1].lower()}"
        f"{plan.title.strip()[1:]}, {issuer} báo cáo kết quả thực hiện {period_phrase(period)} "
        "như sau:"
    )


def _summary(counts: Counter[Status], total: int) -> str:
    return (
        f"Trong tổng số {total} chỉ tiêu: {counts[Status.ACHIEVED]} chỉ tiêu đã đạt, "
        f"{counts[Status.ON_TRACK]} chỉ tiêu đúng tiến độ, {counts[Status.BEHIND]} chỉ tiêu "
        f"chậm tiến độ, {counts[Status.NO_DATA] + counts[Status.NO_TARGET]} chỉ tiêu chưa có "
        "số liệu hoặc chưa đặt chỉ tiêu."
    )


def _money_unit(plan: Plan) -> MoneyUnit:
    for appendix in plan.appendices:
        if appendix.role is AppendixRole.BUDGET:
            return appendix.unit
    return DEFAULT_UNIT


def build_report(
    plan: Plan,
    communes: list[str],
    period: Period,
    *,
    number: str = "",
    issued_on: date | None = None,
) -> ProgressReport:
    """The report of `period` for a plan whose district has the given communes."""
    view = KpiView(plan, communes)
    rows = []
    counts: Counter[Status] = Counter()
    for number_in_table, indicator in enumerate(plan.indicators, start=1):
        cell = view.cell(indicator, plan.organisation_code, period)
        counts[cell.assessment.status] += 1
        target = ""
        if indicator.targets:
            year = max(indicator.targets)
            target = f"{format_target(indicator, indicator.targets[year])} ({year})"
        note = cell.observation.note if cell.observation else ""
        if cell.actual is not None and cell.actual.derived:
            note = note or f"Tổng hợp từ {cell.actual.derived_from} xã, thị trấn"
        rows.append(
            KpiRow(
                number=number_in_table,
                group=indicator.group,
                name=indicator.name,
                unit=indicator.unit,
                target=target,
                expected=format_target(indicator, cell.assessment.expected),
                actual=cell.text,
                status=cell.assessment.status,
                note=note,
            )
        )
    document = replace(
        plan,
        doc_type="BC",
        symbol=REPORT_SYMBOL,
        number=number,
        issued_on=issued_on,
    )
    return ProgressReport(
        plan=plan,
        document=document,
        period=period,
        title=report_title(plan, period),
        intro=_intro(plan, period),
        summary=_summary(counts, len(rows)),
        kpi_rows=rows,
        tasks=task_lines(plan),
        money_unit=_money_unit(plan),
        year=period.year,
        counts=counts,
    )


def _write_atomically(target: Path, write) -> None:
    temporary = target.with_name(target.name + ".tmp")
    try:
        write(temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError("kpi.cannot_write", path=target, detail=error.strerror) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_report(report: ProgressReport, target: Path, options: PdfOptions | None = None) -> Path:
    """Write the report as PDF or Excel according to the suffix of `target`; `options` (PDF
    only) chooses PDF/A-1b and the parent line."""
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        from ..export.kpi_report_pdf import write_report_pdf
        from .pdf_export import PdfOptions

        pdf_options = options or PdfOptions()
        _write_atomically(target, lambda path: write_report_pdf(report, path, pdf_options))
    elif suffix == ".xlsx":
        from ..export.kpi_report_xlsx import write_report_xlsx

        _write_atomically(target, lambda path: write_report_xlsx(report, path))
    else:
        raise UserError("kpi.report_bad_suffix", path=target)
    return target


def export_report(
    db: Database,
    ref: str,
    target: Path,
    period: Period | None = None,
    *,
    today: date | None = None,
    number: str = "",
    pdfa: bool = False,
) -> Path:
    """The report of a stored plan; the period defaults to the latest with data, else the
    current six months. `pdfa`: an archival PDF/A-1b file."""
    if target.suffix.lower() not in (".pdf", ".xlsx"):
        raise UserError("kpi.report_bad_suffix", path=target)
    plan = get_plan(db, ref)
    communes = [c.code for c in list_communes(db, plan.organisation_code)]
    chosen = period or KpiView(plan, communes).default_report_period(today)
    report = build_report(plan, communes, chosen, number=number, issued_on=today)
    from .pdf_export import pdf_options_for  # ReportLab only when a report is written

    return write_report(report, target, pdf_options_for(db, plan, pdfa=pdfa))
