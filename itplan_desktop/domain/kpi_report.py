"""What the periodic progress report (Báo cáo kết quả thực hiện kế hoạch) holds, as values:
`services.kpi_report` builds a `ProgressReport`, `export/kpi_report_pdf` and `_xlsx` print it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..vn.units import MoneyUnit
from .kpi_periods import Period
from .kpi_progress import TaskLine
from .kpi_status import Status
from .plan import Plan
from .printed_form import appendix_label


@dataclass(frozen=True, slots=True)
class KpiRow:
    number: int
    group: str
    name: str
    unit: str
    target: str  # "100% (2020)"
    expected: str  # the target path at the period's end
    actual: str
    status: Status
    note: str


@dataclass(slots=True)
class ProgressReport:
    """Everything the printed report holds; `document` is the plan re-headed as the report
    (type BC, its own number and date) for the header and the signature block."""

    plan: Plan
    document: Plan
    period: Period
    title: str
    intro: str
    summary: str
    kpi_rows: list[KpiRow]
    tasks: list[TaskLine]
    money_unit: MoneyUnit
    year: int
    counts: Counter[Status] = field(default_factory=Counter)


def task_groups(report: ProgressReport) -> list[tuple[str, list[TaskLine]]]:
    """The tasks grouped by appendix, each with its heading ("Phụ lục I: DANH MỤC …")."""
    groups: list[tuple[str, list[TaskLine]]] = []
    current: int | None = None
    for task in report.tasks:
        if task.appendix_number != current:
            current = task.appendix_number
            appendix = next(a for a in report.plan.appendices if a.number == current)
            label = appendix_label(report.plan, appendix)
            groups.append((f"{label}: {task.appendix_title}", []))
        groups[-1][1].append(task)
    return groups
