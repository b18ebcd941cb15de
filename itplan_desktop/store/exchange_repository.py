"""Reading and writing the exchange tables (keys, received bundles, sync state, comments,
templates). Functions take an open session; the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, Insert, Select, bindparam, exists, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from .exchange_models import (
    PlanSyncRecord,
    ProvinceTemplateRecord,
    ReceivedBundleRecord,
    ReviewCommentRecord,
    SenderKeyRecord,
)
from .models import OrganisationRecord, PlanRecord, SettingRecord
from .plan_writer import fetch_row, insert_rows

# ---------------------------------------------------------------- what one import needs


@dataclass(frozen=True, slots=True)
class ImportState:
    """What the database holds about one incoming bundle, read with one query."""

    registered_key: str | None  # the public key registered for the sender's code
    sync_hash: str | None  # content hash of the plan as last imported
    template_revision: int | None  # newest stored template revision of the plan
    already_imported: bool  # this bundle UUID was received before
    plan_revision: int | None  # revision of the stored plan, None when there is none
    synced_revision: int | None = None  # revision of the plan as last imported
    sender_level: str | None = None  # level of the sender's unit, when it is known here
    plan_parent: str | None = None  # parent unit of the stored plan's unit


@cache
def _import_state_query() -> Select[Any]:
    plan_uuid: BindParameter[str] = bindparam("plan_uuid")
    return select(
        select(SenderKeyRecord.public_key)
        .where(SenderKeyRecord.org_code == bindparam("sender_code"))
        .scalar_subquery(),
        select(PlanSyncRecord.content_hash)
        .where(PlanSyncRecord.plan_uuid == plan_uuid)
        .scalar_subquery(),
        select(ProvinceTemplateRecord.revision)
        .where(ProvinceTemplateRecord.plan_uuid == plan_uuid)
        .order_by(ProvinceTemplateRecord.revision.desc())
        .limit(1)
        .scalar_subquery(),
        exists().where(ReceivedBundleRecord.bundle_uuid == bindparam("bundle_uuid")),
        select(PlanRecord.revision).where(PlanRecord.uuid == plan_uuid).scalar_subquery(),
        select(PlanSyncRecord.revision)
        .where(PlanSyncRecord.plan_uuid == plan_uuid)
        .scalar_subquery(),
        select(OrganisationRecord.level)
        .where(OrganisationRecord.code == bindparam("sender_code"))
        .scalar_subquery(),
        select(OrganisationRecord.parent_code)
        .join(PlanRecord, PlanRecord.organisation_code == OrganisationRecord.code)
        .where(PlanRecord.uuid == plan_uuid)
        .scalar_subquery(),
    )


def import_state(
    session: Session, sender_code: str, plan_uuid: str | None, bundle_uuid: str
) -> ImportState:
    """Registered key, sync hash, template revision, receipt and stored plan revision in one
    round trip (the key of `register_key`, the sync state, `template_by_plan`, whether the
    bundle has a receipt, and `plan_repository.plan_revision`)."""
    values = {"sender_code": sender_code, "plan_uuid": plan_uuid, "bundle_uuid": bundle_uuid}
    row = fetch_row(session, _import_state_query(), values)  # once per bundle: by the driver
    return ImportState(row[0], row[1], row[2], bool(row[3]), row[4], row[5], row[6], row[7])


# ---------------------------------------------------------------- keys


def registered_fingerprint(session: Session, org_code: str) -> str | None:
    """The fingerprint of the key registered for `org_code` (None: no key)."""
    query = select(SenderKeyRecord.fingerprint).where(SenderKeyRecord.org_code == org_code)
    return session.scalar(query)


def register_key(
    session: Session, org_code: str, public_key: str, fingerprint: str, when: datetime
) -> None:
    """Register (or replace) the public key of an organisation."""
    record = session.scalar(select(SenderKeyRecord).where(SenderKeyRecord.org_code == org_code))
    if record is None:
        record = SenderKeyRecord(org_code=org_code)
        session.add(record)
    record.public_key = public_key
    record.fingerprint = fingerprint
    record.registered_at = when


# ---------------------------------------------------------------- received bundles


def insert_received_bundle(session: Session, values: dict[str, Any]) -> None:
    """The receipt as one Core INSERT (no unit of work): `values` are the record's columns."""
    insert_rows(session, ReceivedBundleRecord.__table__, [values])


