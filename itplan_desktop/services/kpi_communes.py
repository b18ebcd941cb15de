"""The communes (xã, phường, thị trấn) of a district: organisations whose `parent_code` is the
district's code. Values of indicators are entered per commune and rolled up to the district.

A built-in list (`resources/kpi_communes.json`) holds the communes of the sample district
Như Xuân (2016-2020) with their official administrative codes (16174 …); the two that merged
before 2025 and are not in the units catalogue keep placeholder codes (402-16, 402-17).
"""

from __future__ import annotations

import json
from functools import cache

from ..domain.organisation import Organisation, OrgLevel
from ..messages import UserError
from ..paths import resource
from ..store import plan_repository as repo
from ..store.database import Database
from ..vn.collation import sort_key
from . import kpi_messages  # noqa: F401  (registers the kpi.* messages)

COMMUNE_KINDS = ("xã", "phường", "thị trấn")


def list_communes(db: Database, district_code: str, *, by_name: bool = False) -> list[Organisation]:
    """The district's communes by code, or in Vietnamese alphabetical order of their names."""
    with db.session() as session:
        communes = repo.list_organisations(session, parent_code=district_code)
    if by_name:
        communes.sort(key=lambda o: sort_key(o.name))
    return communes


def _clean(code: str, name: str, kind_name: str) -> tuple[str, str, str]:
    code, name, kind_name = code.strip(), " ".join(name.split()), kind_name.strip().lower()
    if not code or len(code) > 20:
        raise UserError("kpi.commune_bad_code", code=code)
    if not name:
        raise UserError("kpi.commune_no_name")
    if kind_name not in COMMUNE_KINDS:
        raise UserError("kpi.commune_bad_kind", kind=kind_name, kinds=", ".join(COMMUNE_KINDS))
    return code, name, kind_name


def add_commune(
    db: Database, district_code: str, code: str, name: str, kind_name: str = "xã"
) -> Organisation:
    """Add a commune to the district; its code must not be used by another organisation."""
    code, name, kind_name = _clean(code, name, kind_name)
    with db.session() as session:
        district = repo.get_organisation(session, district_code)
        if district is None:
            raise UserError("kpi.unknown_organisation", code=district_code)
        if repo.get_organisation(session, code) is not None:
            raise UserError("kpi.commune_code_taken", code=code)
        commune = Organisation(code, name, OrgLevel.COMMUNE, kind_name, parent_code=district_code)
        repo.save_organisation(session, commune)
    return commune


def update_commune(db: Database, code: str, name: str, kind_name: str = "xã") -> Organisation:
    """Rename a commune or change its kind (the code stays: observations refer to it)."""
    with db.session() as session:
        commune = repo.get_organisation(session, code)
        if commune is None or commune.level is not OrgLevel.COMMUNE:
            raise UserError("kpi.unknown_organisation", code=code)
        _code, commune.name, commune.kind_name = _clean(code, name, kind_name)
        repo.save_organisation(session, commune)
    return commune


@cache
def _builtin() -> dict[str, list[dict[str, str]]]:
    data = json.loads(resource("kpi_communes.json").read_text("utf-8"))
    return data["districts"]


def builtin_communes(district_code: str) -> list[Organisation]:
    """The built-in commune list of a district (empty when none is shipped)."""
    return [
        Organisation(c["code"], c["name"], OrgLevel.COMMUNE, c["kind_name"], district_code)
        for c in _builtin().get(district_code, [])
    ]


def install_builtin_communes(db: Database, district_code: str) -> int:
    """Add the built-in communes the district does not have yet; how many were added."""
    with db.session() as session:
        have = {o.code for o in repo.list_organisations(session, parent_code=district_code)}
        if repo.get_organisation(session, district_code) is None:
            raise UserError("kpi.unknown_organisation", code=district_code)
        added = 0
        for commune in builtin_communes(district_code):
            if commune.code not in have and repo.get_organisation(session, commune.code) is None:
                repo.save_organisation(session, commune)
                added += 1
    return added
