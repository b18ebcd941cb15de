"""Loading and saving whole plan aggregates (domain objects ⇄ records).

The JSON shapes of nested values (paragraphs, columns, rows' cells, budget) are those of the
plan file codec, so the database and the file format cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Dialect, Select, Table, bindparam, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, make_transient_to_detached, object_session, selectinload

from ..domain import (
    Appendix,
    AppendixRow,
    Indicator,
    LegalBasis,
    Observation,
    Organisation,
    OrgLevel,
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
from ..exchange import plan_codec as codec
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

_APPENDIX_OPTIONS = (
    "orientation",
    "group_styles",
    "item_styles",
    "item_numbering",
    "total_label",
    "signature",
    "template",
    "detail_of",
)


@dataclass(frozen=True)
class PlanSummary:
    """One line of the plan list."""

    uuid: str
    organisation_code: str
    organisation_name: str
    title: str
    start_year: int
    end_year: int
    number_and_symbol: str
    issued_on: date | None
    status: str
    revision: int
    updated_at: datetime
    appendix_count: int


# ---------------------------------------------------------------- organisations


def save_organisation(session: Session, org: Organisation) -> OrganisationRecord:
    """Insert or update by official code."""
    record = session.scalar(select(OrganisationRecord).where(OrganisationRecord.code == org.code))
    if record is None:
        record = OrganisationRecord(code=org.code, uuid=org.uuid)
        session.add(record)
    record.name = org.name
    record.level = org.level.value
    record.kind_name = org.kind_name
    record.parent_code = org.parent_code
    return record


def _organisation(record: OrganisationRecord) -> Organisation:
    return Organisation(
        code=record.code,
        name=record.name,
        level=OrgLevel(record.level),
        kind_name=record.kind_name,
        parent_code=record.parent_code,
        uuid=record.uuid,
    )


def add_missing_organisations(session: Session, organisations: list[Organisation]) -> None:
    """Insert the organisations whose code is not stored (the first of a repeated code); those
    stored stay as they are. One statement (INSERT … ON CONFLICT (code) DO NOTHING), whatever
    the number; a UUID already stored under another code still fails (IntegrityError)."""
    table = OrganisationRecord.__table__
    insert_rows(
        session,
        table,  # type: ignore[arg-type]
        [
            {
                "code": org.code,
                "uuid": org.uuid,
                "name": org.name,
                "level": org.level.value,
                "kind_name": org.kind_name,
                "parent_code": org.parent_code,
            }
            for org in organisations
        ],
        suffix="ON CONFLICT (code) DO NOTHING",
        statement=sqlite_insert(table).on_conflict_do_nothing(index_elements=["code"]),
    )


def get_organisation(session: Session, code: str) -> Organisation | None:
    record = session.scalar(select(OrganisationRecord).where(OrganisationRecord.code == code))
    return None if record is None else _organisation(record)


def list_organisations(session: Session, parent_code: str | None = None) -> list[Organisation]:
    query = select(OrganisationRecord).order_by(OrganisationRecord.code)
    if parent_code is not None:
        query = query.where(OrganisationRecord.parent_code == parent_code)
    return [_organisation(r) for r in session.scalars(query)]


def organisations_for(session: Session, plan: Plan) -> list[Organisation]:
    """What a plan file carries: the plan's organisation, its ancestors, its direct children
    (the districts of a province, the communes of a district) and every organisation its
    observations name; ordered by code."""
    found: dict[str, Organisation] = {}
    code: str | None = plan.organisation_code
    while code is not None and code not in found:
        org = get_organisation(session, code)
        if org is None:
            break
        found[code] = org
        code = org.parent_code
    for child in list_organisations(session, parent_code=plan.organisation_code):
        found[child.code] = child
    for obs in plan.observations:
        if obs.organisation_code not in found:
            org = get_organisation(session, obs.organisation_code)
            if org is not None:
                found[org.code] = org
    return [found[c] for c in sorted(found)]


# ---------------------------------------------------------------- plans: save


def save_plan(session: Session, plan: Plan) -> PlanRecord:
    """Insert or replace the whole plan identified by its UUID.

    Every row is written with Core INSERTs (no unit of work): one query finds the stored plan
    and the first free ids, then one statement per table. The returned record is attached to
    the session as persistent (its children load on access)."""
    state = session.execute(_save_state_query(), {"uuid": plan.uuid}).one()
    if state[0] is not None:
        stored = session.get(PlanRecord, state[0])
        if stored is not None:
            session.delete(stored)
            session.flush()
        state = session.execute(_save_state_query(), {"uuid": plan.uuid}).one()
    next_ids = {t.name: (value or 0) + 1 for t, value in zip(_ID_TABLES, state[1:], strict=True)}
    record = PlanRecord(id=next_ids["plan"], uuid=plan.uuid)
    _fill_plan(record, plan)
    table = PlanRecord.__table__
    insert_rows(session, table, [{c.name: getattr(record, c.name) for c in table.columns}])
    make_transient_to_detached(record)
    session.add(record)  # persistent: the row exists, no INSERT at flush
    _add_sections(session, record, plan.sections, None, next_ids)
    _add_appendices(session, record, enumerate(plan.appendices), next_ids)
    _add_indicators(session, record, plan, next_ids)
    _add_task_progress(session, record, plan)
    return record


def _fill_plan(record: PlanRecord, plan: Plan) -> None:
    # the header fields only: the codec is given the plan without its children, which are
    # written row by row (serialising them here too would do it twice)
    data = codec.plan_to_json(
        replace(plan, sections=[], appendices=[], indicators=[], observations=[], task_progress=[])
    )
    record.revision = plan.revision
    record.status = plan.status.value
    record.created_at = plan.created_at
    record.updated_at = plan.updated_at
    record.organisation_code = plan.organisation_code
    record.kind = plan.kind.value
    record.start_year = plan.start_year
    record.end_year = plan.end_year
    record.issued_on = plan.issued_on
    for name in (
        "doc_type",
        "number",
        "symbol",
        "place",
        "issuer_parent",
        "issuer",
        "issuer_short",
        "authority_line",
        "title",
        "signer",
        "recipients",
        "legal_bases",
        "intro",
        "closing",
        "outline_styles",
        "appendix_numbering",
        "budget",
    ):
        setattr(record, name, data[name])


_ID_TABLES: tuple[Table, ...] = (
    PlanRecord.__table__,  # type: ignore[assignment]
    SectionRecord.__table__,  # type: ignore[assignment]
    AppendixRecord.__table__,  # type: ignore[assignment]
    IndicatorRecord.__table__,  # type: ignore[assignment]
)


@cache
def _save_state_query() -> Select[Any]:
    """The id of the stored plan with this uuid (or NULL), then the largest id of each table
    whose rows get their ids assigned here: children are inserted in bulk with ids assigned
    in Python, so that a whole plan is written in a handful of statements (one writer per
    file)."""
    return select(
        select(PlanRecord.id).where(PlanRecord.uuid == bindparam("uuid")).scalar_subquery(),
        *(select(func.max(t.c.id)).scalar_subquery() for t in _ID_TABLES),
    )


@dataclass(frozen=True, slots=True)
class _RawInsert:
    """An INSERT of given columns, with the column types' own bind processors (JSON, UTC
    datetimes, dates): the same values SQLAlchemy would store, sent by the driver directly."""

    sql: str
    columns: tuple[str, ...]
    processors: tuple[Callable[[Any], Any] | None, ...]


@cache
def _raw_insert(
    table: Table, columns: tuple[str, ...], dialect: Dialect, suffix: str
) -> _RawInsert | None:
    by_name = {c.name: c for c in table.columns}
    for column in table.columns:
        if column.name not in columns and column.default is not None:
            return None  # a Python-side default to apply: leave it to SQLAlchemy
    quote = dialect.identifier_preparer.quote
    sql = "INSERT INTO {} ({}) VALUES ({}){}".format(
        quote(table.name),
        ", ".join(quote(c) for c in columns),
        ", ".join("?" * len(columns)),
        f" {suffix}" if suffix else "",
    )
    processors = tuple(
        by_name[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns
    )
    return _RawInsert(sql, columns, processors)


def insert_rows(
    session: Session,
    table: Table,
    rows: list[dict[str, Any]],
    *,
    suffix: str = "",
    statement: Any = None,
) -> None:
    """Insert `rows` (dicts with the same keys, named like the columns) in one `executemany`
    on the session's connection, inside its transaction; `suffix` is SQL appended to the
    INSERT (an `ON CONFLICT …` clause), `statement` the same INSERT in SQLAlchemy, used when
    the columns left out have Python-side defaults. SQLAlchemy's per-statement and per-row
    overhead is most of a small plan's write time."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    raw = None
    if dialect.paramstyle == "qmark":
        raw = _raw_insert(table, tuple(rows[0]), dialect, suffix)
    if raw is None:
        session.execute(table.insert() if statement is None else statement, rows)
        return
    pairs = tuple(zip(raw.columns, raw.processors, strict=True))
    params = [tuple(row[k] if p is None else p(row[k]) for k, p in pairs) for row in rows]
    connection.connection.driver_connection.executemany(raw.sql, params)  # type: ignore[union-attr]


