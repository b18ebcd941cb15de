"""A current commune's history before 2025-07-01: the KPI actuals of the former communes
merged into it (issue 13), followed through the former → current mapping of the units
catalogue.

On 1 July 2025 the communes were merged (10.035 into 3.321): xã Như Thanh (16228) is the former
thị trấn Bến Sung (whose code it kept), xã Xuân Khang, xã Hải Long and part of xã Yên Thọ. Their
actuals sit in the district plans of 2016–2025 the database holds, under the former communes'
codes. `former_history` gathers them for the current commune: per indicator and period, each
former unit's figure, labelled with its former name, and the combined figure where the
indicator's kind adds up (counts; ratios and computed percentages by their numerators and
denominators, like a district's roll-up of its communes). A plain percentage or a yes/no is
listed, never averaged. A former commune split between several current ones counts in the
combined figure of its main successor only (the catalogue lists it first); the others list it,
marked as part (`partial`), outside the sum.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from sqlalchemy import select

from ..domain.indicator import Direction, Indicator, IndicatorKind
from ..domain.kpi_periods import Period, PeriodError, parse_period
from ..domain.kpi_values import Actual, format_actual, roll_up
from ..store.database import Database
from ..store.models import IndicatorRecord, ObservationRecord, PlanRecord
from ..vn.collation import fold
from . import units_catalogue

TWO_TIER_FROM = date(2025, 7, 1)
"""The day the districts ceased and the merged communes began."""


@dataclass(frozen=True, slots=True)
class FormerUnit:
    """A former commune (or island district) that went, whole or in part, into the current
    commune; `name` as it was ("thị trấn Bến Sung")."""

    code: str
    name: str
    partial: bool = False  # split between communes, and this one is not its main successor


@dataclass(frozen=True, slots=True)
class FormerActual:
    """One former unit's figure of an indicator in a period, from the plan it was reported in."""

    unit: FormerUnit
    actual: Actual
    text: str  # as reports print it ("85,5%", "14/14")
    plan_title: str


@dataclass(slots=True)
class HistoryCell:
    """A period of one indicator: every former unit's figure and, where the kind adds up, the
    combined figure of the whole (not partial) former units."""

    parts: list[FormerActual] = field(default_factory=list)
    combined: Actual | None = None
    combined_text: str = ""


@dataclass(slots=True)
class HistoryLine:
    """An indicator of the former plans (matched across them by catalogue code, else by name)
    with its figures by period code; `current_uuid` names the indicator of the current plan it
    continues, when one has the same catalogue code or name."""

    key: str
    indicator: Indicator
    current_uuid: str | None = None
    cells: dict[str, HistoryCell] = field(default_factory=dict)


@dataclass(slots=True)
class FormerHistory:
    """The former units merged into `unit_code` and their actuals before 2025-07-01."""

    unit_code: str
    units: list[FormerUnit]
    periods: list[Period] = field(default_factory=list)
    lines: list[HistoryLine] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.lines

    def line_for(self, indicator: Indicator) -> HistoryLine | None:
        """The history continued by `indicator` of the current plan, if any."""
        return next((line for line in self.lines if line.current_uuid == indicator.uuid), None)


@cache
def _predecessors() -> dict[str, tuple[tuple[str, bool], ...]]:
    """Current code -> (former code, partial) of every former unit that went into it."""
    found: dict[str, list[tuple[str, bool]]] = {}
    for code, after in units_catalogue.former_successors().items():
        for position, successor in enumerate(after):
            found.setdefault(successor, []).append((code, position > 0))
    return {code: tuple(units) for code, units in found.items()}


def former_units_of(unit_code: str) -> list[FormerUnit]:
    """The former communes (and island districts) merged into current unit `unit_code`, whole
    ones first, each group by code, with the names they had (from the units catalogue)."""
    pairs = sorted(_predecessors().get(unit_code, ()), key=lambda p: (p[1], p[0]))
    units = []
    for code, partial in pairs:
        former = units_catalogue.former_unit(code)
        units.append(FormerUnit(code, former.full_name if former else code, partial))
    return units


