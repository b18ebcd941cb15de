"""Units a plan can belong to, in one database: the catalogue's current provinces and communes,
the former ones (districts and pre-2025 communes, ceased 2025-07-01), and the agencies (sở,
ban, ngành, VP UBND) a province adds itself, which submit like communes.

Catalogue units are written to the database only when something needs them (a plan, an
agency's parent); a code names one unit in a database. The Cục Thống kê gave a merged commune
the code of one of its parts, so the former commune whose code lives on continues as the
current one (its history follows the code).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.organisation import Organisation, OrgLevel
from ..messages import UserError
from ..store import plan_repository as repo
from ..store.database import Database
from ..store.models import OrganisationRecord
from ..vn.collation import contains, fold
from . import units_catalogue as catalogue
from . import units_messages  # noqa: F401  (registers the units.* messages)

AGENCY_KINDS = ("văn phòng", "sở", "ban", "thanh tra", "ngành")
"""The Vietnamese word an agency's name starts with, printed as its kind ("Sở Y tế" → "sở")."""


def agency_kind(name: str) -> str:
    lowered = name.lower()
    for kind in AGENCY_KINDS:
        if lowered.startswith(kind + " "):
            return kind
    return "cơ quan"


def _province(code: str) -> Organisation:
    province = catalogue.current_province(code)
    if province is None:
        raise UserError("units.unknown_province", code=code)
    return province


def _agencies(session: Session, province_code: str) -> list[Organisation]:
    return [
        o
        for o in repo.list_organisations(session, parent_code=province_code)
        if o.level is OrgLevel.AGENCY
    ]


def province_units(db: Database, province_code: str, *, former: bool = False) -> list[Organisation]:
    """The province, its agencies (current ones, and ceased ones with `former`), its current
    communes and, with `former`, the districts and communes it held before 2025-07-01 (with
    the former ones the database holds, e.g. from the reference plans)."""
    province = _province(province_code)
    with db.session() as session:
        agencies = _agencies(session, province_code)
        stored = {o.code: o for o in repo.list_organisations(session)} if former else {}
    units = [province]
    units += sorted((a for a in agencies if former or a.ceased_on is None), key=lambda a: a.code)
    units += catalogue.current_communes(province_code)
    if former:
        seen = {u.code for u in units}
        gone = catalogue.former_units(province_code)
        seen_gone = {u.code for u in gone}
        units += [u for u in gone if u.code not in seen]
        districts = {u.code for u in gone if u.level is OrgLevel.DISTRICT}
        for org in stored.values():  # former units only the database knows (placeholder codes)
            if (
                org.code not in seen
                and org.code not in seen_gone
                and org.ceased_on is not None
                and (org.parent_code == province_code or org.parent_code in districts)
                and org.level is not OrgLevel.AGENCY
            ):
                units.append(org)
    return units


def search_units(units: Iterable[Organisation], text: str) -> list[Organisation]:
    """Units whose name, full name or code contains `text`, without accents or case:
    "nhu xuan" finds "xã Như Xuân"."""
    text = text.strip()
    if not text:
        return list(units)
    return [u for u in units if contains(u.full_name, text) or u.code.startswith(text)]


def find_unit(db: Database, code: str) -> Organisation:
    """A unit by code: the database's, else the catalogue's (current, then former)."""
    with db.session() as session:
        stored = repo.get_organisation(session, code)
    found = stored or catalogue.current_unit(code) or catalogue.former_unit(code)
    if found is None:
        raise UserError("units.unknown_unit", code=code)
    return found


def ensure_unit(session: Session, code: str) -> Organisation:
    """The unit stored under `code`, writing it (and its parents) from the catalogue first if
    the database does not have it. A stored former unit whose code is a current unit's is
    updated to the current unit (the merged commune continues under that code)."""
    stored = repo.get_organisation(session, code)
    current = catalogue.current_unit(code)
    if stored is not None and not (stored.ceased_on is not None and current is not None):
        return stored
    unit = current or catalogue.former_unit(code)
    if unit is None:
        raise UserError("units.unknown_unit", code=code)
    if unit.parent_code:
        ensure_unit(session, unit.parent_code)
    if stored is not None:
        unit.uuid = stored.uuid
    repo.save_organisation(session, unit)
    return unit


