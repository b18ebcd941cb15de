"""The fast formatting path gives exactly what babel's vi pattern gives."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.numbers import parse_pattern
from hypothesis import given
from hypothesis import strategies as st

from itplan_desktop.vn.numbers import format_number

VI = Locale.parse("vi")


def babel_format(value: int | Decimal, decimals: int | None) -> str:
    number = Decimal(value)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if number == 0:
        number = abs(number)
    return parse_pattern(pattern).apply(number, VI, decimal_quantization=True)


@given(st.integers(min_value=-(10**18), max_value=10**18), st.sampled_from([None, 0, 3]))
def test_integers(value: int, decimals: int | None):
    assert format_number(value, decimals) == babel_format(value, decimals if decimals else 0)


@given(
    st.decimals(min_value=-(10**15), max_value=10**15, places=6, allow_nan=False),
    st.sampled_from([0, 1, 3]),
)
def test_decimals_with_fixed_places(value: Decimal, decimals: int):
    assert format_number(value, decimals) == babel_format(value, decimals)


def test_examples():
    assert format_number(9460) == "9.460"
    assert format_number(Decimal("185.083"), 3) == "185,083"
    assert format_number(-1200) == "-1.200"
    assert format_number(Decimal("-0.0004"), 3) == "0,000"