def _decimal(text: str | None) -> Decimal | None:
    if text is None or text == "":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _before_two_tier(code: str) -> Period | None:
    try:
        period = parse_period(code)
    except PeriodError:
        return None
    return period if period.start_date < TWO_TIER_FROM else None


def _key(catalogue_code: str | None, name: str) -> str:
    return catalogue_code or fold(" ".join(name.split()))


def former_history(
    db: Database,
    unit_code: str,
    current: list[Indicator] | None = None,
    *,
    exclude_plan: str | None = None,
) -> FormerHistory:
    """The actuals of the former units merged into `unit_code`, for the periods that began
    before 2025-07-01, from every plan in the database (but `exclude_plan`, the current plan
    itself). Lines continued by an indicator of `current` come first, in its order."""
    units = former_units_of(unit_code)
    history = FormerHistory(unit_code, units)
    if not units:
        return history
    by_code = {u.code: u for u in units}
    query = (
        select(
            ObservationRecord.organisation_code,
            ObservationRecord.period,
            ObservationRecord.value,
            ObservationRecord.numerator,
            ObservationRecord.denominator,
            IndicatorRecord.catalogue_code,
            IndicatorRecord.name,
            IndicatorRecord.kind,
            IndicatorRecord.unit,
            IndicatorRecord.direction,
            PlanRecord.title,
            PlanRecord.uuid,
        )
        .join(IndicatorRecord, ObservationRecord.indicator_id == IndicatorRecord.id)
        .join(PlanRecord, IndicatorRecord.plan_id == PlanRecord.id)
        .where(ObservationRecord.organisation_code.in_(list(by_code)))
        .order_by(PlanRecord.updated_at.desc(), PlanRecord.id.desc(), IndicatorRecord.position)
    )
    with db.session() as session:
        rows = session.execute(query).all()
    lines: dict[str, HistoryLine] = {}
    seen: set[tuple[str, str, str]] = set()  # the newest plan's figure counts
    periods: dict[str, Period] = {}
    for org, code, value, num, den, catalogue, name, kind, unit, direction, title, uuid in rows:
        period = _before_two_tier(code)
        if period is None or uuid == exclude_plan:
            continue
        key = _key(catalogue, name)
        if (key, org, code) in seen:
            continue
        seen.add((key, org, code))
        line = lines.get(key)
        if line is None:
            indicator = Indicator(
                name.strip(), IndicatorKind(kind), unit=unit, direction=Direction(direction),
                catalogue_code=catalogue,
            )  # fmt: skip
            line = lines[key] = HistoryLine(key, indicator)
        actual = Actual(value=_decimal(value), numerator=_decimal(num), denominator=_decimal(den))
        text = format_actual(line.indicator, actual)
        line.cells.setdefault(code, HistoryCell()).parts.append(
            FormerActual(by_code[org], actual, text, title)
        )
        periods[code] = period
    order = {u.code: i for i, u in enumerate(units)}
    for line in lines.values():
        for cell in line.cells.values():
            cell.parts.sort(key=lambda part: order[part.unit.code])
            whole = [part.actual for part in cell.parts if not part.unit.partial]
            cell.combined = roll_up(line.indicator, whole) if whole else None
            if cell.combined is not None:
                cell.combined_text = format_actual(line.indicator, cell.combined)
    history.periods = sorted(periods.values(), key=lambda p: p.sort_key)
    history.lines = _ordered(list(lines.values()), current or [])
    return history


def _ordered(lines: list[HistoryLine], current: list[Indicator]) -> list[HistoryLine]:
    """Lines continued by the current plan's indicators first (in its order), then the rest
    in the order they were found (newest plan first)."""
    by_key = {line.key: line for line in lines}
    first = []
    for indicator in current:
        line = by_key.get(_key(indicator.catalogue_code, indicator.name))
        if line is not None and line.current_uuid is None:
            line.current_uuid = indicator.uuid
            first.append(line)
    return first + [line for line in lines if line.current_uuid is None]


__all__ = [
    "TWO_TIER_FROM",
    "FormerActual",
    "FormerHistory",
    "FormerUnit",
    "HistoryCell",
    "HistoryLine",
    "former_history",
    "former_units_of",
]
