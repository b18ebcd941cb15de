"""The status of an indicator in a reporting period against its target path.

The rule (docs/kpi.md gives examples):

1. The *target path* is a line through the points (31/12 of the baseline year, baseline value)
   and (31/12 of each target year, that year's target), linear between consecutive points, flat
   before the first and after the last. Without a baseline the path starts from 0 at 31/12 of
   the year before the plan starts (for lower-is-better indicators without a baseline the path
   is flat at the first target).
2. A period's *expected value* is the path at the period's end date (H1 → 30/6, Q3 → 30/9,
   a year → 31/12).
3. With no actual → NO_DATA; with no target at all → NO_TARGET. Otherwise the actual is
   ACHIEVED when it meets the final target (the target of the last target year), ON_TRACK when
   it meets the expected value, BEHIND otherwise. "Meets" is ≥ for higher-is-better and ≤ for
   lower-is-better (mirrored).
4. Booleans are ACHIEVED (yes, when the target is yes) or BEHIND. Ratios ("14/14") compare the
   numerator with the target, the target capped at the denominator (a commune merged away does
   not make 14/14 impossible).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from .indicator import Direction, Indicator, IndicatorKind
from .kpi_periods import Period
from .kpi_values import Actual, compared_value


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_DATA = "no_data"
    NO_TARGET = "no_target"

    @property
    def label(self) -> str:
        """The Vietnamese word printed in reports."""
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.ACHIEVED: "Đạt",
    Status.ON_TRACK: "Đúng tiến độ",
    Status.BEHIND: "Chậm tiến độ",
    Status.NO_DATA: "Chưa có số liệu",
    Status.NO_TARGET: "Chưa đặt chỉ tiêu",
}


@dataclass(frozen=True, slots=True)
class Assessment:
    """Status of one indicator in one period with the figures it was judged on."""

    status: Status
    actual: Decimal | None
    expected: Decimal | None
    final_target: Decimal | None


def _points(indicator: Indicator, plan_start_year: int) -> list[tuple[date, Decimal]]:
    points: list[tuple[date, Decimal]] = []
    targets = sorted(indicator.targets.items())
    if indicator.baseline_value is not None and indicator.baseline_year is not None:
        points.append((date(indicator.baseline_year, 12, 31), indicator.baseline_value))
    elif indicator.direction is Direction.HIGHER_IS_BETTER and targets:
        start = min(plan_start_year - 1, targets[0][0] - 1)
        points.append((date(start, 12, 31), Decimal(0)))
    for year, value in targets:
        day = date(year, 12, 31)
        if points and day <= points[-1][0]:
            continue  # a target at or before the baseline year does not move the path back
        points.append((day, value))
    return points


def expected_value(indicator: Indicator, day: date, plan_start_year: int) -> Decimal | None:
    """The target path at `day`; None when the indicator has no target."""
    if not indicator.targets:
        return None
    points = _points(indicator, plan_start_year)
    if day <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in itertools.pairwise(points):
        if day <= d1:
            fraction = Decimal((day - d0).days) / Decimal((d1 - d0).days)
            return v0 + (v1 - v0) * fraction
    return points[-1][1]


def final_target(indicator: Indicator) -> Decimal | None:
    if not indicator.targets:
        return None
    return indicator.targets[max(indicator.targets)]


def _meets(indicator: Indicator, actual: Decimal, target: Decimal) -> bool:
    if indicator.direction is Direction.LOWER_IS_BETTER:
        return actual <= target
    return actual >= target


def assess(
    indicator: Indicator, period: Period, actual: Actual | None, plan_start_year: int
) -> Assessment:
    """Judge `actual` (the district's or one commune's figure) for `period`; see the module."""
    value = compared_value(indicator.kind, actual)
    target = final_target(indicator)
    if value is None:
        return Assessment(Status.NO_DATA, None, None, target)
    if target is None:
        return Assessment(Status.NO_TARGET, value, None, None)
    expected = expected_value(indicator, period.end_date, plan_start_year)
    if indicator.kind is IndicatorKind.BOOLEAN:
        met = (value != 0) == (target != 0)
        return Assessment(Status.ACHIEVED if met else Status.BEHIND, value, target, target)
    if indicator.kind is IndicatorKind.RATIO and actual is not None and actual.denominator:
        target = min(target, actual.denominator)
        expected = None if expected is None else min(expected, actual.denominator)
    if _meets(indicator, value, target):
        status = Status.ACHIEVED
    elif expected is not None and _meets(indicator, value, expected):
        status = Status.ON_TRACK
    else:
        status = Status.BEHIND
    return Assessment(status, value, expected, target)
