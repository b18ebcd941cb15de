"""Reading and writing the exchange tables (keys, received bundles, sync state, comments,
templates). Functions take an open session; the caller owns the transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .exchange_models import (
    PlanSyncRecord,
    ProvinceTemplateRecord,
    ReceivedBundleRecord,
    ReviewCommentRecord,
    SenderKeyRecord,
)
from .models import SettingRecord

# ---------------------------------------------------------------- keys


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


def registered_key(session: Session, org_code: str) -> SenderKeyRecord | None:
    return session.scalar(select(SenderKeyRecord).where(SenderKeyRecord.org_code == org_code))


def list_keys(session: Session) -> list[SenderKeyRecord]:
    return list(session.scalars(select(SenderKeyRecord).order_by(SenderKeyRecord.org_code)))


# ---------------------------------------------------------------- received bundles


def received_bundle(session: Session, bundle_uuid: str) -> ReceivedBundleRecord | None:
    query = select(ReceivedBundleRecord).where(ReceivedBundleRecord.bundle_uuid == bundle_uuid)
    return session.scalar(query)


def add_received_bundle(session: Session, record: ReceivedBundleRecord) -> None:
    session.add(record)


def received_bundles(session: Session, sender_codes: Iterable[str]) -> list[ReceivedBundleRecord]:
    """Bundles received from these senders, oldest first."""
    query = (
        select(ReceivedBundleRecord)
        .where(ReceivedBundleRecord.sender_code.in_(list(sender_codes)))
        .order_by(ReceivedBundleRecord.received_at, ReceivedBundleRecord.id)
    )
    return list(session.scalars(query))


# ---------------------------------------------------------------- sync state


def plan_sync(session: Session, plan_uuid: str) -> PlanSyncRecord | None:
    return session.get(PlanSyncRecord, plan_uuid)


def set_plan_sync(
    session: Session,
    plan_uuid: str,
    revision: int,
    content_hash: str,
    bundle_uuid: str,
    when: datetime,
) -> None:
    record = session.get(PlanSyncRecord, plan_uuid)
    if record is None:
        record = PlanSyncRecord(plan_uuid=plan_uuid)
        session.add(record)
    record.revision = revision
    record.content_hash = content_hash
    record.bundle_uuid = bundle_uuid
    record.imported_at = when


# ---------------------------------------------------------------- comments, templates


def comment_exists(session: Session, uuid: str) -> bool:
    query = select(ReviewCommentRecord.id).where(ReviewCommentRecord.uuid == uuid)
    return session.scalar(query) is not None


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
