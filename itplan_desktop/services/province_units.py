"""The province at today's scale (since 2025-07-01): every current unit — its sở, ban,
ngành and its 38–168 communes — in the inbox, the consolidation and the KPI comparison, one
row per unit, grouped by kind (sở, ban, ngành first, then phường, xã, đặc khu).

The district-era functions of `province` stay for the periods before 2025-07-01 (the
reference plans, every province's 2016–2025 archive)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..domain import (
    Appendix,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    Organisation,
    Plan,
    RowKind,
)
from ..domain.appendix_engine import AppendixComputation
from ..domain.appendix_templates import build_appendix
from ..domain.kpi_periods import Period, PeriodError, parse_period
from ..domain.organisation import OrgLevel
from ..store import plan_repository as repo
from ..store.database import Database
from ..store.models import PlanRecord
from ..vn.collation import sort_key
from . import units
from .province import (
    InboxRow,
    KpiComparison,
    _kpi_cell,
    _stable_uuid,
    counts_for,
    inbox_rows,
)

GROUPS: tuple[tuple[str, str], ...] = (
    ("agency", "Sở, ban, ngành"),
    ("phường", "Phường"),
    ("xã", "Xã"),
    ("đặc khu", "Đặc khu"),
)
"""Group key -> heading, in the order documents list them."""

_ORDER = {key: i for i, (key, _label) in enumerate(GROUPS)}


def group_of(unit: Organisation) -> str:
    return "agency" if unit.level is OrgLevel.AGENCY else unit.kind_name


def group_label(key: str) -> str:
    return dict(GROUPS).get(key, key)


def current_units(db: Database, province_code: str) -> list[Organisation]:
    """The province's current submitting units: agencies, then communes by kind, each group
    in Vietnamese alphabetical order."""
    found = [u for u in units.province_units(db, province_code) if u.level is not OrgLevel.PROVINCE]
    return sorted(found, key=lambda u: (_ORDER.get(group_of(u), 99), sort_key(u.name)))


@dataclass(frozen=True, slots=True)
class UnitInboxRow:
    """One current unit in the inbox: the unit, its group and what it sent."""

    unit: Organisation
    group: str
    sent: InboxRow

    @property
    def submitted(self) -> bool:
        return not self.sent.missing

    def to_json(self) -> dict[str, object]:
        data = self.sent.to_json()
        data.update(
            kind=self.unit.kind_name,
            level=self.unit.level.value,
            group=group_label(self.group),
            submitted=self.submitted,
        )
        return data


def units_inbox(
    db: Database, province_code: str, start_year: int | None = None, search: str = ""
) -> list[UnitInboxRow]:
    """Every current unit of the province with what it sent (the latest submission counts),
    grouped; `search` keeps the units whose name contains it (accents optional)."""
    found = current_units(db, province_code)
    if search.strip():
        found = units.search_units(found, search)
    rows = inbox_rows(db, found, start_year)
    return [UnitInboxRow(u, group_of(u), r) for u, r in zip(found, rows, strict=True)]


def latest_plan_uuids(
    db: Database, codes: list[str], start_year: int, end_year: int
) -> dict[str, str]:
    """Each unit's plan covering the period (the most recently updated): code -> UUID."""
    wanted = set(codes)
    with db.session() as session:
        rows = session.execute(
            select(
                PlanRecord.uuid,
                PlanRecord.organisation_code,
                PlanRecord.updated_at,
                PlanRecord.revision,
            ).where(PlanRecord.start_year <= end_year, PlanRecord.end_year >= start_year)
        ).all()
    best: dict[str, tuple] = {}
    for uuid, code, updated, revision in rows:
        if code in wanted and (code not in best or (updated, revision, uuid) > best[code]):
            best[code] = (updated, revision, uuid)
    return {code: key[2] for code, key in best.items()}


def latest_plans(db: Database, codes: list[str], start_year: int, end_year: int) -> dict[str, Plan]:
    """Each unit's plan covering the period, loaded whole (one round of queries)."""
    uuids = latest_plan_uuids(db, codes, start_year, end_year)
    with db.session() as session:
        plans = repo.load_plans(session, list(uuids.values()))
    return {plan.organisation_code: plan for plan in plans}


def unit_amounts(
    appendices: list[Appendix], source: str | None
) -> tuple[dict[int, int], int | None]:
    """Amounts by year in a unit plan's BUDGET appendices — of `source`, or of every source
    when None — and its staff count (first appendix having a staff column), if known."""
    by_year: dict[int, int] = {}
    staff: int | None = None
    for appendix in appendices:
        computation = AppendixComputation(appendix)
        if staff is None and any(c.role is ColumnRole.STAFF for c in appendix.columns):
            key = next(c.key for c in appendix.columns if c.role is ColumnRole.STAFF)
            staff = computation.totals.get(key)
        if appendix.role.value != "budget":
            continue
        for index, column, amount in computation.amount_cells():
            year = computation.effective_year(index, column)
            effective = computation.effective_source(index, column)
            if year is not None and (source is None or counts_for(effective, source)):
                by_year[year] = by_year.get(year, 0) + amount
    return by_year, staff