def _next_agency_code(session: Session, province_code: str) -> str:
    prefix = f"{province_code}-CQ"
    codes = session.scalars(
        select(OrganisationRecord.code).where(OrganisationRecord.code.like(prefix + "%"))
    )
    numbers = [int(c[len(prefix) :]) for c in codes if c[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise UserError("units.agency_no_name")
    return name


def add_agency(db: Database, province_code: str, name: str) -> Organisation:
    """Add a sở, ban, ngành or VP UBND to the province. Its code ("38-CQ01") is local and
    stable: numbers are never reused, so plans and bundles keep naming the same agency."""
    name = _clean_name(name)
    _province(province_code)
    with db.session() as session:
        ensure_unit(session, province_code)
        for agency in _agencies(session, province_code):
            if agency.ceased_on is None and fold(" ".join(agency.name.split())) == fold(name):
                raise UserError("units.agency_exists", name=agency.name, code=agency.code)
        code = _next_agency_code(session, province_code)
        agency = Organisation(code, name, OrgLevel.AGENCY, agency_kind(name), province_code)
        repo.save_organisation(session, agency)
    return agency


def _agency(session: Session, code: str) -> Organisation:
    agency = repo.get_organisation(session, code)
    if agency is None or agency.level is not OrgLevel.AGENCY:
        raise UserError("units.not_agency", code=code)
    return agency


def rename_agency(db: Database, code: str, name: str) -> Organisation:
    name = _clean_name(name)
    with db.session() as session:
        agency = _agency(session, code)
        agency.name, agency.kind_name = name, agency_kind(name)
        repo.save_organisation(session, agency)
    return agency


def remove_agency(db: Database, code: str, today: date | None = None) -> Organisation:
    """Take an agency off the province's current units: it is marked ceased from `today`
    (its plans, received bundles and code stay; the code is never given to another)."""
    with db.session() as session:
        agency = _agency(session, code)
        agency.ceased_on = today or date.today()
        repo.save_organisation(session, agency)
    return agency


def set_show_parent_line(db: Database, code: str, show: bool) -> Organisation:
    """The per-unit setting printing the parent body above the unit in headers (off by default)."""
    with db.session() as session:
        unit = ensure_unit(session, code)
        unit.show_parent_line = show
        repo.save_organisation(session, unit)
    return unit


def unit_json(unit: Organisation) -> dict[str, object]:
    """The object `itplan units --json` prints for a unit."""
    return {
        "code": unit.code,
        "name": unit.name,
        "kind": unit.kind_name,
        "level": unit.level.value,
        "parent_code": unit.parent_code,
        "ceased_on": unit.ceased_on.isoformat() if unit.ceased_on else None,
    }


def period_starts_before_two_tier(start_year: int) -> bool:
    """A period starting in or before 2025 started before 2025-07-01 (plans start 1 January)."""
    return date(start_year, 1, 1) < catalogue.TWO_TIER_SINCE


def plan_owner_units(db: Database, province_code: str, start_year: int) -> list[Organisation]:
    """The units that can own a plan starting in `start_year`: the current ones of the
    province and, for periods that started before July 2025, the former ones too."""
    return province_units(db, province_code, former=period_starts_before_two_tier(start_year))


def default_province(db: Database, own_unit: str | None = None) -> str:
    """The user's province: that of their own unit, else the first province the database
    holds, else the first of the catalogue."""
    if own_unit:
        try:
            unit = find_unit(db, own_unit)
        except UserError:
            unit = None
        while unit is not None and unit.parent_code:
            parent = catalogue.current_unit(unit.parent_code) or catalogue.former_unit(
                unit.parent_code
            )
            if parent is None:
                break
            unit = parent
        if unit is not None and catalogue.current_province(unit.code):
            return unit.code
        if unit is not None and catalogue.successors_of_province(unit.code):
            return catalogue.successors_of_province(unit.code) or unit.code
    with db.session() as session:
        stored = [
            o.code
            for o in repo.list_organisations(session)
            if o.level is OrgLevel.PROVINCE and catalogue.current_province(o.code)
        ]
    return stored[0] if stored else catalogue.current_provinces()[0].code
