"""Numbers the Vietnamese way, tolerant parsing with typed ambiguity, exact money units."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itplan_desktop.vn.numbers import (
    AmbiguousNumberError,
    NumberParseError,
    format_number,
    parse_number,
)
from itplan_desktop.vn.units import MoneyUnit, from_dong, to_dong


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (9460, None, "9.460"),
        (151359, None, "151.359"),
        (D("185.083"), None, "185,083"),
        (D("185.0830"), None, "185,083"),  # trailing zeros dropped without `decimals`
        (D("185.0830"), 4, "185,0830"),
        (D("185.083"), 0, "185"),
        (D("0.0005"), 3, "0,001"),  # half-up
        (D("2.5"), 0, "3"),
        (D("-0.0001"), 3, "0,000"),  # no "-0"
        (9460, 3, "9.460,000"),
        (0, None, "0"),
        (-1_234_567, None, "-1.234.567"),
        (D("1E+3"), None, "1.000"),
        (10**20, None, "100.000.000.000.000.000.000"),
        (D("12345678901234567890.123456789"), None, "12.345.678.901.234.567.890,123456789"),
    ],
)
def test_format_number(value: int | D, decimals: int | None, text: str) -> None:
    assert format_number(value, decimals) == text


def test_format_number_refuses_floats_and_nan() -> None:
    with pytest.raises(TypeError):
        format_number(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_number(D("NaN"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.500", D(1500)),  # '.' with three digits: Vietnamese grouping, even in auto
        ("1 500", D(1500)),
        ("1500", D(1500)),
        ("185.083,5", D("185083.5")),
        ("(1.200)", D(-1200)),
        ("-1.200", D(-1200)),
        ("\u22121.200", D(-1200)),  # unicode minus
        ("+7", D(7)),
        ("1,234,567.5", D("1234567.5")),
        ("1.234.567", D(1234567)),
        ("1,234,567", D(1234567)),  # several commas can only be grouping
        ("  1.500\u00a0", D(1500)),
        ("1\u202f500", D(1500)),  # narrow NBSP from Excel/Word
        ("1\u00a0234,5", D("1234.5")),
        ("1,5", D("1.5")),  # not three digits after: a decimal comma
        ("1.5", D("1.5")),
        ("0,500", D("0.500")),  # "0" cannot start a group
        ("1234,567", D("1234.567")),  # four digits before cannot be a group
        (",5", D("0.5")),
        ("-0", D(0)),
    ],
)
def test_parse_number(text: str, value: D) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [("1,500", D("1.5"), D(1500)), ("185,083", D("185.083"), D(185083))],
)
def test_comma_with_three_digits_is_ambiguous_in_auto(text: str, vi: D, en: D) -> None:
    with pytest.raises(AmbiguousNumberError) as caught:
        parse_number(text)
    assert caught.value.candidates == (vi, en)
    assert "không rõ nghĩa" in caught.value.message
    assert parse_number(text, convention="vi") == vi
    assert parse_number(text, convention="en") == en


def test_dot_with_three_digits_follows_the_convention() -> None:
    assert parse_number("1.500", convention="vi") == D(1500)
    assert parse_number("1.500", convention="en") == D("1.5")
    assert parse_number("185.083,5", convention="en") == D("185083.5")  # only one reading


@pytest.mark.parametrize(
    "text", ["", "   ", "abc", "1..2", "1.23.4", "12,", "(-5)", "1,2.3,4", "1 23", "1e5", "१२"]
)
def test_not_a_number(text: str) -> None:
    with pytest.raises(NumberParseError) as caught:
        parse_number(text)
    assert not isinstance(caught.value, AmbiguousNumberError)
    assert caught.value.text == text
    assert caught.value.message


@given(st.decimals(min_value=-(10**15), max_value=10**15, places=3, allow_nan=False))
def test_formatted_numbers_read_back_the_vietnamese_way(value: D) -> None:
    assert parse_number(format_number(value), convention="vi") == value


@pytest.mark.parametrize(
    ("label", "unit"),
    [
        ("đồng", MoneyUnit.DONG),
        ("nghìn đồng", MoneyUnit.NGHIN_DONG),
        ("ngàn đồng", MoneyUnit.NGHIN_DONG),
        ("Triệu đồng", MoneyUnit.TRIEU_DONG),
        ("TRIỆU ĐỒNG", MoneyUnit.TRIEU_DONG),
        ("ĐVT: Triệu đồng", MoneyUnit.TRIEU_DONG),
        ("Đơn vị tính: triệu đồng", MoneyUnit.TRIEU_DONG),
        ("tỷ đồng", MoneyUnit.TY_DONG),
        ("tỉ đồng", MoneyUnit.TY_DONG),
    ],
)
def test_unit_labels(label: str, unit: MoneyUnit) -> None:
    assert MoneyUnit.from_label(label) is unit


def test_unit_properties_and_unknown_label() -> None:
    assert [u.label for u in MoneyUnit] == ["đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"]
    assert [u.factor for u in MoneyUnit] == [1, 1000, 10**6, 10**9]
    with pytest.raises(ValueError, match="Không nhận ra đơn vị"):
        MoneyUnit.from_label("USD")


def test_unit_conversion_is_exact() -> None:
    assert to_dong(9460, MoneyUnit.TRIEU_DONG) == 9_460_000_000
    assert to_dong(D("185.083"), MoneyUnit.TY_DONG) == 185_083_000_000
    assert from_dong(185_083_000_000, MoneyUnit.TY_DONG) == D("185.083")
    assert from_dong(9_460_000_000, MoneyUnit.TRIEU_DONG) == D(9460)
    assert from_dong(10**30 + 1, MoneyUnit.TY_DONG) == D("1000000000000000000000.000000001")
    with pytest.raises(ValueError, match="không phải là một số nguyên đồng"):
        to_dong(D("0.0001"), MoneyUnit.NGHIN_DONG)
    with pytest.raises(TypeError):
        to_dong(1.5, MoneyUnit.DONG)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**24), max_value=10**24), st.sampled_from(list(MoneyUnit)))
def test_unit_round_trip(dong: int, unit: MoneyUnit) -> None:
    assert to_dong(from_dong(dong, unit), unit) == dong
