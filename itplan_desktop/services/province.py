"""The province's side: the inbox of district submissions, the consolidated per-district
allocation appendix (Phụ lục 4 of the Thanh Hóa reference), the KPI comparison across
districts, and a district plan started from a province template."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from ..domain import (
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    Organisation,
    OrgLevel,
    Plan,
    RowKind,
    Section,
)
from ..domain.appendix_engine import AppendixComputation
from ..domain.appendix_templates import build_appendix
from ..domain.ids import new_uuid, utc_now
from ..domain.indicator import Indicator, Observation
from ..domain.kpi_periods import Period, PeriodError, parse_period
from ..domain.kpi_status import Status, assess
from ..domain.kpi_values import Actual, format_actual, format_target
from ..domain.section import Paragraph
from ..formats.bundle_kinds import UPWARD_KINDS
from ..formats.plan_file import loads
from ..messages import UserError
from ..store import exchange_repository as exch
from ..store import plan_repository as repo
from ..store.database import Database
from ..store.models import PlanRecord
from .province_documents import frame_fields, province_frame

_SUBMISSIONS = tuple(kind.value for kind in UPWARD_KINDS)
_NAMESPACE = uuid_module.UUID("6f0c3c52-3f7e-4c1e-9f7c-2b1f1b0e5a10")


def _stable_uuid(*parts: object) -> str:
    """The same consolidation always gets the same ids, so re-running it updates, not adds."""
    return str(uuid_module.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


def _province(db: Database, code: str) -> tuple[Organisation, list[Organisation]]:
    """The province and its districts (the units before 2025-07-01; today's communes and
    agencies are served by `province_units`)."""
    with db.session() as session:
        province = repo.get_organisation(session, code)
        districts = [
            o
            for o in repo.list_organisations(session, parent_code=code)
            if o.level is OrgLevel.DISTRICT
        ]
    if province is None:
        raise UserError("bundle.unknown_org", code=code)
    return province, districts


# ---------------------------------------------------------------- inbox


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One district in the province's inbox; `missing` when it has sent nothing (yet)."""

    code: str
    name: str
    kind_name: str
    missing: bool
    bundle_count: int = 0
    last_kind: str | None = None
    received_at: datetime | None = None
    created_at: datetime | None = None
    plan_uuid: str | None = None
    revision: int | None = None
    signature_status: str | None = None
    validation_status: str | None = None
    error_count: int = 0
    warning_count: int = 0

    def to_json(self) -> dict[str, object]:
        data = {k: getattr(self, k) for k in self.__slots__}
        for key in ("received_at", "created_at"):
            if data[key] is not None:
                data[key] = data[key].isoformat().replace("+00:00", "Z")
        return data


def inbox(db: Database, province_code: str, start_year: int | None = None) -> list[InboxRow]:
    """Every district of the province and what it sent (latest submission first counts);
    with `start_year`, only submissions of plans of that period count."""
    _province_org, districts = _province(db, province_code)
    return inbox_rows(db, districts, start_year)


def inbox_rows(
    db: Database, organisations: list[Organisation], start_year: int | None = None
) -> list[InboxRow]:
    """One row per organisation, in the given order, with what it sent (one query)."""
    with db.session() as session:
        records = exch.received_bundles(session, [d.code for d in organisations])
        years = {u: y for u, y in session.execute(select(PlanRecord.uuid, PlanRecord.start_year))}
    latest: dict[str, list] = {}
    for record in records:
        if record.kind not in _SUBMISSIONS:
            continue
        if start_year is not None and years.get(record.plan_uuid or "") != start_year:
            continue
        latest.setdefault(record.sender_code, []).append(record)
    rows = []
    for district in organisations:
        sent = latest.get(district.code, [])
        if not sent:
            rows.append(InboxRow(district.code, district.name, district.kind_name, True))
            continue
        last = sent[-1]
        rows.append(
            InboxRow(
                district.code,
                district.name,
                district.kind_name,
                False,
                len(sent),
                last.kind,
                last.received_at,
                last.created_at,
                last.plan_uuid,
                last.plan_revision,
                last.signature_status,
                last.validation_status,
                last.error_count,
                last.warning_count,
            )
        )
    return rows


# ---------------------------------------------------------------- consolidation


def _latest_plan(db: Database, code: str, start_year: int, end_year: int) -> Plan | None:
    """The district's plan covering the period, the most recently updated one."""
    with db.session() as session:
        candidates = [
            p
            for p in repo.list_plans(session)
            if p.organisation_code == code and p.start_year <= end_year and p.end_year >= start_year
        ]
        if not candidates:
            return None
        best = max(candidates, key=lambda p: (p.updated_at, p.revision, p.uuid))
        return repo.load_plan(session, best.uuid)


