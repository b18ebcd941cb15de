"""Validating a stored plan: the findings a reviewer with a calculator would report, and the
checks against the state of the plan's date (legal bases in force, the unit, recipients)."""

from __future__ import annotations

from datetime import date

from ..domain import Plan
from ..domain.findings import Finding
from ..domain.validation import validate_plan
from ..domain.validation.today_checks import check_today
from ..store import plan_repository as repo
from ..store.database import Database
from .plans import get_plan


def today_findings(db: Database, plan: Plan, today: date | None = None) -> list[Finding]:
    """LEG001, UNT001, REC001, BUD101 for a plan, with its unit read from the database."""
    from .plan_templates import legal_library

    with db.session() as session:
        organisation = repo.get_organisation(session, plan.organisation_code)
    return check_today(plan, legal_library(), organisation, today or date.today())


def validate_stored_plan(db: Database, ref: str) -> tuple[Plan, list[Finding]]:
    plan = get_plan(db, ref)
    return plan, validate_plan(plan) + today_findings(db, plan)
