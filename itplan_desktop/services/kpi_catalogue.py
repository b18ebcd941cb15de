"""The built-in catalogue of indicators that recur in district IT plans (`resources/
kpi_catalogue.json`): a district picks from it rather than typing, and can add its own.

Catalogue codes are stable ("dvc.level3_district"); an indicator made from an entry keeps the
code in `Indicator.catalogue_code`, so a province can compare the same indicator across districts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..domain.indicator import Direction, Indicator, IndicatorKind
from ..messages import UserError
from ..paths import resource
from . import kpi_messages  # noqa: F401  (registers the kpi.* messages)

CATALOGUE_FILE = "kpi_catalogue.json"


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One indicator definition; `per_commune` says whether communes usually report it."""

    code: str
    group: str
    name: str
    kind: IndicatorKind
    unit: str
    direction: Direction
    denominator_label: str
    per_commune: bool
    example: str


@cache
def load_catalogue() -> tuple[CatalogueEntry, ...]:
    """Every entry, in the catalogue's order (grouped)."""
    data = json.loads(resource(CATALOGUE_FILE).read_text("utf-8"))
    return tuple(
        CatalogueEntry(
            code=item["code"],
            group=item["group"],
            name=item["name"],
            kind=IndicatorKind(item["kind"]),
            unit=item.get("unit", ""),
            direction=Direction(item.get("direction", "higher")),
            denominator_label=item.get("denominator_label", ""),
            per_commune=bool(item.get("per_commune", False)),
            example=item.get("example", ""),
        )
        for item in data["indicators"]
    )


def catalogue_groups() -> list[str]:
    """The groups in catalogue order (hạ tầng, ứng dụng nội bộ, dịch vụ công …)."""
    seen: list[str] = []
    for entry in load_catalogue():
        if entry.group not in seen:
            seen.append(entry.group)
    return seen


def catalogue_entry(code: str) -> CatalogueEntry:
    for entry in load_catalogue():
        if entry.code == code:
            return entry
    raise UserError("kpi.unknown_catalogue_code", code=code)


def indicator_from_catalogue(
    code: str,
    targets: dict[int, Decimal] | None = None,
    *,
    baseline: tuple[Decimal, int] | None = None,
    objective_text: str = "",
) -> Indicator:
    """A new indicator of the plan made from a catalogue entry, with its targets."""
    entry = catalogue_entry(code)
    return Indicator(
        name=entry.name,
        kind=entry.kind,
        group=entry.group,
        unit=entry.unit,
        direction=entry.direction,
        baseline_value=baseline[0] if baseline else None,
        baseline_year=baseline[1] if baseline else None,
        targets=dict(targets or {}),
        denominator_label=entry.denominator_label,
        objective_text=objective_text or entry.example,
        catalogue_code=entry.code,
    )