def _next_id(session: Session, table: Table) -> int:
    """The first free primary key of one table (see `_save_state_query`)."""
    return (session.execute(select(func.max(table.c.id))).scalar() or 0) + 1


def _add_sections(
    session: Session,
    plan: PlanRecord,
    sections: list[Section],
    parent: SectionRecord | None,
    next_ids: dict[str, int] | None = None,
) -> None:
    table = SectionRecord.__table__
    rows: list[dict[str, object]] = []
    next_id = next_ids["section"] if next_ids is not None else _next_id(session, table)
    paragraph = codec.paragraph_to_json

    def visit(items: list[Section], parent_id: int | None) -> None:
        nonlocal next_id
        for position, section in enumerate(items):
            section_id = next_id
            next_id += 1
            rows.append(
                {
                    "id": section_id,
                    "uuid": section.uuid,
                    "plan_id": plan.id,
                    "parent_id": parent_id,
                    "position": position,
                    "heading": section.heading,
                    "label": section.label,
                    "kind": section.kind.value,
                    "body": [paragraph(p) for p in section.body],
                }
            )
            visit(section.children, section_id)

    visit(sections, parent.id if parent else None)
    if next_ids is not None:
        next_ids["section"] = next_id
    if rows:
        insert_rows(session, table, rows)


