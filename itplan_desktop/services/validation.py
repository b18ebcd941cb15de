"""Validating a stored plan: the findings a reviewer with a calculator would report."""

from __future__ import annotations

from ..domain import Plan
from ..domain.findings import Finding
from ..domain.validation import validate_plan
from ..store.database import Database
from .plans import get_plan


def validate_stored_plan(db: Database, ref: str) -> tuple[Plan, list[Finding]]:
    plan = get_plan(db, ref)
    return plan, validate_plan(plan)
