"""Dates, outline numbering, Vietnamese sort order and accent-insensitive search."""

from __future__ import annotations

from datetime import date

import pytest

from itplan_desktop.vn.collation import contains, fold, sort_key
from itplan_desktop.vn.dates import (
    DateParseError,
    format_date,
    format_place_date,
    parse_date,
    period_label,
    quarter_label,
    quarter_range_label,
)
from itplan_desktop.vn.outline import from_roman, outline_label, to_roman


@pytest.mark.parametrize(
    ("d", "official", "plain"),
    [
        (date(2026, 2, 5), "ngày 05 tháng 02 năm 2026", "ngày 5 tháng 2 năm 2026"),
        (date(2026, 1, 15), "ngày 15 tháng 01 năm 2026", "ngày 15 tháng 1 năm 2026"),
        (date(2015, 9, 15), "ngày 15 tháng 9 năm 2015", "ngày 15 tháng 9 năm 2015"),
        (date(2015, 3, 1), "ngày 01 tháng 3 năm 2015", "ngày 1 tháng 3 năm 2015"),
        (date(2010, 11, 17), "ngày 17 tháng 11 năm 2010", "ngày 17 tháng 11 năm 2010"),
        (date(2010, 12, 9), "ngày 09 tháng 12 năm 2010", "ngày 9 tháng 12 năm 2010"),
    ],
)
def test_format_date(d: date, official: str, plain: str) -> None:
    assert format_date(d) == official
    assert format_date(d, official=False) == plain
    assert parse_date(official) == d


def test_header_line_quarters_and_periods() -> None:
    assert format_place_date("Như Xuân", date(2015, 9, 15)) == "Như Xuân, ngày 15 tháng 9 năm 2015"
    assert format_place_date("Như Xuân", date(2026, 1, 5)) == "Như Xuân, ngày 05 tháng 01 năm 2026"
    assert [quarter_label(q) for q in (1, 2, 3, 4)] == ["Quý I", "Quý II", "Quý III", "Quý IV"]
    assert quarter_range_label(3, 4) == "Quý III - IV"
    assert quarter_range_label(2, 2) == "Quý II"
    assert period_label(2016, 2020) == "giai đoạn 2016 - 2020"
    assert period_label(2016, 2016) == "năm 2016"
    for bad in (lambda: quarter_label(5), lambda: quarter_range_label(4, 3)):
        with pytest.raises(ValueError):
            bad()
    with pytest.raises(ValueError, match="outside"):
        period_label(20, 2020)
    with pytest.raises(ValueError):
        period_label(2020, 2016)


@pytest.mark.parametrize(
    "text",
    [
        "15/9/2015",
        "15-09-2015",
        "15.9.2015",
        "2015-09-15",
        "ngày 15 tháng 9 năm 2015",
        "Ngày 15 Tháng 09 Năm 2015.",
        "Như Xuân, ngày 15 tháng 9 năm 2015",
        "  ngay 15 thang 9 nam 2015 ",  # typed without accents
    ],
)
def test_parse_date(text: str) -> None:
    assert parse_date(text) == date(2015, 9, 15)


def test_parse_header_with_leading_zeros() -> None:
    assert parse_date("Như Xuân, ngày 05 tháng 02 năm 2026") == date(2026, 2, 5)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("31/2/2015", "không có trong lịch"),
        ("29/2/2023", "không có trong lịch"),
        ("15/13/2015", "không có trong lịch"),
        ("15/9/15", "Không đọc được ngày"),
        ("15/9-2015", "Không đọc được ngày"),
        ("hôm qua", "Không đọc được ngày"),
        ("1/1/1800", "không hợp lệ"),
    ],
)
def test_bad_dates(text: str, fragment: str) -> None:
    with pytest.raises(DateParseError, match=fragment):
        parse_date(text)


def test_roman_numerals() -> None:
    pairs = {1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 90: "XC", 400: "CD", 1994: "MCMXCIV"}
    for n, roman in pairs.items():
        assert to_roman(n) == roman
        assert from_roman(roman) == n
    assert from_roman(" xiv. ") == 14
    assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
    for bad in ("IIII", "IC", "VX", "", "ABC"):
        with pytest.raises(ValueError):
            from_roman(bad)
    for bad in (0, 4000, -1):
        with pytest.raises(ValueError):
            to_roman(bad)


def test_outline_labels() -> None:
    assert [outline_label("roman", i) for i in (1, 2, 4)] == ["I.", "II.", "IV."]
    assert [outline_label("arabic", i) for i in (1, 12)] == ["1.", "12."]
    alpha = [outline_label("alpha", i) for i in range(1, 24)]
    assert alpha[:8] == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"]
    assert alpha[-3:] == ["v)", "x)", "y)"]
    assert outline_label("alpha", 24) == "aa)"
    assert outline_label("dash", 3) == "-"
    assert outline_label("plus", 3) == "+"
    assert outline_label("article", 7) == "Điều 7."
    with pytest.raises(ValueError):
        outline_label("greek", 1)
    with pytest.raises(ValueError):
        outline_label("roman", 0)


def test_alphabet_order() -> None:
    letters = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    shuffled = sorted(letters, key=lambda s: s.encode("utf-8")[::-1])
    assert sorted(shuffled, key=sort_key) == letters


def test_tone_order_is_ngang_huyen_hoi_nga_sac_nang() -> None:
    assert sorted(["ạ", "á", "ã", "ả", "à", "a"], key=sort_key) == ["a", "à", "ả", "ã", "á", "ạ"]
    # the letter decides before the tone, the tone before the case
    assert sorted(["ba", "Bà", "bá", "bă", "bà"], key=sort_key) == ["ba", "bà", "Bà", "bá", "bă"]


def test_district_list_sorts_as_a_reader_expects() -> None:
    names = ["Yên Định", "Đông Sơn", "Như Xuân", "Ngọc Lặc", "Nga Sơn", "Như Thanh", "Bá Thước",
             "Cẩm Thủy", "Thạch Thành", "Thanh Hóa", "Ông Ích Khiêm", "Ơn", "Ấp Bắc", "An Nhơn",
             "Dương Kinh", "Tổ 10", "Tổ 2"]  # fmt: skip
    assert sorted(names, key=sort_key) == [
        "An Nhơn", "Ấp Bắc", "Bá Thước", "Cẩm Thủy", "Dương Kinh", "Đông Sơn", "Nga Sơn",
        "Ngọc Lặc", "Như Thanh", "Như Xuân", "Ông Ích Khiêm", "Ơn", "Thạch Thành", "Thanh Hóa",
        "Tổ 2", "Tổ 10", "Yên Định",
    ]  # fmt: skip


def test_sort_key_is_nfc_nfd_and_case_insensitive_first() -> None:
    assert sort_key("Như Xuân")[:2] == sort_key("NHƯ XUÂN")[:2]
    assert sort_key("Việt")[:3] == sort_key("Vie\u0302\u0323t")[:3]
    assert sorted(["b", "A", "a", "B"], key=sort_key) == ["a", "A", "b", "B"]


def test_fold_and_contains() -> None:
    assert fold("Như Xuân") == "nhu xuan"
    assert fold("ĐƯỜNG Ước nƣớc") == "duong uoc nuoc"
    assert contains("Ủy ban nhân dân huyện Như Xuân", "nhu xuan")
    assert contains("Huyện Như  Xuân", "NHƯ XUÂN")
    assert contains("Thanh Hóa", "thanh hoa")
    assert contains("anything", "")
    assert not contains("Như Thanh", "nhu xuan")
