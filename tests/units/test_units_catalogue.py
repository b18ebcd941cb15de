"""The shipped catalogue of units: today's 34 provinces and 3.321 communes, the former units
and where each former commune went."""

from __future__ import annotations

from collections import Counter
from datetime import date

from itplan_desktop.domain.organisation import OrgLevel
from itplan_desktop.services import units_catalogue as catalogue
from itplan_desktop.services.units import search_units


def test_current_catalogue_has_the_two_tier_country():
    info = catalogue.catalogue_info()
    assert (info.provinces, info.communes) == (34, 3321)
    assert info.package == "vietnam-provinces" and info.version == "2025.10.1"
    kinds = Counter(
        c.kind_name
        for p in catalogue.current_provinces()
        for c in catalogue.current_communes(p.code)
    )
    assert kinds == {"xã": 2621, "phường": 687, "đặc khu": 13}
    sizes = [len(catalogue.current_communes(p.code)) for p in catalogue.current_provinces()]
    assert min(sizes) >= 38 and max(sizes) == 168


def test_thanh_hoa_and_its_communes():
    province = catalogue.current_province("38")
    assert province is not None and province.full_name == "tỉnh Thanh Hóa"
    communes = catalogue.current_communes("38")
    assert len(communes) == 166
    nhu_xuan = catalogue.current_unit("16174")
    assert nhu_xuan is not None and nhu_xuan.full_name == "xã Như Xuân"
    assert nhu_xuan.parent_code == "38" and nhu_xuan.ceased_on is None
    assert nhu_xuan.official_name == "Ủy ban nhân dân xã Như Xuân"
    hanoi = catalogue.current_province("01")
    assert hanoi is not None and hanoi.full_name == "thành phố Hà Nội"


def test_former_units_ceased_on_the_first_of_july_2025():
    former = catalogue.former_units("38")
    districts = {u.code: u for u in former if u.level is OrgLevel.DISTRICT}
    assert len(districts) == 26  # on 2025-06-30 (huyện Đông Sơn had joined the city)
    assert districts["402"].full_name == "huyện Như Xuân"
    assert districts["402"].ceased_on == date(2025, 7, 1)
    assert all(u.ceased_on == date(2025, 7, 1) for u in former)
    # a former commune whose code the merged commune kept is not listed twice
    assert "16174" not in {u.code for u in former}
    bai_tranh = catalogue.former_unit("16177")  # the history of a code the merger kept
    assert bai_tranh is not None and bai_tranh.full_name == "xã Bãi Trành"
    assert catalogue.current_unit("16177").full_name == "xã Xuân Bình"
    xuan_hoa = catalogue.former_unit("16180")
    assert xuan_hoa is not None and xuan_hoa.full_name == "xã Xuân Hòa"


def test_former_communes_map_to_current_ones():
    assert catalogue.successors("16180") == ("16177",)  # xã Xuân Hòa -> xã Xuân Bình
    assert catalogue.successors("16174") == ("16174",)  # a current code is its own
    assert catalogue.successors("318") == ("11948",)  # huyện Bạch Long Vĩ -> đặc khu
    # a former province merged into a current one: Hà Giang (02) -> Tuyên Quang (08)
    assert catalogue.successors_of_province("02") == "08"
    assert "02" in {u.code for u in catalogue.former_units("08")}


def test_search_without_accents():
    communes = catalogue.current_communes("38")
    found = search_units(communes, "nhu xuan")
    assert [u.full_name for u in found] == ["xã Như Xuân"]
    assert {u.code for u in search_units(communes, "NHƯ")} >= {"16174", "16228"}
    assert search_units(communes, "  ") == communes
