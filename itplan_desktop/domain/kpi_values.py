"""Values of KPI actuals: the figure compared with targets, its display, and commune roll-up.

What is compared per kind of indicator:
- percent_ratio: 100 × numerator / denominator (or the typed `value` when no fraction is given);
- percent, count: the typed value;
- ratio ("14/14"): the numerator (the count of units that have it);
- boolean: 1 for yes (Có), 0 for no (Không).

Roll-up of communes to the district (tổng hợp từ cấp xã): percent_ratio and ratio sum the
numerators and the denominators; count sums the values; plain percent and boolean are not
rolled up — the district enters them directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from ..vn.numbers import format_number
from .indicator import Indicator, IndicatorKind, Observation

HUNDRED = Decimal(100)
ROLLED_UP_KINDS = frozenset({IndicatorKind.PERCENT_RATIO, IndicatorKind.RATIO, IndicatorKind.COUNT})
FRACTION_KINDS = frozenset({IndicatorKind.PERCENT_RATIO, IndicatorKind.RATIO})
YES, NO = "Có", "Không"


@dataclass(frozen=True, slots=True)
class Actual:
    """An actual figure of one organisation and period, typed or derived from communes.

    `derived_from` counts the communes it was rolled up from (0 when typed).
    """

    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    derived_from: int = 0
    note: str = ""
    source: str = ""

    @classmethod
    def of(cls, observation: Observation) -> Actual:
        return cls(
            value=observation.value,
            numerator=observation.numerator,
            denominator=observation.denominator,
            note=observation.note,
            source=observation.source,
        )

    @property
    def derived(self) -> bool:
        return self.derived_from > 0


class Figures(Protocol):
    """What compared_value reads: an Actual, an Observation, or a typed entry before it
    becomes one (services.kpi_entry.Entry)."""

    @property
    def value(self) -> Decimal | None: ...
    @property
    def numerator(self) -> Decimal | None: ...
    @property
    def denominator(self) -> Decimal | None: ...


def compared_value(kind: IndicatorKind, actual: Figures | None) -> Decimal | None:
    """The figure that is compared with the target path (see the module docstring)."""
    if actual is None:
        return None
    num, den = actual.numerator, actual.denominator
    if kind is IndicatorKind.PERCENT_RATIO and num is not None and den:
        return num * HUNDRED / den
    if kind is IndicatorKind.RATIO and num is not None:
        return num
    return actual.value


def _percent_text(value: Decimal) -> str:
    rounded = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return format_number(rounded.normalize() if rounded == rounded.to_integral() else rounded)


def format_decimal(value: Decimal) -> str:
    """A KPI figure in Vietnamese style without trailing zeros: 5, 85,5, 1.250."""
    return format_number(value.normalize() if value == value.to_integral() else value)


def format_actual(indicator: Indicator, actual: Actual | Observation | None) -> str:
    """What the report and the grid show: "85,5%", "14/14", "5", "Có"/"Không"; "" if none."""
    if actual is None:
        return ""
    kind = indicator.kind
    if kind is IndicatorKind.RATIO and actual.numerator is not None:
        num = format_decimal(actual.numerator)
        if actual.denominator is None:
            return num
        return f"{num}/{format_decimal(actual.denominator)}"
    value = compared_value(kind, actual)
    if value is None:
        return ""
    return format_target(indicator, value)


def format_target(indicator: Indicator, value: Decimal | None) -> str:
    """A target or an expected value: "100%", "5", "14" (ratio targets count units), "Có"."""
    if value is None:
        return ""
    if indicator.kind in (IndicatorKind.PERCENT, IndicatorKind.PERCENT_RATIO):
        return _percent_text(value) + "%"
    if indicator.kind is IndicatorKind.BOOLEAN:
        return YES if value else NO
    return format_decimal(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def roll_up(indicator: Indicator, actuals: Iterable[Actual | Observation]) -> Actual | None:
    """The district figure from its communes' figures, or None when the kind is not rolled up
    or no commune has a figure. Communes with a fraction missing are left out of the sums."""
    if indicator.kind not in ROLLED_UP_KINDS:
        return None
    count = 0
    if indicator.kind is IndicatorKind.COUNT:
        total = Decimal(0)
        for actual in actuals:
            if actual.value is not None:
                total += actual.value
                count += 1
        return Actual(value=total, derived_from=count) if count else None
    num = den = Decimal(0)
    for actual in actuals:
        if actual.numerator is not None and actual.denominator is not None:
            num += actual.numerator
            den += actual.denominator
            count += 1
    if not count:
        return None
    value = num * HUNDRED / den if indicator.kind is IndicatorKind.PERCENT_RATIO and den else None
    return Actual(value=value, numerator=num, denominator=den, derived_from=count)
