"""Units of a province in a database: agencies added, renamed, removed; former units listed
with `former`; catalogue units stored when a plan needs them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from itplan_desktop.domain.organisation import OrgLevel
from itplan_desktop.messages import UserError
from itplan_desktop.services import units
from itplan_desktop.services.plan_creation import create_plan_for_unit
from itplan_desktop.services.plans import get_plan, load_samples
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import open_database


@pytest.fixture
def db(db_path: Path):
    database = open_database(db_path)
    yield database
    database.close()


def test_province_units_are_the_province_then_agencies_then_communes(db):
    found = units.province_units(db, "38")
    assert found[0].code == "38" and len(found) == 167
    units.add_agency(db, "38", "Sở Y tế")
    units.add_agency(db, "38", "  Văn phòng   UBND tỉnh ")
    found = units.province_units(db, "38")
    assert [u.name for u in found[1:3]] == ["Sở Y tế", "Văn phòng UBND tỉnh"]
    assert [u.code for u in found[1:3]] == ["38-CQ01", "38-CQ02"]
    assert found[1].level is OrgLevel.AGENCY and found[1].kind_name == "sở"
    assert found[2].kind_name == "văn phòng"


def test_agency_names_are_unique_per_province_and_codes_never_reused(db):
    units.add_agency(db, "38", "Sở Y tế")
    with pytest.raises(UserError) as error:
        units.add_agency(db, "38", "sở y tế")
    assert error.value.key == "units.agency_exists"
    with pytest.raises(UserError):
        units.add_agency(db, "38", "   ")
    with pytest.raises(UserError) as error:
        units.add_agency(db, "99", "Sở Y tế")
    assert error.value.key == "units.unknown_province"
    units.remove_agency(db, "38-CQ01")
    assert units.add_agency(db, "38", "Sở Y tế").code == "38-CQ02"  # 01 is never reused
    assert [u.code for u in units.province_units(db, "38")[1:2]] == ["38-CQ02"]


def test_rename_and_remove_an_agency_keeps_its_plans(db):
    agency = units.add_agency(db, "38", "Sở Khoa học và Công nghệ")
    renamed = units.rename_agency(db, agency.code, "Sở Khoa học và Công nghệ tỉnh Thanh Hóa")
    assert renamed.name.endswith("Thanh Hóa")
    uuid = create_plan_for_unit(db, agency.code, 2027, 2027, today=date(2026, 12, 1))
    gone = units.remove_agency(db, agency.code, today=date(2027, 3, 1))
    assert gone.ceased_on == date(2027, 3, 1)
    assert agency.code not in {u.code for u in units.province_units(db, "38")}
    assert agency.code in {u.code for u in units.province_units(db, "38", former=True)}
    assert get_plan(db, uuid).organisation_code == agency.code
    with pytest.raises(UserError) as error:
        units.rename_agency(db, "16174", "x")
    assert error.value.key == "units.not_agency"


def test_former_lists_districts_and_the_samples_communes(db):
    load_samples(db)
    found = units.province_units(db, "38", former=True)
    codes = {u.code: u for u in found}
    assert codes["402"].ceased_on == date(2025, 7, 1)
    assert codes["16180"].ceased_on == date(2025, 7, 1)
    assert "402" not in {u.code for u in units.province_units(db, "38")}


def test_ensure_unit_stores_the_commune_and_its_province(db):
    with db.session() as session:
        unit = units.ensure_unit(session, "16228")
    with db.session() as session:
        assert repo.get_organisation(session, "16228").name == "Như Thanh"
        assert repo.get_organisation(session, "38").level is OrgLevel.PROVINCE
    assert unit.parent_code == "38"
    with pytest.raises(UserError) as error:
        units.find_unit(db, "00000")
    assert error.value.key == "units.unknown_unit"


def test_parent_line_setting_is_off_by_default_and_shows_in_new_plans(db):
    plain = get_plan(db, create_plan_for_unit(db, "16228", 2027, 2027, today=date(2026, 12, 1)))
    assert plain.issuer_parent == ""
    units.set_show_parent_line(db, "16228", True)
    with_parent = get_plan(
        db, create_plan_for_unit(db, "16228", 2027, 2027, today=date(2026, 12, 1))
    )
    assert with_parent.issuer_parent == "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"
