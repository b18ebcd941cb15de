"""The shipped catalogue of administrative units (`resources/units/`, made by
`tools/units_catalogue.py` from the official list of Cục Thống kê).

`current.json`: the 34 provinces and 3.321 communes in force since 2025-07-01.
`former.json`: the 63 provinces, 696 districts and ~10.000 communes before that day, each
former commune with the current commune(s) it went into (the first the main one).
Both are read on first use and kept; nothing here touches the database.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..domain.organisation import TWO_TIER_SINCE, Organisation, OrgLevel
from ..paths import resource


def _uuid(code: str) -> str:
    """The same UUID for a catalogue unit in every installation."""
    return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, f"itplan-units/{code}"))


def _read(name: str) -> dict:
    return json.loads(resource("units", name).read_text("utf-8"))


def _unit(
    code: str, name: str, level: OrgLevel, kind: str, parent: str | None, ceased: date | None
) -> Organisation:
    return Organisation(code, name, level, kind, parent, uuid=_uuid(code), ceased_on=ceased)


@dataclass(frozen=True)
class CatalogueInfo:
    """Where the catalogue comes from (shown in docs and `itplan units --json` consumers)."""

    package: str
    version: str
    data_version: str
    provinces: int
    communes: int


@cache
def _current() -> tuple[dict[str, Organisation], dict[str, list[Organisation]], CatalogueInfo]:
    data = _read("current.json")
    provinces: dict[str, Organisation] = {}
    communes: dict[str, list[Organisation]] = {}
    for p in data["provinces"]:
        provinces[p["code"]] = _unit(p["code"], p["name"], OrgLevel.PROVINCE, p["kind"], None, None)
        communes[p["code"]] = [
            _unit(code, name, OrgLevel.COMMUNE, kind, p["code"], None)
            for code, name, kind in p["communes"]
        ]
    source = data["source"]
    info = CatalogueInfo(
        source["package"],
        source["version"],
        source["data_version"],
        len(provinces),
        sum(len(c) for c in communes.values()),
    )
    return provinces, communes, info


@dataclass(frozen=True)
class FormerProvince:
    province: Organisation
    districts: tuple[Organisation, ...]
    communes: tuple[Organisation, ...]


@cache
def _former() -> tuple[dict[str, FormerProvince], dict[str, tuple[str, ...]]]:
    data = _read("former.json")
    ceased = date.fromisoformat(data["ceased_on"])
    current = _current()[0]
    found: dict[str, FormerProvince] = {}
    successors: dict[str, tuple[str, ...]] = {}
    for p in data["provinces"]:
        # a province whose code is still in force continued (merged others into it)
        gone = None if p["code"] in current else ceased
        province = _unit(p["code"], p["name"], OrgLevel.PROVINCE, p["kind"], None, gone)
        districts, communes = [], []
        for d in p["districts"]:
            districts.append(
                _unit(d["code"], d["name"], OrgLevel.DISTRICT, d["kind"], p["code"], ceased)
            )
            if d.get("successors"):
                successors[d["code"]] = tuple(d["successors"])
            for code, name, kind, *after in d["communes"]:
                communes.append(_unit(code, name, OrgLevel.COMMUNE, kind, d["code"], ceased))
                successors[code] = tuple(after)
        found[p["code"]] = FormerProvince(province, tuple(districts), tuple(communes))
    return found, successors


_LEVEL_ORDER = {OrgLevel.PROVINCE: 0, OrgLevel.AGENCY: 1, OrgLevel.DISTRICT: 2, OrgLevel.COMMUNE: 3}


def catalogue_info() -> CatalogueInfo:
    return _current()[2]


def current_provinces() -> list[Organisation]:
    """The 34 provinces and centrally-run cities, by code."""
    return list(_current()[0].values())


def current_province(code: str) -> Organisation | None:
    return _current()[0].get(code)


def current_communes(province_code: str) -> list[Organisation]:
    """The communes (xã, phường, đặc khu) of a current province, by code."""
    return list(_current()[1].get(province_code, []))


@cache
def _current_by_code() -> dict[str, Organisation]:
    provinces, communes, _info = _current()
    found = dict(provinces)
    for units in communes.values():
        found.update((u.code, u) for u in units)
    return found


def current_unit(code: str) -> Organisation | None:
    """A current province or commune by its official code."""
    return _current_by_code().get(code)


def former_units(province_code: str) -> list[Organisation]:
    """The districts and communes that the province held before 2025-07-01 (ceased), and the
    former provinces merged into it; by code. A former code kept by a current commune
    (the merged commune took it) is left out: that code names the current unit."""
    found = _former()[0]
    current = _current_by_code()
    merged = [
        f
        for f in found.values()
        if f.province.code == province_code
        or successors_of_province(f.province.code) == province_code
    ]
    units: list[Organisation] = []
    for f in merged:
        if f.province.ceased_on is not None:
            units.append(f.province)
        units.extend(f.districts)
        units.extend(c for c in f.communes if c.code not in current)
    return sorted(units, key=lambda u: (_LEVEL_ORDER[u.level], u.code))


@cache
def _province_successors() -> dict[str, str]:
    """Former province code -> current province code, from where its communes went."""
    found, successors = _former()
    current = _current_by_code()
    result: dict[str, str] = {}
    for code, f in found.items():
        for commune in f.communes:
            for after in successors.get(commune.code, ()):
                unit = current.get(after)
                if unit is not None and unit.parent_code:
                    result[code] = unit.parent_code
                    break
            if code in result:
                break
    return result


def successors_of_province(code: str) -> str | None:
    return _province_successors().get(code)


def successors(code: str) -> tuple[str, ...]:
    """The current commune(s) a former commune (or island district) went into, main one first;
    a current code is its own successor."""
    if code in _current_by_code():
        return (code,)
    return _former()[1].get(code, ())


def former_successors() -> dict[str, tuple[str, ...]]:
    """Every former commune (and island district) code -> the current commune(s) it went
    into, main one first (`kpi_history` follows a commune's actuals through it)."""
    return dict(_former()[1])


@cache
def _former_by_code() -> dict[str, Organisation]:
    found: dict[str, Organisation] = {}
    for f in _former()[0].values():
        for unit in (f.province, *f.districts, *f.communes):
            if unit.ceased_on is not None:
                found.setdefault(unit.code, unit)
    return found


def former_unit(code: str) -> Organisation | None:
    """A unit that ceased on 2025-07-01, by its code, with the name it had."""
    return _former_by_code().get(code)


def is_current(unit: Organisation, on: date) -> bool:
    """Whether a unit may own a plan starting on `on`: current units always, former units
    (districts, pre-2025 communes) for periods that started before 2025-07-01."""
    return unit.ceased_on is None or on < unit.ceased_on


__all__ = [
    "TWO_TIER_SINCE",
    "CatalogueInfo",
    "catalogue_info",
    "current_communes",
    "current_province",
    "current_provinces",
    "current_unit",
    "former_successors",
    "former_unit",
    "former_units",
    "is_current",
    "successors",
    "successors_of_province",
]