def counts_for(effective: str | None, source: str) -> bool:
    """Whether a district amount tagged `effective` counts under `source` ("sn.huyen").

    Within the source, or of the same kind with no budget level: in a district's own plan an
    unlevelled "sn" is the district's budget (ngân sách huyện)."""
    if effective is None:
        return False
    kind = source.split(".")[0]
    return effective in (source, kind) or effective.startswith(source + ".")


def district_amounts(plan: Plan, source: str) -> tuple[dict[int, int], int | None]:
    """Amounts by year of `source` in a district plan's BUDGET appendices, and its staff
    count (sum of the staff column of its first appendix having one), if known."""
    by_year: dict[int, int] = {}
    staff: int | None = None
    for appendix in plan.appendices:
        computation = AppendixComputation(appendix)
        if staff is None and any(c.role is ColumnRole.STAFF for c in appendix.columns):
            key = next(c.key for c in appendix.columns if c.role is ColumnRole.STAFF)
            staff = computation.totals.get(key)
        if appendix.role.value != "budget":
            continue
        for index, column, amount in computation.amount_cells():
            year = computation.effective_year(index, column)
            if year is not None and counts_for(computation.effective_source(index, column), source):
                by_year[year] = by_year.get(year, 0) + amount
    return by_year, staff


def consolidate(
    db: Database, province_code: str, start_year: int, end_year: int, *, source: str = "sn.huyen"
) -> Plan:
    """A plan of the province holding the per-district allocation appendix: one row per
    district (every district of the province, in code order), staff if known, the amounts of
    `source` by year from each district's latest plan; totals are computed, never stored."""
    province, districts = _province(db, province_code)
    years = range(start_year, end_year + 1)
    appendix = build_appendix(
        "unit_allocation",
        years,
        title="KHÁI TOÁN KINH PHÍ CHI HOẠT ĐỘNG THƯỜNG XUYÊN TRONG HOẠT ĐỘNG CỦA UBND CẤP "
        f"HUYỆN GIAI ĐOẠN {start_year}-{end_year}",
    )
    appendix.columns.append(
        Column("total", ColumnKind.MONEY, ColumnRole.TOTAL, ("Tổng cộng",), width=0.9)
    )
    appendix.funding_source = source
    appendix.uuid = _stable_uuid(province_code, start_year, end_year, source, "appendix")
    for district in districts:
        plan = _latest_plan(db, district.code, start_year, end_year)
        amounts, staff = district_amounts(plan, source) if plan else ({}, None)
        values = {f"y{y}": amounts[y] for y in years if y in amounts}
        if staff is not None:
            values["staff"] = staff
        appendix.rows.append(
            AppendixRow(
                RowKind.ITEM,
                texts={"name": f"UBND {district.full_name}"},
                values=values,
                uuid=_stable_uuid(province_code, start_year, end_year, source, district.code),
            )
        )
    intro = (
        f"Tổng hợp kinh phí ứng dụng công nghệ thông tin giai đoạn {start_year} - {end_year} "
        f"của {len(districts)} đơn vị cấp huyện theo kế hoạch của từng đơn vị (chi tiết tại "
        "Phụ lục kèm theo)."
    )
    return Plan(
        organisation_code=province_code,
        title="Tổng hợp kinh phí ứng dụng công nghệ thông tin của UBND cấp huyện "
        f"giai đoạn {start_year} - {end_year}",
        start_year=start_year,
        end_year=end_year,
        **frame_fields(province_frame(province, start_year)),
        intro=[Paragraph(intro)],
        appendices=[appendix],
        uuid=_stable_uuid(province_code, start_year, end_year, source, "plan"),
    )


# ---------------------------------------------------------------- KPI comparison


@dataclass(frozen=True, slots=True)
class KpiCell:
    """`value` and `target` as figures; `actual_text`/`target_text` as reports print them
    ("85,5%", "100% (2020)" when the period's year has no target of its own) and the
    tracker's `status` of the indicator in the period (None when the period is unreadable)."""

    value: Decimal | None
    target: Decimal | None
    status: Status | None = None
    actual_text: str = ""
    target_text: str = ""


@dataclass(slots=True)
class KpiComparison:
    """Indicators (rows) × districts (columns) for one period: the actual value and the
    target of the period's year. Indicators match across districts by catalogue code, else
    by name."""

    period: str
    districts: list[tuple[str, str]] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], KpiCell] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # key -> indicator name
    groups: list[tuple[str, list[str]]] = field(default_factory=list)
    """Today's units: (heading, unit codes) per kind, in the order of `districts`; empty for
    the district era (one flat list)."""


