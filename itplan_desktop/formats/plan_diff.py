"""What changed between two revisions of a plan: header fields, sections, appendix rows cell by
cell, indicators and actual values. Entities are matched by UUID (kept for life), so a renamed
section is "changed", not "removed and added"."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..domain import Appendix, Plan, walk_sections
from . import plan_codec as codec

_NOT_HEADER = {
    "uuid",
    "revision",
    "created_at",
    "updated_at",
    "sections",
    "appendices",
    "indicators",
    "observations",
}


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field or cell: its name (a header field, a column key) and both values."""

    name: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class ItemChange:
    """A section, appendix row, indicator or actual value added, removed or changed."""

    change: Change
    uuid: str
    label: str
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class AppendixChange:
    """An appendix added, removed, or changed in its own fields and/or its rows."""

    change: Change
    uuid: str
    title: str
    fields: tuple[FieldChange, ...] = ()
    rows: tuple[ItemChange, ...] = ()


@dataclass(slots=True)
class PlanDiff:
    header: list[FieldChange] = field(default_factory=list)
    sections: list[ItemChange] = field(default_factory=list)
    appendices: list[AppendixChange] = field(default_factory=list)
    indicators: list[ItemChange] = field(default_factory=list)
    actuals: list[ItemChange] = field(default_factory=list)

    @property
    def count(self) -> int:
        rows = sum(max(len(a.rows), 1) for a in self.appendices)
        return (
            len(self.header) + len(self.sections) + rows + len(self.indicators) + len(self.actuals)
        )

    @property
    def empty(self) -> bool:
        return self.count == 0

    def to_json(self) -> dict[str, Any]:
        def fields(items: tuple[FieldChange, ...] | list[FieldChange]) -> list[dict[str, Any]]:
            return [{"name": f.name, "old": f.old, "new": f.new} for f in items]

        def item(i: ItemChange) -> dict[str, Any]:
            return {
                "change": i.change.value,
                "uuid": i.uuid,
                "label": i.label,
                "fields": fields(i.fields),
            }

        return {
            "header": fields(self.header),
            "sections": [item(s) for s in self.sections],
            "appendices": [
                {
                    "change": a.change.value,
                    "uuid": a.uuid,
                    "title": a.title,
                    "fields": fields(a.fields),
                    "rows": [item(r) for r in a.rows],
                }
                for a in self.appendices
            ],
            "indicators": [item(i) for i in self.indicators],
            "actuals": [item(i) for i in self.actuals],
        }


def _field_changes(old: dict[str, Any], new: dict[str, Any], skip: set[str]) -> list[FieldChange]:
    keys = [k for k in dict.fromkeys([*old, *new]) if k not in skip]
    return [FieldChange(k, old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)]


def _keyed_changes(
    old: dict[str, tuple[str, dict[str, Any]]],
    new: dict[str, tuple[str, dict[str, Any]]],
    skip: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[ItemChange]:
    """Changes between two collections keyed by uuid, each item (label, JSON)."""
    changes: list[ItemChange] = []
    for uuid, (label, data) in new.items():
        if uuid not in old:
            changes.append(ItemChange(Change.ADDED, uuid, label))
        elif old[uuid][1] != data:
            fields = _field_changes(old[uuid][1], data, set(skip))
            changes.append(ItemChange(Change.CHANGED, uuid, label, tuple(fields)))
    changes.extend(
        ItemChange(Change.REMOVED, uuid, label)
        for uuid, (label, _data) in old.items()
        if uuid not in new
    )
    return changes


def _sections(plan: Plan) -> dict[str, tuple[str, dict[str, Any]]]:
    result = {}
    for depth, section in walk_sections(plan.sections):
        data = codec.section_to_json(section)
        data.pop("children", None)
        data["depth"] = depth
        result[section.uuid] = (section.heading, data)
    return result


def _rows(appendix: Appendix) -> dict[str, tuple[str, dict[str, Any]]]:
    result = {}
    for position, row in enumerate(appendix.rows):
        cells: dict[str, Any] = {"kind": row.kind.value, "level": row.level, "label": row.label}
        cells.update(row.texts)
        cells.update(row.values)
        cells.update({f"stated:{k}": v for k, v in row.stated.items()})
        cells["position"] = position
        name = row.texts.get("name") or row.label or str(position + 1)
        result[row.uuid] = (name, cells)
    return result


def _appendix_changes(old: Plan, new: Plan) -> list[AppendixChange]:
    before = {a.uuid: a for a in old.appendices}
    after = {a.uuid: a for a in new.appendices}
    changes: list[AppendixChange] = []
    for uuid, appendix in after.items():
        if uuid not in before:
            changes.append(AppendixChange(Change.ADDED, uuid, appendix.title))
            continue
        was = before[uuid]
        old_json, new_json = codec.appendix_to_json(was), codec.appendix_to_json(appendix)
        fields = _field_changes(old_json, new_json, {"rows", "uuid"})
        rows = _keyed_changes(_rows(was), _rows(appendix))
        if fields or rows:
            changes.append(
                AppendixChange(Change.CHANGED, uuid, appendix.title, tuple(fields), tuple(rows))
            )
    changes.extend(
        AppendixChange(Change.REMOVED, uuid, a.title)
        for uuid, a in before.items()
        if uuid not in after
    )
    return changes


def _indicators(plan: Plan) -> dict[str, tuple[str, dict[str, Any]]]:
    return {i.uuid: (i.name, codec.indicator_to_json(i)) for i in plan.indicators}


def actual_key(indicator_uuid: str, organisation_code: str, period: str) -> str:
    return f"{indicator_uuid}/{organisation_code}/{period}"


def _actuals(plan: Plan) -> dict[str, tuple[str, dict[str, Any]]]:
    names = {i.uuid: i.name for i in plan.indicators}
    result = {}
    for obs in plan.observations:
        data = codec.observation_to_json(obs)
        for key in ("uuid", "updated_at"):
            data.pop(key, None)
        label = f"{names.get(obs.indicator_uuid, '?')} — {obs.organisation_code} — {obs.period}"
        result[actual_key(obs.indicator_uuid, obs.organisation_code, obs.period)] = (label, data)
    return result


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    """Every difference from `old` to `new` (the stored plan and the one in a bundle)."""
    old_json, new_json = codec.plan_to_json(old), codec.plan_to_json(new)
    return PlanDiff(
        header=_field_changes(old_json, new_json, _NOT_HEADER),
        sections=_keyed_changes(_sections(old), _sections(new)),
        appendices=_appendix_changes(old, new),
        indicators=_keyed_changes(_indicators(old), _indicators(new)),
        actuals=_keyed_changes(_actuals(old), _actuals(new)),
    )
