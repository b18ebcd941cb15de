"""Loading and saving whole plan aggregates (domain objects ⇄ records).

The JSON shapes of nested values (paragraphs, columns, rows' cells, budget) are those of the
plan file codec, so the database and the file format cannot drift apart.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session, selectinload

from ..domain import (
    Appendix,
    AppendixRow,
    Indicator,
    LegalBasis,
    Observation,
    Plan,
    PlanKind,
    PlanStatus,
    RowKind,
    Section,
    SectionKind,
    Signer,
)
from ..domain.appendix import AppendixRole
from ..domain.indicator import Direction, IndicatorKind
from ..domain.kpi_progress import TaskProgress, TaskStatus
from ..formats import plan_codec as codec
from ..vn.dates import DraftDate
from ..vn.units import unit_or_default
from .kpi_models import TaskProgressRecord
from .models import (
    AppendixRecord,
    AppendixRowRecord,
    IndicatorRecord,
    ObservationRecord,
    OrganisationRecord,
    PlanRecord,
    SectionRecord,
)
from .organisation_repository import (  # noqa: F401 - re-exported: the store's one entry point
    add_missing_organisations,
    get_organisation,
    list_organisations,
    organisation_code_for_uuid,
    organisations_for,
    save_organisation,
)
from .plan_list import PlanSummary
from .plan_writer import _APPENDIX_OPTIONS, save_plan  # noqa: F401 - save_plan re-exported

# ---------------------------------------------------------------- plans: load


def find_plan_uuid(session: Session, ref: str) -> list[str]:
    """Plans whose UUID is `ref` or starts with it (ids may be abbreviated like git's)."""
    ref = ref.strip().lower()
    if not ref:
        return []
    query = select(PlanRecord.uuid).where(PlanRecord.uuid.startswith(ref, autoescape=True))
    return list(session.scalars(query))


def load_plan(session: Session, uuid: str) -> Plan | None:
    query = (
        select(PlanRecord)
        .where(PlanRecord.uuid == uuid)
        .options(
            selectinload(PlanRecord.sections),
            selectinload(PlanRecord.appendices).selectinload(AppendixRecord.rows),
            selectinload(PlanRecord.indicators).selectinload(IndicatorRecord.observations),
        )
    )
    record = session.scalar(query)
    return None if record is None else _plan(record)


def load_plans(session: Session, uuids: list[str]) -> list[Plan]:
    """Many plans in one round of queries (a province's consolidation of 168 units)."""
    if not uuids:
        return []
    query = (
        select(PlanRecord)
        .where(PlanRecord.uuid.in_(uuids))
        .options(
            selectinload(PlanRecord.sections),
            selectinload(PlanRecord.appendices).selectinload(AppendixRecord.rows),
            selectinload(PlanRecord.indicators).selectinload(IndicatorRecord.observations),
        )
    )
    return [_plan(record) for record in session.scalars(query)]


def load_budget_appendices(session: Session, plan_uuids: list[str]) -> dict[str, list[Appendix]]:
    """The BUDGET appendices (columns and rows only) of many plans, by plan UUID, read with
    two plain queries and no ORM objects: what a province's consolidation needs."""
    if not plan_uuids:
        return {}
    heads = session.execute(
        select(
            AppendixRecord.id,
            PlanRecord.uuid,
            AppendixRecord.uuid,
            AppendixRecord.funding_source,
            AppendixRecord.columns,
        )
        .join(PlanRecord, PlanRecord.id == AppendixRecord.plan_id)
        .where(PlanRecord.uuid.in_(plan_uuids), AppendixRecord.role == AppendixRole.BUDGET.value)
        .order_by(AppendixRecord.plan_id, AppendixRecord.position)
    ).all()
    appendices: dict[int, Appendix] = {}
    found: dict[str, list[Appendix]] = {}
    for appendix_id, plan_uuid, uuid, source, columns in heads:
        appendix = Appendix(
            uuid=uuid,
            title="",
            funding_source=source,
            columns=[codec.column_from_json(c) for c in columns],
        )
        appendices[appendix_id] = appendix
        found.setdefault(plan_uuid, []).append(appendix)
    rows = session.execute(
        select(
            AppendixRowRecord.appendix_id,
            AppendixRowRecord.uuid,
            AppendixRowRecord.kind,
            AppendixRowRecord.level,
            AppendixRowRecord.cell_values,
            AppendixRowRecord.year,
            AppendixRowRecord.source,
        )
        .where(AppendixRowRecord.appendix_id.in_(list(appendices)))
        .order_by(AppendixRowRecord.appendix_id, AppendixRowRecord.position)
    )
    for appendix_id, uuid, kind, level, values, year, source in rows:
        appendices[appendix_id].rows.append(
            AppendixRow(
                uuid=uuid,
                kind=RowKind(kind),
                level=level,
                values=dict(values),
                year=year,
                source=source,
            )
        )
    return found


def _plan(record: PlanRecord) -> Plan:
    signer = record.signer or {}
    observations = [
        _observation(obs, ind.uuid) for ind in record.indicators for obs in ind.observations
    ]
    observations.sort(key=lambda o: o.uuid)
    return Plan(
        uuid=record.uuid,
        revision=record.revision,
        status=PlanStatus(record.status),
        created_at=record.created_at,
        updated_at=record.updated_at,
        organisation_code=record.organisation_code,
        kind=PlanKind(record.kind),
        start_year=record.start_year,
        end_year=record.end_year,
        doc_type=record.doc_type,
        number=record.number,
        symbol=record.symbol,
        place=record.place,
        issued_on=record.issued_on
        or (DraftDate.fromisoformat(record.issued_draft) if record.issued_draft else None),
        issuer_parent=record.issuer_parent,
        issuer=record.issuer,
        issuer_short=record.issuer_short,
        authority_line=record.authority_line,
        title=record.title,
        signer=Signer(**signer),
        recipients=list(record.recipients),
        legal_bases=[LegalBasis(t) for t in record.legal_bases],
        intro=[codec.paragraph_from_json(p) for p in record.intro],
        sections=_section_tree(record.sections),
        closing=[codec.paragraph_from_json(p) for p in record.closing],
        outline_styles=tuple(record.outline_styles),
        appendix_numbering=record.appendix_numbering,
        budget=codec.budget_from_json(record.budget),
        appendices=[_appendix(a) for a in record.appendices],
        indicators=[_indicator(i) for i in record.indicators],
        observations=observations,
        task_progress=_load_task_progress(record),
    )


def _load_task_progress(record: PlanRecord) -> list[TaskProgress]:
    session = object_session(record)
    if session is None or record.id is None:
        return []
    query = (
        select(TaskProgressRecord)
        .where(TaskProgressRecord.plan_id == record.id)
        .order_by(TaskProgressRecord.position)
    )
    return [
        TaskProgress(
            uuid=r.uuid,
            row_uuid=r.row_uuid,
            status=TaskStatus(r.status),
            disbursed={int(y): int(v) for y, v in r.disbursed.items()},
            note=r.note,
            updated_at=r.updated_at,
        )
        for r in session.scalars(query)
    ]


def _section_tree(records: list[SectionRecord]) -> list[Section]:
    children: dict[int | None, list[SectionRecord]] = {}
    for record in sorted(records, key=lambda r: r.position):
        children.setdefault(record.parent_id, []).append(record)

    def build(parent_id: int | None) -> list[Section]:
        return [
            Section(
                uuid=r.uuid,
                heading=r.heading,
                label=r.label,
                kind=SectionKind(r.kind),
                body=[codec.paragraph_from_json(p) for p in r.body],
                children=build(r.id),
            )
            for r in children.get(parent_id, [])
        ]

    return build(None)


def _appendix(record: AppendixRecord) -> Appendix:
    options = record.options
    return Appendix(
        uuid=record.uuid,
        number=record.number,
        title=record.title,
        unit=unit_or_default(record.unit),
        funding_source=record.funding_source,
        role=AppendixRole(record.role),
        decimals=options.get("decimals"),
        orientation=options["orientation"],
        group_styles=tuple(options["group_styles"]),
        item_styles=tuple(options["item_styles"]),
        item_numbering=options["item_numbering"],
        total_label=options["total_label"],
        signature=options["signature"],
        template=options["template"],
        detail_of=options.get("detail_of"),
        columns=[codec.column_from_json(c) for c in record.columns],
        rows=[
            AppendixRow(
                uuid=r.uuid,
                kind=RowKind(r.kind),
                level=r.level,
                label=r.label,
                texts=dict(r.texts),
                values=dict(r.cell_values),
                stated=dict(r.stated),
                year=r.year,
                source=r.source,
            )
            for r in record.rows
        ],
        stated_totals=dict(record.stated_totals),
        total_rows=[codec.total_row_from_json(t) for t in options.get("total_rows", [])],
    )


def _indicator(record: IndicatorRecord) -> Indicator:
    return Indicator(
        uuid=record.uuid,
        catalogue_code=record.catalogue_code,
        group=record.group,
        name=record.name,
        kind=IndicatorKind(record.kind),
        unit=record.unit,
        direction=Direction(record.direction),
        baseline_value=None if record.baseline_value is None else Decimal(record.baseline_value),
        baseline_year=record.baseline_year,
        targets={int(y): Decimal(v) for y, v in record.targets.items()},
        denominator_label=record.denominator_label,
        objective_text=record.objective_text,
    )


def _observation(record: ObservationRecord, indicator_uuid: str) -> Observation:
    def dec(text: str | None) -> Decimal | None:
        return None if text is None else Decimal(text)

    return Observation(
        uuid=record.uuid,
        indicator_uuid=indicator_uuid,
        organisation_code=record.organisation_code,
        period=record.period,
        value=dec(record.value),
        numerator=dec(record.numerator),
        denominator=dec(record.denominator),
        note=record.note,
        source=record.source,
        updated_at=record.updated_at,
    )


# ---------------------------------------------------------------- listing, deleting


def list_plans(session: Session) -> list[PlanSummary]:
    counts = (
        select(AppendixRecord.plan_id, func.count().label("n"))
        .group_by(AppendixRecord.plan_id)
        .subquery()
    )
    query = (
        select(PlanRecord, OrganisationRecord.name, counts.c.n)
        .join(OrganisationRecord, OrganisationRecord.code == PlanRecord.organisation_code)
        .outerjoin(counts, counts.c.plan_id == PlanRecord.id)
        .order_by(PlanRecord.start_year.desc(), OrganisationRecord.code, PlanRecord.uuid)
    )
    result = []
    for record, org_name, count in session.execute(query):
        plan = Plan(
            organisation_code="",
            title="",
            start_year=0,
            end_year=0,
            number=record.number,
            symbol=record.symbol,
        )
        result.append(
            PlanSummary(
                uuid=record.uuid,
                organisation_code=record.organisation_code,
                organisation_name=org_name,
                title=record.title,
                start_year=record.start_year,
                end_year=record.end_year,
                number_and_symbol=plan.number_and_symbol,
                issued_on=record.issued_on,
                issued_draft=record.issued_draft,
                status=record.status,
                revision=record.revision,
                updated_at=record.updated_at,
                appendix_count=count or 0,
            )
        )
    return result


def plan_revision(session: Session, uuid: str) -> int | None:
    return session.scalar(select(PlanRecord.revision).where(PlanRecord.uuid == uuid))


def delete_plan(session: Session, uuid: str) -> bool:
    record = session.scalar(select(PlanRecord).where(PlanRecord.uuid == uuid))
    if record is None:
        return False
    session.delete(record)
    return True
