"""Saving the task progress of a stored plan on its own (the KPI tracker writes it through)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.plan import Plan
from . import plan_writer
from .kpi_models import TaskProgressRecord
from .models import PlanRecord


def save_task_progress(session: Session, plan: Plan) -> None:
    """Replace the stored task progress of the plan with the in-memory one."""
    record = session.scalar(select(PlanRecord).where(PlanRecord.uuid == plan.uuid))
    if record is None:
        raise LookupError(plan.uuid)
    session.execute(delete(TaskProgressRecord).where(TaskProgressRecord.plan_id == record.id))
    session.flush()
    plan_writer.add_task_progress(session, record, plan)
