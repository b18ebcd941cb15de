"""SQLAlchemy 2.0 typed mapping of the plan aggregate onto one SQLite file.

Rows of an appendix keep their cells as JSON objects keyed by column key (integers in đồng are
exact in JSON); KPI decimals are stored as text. Every exchanged entity has a UUID and an
`updated_at`; plans also carry a `revision` for file-based sync.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .orm_base import Base


class OrganisationRecord(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(16))
    kind_name: Mapped[str] = mapped_column(Text, default="")
    parent_code: Mapped[str | None] = mapped_column(String(20), index=True)
    ceased_on: Mapped[date | None] = mapped_column(Date)
    show_parent_line: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class PlanRecord(Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    organisation_code: Mapped[str] = mapped_column(
        ForeignKey("organisation.code", onupdate="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    start_year: Mapped[int]
    end_year: Mapped[int]
    doc_type: Mapped[str] = mapped_column(String(8))
    number: Mapped[str] = mapped_column(String(20))
    symbol: Mapped[str] = mapped_column(String(40))
    place: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date | None] = mapped_column(Date)
    issued_draft: Mapped[str | None] = mapped_column(String(7))  # "2020-09": a draft's date
    issuer_parent: Mapped[str] = mapped_column(Text)
    issuer: Mapped[str] = mapped_column(Text)
    issuer_short: Mapped[str] = mapped_column(Text)
    authority_line: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    signer: Mapped[dict[str, Any]]
    recipients: Mapped[list[Any]]
    legal_bases: Mapped[list[Any]]
    intro: Mapped[list[Any]]
    closing: Mapped[list[Any]]
    outline_styles: Mapped[list[Any]]
    appendix_numbering: Mapped[str] = mapped_column(String(16))
    budget: Mapped[dict[str, Any]]

    sections: Mapped[list[SectionRecord]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SectionRecord.position",
    )
    appendices: Mapped[list[AppendixRecord]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AppendixRecord.position",
    )
    indicators: Mapped[list[IndicatorRecord]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="IndicatorRecord.position",
    )


class SectionRecord(Base):
    """One node of the section tree; `parent_id` is NULL for top-level sections."""

    __tablename__ = "section"
    __table_args__ = (Index("ix_section_plan_parent", "plan_id", "parent_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("section.id", ondelete="CASCADE"))
    position: Mapped[int]
    heading: Mapped[str] = mapped_column(Text)
    label: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="text")
    body: Mapped[list[Any]]

    plan: Mapped[PlanRecord] = relationship(back_populates="sections")


class AppendixRecord(Base):
    __tablename__ = "appendix"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    number: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(20))
    funding_source: Mapped[str | None] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(16))
    options: Mapped[dict[str, Any]]
    columns: Mapped[list[Any]]
    stated_totals: Mapped[dict[str, Any]]

    plan: Mapped[PlanRecord] = relationship(back_populates="appendices")
    rows: Mapped[list[AppendixRowRecord]] = relationship(
        back_populates="appendix",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AppendixRowRecord.position",
    )


class AppendixRowRecord(Base):
    __tablename__ = "appendix_row"
    __table_args__ = (Index("ix_appendix_row_order", "appendix_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    appendix_id: Mapped[int] = mapped_column(ForeignKey("appendix.id", ondelete="CASCADE"))
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(8))
    level: Mapped[int]
    label: Mapped[str] = mapped_column(Text)
    texts: Mapped[dict[str, Any]]
    cell_values: Mapped[dict[str, Any]] = mapped_column("values", JSON)
    stated: Mapped[dict[str, Any]]
    year: Mapped[int | None]
    source: Mapped[str | None] = mapped_column(String(20))

    appendix: Mapped[AppendixRecord] = relationship(back_populates="rows")


class IndicatorRecord(Base):
    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    catalogue_code: Mapped[str | None] = mapped_column(String(40))
    group: Mapped[str] = mapped_column("group_name", Text)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(Text)
    direction: Mapped[str] = mapped_column(String(8))
    baseline_value: Mapped[str | None] = mapped_column(String(40))
    baseline_year: Mapped[int | None]
    targets: Mapped[dict[str, Any]]
    denominator_label: Mapped[str] = mapped_column(Text)
    objective_text: Mapped[str] = mapped_column(Text)

    plan: Mapped[PlanRecord] = relationship(back_populates="indicators")
    observations: Mapped[list[ObservationRecord]] = relationship(
        back_populates="indicator",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ObservationRecord.id",
    )


class ObservationRecord(Base):
    __tablename__ = "observation"
    __table_args__ = (
        Index("ix_observation_key", "indicator_id", "organisation_code", "period", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    organisation_code: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[str | None] = mapped_column(String(40))
    numerator: Mapped[str | None] = mapped_column(String(40))
    denominator: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]

    indicator: Mapped[IndicatorRecord] = relationship(back_populates="observations")


class SettingRecord(Base):
    """Per-database key/value settings (installation id, province e-mail address …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The exchange and index tables share Base.metadata: whoever maps or migrates the schema
# gets them.
from . import dti_models as dti_models  # noqa: E402
from . import exchange_models as exchange_models  # noqa: E402
