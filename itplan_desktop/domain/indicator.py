"""KPIs (chỉ tiêu): measurable specific objectives and their observed values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from .ids import new_uuid, utc_now


class IndicatorKind(StrEnum):
    """How an indicator is measured and shown."""

    PERCENT_RATIO = "percent_ratio"  # % computed from numerator / denominator
    PERCENT = "percent"  # a plain percentage
    COUNT = "count"
    RATIO = "ratio"  # shown as "14/14"
    BOOLEAN = "boolean"  # yes / no


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


@dataclass(slots=True)
class Indicator:
    """A target of the plan: "100% cán bộ, công chức có máy tính nối mạng làm việc".

    `targets` maps a year to the target value (a percentage for percent kinds, the count or the
    numerator for ratios); `objective_text` keeps the sentence of the plan it came from.
    """

    name: str
    kind: IndicatorKind
    group: str = ""
    unit: str = ""
    direction: Direction = Direction.HIGHER_IS_BETTER
    baseline_value: Decimal | None = None
    baseline_year: int | None = None
    targets: dict[int, Decimal] = field(default_factory=dict)
    denominator_label: str = ""
    objective_text: str = ""
    catalogue_code: str | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(slots=True)
class Observation:
    """An actual value of an indicator for one organisation and one reporting period.

    `period` is "2016" (year), "2016-H1" (six months) or "2016-Q3" (quarter).
    """

    indicator_uuid: str
    organisation_code: str
    period: str
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    note: str = ""
    source: str = ""
    updated_at: datetime = field(default_factory=utc_now)
    uuid: str = field(default_factory=new_uuid)
