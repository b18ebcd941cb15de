"""The KPI tracker's read side: actuals (typed or rolled up), statuses, tables and matrices.

`KpiView` indexes a plan's observations once and answers what the grid, the charts, the
report and the CLI ask: the district's figure of an indicator in a period (rolled up from its
communes where the kind allows and any commune has a figure), its status against the target
path, the status table indicators × periods, the commune × indicator matrix of one period and
the default report period. Writing goes through `kpi_entry`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..domain.indicator import Indicator, Observation
from ..domain.kpi_periods import Period, PeriodError, PeriodKind, current_period, parse_period
from ..domain.kpi_periods import reporting_periods as _reporting_periods
from ..domain.kpi_status import Assessment, assess, final_target
from ..domain.kpi_values import Actual, compared_value, format_actual, format_target, roll_up
from ..domain.organisation import Organisation
from ..domain.plan import Plan
from ..messages import UserError
from . import kpi_messages  # noqa: F401  (registers the kpi.* messages)


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure of the tracker with its status and what to show."""

    actual: Actual | None
    assessment: Assessment
    text: str
    observation: Observation | None  # the stored one (None when derived or empty)


@dataclass(frozen=True, slots=True)
class IndicatorLine:
    """An indicator with its latest figure: what `itplan kpi list` prints."""

    number: int
    indicator: Indicator
    period: Period | None
    cell: Cell | None
    target_text: str