def consolidate_units(
    db: Database, province_code: str, start_year: int, end_year: int, *, source: str | None = None
) -> Plan:
    """The province's consolidated allocation appendix: a group row per kind of unit and one
    row per current unit (blank when it sent nothing), the amounts by year of `source`
    (None: every source) from each unit's latest plan; totals computed, never stored."""
    province = units.find_unit(db, province_code)
    found = current_units(db, province_code)
    years = range(start_year, end_year + 1)
    when = f"NĂM {start_year}" if start_year == end_year else f"GIAI ĐOẠN {start_year}-{end_year}"
    appendix = build_appendix(
        "unit_allocation",
        years,
        title="TỔNG HỢP KINH PHÍ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA CÁC SỞ, BAN, NGÀNH "
        f"VÀ ỦY BAN NHÂN DÂN CẤP XÃ {when}",
    )
    appendix.columns.append(
        Column("total", ColumnKind.MONEY, ColumnRole.TOTAL, ("Tổng cộng",), width=0.9)
    )
    appendix.funding_source = source
    key = (province_code, start_year, end_year, source or "all")
    appendix.uuid = _stable_uuid(*key, "units-appendix")
    uuids = latest_plan_uuids(db, [u.code for u in found], start_year, end_year)
    with db.session() as session:
        budgets = repo.load_budget_appendices(session, list(uuids.values()))
    group = None
    for unit in found:
        if group_of(unit) != group:
            group = group_of(unit)
            appendix.rows.append(
                AppendixRow(
                    RowKind.GROUP,
                    texts={"name": group_label(group)},
                    level=1,
                    uuid=_stable_uuid(*key, "group", group),
                )
            )
        uuid = uuids.get(unit.code)
        amounts, staff = unit_amounts(budgets.get(uuid, []), source) if uuid else ({}, None)
        values: dict[str, int] = {f"y{y}": amounts[y] for y in years if y in amounts}
        if staff is not None:
            values["staff"] = staff
        name = unit.name if unit.level is OrgLevel.AGENCY else f"UBND {unit.full_name}"
        appendix.rows.append(
            AppendixRow(
                RowKind.ITEM,
                texts={"name": name},
                values=values,
                level=2,
                uuid=_stable_uuid(*key, unit.code),
            )
        )
    return Plan(
        organisation_code=province_code,
        title="Tổng hợp kinh phí thực hiện kế hoạch chuyển đổi số của các sở, ban, ngành và "
        f"Ủy ban nhân dân cấp xã {when.lower()}",
        start_year=start_year,
        end_year=end_year,
        place=province.name,
        issuer=province.official_name.upper(),
        issuer_short=province.official_name,
        appendices=[appendix],
        uuid=_stable_uuid(*key, "units-plan"),
    )


def kpi_comparison_units(db: Database, province_code: str, period: str) -> KpiComparison:
    """The KPI table of every current unit's latest plan covering the period's year: one
    column per unit (agencies, then communes by kind), indicators matched by catalogue code,
    else by name."""
    found = current_units(db, province_code)
    year = int(period[:4])
    try:
        parsed: Period | None = parse_period(period)
    except PeriodError:
        parsed = None
    table = KpiComparison(period, [(u.code, u.full_name) for u in found])
    for unit in found:
        label = group_label(group_of(unit))
        if not table.groups or table.groups[-1][0] != label:
            table.groups.append((label, []))
        table.groups[-1][1].append(unit.code)
    plans = latest_plans(db, [u.code for u in found], year, year)
    for unit in found:
        plan = plans.get(unit.code)
        if plan is None:
            continue
        observed = {
            obs.indicator_uuid: obs
            for obs in plan.observations
            if obs.period == period and obs.organisation_code == unit.code
        }
        for indicator in plan.indicators:
            key = indicator.catalogue_code or indicator.name.strip()
            if key not in table.indicators:
                table.indicators.append(key)
                table.names[key] = indicator.name.strip()
            table.cells[(key, unit.code)] = _kpi_cell(
                indicator, observed.get(indicator.uuid), year, parsed, plan.start_year
            )
    return table


def submitted_count(rows: list[UnitInboxRow]) -> tuple[int, int]:
    """(submitted, total) of an inbox listing."""
    return sum(r.submitted for r in rows), len(rows)


def is_today(start_year: int) -> bool:
    """Whether a period is served by today's units (it starts on or after 2025-07-01)."""
    return not units.period_starts_before_two_tier(start_year)


__all__ = [
    "GROUPS",
    "UnitInboxRow",
    "consolidate_units",
    "current_units",
    "group_label",
    "group_of",
    "is_today",
    "kpi_comparison_units",
    "latest_plans",
    "submitted_count",
    "units_inbox",
]
