"""Exchange use cases, receiving side: preview (dry run) and import of bundles.

Each bundle is verified completely before anything is written, then applied whole or not at
all (in its own savepoint of a batch's transaction). Several bundles are imported one after
the other; cancelling between two leaves the finished ones applied and none half-applied.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..domain.ids import utc_now
from ..formats import bundle_keys as keys
from ..formats.bundle_dti import DtiChange, Publication
from ..formats.bundle_import import (
    ImportPreview,
    PlanChange,
    Resolution,
    StoredState,
    build_preview,
    content_hash,
)
from ..formats.bundle_manifest import BundleKind
from ..formats.bundle_parts import ReviewComment
from ..formats.bundle_reader import BundleContents, read_bundle
from ..formats.bundle_verifier import Verdict, verified_files
from ..formats.plan_file import dumps
from ..messages import UserError, message
from ..store import dti_repository as dti_repo
from ..store import exchange_repository as exch
from ..store import plan_repository as repo
from ..store.database import Database
from ..store.exchange_models import (
    ProvinceTemplateRecord,
    ReceivedBundleRecord,
    ReviewCommentRecord,
)

log = logging.getLogger(__name__)

Resolver = Callable[[ImportPreview], Resolution | None]


class OutcomeStatus(StrEnum):
    APPLIED = "applied"
    UNCHANGED = "unchanged"  # same content as stored; the receipt is recorded
    ALREADY_IMPORTED = "already_imported"  # this very bundle was imported before
    KEPT_LOCAL = "kept_local"  # conflict resolved by keeping the local plan
    CONFLICT = "conflict"  # conflict and no choice given: nothing written
    NEEDS_CONFIRMATION = "needs_confirmation"  # unsigned/unknown sender: nothing written
    REFUSED = "refused"  # invalid, tampered, stale …: nothing written
    CANCELLED = "cancelled"  # not attempted


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What happened to one file, with the sentence to show and the preview if there is one."""

    path: Path
    status: OutcomeStatus
    text: str
    preview: ImportPreview | None = None

    @property
    def written(self) -> bool:
        return self.status in (
            OutcomeStatus.APPLIED,
            OutcomeStatus.UNCHANGED,
            OutcomeStatus.KEPT_LOCAL,
        )


def _stored_state(session: Session, contents: BundleContents) -> StoredState:
    """What the database holds for this bundle: one query for the key, the sync hash, the
    template, the receipt and the stored plan's revision; the plan is loaded only if there is
    one, the comments asked about only if the bundle has any."""
    manifest = contents.manifest
    plan_uuid = manifest.plan_uuid
    state = exch.import_state(session, manifest.sender.code, plan_uuid, manifest.bundle_uuid)
    stored_plan = None
    if plan_uuid is not None and state.plan_revision is not None:
        stored_plan = repo.load_plan(session, plan_uuid)
    return StoredState(
        **_dti_state(session, contents),
        plan=stored_plan,
        sync_hash=state.sync_hash if plan_uuid else None,
        already_imported=state.already_imported,
        registered_key=(
            None if state.registered_key is None else keys.decode_key(state.registered_key)
        ),
        known_comments=frozenset(exch.known_comments(session, (c.uuid for c in contents.comments))),
        template_known=(
            plan_uuid is not None
            and state.template_revision is not None
            and state.template_revision == manifest.plan_revision
        ),
        sender_level=state.sender_level or _catalogue_level(contents),
        plan_parent=state.plan_parent,
        synced_revision=state.synced_revision if plan_uuid else None,
    )


def _catalogue_level(contents: BundleContents) -> str | None:
    """A sender this database does not know, of an index bundle: a province of the official
    list is a province (a commune's database may not hold its province yet)."""
    if contents.index is None:
        return None
    from .units_catalogue import current_province

    return "province" if current_province(contents.manifest.sender.code) else None


def _dti_state(session: Session, contents: BundleContents) -> dict[str, Any]:
    """The kept index (same code and version, newest version, last publication) or the kept
    assessment of the same unit, index and year, for an index or assessment bundle."""
    from . import dti

    index, assessment = contents.index, contents.assessment
    if index is not None:
        return {
            "index_same_version": dti_repo.get_index(session, index.code, index.version),
            "index_newest_version": dti_repo.newest_index_version(session, index.code),
            "publication": dti_repo.get_publication(session, index.code, index.version),
        }
    if assessment is not None:
        code, version = assessment.index_code, assessment.index_version
        known = dti_repo.get_index(session, code, version) is not None or any(
            i.code == code and i.version == version for i in dti.shipped_indices()
        )
        stored = dti_repo.get_assessment(session, code, assessment.unit_code, assessment.period)
        return {"assessment": stored, "assessment_index_known": known}
    return {}


