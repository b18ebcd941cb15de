"""Organisations (official administrative units) in the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..domain import (
    Organisation,
    OrgLevel,
    Plan,
)
from ..domain.organisation import TWO_TIER_SINCE
from .models import (
    OrganisationRecord,
)
from .plan_writer import insert_rows


def save_organisation(session: Session, org: Organisation) -> OrganisationRecord:
    """Insert or update by official code."""
    record = session.scalar(select(OrganisationRecord).where(OrganisationRecord.code == org.code))
    if record is None:
        record = OrganisationRecord(code=org.code, uuid=org.uuid)
        session.add(record)
    record.name = org.name
    record.level = org.level.value
    record.kind_name = org.kind_name
    record.parent_code = org.parent_code
    record.ceased_on = org.ceased_on
    record.show_parent_line = org.show_parent_line
    return record


def _organisation(record: OrganisationRecord) -> Organisation:
    return Organisation(
        code=record.code,
        name=record.name,
        level=OrgLevel(record.level),
        kind_name=record.kind_name,
        parent_code=record.parent_code,
        uuid=record.uuid,
        ceased_on=record.ceased_on,
        show_parent_line=record.show_parent_line,
    )


def add_missing_organisations(session: Session, organisations: list[Organisation]) -> None:
    """Insert the organisations whose code is not stored (the first of a repeated code); those
    stored stay as they are. One statement (INSERT … ON CONFLICT (code) DO NOTHING), whatever
    the number; a UUID already stored under another code still fails (IntegrityError)."""
    table = OrganisationRecord.__table__
    insert_rows(
        session,
        table,
        [
            {
                "code": org.code,
                "uuid": org.uuid,
                "name": org.name,
                "level": org.level.value,
                "kind_name": org.kind_name,
                "parent_code": org.parent_code,
                "ceased_on": org.ceased_on,
                "show_parent_line": org.show_parent_line,
            }
            for org in organisations
        ],
        suffix="ON CONFLICT (code) DO NOTHING",
        statement=sqlite_insert(table).on_conflict_do_nothing(index_elements=["code"]),
    )


def organisation_code_for_uuid(session: Session, uuid: str) -> str | None:
    """The code of the stored unit with this identifier, if any."""
    return session.scalar(select(OrganisationRecord.code).where(OrganisationRecord.uuid == uuid))


def get_organisation(session: Session, code: str) -> Organisation | None:
    record = session.scalar(select(OrganisationRecord).where(OrganisationRecord.code == code))
    return None if record is None else _organisation(record)


def list_organisations(session: Session, parent_code: str | None = None) -> list[Organisation]:
    query = select(OrganisationRecord).order_by(OrganisationRecord.code)
    if parent_code is not None:
        query = query.where(OrganisationRecord.parent_code == parent_code)
    return [_organisation(r) for r in session.scalars(query)]


def organisations_for(session: Session, plan: Plan) -> list[Organisation]:
    """What a plan file carries: the plan's organisation, its ancestors, its direct children
    of the plan's time (the districts of a province or the communes of a district for periods
    before 2026; the communes and agencies of a province after) and every organisation its
    observations name; ordered by code."""
    found: dict[str, Organisation] = {}
    code: str | None = plan.organisation_code
    while code is not None and code not in found:
        org = get_organisation(session, code)
        if org is None:
            break
        found[code] = org
        code = org.parent_code
    today = plan.start_year >= TWO_TIER_SINCE.year + 1  # a period starting after 2025-07-01
    owner = found.get(plan.organisation_code)
    for child in list_organisations(session, parent_code=plan.organisation_code):
        # the children of the plan's time: districts before 2025-07-01, communes and agencies
        # of the province since (so a reference plan's file stays as it was)
        new_unit = (
            owner is not None
            and owner.level is OrgLevel.PROVINCE
            and (child.level in (OrgLevel.COMMUNE, OrgLevel.AGENCY))
        )
        if new_unit == today:
            found[child.code] = child
    for obs in plan.observations:
        if obs.organisation_code not in found:
            org = get_organisation(session, obs.organisation_code)
            if org is not None:
                found[org.code] = org
    return [found[c] for c in sorted(found)]
