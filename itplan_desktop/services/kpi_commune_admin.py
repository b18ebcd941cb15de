"""Removing a commune and changing its code — allowed only while nothing refers to it (no
figures of any plan, no plan or organisation under it). Adding and renaming are in
`kpi_communes`. The in-memory plan being edited is checked too (its unsaved figures count).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select, update

from ..domain.organisation import Organisation, OrgLevel
from ..domain.plan import Plan
from ..messages import UserError, register_messages
from ..store import plan_repository as repo
from ..store.database import Database
from ..store.models import ObservationRecord, OrganisationRecord, PlanRecord

register_messages(
    {
        "kpi_commune.in_use": (
            "Xã “{name}” (mã {code}) đã có số liệu hoặc được dùng ở nơi khác: không xóa hay "
            "đổi mã được.",
            "Commune “{name}” (code {code}) has figures or is used elsewhere: it cannot be "
            "removed or given another code.",
        ),
    }
)


def _unused_in(plans: Iterable[Plan], code: str) -> bool:
    return not any(o.organisation_code == code for p in plans for o in p.observations)


def commune_in_use(db: Database, code: str, plans: Iterable[Plan] = ()) -> bool:
    """Whether figures (stored or in the given plans), a plan or an organisation use `code`."""
    if not _unused_in(plans, code):
        return True
    with db.session() as session:
        for query in (
            select(func.count()).where(ObservationRecord.organisation_code == code),
            select(func.count()).where(PlanRecord.organisation_code == code),
            select(func.count()).where(OrganisationRecord.parent_code == code),
        ):
            if session.scalar(query):
                return True
    return False


def _commune(db: Database, code: str) -> Organisation:
    with db.session() as session:
        commune = repo.get_organisation(session, code)
    if commune is None or commune.level is not OrgLevel.COMMUNE:
        raise UserError("kpi.unknown_organisation", code=code)
    return commune


def remove_commune(db: Database, code: str, plans: Iterable[Plan] = ()) -> None:
    """Remove an unused commune."""
    plans = list(plans)
    commune = _commune(db, code)
    if commune_in_use(db, code, plans):
        raise UserError("kpi_commune.in_use", name=commune.full_name, code=code)
    with db.session() as session:
        session.execute(delete(OrganisationRecord).where(OrganisationRecord.code == code))


def change_commune_code(db: Database, code: str, new_code: str, plans: Iterable[Plan] = ()):
    """Give an unused commune another code (free text, at most 20 characters, not taken)."""
    plans = list(plans)
    commune = _commune(db, code)
    new_code = new_code.strip()
    if new_code == code:
        return commune
    if not new_code or len(new_code) > 20:
        raise UserError("kpi.commune_bad_code", code=new_code)
    if commune_in_use(db, code, plans):
        raise UserError("kpi_commune.in_use", name=commune.full_name, code=code)
    with db.session() as session:
        if repo.get_organisation(session, new_code) is not None:
            raise UserError("kpi.commune_code_taken", code=new_code)
        session.execute(
            update(OrganisationRecord).where(OrganisationRecord.code == code).values(code=new_code)
        )
    commune.code = new_code
    return commune