def _observed(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    if numerator is None or not denominator:
        return None
    return (numerator * 100 / denominator).quantize(Decimal("0.1"))


def kpi_comparison(db: Database, province_code: str, period: str) -> KpiComparison:
    """The KPI table of every district's latest plan covering the period's year."""
    _province_org, districts = _province(db, province_code)
    year = int(period[:4])
    try:
        parsed: Period | None = parse_period(period)
    except PeriodError:
        parsed = None
    table = KpiComparison(period, [(d.code, d.name) for d in districts])
    for district in districts:
        plan = _latest_plan(db, district.code, year, year)
        if plan is None:
            continue
        observed = {
            obs.indicator_uuid: obs
            for obs in plan.observations
            if obs.period == period and obs.organisation_code == district.code
        }
        for indicator in plan.indicators:
            key = indicator.catalogue_code or indicator.name.strip()
            if key not in table.indicators:
                table.indicators.append(key)
                table.names[key] = indicator.name.strip()
            table.cells[(key, district.code)] = _kpi_cell(
                indicator, observed.get(indicator.uuid), year, parsed, plan.start_year
            )
    return table


def _kpi_cell(
    indicator: Indicator,
    obs: Observation | None,
    year: int,
    period: Period | None,
    start_year: int,
) -> KpiCell:
    value = None
    if obs is not None:
        value = obs.value if obs.value is not None else _observed(obs.numerator, obs.denominator)
    target = indicator.targets.get(year)
    if target is not None:
        target_text = format_target(indicator, target)
    elif indicator.targets:
        last = max(indicator.targets)
        target_text = f"{format_target(indicator, indicator.targets[last])} ({last})"
    else:
        target_text = ""
    actual = None if obs is None else Actual.of(obs)
    status = None if period is None else assess(indicator, period, actual, start_year).status
    return KpiCell(value, target, status, format_actual(indicator, actual), target_text)


# ---------------------------------------------------------------- province templates


@dataclass(frozen=True, slots=True)
class ReceivedTemplate:
    """A province template as the district received it (newest first in the listing)."""

    plan_uuid: str
    title: str
    start_year: int
    end_year: int
    sender_code: str
    deadline: date | None
    note: str
    received_at: datetime


def received_templates(db: Database) -> list[ReceivedTemplate]:
    """The province templates imported here, newest first; one entry per template plan."""
    with db.session() as session:
        records = exch.list_templates(session)
        templates = [
            ReceivedTemplate(
                r.plan_uuid, r.title, r.start_year, r.end_year, r.sender_code, r.deadline,
                r.note, r.received_at,
            )
            for r in records
        ]  # fmt: skip
    unique: dict[str, ReceivedTemplate] = {}
    for template in templates:
        unique.setdefault(template.plan_uuid, template)
    return list(unique.values())


def plan_from_template(db: Database, template_plan_uuid: str, organisation_code: str) -> Plan:
    """Start the district's next plan from a received province template: its outline and
    indicators with targets, fresh ids, the district as issuer. Saved and returned."""
    with db.session() as session:
        record = exch.template_by_plan(session, template_plan_uuid)
        organisation = repo.get_organisation(session, organisation_code)
    if record is None:
        raise UserError("plan.not_found", ref=template_plan_uuid)
    if organisation is None:
        raise UserError("bundle.unknown_org", code=organisation_code)
    template = loads(record.plan_file).plan
    for indicator in template.indicators:
        indicator.uuid = new_uuid()
    plan = Plan(
        organisation_code=organisation_code,
        title=template.title,
        start_year=template.start_year,
        end_year=template.end_year,
        kind=template.kind,
        issuer_parent=template.issuer,
        issuer=f"UBND {organisation.full_name.upper()}",
        issuer_short=f"UBND {organisation.full_name}",
        place=organisation.name,
        legal_bases=list(template.legal_bases),
        sections=[_copy_section(s) for s in template.sections],
        indicators=template.indicators,
        outline_styles=template.outline_styles,
    )
    plan.created_at = plan.updated_at = utc_now()
    with db.session() as session:
        repo.save_plan(session, plan)
    return plan


def _copy_section(section: Section) -> Section:
    return Section(
        heading=section.heading,
        body=list(section.body),
        children=[_copy_section(c) for c in section.children],
        label=section.label,
        kind=section.kind,
    )
