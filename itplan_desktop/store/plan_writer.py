"""Writing whole plans: the plan row, then its children in bulk with pre-assigned ids.

The JSON shapes of nested values are those of the plan file codec, so the database and the
file format cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Dialect, Select, Table, bindparam, func, select
from sqlalchemy.orm import Session, make_transient_to_detached

from ..domain import (
    Appendix,
    Plan,
    Section,
)
from ..formats import plan_codec as codec
from .kpi_models import TaskProgressRecord
from .models import (
    AppendixRecord,
    AppendixRowRecord,
    IndicatorRecord,
    ObservationRecord,
    PlanRecord,
    SectionRecord,
)

_APPENDIX_OPTIONS = (
    "decimals",
    "orientation",
    "group_styles",
    "item_styles",
    "item_numbering",
    "total_label",
    "signature",
    "template",
    "detail_of",
    "total_rows",  # only when the appendix has total rows above "Tổng cộng" (format 2)
)


def save_plan(session: Session, plan: Plan) -> PlanRecord:
    """Insert or replace the whole plan identified by its UUID.

    Every row is written with Core INSERTs (no unit of work): one query finds the stored plan
    and the first free ids, then one statement per table. The returned record is attached to
    the session as persistent (its children load on access)."""
    state = fetch_row(session, _save_state_query(), {"uuid": plan.uuid})
    if state[0] is not None:
        stored = session.get(PlanRecord, state[0])
        if stored is not None:
            session.delete(stored)
            session.flush()
        state = fetch_row(session, _save_state_query(), {"uuid": plan.uuid})
    next_ids = {t.name: (value or 0) + 1 for t, value in zip(_ID_TABLES, state[1:], strict=True)}
    record = PlanRecord(id=next_ids["plan"], uuid=plan.uuid)
    fill_plan(record, plan)
    table = PlanRecord.__table__
    insert_rows(session, table, [{c.name: getattr(record, c.name) for c in table.columns}])
    make_transient_to_detached(record)
    session.add(record)  # persistent: the row exists, no INSERT at flush
    add_sections(session, record, plan.sections, None, next_ids)
    add_appendices(session, record, enumerate(plan.appendices), next_ids)
    add_indicators(session, record, plan, next_ids)
    add_task_progress(session, record, plan)
    return record


def fill_plan(record: PlanRecord, plan: Plan) -> None:
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
    complete = isinstance(plan.issued_on, date)
    record.issued_on = plan.issued_on if complete else None  # type: ignore[assignment]
    record.issued_draft = plan.issued_on.isoformat() if plan.issued_on and not complete else None
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
    PlanRecord.__table__,
    SectionRecord.__table__,
    AppendixRecord.__table__,
    IndicatorRecord.__table__,
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


@cache
def _raw_select(query: Select[Any], dialect: Any) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """The SQL of a cached query for the driver, its parameter names in order and the values
    of its literal parameters (a LIMIT …)."""
    compiled = query.compile(dialect=dialect)
    return compiled.string, tuple(compiled.positiontup or ()), dict(compiled.params)


def fetch_row(session: Session, query: Select[Any], values: dict[str, Any]) -> tuple[Any, ...]:
    """The one row of `query` (made once, by a cached function) whose columns need no type
    processing (ids, counts, text), sent by the driver directly inside the session's
    transaction: asked once or twice per imported bundle, SQLAlchemy's execution layers cost
    more than the query. Pending ORM changes are flushed first, as `session.execute` does."""
    if session.autoflush and (session.new or session.dirty or session.deleted):
        session.flush()
    connection = session.connection()
    if connection.dialect.paramstyle != "qmark":
        return tuple(session.execute(query, values).one())
    sql, names, fixed = _raw_select(query, connection.dialect)
    params = tuple(values[n] if n in values else fixed[n] for n in names)
    driver = connection.connection.driver_connection
    row = driver.execute(sql, params).fetchone()  # type: ignore[union-attr]
    if row is None:  # pragma: no cover - a SELECT of scalar subqueries gives one row
        raise LookupError(sql)
    return tuple(row)


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


def add_sections(
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


def add_appendix(session: Session, plan: PlanRecord, appendix: Appendix, position: int) -> None:
    next_ids = {"appendix": _next_id(session, AppendixRecord.__table__)}
    add_appendices(session, plan, [(position, appendix)], next_ids)


def add_appendices(
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
                "unit": appendix.unit.label,
                "funding_source": appendix.funding_source,
                "role": appendix.role.value,
                "options": {k: data[k] for k in _APPENDIX_OPTIONS if k in data},
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


def add_indicators(
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


def add_task_progress(session: Session, plan_record: PlanRecord, plan: Plan) -> None:
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