def preview_bundle(db: Database, path: Path) -> ImportPreview:
    """The dry run of one bundle; refusals (invalid, tampered, stale, or anything else that
    goes wrong with this file) raise UserError, so a folder of bundles lists every one."""
    try:
        contents = read_bundle(Path(path))
        with db.session() as session:
            return build_preview(contents, _stored_state(session, contents))
    except UserError:
        raise
    except Exception as error:
        log.exception("Preview of %s failed", path)
        raise _refused(path, error) from None


def _refused(path: Path, error: BaseException) -> UserError:
    reason = f"{type(error).__name__}: {str(error)[:200]}"
    return UserError("file.refused", name=Path(path).name, reason=reason)


BATCH_SIZE = 64
BATCH_SECONDS = 0.25
"""Bundles applied in one transaction by `import_bundles`: at most BATCH_SIZE, and no more
once BATCH_SECONDS have passed (progress is reported when a batch is committed, so a clerk
sees it move at least that often). Each bundle is within its own SAVEPOINT (a refusal rolls
back that bundle only) and the batch is committed at once — one disk sync per batch instead
of one per bundle, a fifth of the time of importing a province's files."""


def import_bundles(
    db: Database,
    paths: Sequence[Path],
    *,
    confirm_unsigned: bool = False,
    resolve: Resolver | None = None,
    progress: Callable[[int, int, ImportOutcome], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ImportOutcome]:
    """Import each bundle atomically, in order; `cancel` is asked before each one.

    Bundles are applied in batches (`BATCH_SIZE`, `BATCH_SECONDS`), one transaction each,
    each bundle inside a savepoint: what a bundle writes is all there or not at all, and a
    cancelled or failed batch leaves the batches before it committed. `progress` is told of
    each outcome once its batch is committed. If a batch cannot be committed (the database
    busy, a disk error), its bundles are imported again one transaction each (`import_one`),
    as before batching."""
    paths = [Path(p) for p in paths]
    outcomes: list[ImportOutcome] = []
    cancelled = False
    with closing(verified_files(paths)) as verdicts:
        while len(outcomes) < len(paths) and not cancelled:
            start = len(outcomes)
            batch: list[ImportOutcome] = []
            tried = 0
            try:
                with db.session(immediate=True) as session:
                    began = time.monotonic()
                    for path in paths[start : start + BATCH_SIZE]:
                        if cancel is not None and cancel():
                            cancelled = True
                            break
                        if tried and time.monotonic() - began > BATCH_SECONDS:
                            break
                        tried += 1
                        verdict = next(verdicts)
                        batch.append(_import_in(session, path, verdict, confirm_unsigned, resolve))
            except (OperationalError, sqlite3.OperationalError, IntegrityError, sqlite3.Error):
                log.warning("Batch import failed; importing its bundles one by one", exc_info=True)
                batch = [
                    import_one(db, path, confirm_unsigned=confirm_unsigned, resolve=resolve)
                    for path in paths[start : start + tried]
                ]
            outcomes.extend(batch)
            if progress is not None:
                for index in range(start, len(outcomes)):
                    progress(index + 1, len(paths), outcomes[index])
    if len(outcomes) < len(paths):
        text = message("bundle.cancelled")
        rest = paths[len(outcomes) :]
        outcomes.extend(ImportOutcome(p, OutcomeStatus.CANCELLED, text) for p in rest)
    return outcomes


def _import_in(
    session: Session,
    path: Path,
    verdict: Verdict,
    confirm_unsigned: bool,
    resolve: Resolver | None,
) -> ImportOutcome:
    """One bundle of a batch, inside a savepoint of the batch's transaction (which holds the
    write lock): its file verified (`verdict`, read ahead by `verified_files`), previewed and
    applied, or rolled back to the savepoint. Errors of the database itself (busy, disk) are
    left to the batch, which retries bundle by bundle."""
    if isinstance(verdict, UserError):  # the file was refused: nothing to write
        return ImportOutcome(path, OutcomeStatus.REFUSED, verdict.text)
    contents = verdict
    savepoint = session.begin_nested()
    try:
        preview = build_preview(contents, _stored_state(session, contents))
        status = _decide(preview, confirm_unsigned, resolve)
        session.expunge_all()  # the stored plan was read; save_plan replaces its rows
        if status in (OutcomeStatus.APPLIED, OutcomeStatus.UNCHANGED, OutcomeStatus.KEPT_LOCAL):
            _apply(session, preview, status)
        savepoint.commit()
    except (OperationalError, sqlite3.OperationalError):
        savepoint.rollback()
        raise
    except UserError as error:
        savepoint.rollback()
        return ImportOutcome(path, OutcomeStatus.REFUSED, error.text)
    except (IntegrityError, sqlite3.IntegrityError):
        savepoint.rollback()
        return _integrity_outcome(session, contents, path)
    except Exception as error:  # one bad file never stops the batch (its savepoint undone)
        savepoint.rollback()
        log.exception("Import of %s failed", path)
        return ImportOutcome(path, OutcomeStatus.REFUSED, _refused(path, error).text)
    return ImportOutcome(path, status, _outcome_text(preview, status), preview)


def import_one(
    db: Database, path: Path, *, confirm_unsigned: bool = False, resolve: Resolver | None = None
) -> ImportOutcome:
    """Verify, preview and apply one bundle in one transaction; refusals write nothing.

    The transaction takes the write lock first (BEGIN IMMEDIATE), so two processes importing
    the same bundle run one after the other: the second finds the receipt ("already
    imported"). Any failure reading the file is a refusal naming it, never a traceback."""
    try:
        contents = read_bundle(path)
        with db.session(immediate=True) as session:
            preview = build_preview(contents, _stored_state(session, contents))
            status = _decide(preview, confirm_unsigned, resolve)
            session.expunge_all()  # the stored plan was read; save_plan replaces its rows
            if status in (OutcomeStatus.APPLIED, OutcomeStatus.UNCHANGED, OutcomeStatus.KEPT_LOCAL):
                _apply(session, preview, status)
    except UserError as error:
        return ImportOutcome(path, OutcomeStatus.REFUSED, error.text)
    except (IntegrityError, sqlite3.IntegrityError):
        return _after_integrity_error(db, path)
    except (OperationalError, sqlite3.OperationalError) as error:  # locked past the timeout
        text = message("bundle.db_busy", name=Path(path).name, detail=str(error).splitlines()[0])
        return ImportOutcome(path, OutcomeStatus.REFUSED, text)
    except Exception as error:  # one bad file never stops the batch (nothing was written)
        log.exception("Import of %s failed", path)
        return ImportOutcome(path, OutcomeStatus.REFUSED, _refused(path, error).text)
    return ImportOutcome(path, status, _outcome_text(preview, status), preview)


def _after_integrity_error(db: Database, path: Path) -> ImportOutcome:
    """A row this bundle would add exists already: written meanwhile (another process), or
    ids the bundle reuses from another plan."""
    contents = read_bundle(path)
    with db.session() as session:
        return _integrity_outcome(session, contents, path)


def _integrity_outcome(session: Session, contents: BundleContents, path: Path) -> ImportOutcome:
    state = _stored_state(session, contents)
    if state.already_imported:
        text = message("bundle.already_imported", name=Path(path).name)
        return ImportOutcome(path, OutcomeStatus.ALREADY_IMPORTED, text)
    title = contents.document.plan.title if contents.document else Path(path).name
    text = message("plan.import_foreign_ids", title=title)
    return ImportOutcome(path, OutcomeStatus.REFUSED, text)


def _decide(
    preview: ImportPreview, confirm_unsigned: bool, resolve: Resolver | None
) -> OutcomeStatus:
    if preview.already_imported:
        return OutcomeStatus.ALREADY_IMPORTED
    if preview.needs_confirmation and not confirm_unsigned:
        return OutcomeStatus.NEEDS_CONFIRMATION
    if preview.plan_change is PlanChange.CONFLICT:
        choice = resolve(preview) if resolve is not None else None
        if choice is None:
            return OutcomeStatus.CONFLICT
        return (
            OutcomeStatus.APPLIED
            if choice is Resolution.TAKE_INCOMING
            else (OutcomeStatus.KEPT_LOCAL)
        )
    return OutcomeStatus.UNCHANGED if preview.no_changes else OutcomeStatus.APPLIED


def _outcome_text(preview: ImportPreview, status: OutcomeStatus) -> str:
    name = preview.name
    plan = preview.plan
    title = plan.title if plan is not None else name
    texts = {
        OutcomeStatus.ALREADY_IMPORTED: ("bundle.already_imported", {"name": name}),
        OutcomeStatus.UNCHANGED: ("bundle.no_changes", {"name": name}),
        OutcomeStatus.NEEDS_CONFIRMATION: ("bundle.needs_confirmation", {"name": name}),
        OutcomeStatus.CONFLICT: ("bundle.conflict", {"title": title}),
        OutcomeStatus.KEPT_LOCAL: ("bundle.kept_local", {"name": name}),
    }
    if status in texts:
        key, values = texts[status]
        return message(key, **values)
    return message(
        "bundle.applied", name=name, sender=preview.sender.name, summary=preview.summary()
    )


def _apply(session: Session, preview: ImportPreview, status: OutcomeStatus) -> None:
    contents, now = preview.contents, utc_now()
    manifest = contents.manifest
    plan = preview.plan
    saves_plan = (
        status is OutcomeStatus.APPLIED
        and plan is not None
        and manifest.kind is not BundleKind.PROVINCE_TEMPLATE
        and preview.plan_change in (PlanChange.NEW, PlanChange.REVISION, PlanChange.CONFLICT)
    )
    if saves_plan:
        assert contents.document is not None and plan is not None
        _add_missing_organisations(session, contents)
        repo.save_plan(session, plan)
        exch.upsert_plan_sync(
            session, plan.uuid, plan.revision, content_hash(plan), manifest.bundle_uuid, now
        )
    if status is OutcomeStatus.APPLIED:
        _apply_dti(session, preview)
    for view in preview.comments:
        exch.add_comment(session, comment_record(view.comment, "in", manifest.bundle_uuid))
    if contents.template is not None and plan is not None and contents.document is not None:
        exch.add_template(session, _template_record(contents, now))
    exch.insert_received_bundle(session, _receipt_values(preview, status, now))


def _apply_dti(session: Session, preview: ImportPreview) -> None:
    """Keep a published index (and its deadline), or a unit's assessment with its files."""
    from . import dti

    contents, manifest = preview.contents, preview.contents.manifest
    index = contents.index
    if index is not None:
        if preview.dti_change is DtiChange.NEW:
            dti_repo.save_index(session, index)
        if preview.new_publication and contents.template is not None:
            info = contents.template
            publication = Publication(
                index.code,
                index.version,
                manifest.sender.code,
                info.deadline,
                info.note,
                manifest.created_at,
            )
            dti_repo.save_publication(session, publication)
    merged = preview.merged_assessment
    if merged is not None and preview.dti_change in (DtiChange.NEW, DtiChange.NEWER):
        code, version = merged.index_code, merged.index_version
        if dti_repo.get_index(session, code, version) is None:  # a shipped one, not yet kept
            shipped = [i for i in dti.shipped_indices() if (i.code, i.version) == (code, version)]
            for found in shipped:
                dti_repo.save_index(session, found)
        dti_repo.save_assessment(session, merged)


def _add_missing_organisations(session: Session, contents: BundleContents) -> None:
    """Organisations the database lacks; those it has stay as edited here."""
    assert contents.document is not None
    repo.add_missing_organisations(session, contents.document.organisations)


def _validation(preview: ImportPreview) -> tuple[str, int, int]:
    plan = preview.plan
    if plan is None:
        return "none", 0, 0
    try:
        from ..domain.validation import validate_plan
    except ImportError:  # pragma: no cover - the validator ships with the domain
        return "unknown", 0, 0
    findings = validate_plan(plan)
    errors = sum(1 for f in findings if f.severity.value == "error")
    warnings = len(findings) - errors
    status = "errors" if errors else "warnings" if warnings else "ok"
    return status, errors, warnings


def _receipt(preview: ImportPreview, status: OutcomeStatus, now: datetime) -> ReceivedBundleRecord:
    return ReceivedBundleRecord(**_receipt_values(preview, status, now))


def _receipt_values(
    preview: ImportPreview, status: OutcomeStatus, now: datetime
) -> dict[str, object]:
    """The columns of the receipt (`received_bundle`) of this bundle."""
    contents = preview.contents
    manifest = contents.manifest
    validation, errors, warnings = _validation(preview)
    return {
        "bundle_uuid": manifest.bundle_uuid,
        "sender_code": manifest.sender.code,
        "sender_name": manifest.sender.name,
        "kind": manifest.kind.value,
        "plan_uuid": manifest.plan_uuid,
        "plan_revision": manifest.plan_revision,
        "created_at": manifest.created_at,
        "received_at": now,
        "applied_at": now if status is OutcomeStatus.APPLIED else None,
        "signature_status": preview.signature.value,
        "fingerprint": preview.fingerprint,
        "file_sha256": contents.file_sha256,
        "file_size": contents.file_size,
        "validation_status": validation,
        "error_count": errors,
        "warning_count": warnings,
        "outcome": status.value,
    }


def _template_record(contents: BundleContents, now: datetime) -> ProvinceTemplateRecord:
    assert contents.document is not None and contents.template is not None
    plan = contents.document.plan
    return ProvinceTemplateRecord(
        bundle_uuid=contents.manifest.bundle_uuid,
        plan_uuid=plan.uuid,
        revision=plan.revision,
        sender_code=contents.manifest.sender.code,
        title=plan.title,
        start_year=plan.start_year,
        end_year=plan.end_year,
        deadline=contents.template.deadline,
        note=contents.template.note,
        plan_file=dumps(contents.document),
        received_at=now,
    )


def comment_record(c: ReviewComment, direction: str, bundle: str | None) -> ReviewCommentRecord:
    return ReviewCommentRecord(
        uuid=c.uuid,
        plan_uuid=c.plan_uuid,
        target_kind=c.target_kind.value,
        target_uuid=c.target_uuid,
        text=c.text,
        author=c.author,
        created_at=c.created_at,
        direction=direction,
        bundle_uuid=bundle,
    )
