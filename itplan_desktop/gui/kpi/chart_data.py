"""What the KPI chart draws, computed without Qt: one point per reporting period (the
district's actual figure, the expected value on the target path, the status), the value axis
with round steps, and the labels written the Vietnamese way (9.460; 12,5; 75%)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ...domain.indicator import Indicator, IndicatorKind
from ...domain.kpi_periods import Period
from ...domain.kpi_status import Status, expected_value, final_target
from ...services.kpi import KpiView
from ...vn.numbers import format_number


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One period of the chart: its code ("2016-H1"), the figures and the status."""

    period: str
    actual: Decimal | None
    expected: Decimal | None
    status: Status


@dataclass(frozen=True, slots=True)
class ChartData:
    """Everything one chart shows; `points` is empty when no indicator is chosen."""

    title: str
    points: tuple[ChartPoint, ...]
    target: Decimal | None  # the final target (a horizontal line)
    percent: bool

    @property
    def actual(self) -> list[tuple[int, Decimal]]:
        """(period index, actual figure) of the periods that have one."""
        return [(x, p.actual) for x, p in enumerate(self.points) if p.actual is not None]

    @property
    def expected(self) -> list[tuple[int, Decimal]]:
        """(period index, expected value) along the target path."""
        return [(x, p.expected) for x, p in enumerate(self.points) if p.expected is not None]

    @property
    def top(self) -> Decimal:
        """The largest figure drawn (at least 1, so an empty chart still has an axis)."""
        values = [v for _x, v in self.actual] + [v for _x, v in self.expected]
        if self.target is not None:
            values.append(self.target)
        return max([Decimal(1), *values])


EMPTY = ChartData("", (), None, False)


def chart_data(
    view: KpiView | None, indicator: Indicator | None, periods: list[Period]
) -> ChartData:
    """The chart of one indicator over `periods` (EMPTY without a view or an indicator)."""
    if view is None or indicator is None:
        return EMPTY
    points = []
    for period, cell in view.series(indicator, periods):
        expected = cell.assessment.expected
        if expected is None:
            expected = expected_value(indicator, period.end_date, view.plan.start_year)
        points.append(
            ChartPoint(period.code, cell.assessment.actual, expected, cell.assessment.status)
        )
    percent = indicator.kind in (IndicatorKind.PERCENT, IndicatorKind.PERCENT_RATIO)
    return ChartData(indicator.name, tuple(points), final_target(indicator), percent)


def axis_ticks(top: Decimal, percent: bool, count: int = 5) -> list[Decimal]:
    """Round tick values from 0 to at least `top`: 0–100 by 20 for percentages up to 100,
    else steps of 1, 2, 2,5 or 5 × 10ⁿ."""
    if percent and top <= 100:
        return [Decimal(v) for v in range(0, 101, 20)]
    raw = top / count
    magnitude = Decimal(1).scaleb(raw.adjusted())
    step = next(
        magnitude * m
        for m in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
        if magnitude * m >= raw
    )
    ticks = [Decimal(0)]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def value_label(value: Decimal, percent: bool) -> str:
    """A figure as printed on the chart: grouped thousands, at most one decimal, comma mark."""
    rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    text = format_number(int(rounded) if rounded == rounded.to_integral() else rounded)
    return f"{text}%" if percent else text