def _add_appendix(session: Session, plan: PlanRecord, appendix: Appendix, position: int) -> None:
    next_ids = {"appendix": _next_id(session, AppendixRecord.__table__)}
    _add_appendices(session, plan, [(position, appendix)], next_ids)


def _add_appendices(
    session: Session,
    plan: PlanRecord,
    appendices: Iterable[tuple[int, Appendix]],
    next_ids: dict[str, int],
) -> None:
    """Appendices (with their positions) in one statement batch, then all their rows in
    another; ids from `next_ids["appendix"]`, advanced."""
    appendix_rows: list[dict[str, object]] = []
    row_rows: list[dict[str, object]] = []
    for position, appendix in appendices:
        data = codec.appendix_to_json(replace(appendix, rows=[]))  # the rows are written below
        appendix_id = next_ids["appendix"]
        next_ids["appendix"] = appendix_id + 1
        appendix_rows.append(
            {
                "id": appendix_id,
                "uuid": appendix.uuid,
                "plan_id": plan.id,
                "position": position,
                "number": appendix.number,
                "title": appendix.title,
                "unit": appendix.unit,
                "funding_source": appendix.funding_source,
                "role": appendix.role.value,
                "options": {k: data[k] for k in _APPENDIX_OPTIONS},
                "columns": data["columns"],
                "stated_totals": data["stated_totals"],
            }
        )
        row_rows.extend(
            {
                "uuid": row.uuid,
                "appendix_id": appendix_id,
                "position": index,
                "kind": row.kind.value,
                "level": row.level,
                "label": row.label,
                "texts": dict(row.texts),
                "values": dict(row.values),
                "stated": dict(row.stated),
                "year": row.year,
                "source": row.source,
            }
            for index, row in enumerate(appendix.rows)
        )
    if appendix_rows:
        insert_rows(session, AppendixRecord.__table__, appendix_rows)
    if row_rows:  # bulk insert: thousands of rows in one statement batch
        insert_rows(session, AppendixRowRecord.__table__, row_rows)


def _add_indicators(
    session: Session, plan_record: PlanRecord, plan: Plan, next_ids: dict[str, int] | None = None
) -> None:
    table = IndicatorRecord.__table__
    next_id = next_ids["indicator"] if next_ids is not None else _next_id(session, table)
    ids: dict[str, int] = {}
    indicators = []
    for position, indicator in enumerate(plan.indicators):
        data = codec.indicator_to_json(indicator)
        ids[indicator.uuid] = next_id + position
        indicators.append(
            {
                "id": next_id + position,
                "uuid": indicator.uuid,
                "plan_id": plan_record.id,
                "position": position,
                "catalogue_code": indicator.catalogue_code,
                "group_name": indicator.group,
                "name": indicator.name,
                "kind": indicator.kind.value,
                "unit": indicator.unit,
                "direction": indicator.direction.value,
                "baseline_value": data["baseline_value"],
                "baseline_year": indicator.baseline_year,
                "targets": data["targets"],
                "denominator_label": indicator.denominator_label,
                "objective_text": indicator.objective_text,
            }
        )
    if next_ids is not None:
        next_ids["indicator"] = next_id + len(indicators)
    if indicators:
        insert_rows(session, IndicatorRecord.__table__, indicators)
    observations = []
    for obs in plan.observations:
        data = codec.observation_to_json(obs)
        observations.append(
            {
                "uuid": obs.uuid,
                "indicator_id": ids[obs.indicator_uuid],
                "organisation_code": obs.organisation_code,
                "period": obs.period,
                "value": data["value"],
                "numerator": data["numerator"],
                "denominator": data["denominator"],
                "note": obs.note,
                "source": obs.source,
                "updated_at": obs.updated_at,
            }
        )
    if observations:
        insert_rows(session, ObservationRecord.__table__, observations)


def _add_task_progress(session: Session, plan_record: PlanRecord, plan: Plan) -> None:
    """The task progress records of the plan (KPI tracker, schema 0003)."""
    rows = [
        {
            "uuid": progress.uuid,
            "plan_id": plan_record.id,
            "position": position,
            "row_uuid": progress.row_uuid,
            "status": progress.status.value,
            "disbursed": codec.task_progress_to_json(progress)["disbursed"],
            "note": progress.note,
            "updated_at": progress.updated_at,
        }
        for position, progress in enumerate(plan.task_progress)
    ]
    if rows:
        insert_rows(session, TaskProgressRecord.__table__, rows)


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
        issued_on=record.issued_on,
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
        unit=record.unit,
        funding_source=record.funding_source,
        role=AppendixRole(record.role),
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