def received_bundles(session: Session, sender_codes: Iterable[str]) -> list[ReceivedBundleRecord]:
    """Bundles received from these senders, oldest first."""
    query = (
        select(ReceivedBundleRecord)
        .where(ReceivedBundleRecord.sender_code.in_(list(sender_codes)))
        .order_by(ReceivedBundleRecord.received_at, ReceivedBundleRecord.id)
    )
    return list(session.scalars(query))


# ---------------------------------------------------------------- sync state


def upsert_plan_sync(
    session: Session,
    plan_uuid: str,
    revision: int,
    content_hash: str,
    bundle_uuid: str,
    when: datetime,
) -> None:
    """Record the revision and content hash imported for a plan, in one statement (INSERT …
    ON CONFLICT DO UPDATE)."""
    values = {
        "plan_uuid": plan_uuid,
        "revision": revision,
        "content_hash": content_hash,
        "bundle_uuid": bundle_uuid,
        "imported_at": when,
    }
    insert_rows(
        session,
        PlanSyncRecord.__table__,
        [values],
        suffix="ON CONFLICT (plan_uuid) DO UPDATE SET revision = excluded.revision,"
        " content_hash = excluded.content_hash, bundle_uuid = excluded.bundle_uuid,"
        " imported_at = excluded.imported_at",
        statement=_upsert_plan_sync(),
    )


@cache
def _upsert_plan_sync() -> Insert:
    statement = sqlite_insert(PlanSyncRecord.__table__)
    updated = ("revision", "content_hash", "bundle_uuid", "imported_at")
    return statement.on_conflict_do_update(
        index_elements=["plan_uuid"], set_={k: statement.excluded[k] for k in updated}
    )


# ---------------------------------------------------------------- comments, templates


def known_comments(session: Session, uuids: Iterable[str]) -> set[str]:
    """Those of `uuids` already stored, in one query (empty input: no query)."""
    wanted = list(uuids)
    if not wanted:
        return set()
    query = select(ReviewCommentRecord.uuid).where(ReviewCommentRecord.uuid.in_(wanted))
    return set(session.scalars(query))


def add_comment(session: Session, record: ReviewCommentRecord) -> None:
    session.add(record)


def comments_for(
    session: Session, plan_uuid: str, direction: str | None = None
) -> list[ReviewCommentRecord]:
    query = select(ReviewCommentRecord).where(ReviewCommentRecord.plan_uuid == plan_uuid)
    if direction is not None:
        query = query.where(ReviewCommentRecord.direction == direction)
    return list(
        session.scalars(query.order_by(ReviewCommentRecord.created_at, ReviewCommentRecord.id))
    )


def add_template(session: Session, record: ProvinceTemplateRecord) -> None:
    session.add(record)


def list_templates(session: Session) -> list[ProvinceTemplateRecord]:
    query = select(ProvinceTemplateRecord).order_by(ProvinceTemplateRecord.received_at.desc())
    return list(session.scalars(query))


def template_by_plan(session: Session, plan_uuid: str) -> ProvinceTemplateRecord | None:
    query = (
        select(ProvinceTemplateRecord)
        .where(ProvinceTemplateRecord.plan_uuid == plan_uuid)
        .order_by(ProvinceTemplateRecord.revision.desc())
    )
    return session.scalars(query).first()


# ---------------------------------------------------------------- settings


def get_setting(session: Session, key: str) -> str | None:
    record = session.get(SettingRecord, key)
    return None if record is None else record.value


def set_setting(session: Session, key: str, value: str) -> None:
    record = session.get(SettingRecord, key)
    if record is None:
        session.add(SettingRecord(key=key, value=value))
    else:
        record.value = value
