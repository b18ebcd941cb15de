"""Use cases on plans that the GUI and the CLI share: list, find, import, export, demo."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import Plan
from ..formats.plan_file import PlanDocument, dumps, read_plan_file, write_plan_file
from ..messages import UserError, message
from ..paths import samples_dir
from ..store import plan_repository as repo
from ..store.database import Database, open_database
from ..store.plan_repository import PlanSummary


class ImportOutcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ImportResult:
    uuid: str
    title: str
    outcome: ImportOutcome
    notes: tuple[str, ...] = ()  # what the import decided that the user should know


def list_plans(db: Database) -> list[PlanSummary]:
    with db.session() as session:
        return repo.list_plans(session)


def resolve_plan_id(db: Database, ref: str) -> str:
    """The full UUID for a full or abbreviated id; a clear error if none or several match."""
    with db.session() as session:
        matches = repo.find_plan_uuid(session, ref)
    if not matches:
        raise UserError("plan.not_found", ref=ref)
    if len(matches) > 1:
        raise UserError("plan.ambiguous", ref=ref)
    return matches[0]


def get_plan(db: Database, ref: str) -> Plan:
    uuid = resolve_plan_id(db, ref)
    with db.session() as session:
        plan = repo.load_plan(session, uuid)
    if plan is None:
        raise UserError("plan.not_found", ref=ref)
    return plan


def plan_document(db: Database, plan: Plan) -> PlanDocument:
    with db.session() as session:
        return PlanDocument(plan=plan, organisations=repo.organisations_for(session, plan))


def export_plan_text(db: Database, ref: str) -> str:
    return dumps(plan_document(db, get_plan(db, ref)))


def export_plan(db: Database, ref: str, target: Path) -> Path:
    write_plan_file(plan_document(db, get_plan(db, ref)), target)
    return target


def import_document(db: Database, document: PlanDocument, *, replace: bool = False) -> ImportResult:
    """Store a plan document in one transaction.

    Importing the same content again changes nothing; an older revision than the one stored
    is refused as stale; a newer revision replaces the stored plan. The same revision with
    other content is refused (`plan.import_same_revision`) unless `replace`, which stores the
    file's content as the next revision. Units are matched by official code: a unit stored
    under another identifier is kept (said in the notes); an identifier that belongs to
    another unit is refused. A refusal changes nothing.
    """
    plan = document.plan
    with db.session() as session:
        notes = _check_units(session, document)
        have = repo.plan_revision(session, plan.uuid)
        if have is not None:
            if have > plan.revision:
                raise UserError("plan.import_stale", have=have, got=plan.revision)
            stored = repo.load_plan(session, plan.uuid)
            if stored == plan:
                return ImportResult(plan.uuid, plan.title, ImportOutcome.UNCHANGED, tuple(notes))
            if have == plan.revision:
                if not replace:
                    raise UserError("plan.import_same_revision", title=plan.title, revision=have)
                plan = dataclasses.replace(plan, revision=have + 1)
                notes.append(message("plan.import_replaced", revision=plan.revision))
        for organisation in document.organisations:
            repo.save_organisation(session, organisation)
        session.flush()
        try:
            repo.save_plan(session, plan)
            session.flush()
        except (IntegrityError, sqlite3.IntegrityError):  # bulk inserts go to the driver
            raise UserError("plan.import_foreign_ids", title=plan.title) from None
    outcome = ImportOutcome.NEW if have is None else ImportOutcome.UPDATED
    return ImportResult(plan.uuid, plan.title, outcome, tuple(notes))


def _check_units(session: Session, document: PlanDocument) -> list[str]:
    """Refuse a unit whose identifier is another stored unit's; note those kept as stored."""
    notes = []
    for unit in document.organisations:
        owner = repo.organisation_code_for_uuid(session, unit.uuid)
        if owner is not None and owner != unit.code:
            raise UserError(
                "plan.import_unit_id_taken", code=unit.code, name=unit.name, other=owner
            )
        known = repo.get_organisation(session, unit.code)
        if known is not None and known.uuid != unit.uuid:
            notes.append(message("plan.import_unit_kept", code=unit.code, name=known.name))
    return notes


def import_plan_file(db: Database, path: Path, *, replace: bool = False) -> ImportResult:
    """Import the plan file at `path` (a pipe, a device or a folder is refused unread)."""
    return import_document(db, read_plan_file(Path(path)), replace=replace)


def sample_files() -> list[Path]:
    return sorted(samples_dir().glob("*.itplan.json"))


def load_samples(db: Database) -> list[ImportResult]:
    """Put the embedded sample plans into `db` (idempotent)."""
    return [import_plan_file(db, path) for path in sample_files()]


def create_demo(path: Path) -> tuple[Database, list[ImportResult]]:
    """Open `path`; a new database gets the sample plans, the sample index and three
    communes' 2026 assessments before it is renamed into place (a crash never leaves a
    database without them)."""
    from .dti import install_sample_assessments

    def populate(new: Database) -> None:
        results.extend(load_samples(new))
        install_sample_assessments(new)

    results: list[ImportResult] = []
    db = open_database(path, populate=populate)
    if not results:
        results = load_samples(db)
        install_sample_assessments(db)
    return db, results