class KpiView:
    """Read-only answers about one plan's KPIs; build a new one after edits (it is cheap)."""

    def __init__(self, plan: Plan, communes: Iterable[Organisation | str] = ()) -> None:
        self.plan = plan
        self.district = plan.organisation_code
        self.communes: list[str] = [c if isinstance(c, str) else c.code for c in communes]
        self._commune_set = set(self.communes)
        self._index: dict[tuple[str, str, str], Observation] = {}
        for observation in plan.observations:
            key = (observation.indicator_uuid, observation.organisation_code, observation.period)
            self._index[key] = observation

    # ------------------------------------------------------------ figures
    def observation(self, indicator: Indicator, org: str, period: str) -> Observation | None:
        return self._index.get((indicator.uuid, org, period))

    def commune_actuals(self, indicator: Indicator, period: str) -> dict[str, Actual]:
        result = {}
        for code in self.communes:
            observation = self._index.get((indicator.uuid, code, period))
            if observation is not None:
                result[code] = Actual.of(observation)
        return result

    def district_actual(self, indicator: Indicator, period: str) -> Actual | None:
        """The district's own figure when it entered one (never silently replaced: see
        `rollup_conflict`), else rolled up from the communes when the kind allows."""
        own = self.own_district_actual(indicator, period)
        if own is not None:
            return own
        derived = roll_up(indicator, self.commune_actuals(indicator, period).values())
        if derived is not None:
            return derived
        observation = self._index.get((indicator.uuid, self.district, period))
        return None if observation is None else Actual.of(observation)

    def own_district_actual(self, indicator: Indicator, period: str) -> Actual | None:
        """The figure the district typed itself (a note alone is no figure)."""
        observation = self._index.get((indicator.uuid, self.district, period))
        if observation is None or (observation.value is None and observation.numerator is None):
            return None
        return Actual.of(observation)

    def rollup_conflict(self, indicator: Indicator, period: str) -> tuple[Actual, Actual] | None:
        """(the district's own figure, the communes' roll-up) when both exist and differ:
        the tracker shows it and lets the user choose; the own figure counts until then."""
        own = self.own_district_actual(indicator, period)
        if own is None:
            return None
        derived = roll_up(indicator, self.commune_actuals(indicator, period).values())
        if derived is None:
            return None
        if compared_value(indicator.kind, own) == compared_value(indicator.kind, derived):
            return None
        return own, derived

    def actual(self, indicator: Indicator, org: str, period: str) -> Actual | None:
        if org == self.district:
            return self.district_actual(indicator, period)
        observation = self._index.get((indicator.uuid, org, period))
        return None if observation is None else Actual.of(observation)

    def cell(self, indicator: Indicator, org: str, period: Period | str) -> Cell:
        period = _period(period)
        actual = self.actual(indicator, org, period.code)
        assessment = assess(indicator, period, actual, self.plan.start_year)
        observation = (
            None
            if actual is not None and actual.derived
            else self.observation(indicator, org, period.code)
        )
        return Cell(actual, assessment, format_actual(indicator, actual), observation)

    # ------------------------------------------------------------ periods
    def periods_with_data(self) -> list[Period]:
        found = set()
        for _uuid, _org, code in self._index:
            try:
                found.add(parse_period(code))
            except PeriodError:
                continue
        return sorted(found, key=lambda p: p.sort_key)

    def grid_periods(self, kinds: tuple[PeriodKind, ...] = (PeriodKind.HALF, PeriodKind.YEAR)):
        """The plan's reporting periods (first six months and year of each plan year) and any
        other period that holds a figure, in time order."""
        periods = set(_reporting_periods(self.plan.start_year, self.plan.end_year, kinds))
        periods.update(self.periods_with_data())
        return sorted(periods, key=lambda p: p.sort_key)

    def default_report_period(self, today: date | None = None) -> Period:
        """The latest period with data, or the current six months when there is none."""
        with_data = self.periods_with_data()
        if with_data:
            return with_data[-1]
        return current_period(today or date.today(), PeriodKind.HALF)

    # ------------------------------------------------------------ tables
    def status_table(self, periods: list[Period]) -> dict[tuple[str, str], Cell]:
        """The district's cell of every indicator × period, keyed (indicator uuid, period code)."""
        return {
            (indicator.uuid, period.code): self.cell(indicator, self.district, period)
            for indicator in self.plan.indicators
            for period in periods
        }

    def commune_matrix(
        self, period: Period | str, indicators: list[Indicator] | None = None
    ) -> dict[tuple[str, str], Cell]:
        """Every commune × indicator cell of one period, keyed (commune code, indicator uuid)."""
        period = _period(period)
        chosen = self.plan.indicators if indicators is None else indicators
        return {
            (code, indicator.uuid): self.cell(indicator, code, period)
            for code in self.communes
            for indicator in chosen
        }

    def series(self, indicator: Indicator, periods: list[Period]) -> list[tuple[Period, Cell]]:
        """The district's figures over periods (for the chart of one indicator)."""
        return [(p, self.cell(indicator, self.district, p)) for p in periods]

    def latest_lines(self, period: Period | None = None) -> list[IndicatorLine]:
        """Each indicator with its figure in `period`, or in its latest period with data."""
        lines = []
        with_data = self.periods_with_data()
        for number, indicator in enumerate(self.plan.indicators, start=1):
            chosen = period
            if chosen is None:
                for candidate in reversed(with_data):
                    if self.district_actual(indicator, candidate.code) is not None:
                        chosen = candidate
                        break
            cell = None if chosen is None else self.cell(indicator, self.district, chosen)
            target = format_target(indicator, final_target(indicator))
            lines.append(IndicatorLine(number, indicator, chosen, cell, target))
        return lines


def _period(period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    try:
        return parse_period(period)
    except PeriodError as error:
        raise UserError("kpi.bad_period", detail=error.message) from None


def resolve_indicator(plan: Plan, ref: str) -> Indicator:
    """An indicator by its number in the plan (1-based), its catalogue code, its UUID or the
    start of it, or its exact name."""
    ref = ref.strip()
    indicators = plan.indicators
    if ref.isdigit() and 1 <= int(ref) <= len(indicators) and len(ref) < 4:
        return indicators[int(ref) - 1]
    for test in (
        lambda i: i.uuid == ref or i.catalogue_code == ref or i.name == ref,
        lambda i: len(ref) >= 4 and i.uuid.startswith(ref.lower()),
    ):
        found = [i for i in indicators if test(i)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UserError("kpi.ambiguous_indicator", ref=ref)
    raise UserError("kpi.unknown_indicator", ref=ref)
