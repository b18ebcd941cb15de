"""Task progress (tiến độ nhiệm vụ): each item row of the plan's budget appendices is a task
that is not started, in progress or done, with the amount disbursed per year (whole đồng).

`task_lines` sets the planned amounts of every task (from the appendix engine, by year) beside
its progress, for the grid and the "budget executed vs planned" table of the report.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain.appendix import AppendixRole, ColumnRole, RowKind
from ..domain.appendix_engine import AppendixComputation
from ..domain.appendix_layout import row_labels
from ..domain.ids import utc_now
from ..domain.kpi_progress import TaskLine, TaskProgress, TaskStatus
from ..domain.plan import Plan
from ..messages import UserError
from ..store.database import Database
from ..store.kpi_store import save_task_progress
from . import kpi_messages  # noqa: F401  (registers the kpi.* messages)


def _name(appendix, row) -> str:
    for column in appendix.columns:
        if column.role is ColumnRole.NAME:
            return row.texts.get(column.key, "")
    return next(iter(row.texts.values()), "")


def task_lines(plan: Plan) -> list[TaskLine]:
    """Every item row of the budget appendices, in order, with its progress."""
    progress = {p.row_uuid: p for p in plan.task_progress}
    lines = []
    for appendix in plan.appendices:
        if appendix.role is not AppendixRole.BUDGET:
            continue
        computation = AppendixComputation(appendix)
        labels = row_labels(appendix)
        for index, row in enumerate(appendix.rows):
            if row.kind is not RowKind.ITEM:
                continue
            done = progress.get(row.uuid)
            lines.append(
                TaskLine(
                    appendix_number=appendix.number,
                    appendix_title=appendix.title,
                    row_uuid=row.uuid,
                    label=labels[index],
                    name=_name(appendix, row),
                    planned=computation.row_by_year([index]),
                    status=done.status if done else TaskStatus.NOT_STARTED,
                    disbursed=dict(done.disbursed) if done else {},
                    note=done.note if done else "",
                )
            )
    return lines


def _row_exists(plan: Plan, row_uuid: str) -> bool:
    return any(row.uuid == row_uuid for a in plan.appendices for row in a.rows)


def find_task_progress(plan: Plan, row_uuid: str) -> TaskProgress | None:
    return next((p for p in plan.task_progress if p.row_uuid == row_uuid), None)


def put_task_progress(plan: Plan, row_uuid: str, new: TaskProgress | None) -> TaskProgress | None:
    """Replace (or remove) the progress of a task in memory; returns the one it replaced."""
    old = find_task_progress(plan, row_uuid)
    position = len(plan.task_progress)
    if old is not None:
        position = plan.task_progress.index(old)
        plan.task_progress.remove(old)
    if new is not None:
        plan.task_progress.insert(position, new)
    return old


def build_task_progress(
    plan: Plan,
    row_uuid: str,
    *,
    status: TaskStatus | None = None,
    disbursed: dict[int, int] | None = None,
    note: str | None = None,
) -> TaskProgress:
    """The checked new progress of a task; `disbursed` years are merged into the old ones
    (an amount of 0 removes the year)."""
    if not _row_exists(plan, row_uuid):
        raise UserError("kpi.unknown_task", ref=row_uuid)
    old = find_task_progress(plan, row_uuid) or TaskProgress(row_uuid)
    amounts = dict(old.disbursed)
    for year, amount in (disbursed or {}).items():
        if not plan.start_year <= year <= plan.end_year:
            raise UserError("kpi.bad_year", year=year, start=plan.start_year, end=plan.end_year)
        if amount < 0:
            raise UserError("kpi.bad_amount", text=str(amount))
        if amount:
            amounts[year] = int(amount)
        else:
            amounts.pop(year, None)
    return replace(
        old,
        status=old.status if status is None else status,
        disbursed=dict(sorted(amounts.items())),
        note=old.note if note is None else note.strip(),
        updated_at=utc_now(),
    )


def store_task_progress(db: Database, plan: Plan) -> None:
    """Write the plan's task progress to the database now (the plan must be stored)."""
    with db.session() as session:
        save_task_progress(session, plan)
