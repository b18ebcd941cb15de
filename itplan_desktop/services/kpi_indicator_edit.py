"""Editing the plan's indicators (no Qt): reading typed targets, suggesting the end-year
target of a catalogue entry, and the edits the GUI's undo commands apply both ways —
insert, remove (with the indicator's observations), move and set fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..domain.indicator import Direction, Indicator, IndicatorKind, Observation
from ..domain.kpi_values import compared_value, format_decimal
from ..domain.plan import Plan
from ..messages import UserError, register_messages
from .kpi_catalogue import CatalogueEntry
from .kpi_entry import normalise_entry, parse_cell

register_messages(
    {
        "kpi_edit.no_name": ("Chưa nhập tên chỉ tiêu.", "The indicator has no name."),
        "kpi_edit.bad_field": (
            "Không sửa được thuộc tính “{name}” của chỉ tiêu.",
            "Indicator field “{name}” cannot be edited.",
        ),
        "kpi_edit.kind_has_values": (
            "Chỉ tiêu “{name}” đã có số liệu: không đổi được loại chỉ tiêu.",
            "Indicator “{name}” already has figures: its kind cannot be changed.",
        ),
    }
)

EDITABLE_FIELDS = frozenset(
    {
        "name",
        "group",
        "kind",
        "unit",
        "direction",
        "baseline_value",
        "baseline_year",
        "targets",
        "denominator_label",
        "objective_text",
    }
)
_LEADING_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(%|/\s*\d+)?")


def parse_target(kind: IndicatorKind, text: str, name: str = "") -> Decimal | None:
    """A typed target or baseline: "85,5" / "85,5%" / "45/60" for percentages (the fraction
    becomes its percentage), a whole number for counts, "14" or "14/14" for ratios (the
    numerator counts units), "Có"/"Không" for yes/no; None when empty. Same checks as values."""
    probe = Indicator(name=name or "?", kind=kind)
    entry = parse_cell(probe, text)
    if entry is None:
        return None
    entry = normalise_entry(probe, entry)
    if kind is IndicatorKind.PERCENT_RATIO and entry.numerator is not None and entry.denominator:
        return entry.numerator * Decimal(100) / entry.denominator
    value = compared_value(kind, entry)
    return value


def targets_for_kind(kind: IndicatorKind, targets: dict[int, Decimal]) -> dict[int, Decimal]:
    """The targets that still make sense after the kind changes (100 stays a valid count,
    but is no yes/no target)."""
    kept: dict[int, Decimal] = {}
    for year, value in targets.items():
        try:
            parsed = parse_target(kind, format_decimal(value))
        except UserError:
            continue
        if parsed is not None:
            kept[year] = parsed
    return kept


def suggested_target(entry: CatalogueEntry, communes: int = 0) -> Decimal | None:
    """The end-year target a catalogue pick starts with: the figure of the entry's example
    ("80%", "14/14"), else 100 % (0 for lower-is-better), "Có", or for units counted in
    communes the district's number of communes. None when nothing sensible is known."""
    kind = entry.kind
    if kind is IndicatorKind.BOOLEAN:
        return Decimal(1)
    if kind is IndicatorKind.RATIO and entry.unit == "xã" and communes:
        return Decimal(communes)
    match = _LEADING_NUMBER.match(entry.example)
    if match and (match.group(2) or kind is IndicatorKind.COUNT):
        return Decimal(match.group(1).replace(",", "."))
    if entry.direction is Direction.LOWER_IS_BETTER:
        return Decimal(0)
    if kind in (IndicatorKind.PERCENT, IndicatorKind.PERCENT_RATIO):
        return Decimal(100)
    return None


def new_indicator(name: str, kind: IndicatorKind, group: str = "", unit: str = "") -> Indicator:
    """A user's own indicator (no catalogue code)."""
    name = " ".join(name.split())
    if not name:
        raise UserError("kpi_edit.no_name")
    if not unit and kind in (IndicatorKind.PERCENT, IndicatorKind.PERCENT_RATIO):
        unit = "%"
    return Indicator(name=name, kind=kind, group=group.strip(), unit=unit.strip())


def observations_of(plan: Plan, indicator: Indicator) -> list[Observation]:
    return [o for o in plan.observations if o.indicator_uuid == indicator.uuid]


def has_observations(plan: Plan, indicator: Indicator) -> bool:
    return any(o.indicator_uuid == indicator.uuid for o in plan.observations)


@dataclass(slots=True)
class Removed:
    """What removing an indicator took away, to put back on undo."""

    indicator: Indicator
    position: int
    observations: list[Observation] = field(default_factory=list)


def insert_indicators(plan: Plan, indicators: list[Indicator], position: int | None = None):
    """Insert at `position` (the end when None); returns the position used."""
    at = len(plan.indicators) if position is None else max(0, min(position, len(plan.indicators)))
    plan.indicators[at:at] = indicators
    return at


def take_indicators(plan: Plan, indicators: list[Indicator]) -> None:
    """Remove indicators that were inserted (undo of an insert)."""
    uuids = {i.uuid for i in indicators}
    plan.indicators[:] = [i for i in plan.indicators if i.uuid not in uuids]


def remove_indicator(plan: Plan, indicator: Indicator) -> Removed:
    """Remove an indicator and its observations."""
    position = next(n for n, i in enumerate(plan.indicators) if i.uuid == indicator.uuid)
    removed = Removed(plan.indicators.pop(position), position, observations_of(plan, indicator))
    plan.observations[:] = [o for o in plan.observations if o.indicator_uuid != indicator.uuid]
    return removed


def restore_indicator(plan: Plan, removed: Removed) -> None:
    plan.indicators.insert(min(removed.position, len(plan.indicators)), removed.indicator)
    plan.observations.extend(removed.observations)


def move_indicator(plan: Plan, source: int, target: int) -> None:
    """Move the indicator at `source` so that it ends at `target`."""
    plan.indicators.insert(target, plan.indicators.pop(source))


def check_fields(plan: Plan, indicator: Indicator, values: dict[str, Any]) -> None:
    """Refuse fields that cannot be set: an empty name, a kind change once figures exist."""
    for name, value in values.items():
        if name not in EDITABLE_FIELDS:
            raise UserError("kpi_edit.bad_field", name=name)
        if name == "name" and not " ".join(str(value).split()):
            raise UserError("kpi_edit.no_name")
        if name == "kind" and value != indicator.kind and has_observations(plan, indicator):
            raise UserError("kpi_edit.kind_has_values", name=indicator.name)


def apply_fields(indicator: Indicator, values: dict[str, Any]) -> dict[str, Any]:
    """Set fields of an indicator in place, unchecked; returns their previous values."""
    old: dict[str, Any] = {}
    for name, value in values.items():
        current = getattr(indicator, name)
        old[name] = dict(current) if isinstance(current, dict) else current
        setattr(indicator, name, dict(value) if isinstance(value, dict) else value)
    return old


def set_fields(plan: Plan, indicator: Indicator, values: dict[str, Any]) -> dict[str, Any]:
    """Check and set fields; returns their previous values (for undo)."""
    check_fields(plan, indicator, values)
    return apply_fields(indicator, values)
