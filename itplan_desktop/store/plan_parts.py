"""Saving one part of a stored plan (header, sections, one appendix, indicators).

Autosave writes only what changed: a cell edit in a 5.000-row appendix rewrites that
appendix, not the whole plan.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain import Plan
from . import plan_writer
from .models import AppendixRecord, IndicatorRecord, PlanRecord, SectionRecord


def _plan_record(session: Session, plan: Plan) -> PlanRecord:
    record = session.scalar(select(PlanRecord).where(PlanRecord.uuid == plan.uuid))
    if record is None:
        raise LookupError(plan.uuid)
    return record


def stored_version(session: Session, plan_uuid: str) -> tuple[int, datetime] | None:
    """(revision, updated_at) of the stored plan: what an editor's optimistic check compares."""
    query = select(PlanRecord.revision, PlanRecord.updated_at).where(PlanRecord.uuid == plan_uuid)
    row = session.execute(query).one_or_none()
    return None if row is None else (row[0], row[1])


def save_plan_fields(session: Session, plan: Plan) -> None:
    """Header, legal bases, intro/closing, outline, budget summary, status and timestamps."""
    plan_writer.fill_plan(_plan_record(session, plan), plan)


def save_sections(session: Session, plan: Plan) -> None:
    record = _plan_record(session, plan)
    session.execute(delete(SectionRecord).where(SectionRecord.plan_id == record.id))
    session.flush()
    plan_writer.add_sections(session, record, plan.sections, None)


def save_appendix(session: Session, plan: Plan, appendix_uuid: str) -> None:
    """Replace one appendix (layout and rows) in place, keeping its position."""
    record = _plan_record(session, plan)
    position = next(i for i, a in enumerate(plan.appendices) if a.uuid == appendix_uuid)
    session.execute(delete(AppendixRecord).where(AppendixRecord.uuid == appendix_uuid))
    session.flush()
    plan_writer.add_appendix(session, record, plan.appendices[position], position)


def save_appendix_order(session: Session, plan: Plan) -> None:
    """After appendices were added, removed or reordered: make the stored set match."""
    record = _plan_record(session, plan)
    stored = {
        a.uuid: a
        for a in session.scalars(select(AppendixRecord).where(AppendixRecord.plan_id == record.id))
    }
    wanted = {a.uuid for a in plan.appendices}
    for uuid, appendix_record in stored.items():
        if uuid not in wanted:
            session.delete(appendix_record)
    session.flush()
    for position, appendix in enumerate(plan.appendices):
        if appendix.uuid in stored:
            stored[appendix.uuid].position = position
            stored[appendix.uuid].number = appendix.number
        else:
            plan_writer.add_appendix(session, record, appendix, position)


def save_indicators(session: Session, plan: Plan) -> None:
    """Indicators and their observations."""
    record = _plan_record(session, plan)
    session.execute(delete(IndicatorRecord).where(IndicatorRecord.plan_id == record.id))
    session.flush()
    plan_writer.add_indicators(session, record, plan)
