"""Tables of the bundle exchange (schema 0002): keys, received bundles, sync state, comments,
province templates. Same `Base` as the plan tables; created by migration 0002."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .orm_base import Base


class SenderKeyRecord(Base):
    """A district's (or the province's) public key, registered after reading the fingerprint."""

    __tablename__ = "sender_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    org_code: Mapped[str] = mapped_column(String(20), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(24))
    registered_at: Mapped[datetime]


class ReceivedBundleRecord(Base):
    """One bundle imported (or previewed and refused by choice): the inbox reads these."""

    __tablename__ = "received_bundle"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    sender_code: Mapped[str] = mapped_column(String(20), index=True)
    sender_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(24))
    plan_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    plan_revision: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime]
    received_at: Mapped[datetime]
    applied_at: Mapped[datetime | None]
    signature_status: Mapped[str] = mapped_column(String(16))
    fingerprint: Mapped[str | None] = mapped_column(String(24))
    file_sha256: Mapped[str] = mapped_column(String(64))
    file_size: Mapped[int] = mapped_column(Integer)
    validation_status: Mapped[str] = mapped_column(String(16))
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    warning_count: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(16))


class PlanSyncRecord(Base):
    """The last revision and content hash of a plan as imported, to detect local edits."""

    __tablename__ = "plan_sync"

    plan_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    bundle_uuid: Mapped[str] = mapped_column(String(36))
    imported_at: Mapped[datetime]


class ReviewCommentRecord(Base):
    """A review comment on a plan, a section or an appendix row; `direction` "out" for ours,
    "in" for those received."""

    __tablename__ = "review_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_uuid: Mapped[str] = mapped_column(String(36), index=True)
    target_kind: Mapped[str] = mapped_column(String(16))
    target_uuid: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    direction: Mapped[str] = mapped_column(String(4))
    bundle_uuid: Mapped[str | None] = mapped_column(String(36))


class ProvinceTemplateRecord(Base):
    """A province's template of the next plan (outline, indicators, deadline) as received."""

    __tablename__ = "province_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_uuid: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    sender_code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    plan_file: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
