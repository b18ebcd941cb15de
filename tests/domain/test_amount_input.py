"""The one reader of typed and pasted numbers (`domain.amount_input`), as a table: what each
text becomes as an amount, a count or a rate, and which rule refuses it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itplan_desktop.domain.amount_input import (
    MAX_AMOUNT,
    Ambiguous,
    InputError,
    amount_from_number,
    guess_convention,
    read_amount,
    read_count,
    read_rate,
)
from itplan_desktop.messages import set_language
from itplan_desktop.vn.numbers import format_number
from itplan_desktop.vn.units import MoneyUnit

TR = MoneyUnit.TRIEU_DONG
TY = MoneyUnit.TY_DONG
D = MoneyUnit.DONG

# text, unit, convention, allow_negative -> đồng, or the InputError code, or "ambiguous"
AMOUNTS = [
    ("1.234,5", TR, "auto", False, 1_234_500_000),
    ("1,234.5", TR, "auto", False, 1_234_500_000),
    ("9.460", TR, "auto", False, 9_460_000_000),
    ("185,083", TY, "vi", False, 185_083_000_000),
    ("185,083", TY, "en", False, 185_083_000_000_000),
    ("185,083", TY, "auto", False, "ambiguous"),
    ("1,500", TR, "auto", False, "ambiguous"),
    ("0,5", TY, "auto", False, 500_000_000),
    ("  150 000 000 ", D, "auto", False, 150_000_000),
    ("", TR, "auto", False, None),
    ("   ", TR, "auto", False, None),
    ("-5", TR, "auto", False, "input.negative"),
    ("(5)", TR, "auto", False, "input.negative"),
    ("−5", TR, "auto", False, "input.negative"),
    ("-5", TR, "auto", True, -5_000_000),
    ("0,0000005", TR, "auto", False, "unit.not_whole_dong"),
    ("0,5", D, "auto", False, "unit.not_whole_dong"),
    ("abc", TR, "auto", False, "number.invalid"),
    ("12abc", TR, "auto", False, "number.invalid"),
    ("1.23.4", TR, "auto", False, "number.invalid"),
    ("1.000.000.000.001", TR, "auto", False, "input.too_large"),
    ("-1.000.000.000.001", TR, "auto", True, "input.too_large"),
]


@pytest.mark.parametrize(("text", "unit", "convention", "negative", "expected"), AMOUNTS)
def test_read_amount(text, unit, convention, negative, expected) -> None:
    if isinstance(expected, str):
        if expected == "ambiguous":
            result = read_amount(text, unit, convention=convention, allow_negative=negative)
            assert isinstance(result, Ambiguous) and len(result.candidates) == 2
            return
        with pytest.raises(InputError) as caught:
            read_amount(text, unit, convention=convention, allow_negative=negative)
        assert caught.value.key == expected
        return
    assert read_amount(text, unit, convention=convention, allow_negative=negative) == expected


COUNTS = [
    ("12", 12),
    ("1.500", 1500),
    ("", None),
    ("2,5", "input.not_whole_count"),
    ("-1", "input.negative"),
    ("x", "number.invalid"),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_read_count(text, expected) -> None:
    if isinstance(expected, str):
        with pytest.raises(InputError) as caught:
            read_count(text)
        assert caught.value.key == expected
    else:
        assert read_count(text) == expected


RATES = [
    ("85,5", Decimal("85.5")),
    ("85,5%", Decimal("85.5")),
    (" 100 % ", Decimal(100)),
    ("", None),
    ("-3", "input.negative"),
]


@pytest.mark.parametrize(("text", "expected"), RATES)
def test_read_rate(text, expected) -> None:
    if isinstance(expected, str):
        with pytest.raises(InputError) as caught:
            read_rate(text)
        assert caught.value.key == expected
    else:
        assert read_rate(text) == expected
    assert read_rate("-3", allow_negative=True) == Decimal(-3)


def test_the_ambiguous_question_is_a_value_with_both_readings() -> None:
    answer = read_amount("1,500", TR)
    assert isinstance(answer, Ambiguous)
    assert answer.candidates == (Decimal("1.5"), Decimal(1500))
    assert amount_from_number(answer.candidates[0], TR) == 1_500_000
    set_language("en")
    try:
        assert "ambiguous" in answer.message and "1,5" in answer.message
    finally:
        set_language("vi")
    assert "không rõ nghĩa" in answer.message


def test_errors_follow_the_language_after_they_were_raised() -> None:
    with pytest.raises(InputError) as caught:
        read_amount("-5", TR)
    assert "âm" in caught.value.text
    set_language("en")
    try:
        assert (
            caught.value.text
            == "The number «-5» is negative: this field takes no negative numbers."
        )
    finally:
        set_language("vi")


def test_guess_convention_from_the_block() -> None:
    assert guess_convention([["2,500,000", "1,500"]]) == "en"
    assert guess_convention([["1.234,5", "1,500"]]) == "vi"
    assert guess_convention([["1,500"]]) == "auto"
    assert guess_convention([["1.234,5", "2,500,000"]]) == "auto"


@given(st.integers(min_value=0, max_value=MAX_AMOUNT // 1_000_000))
def test_every_shown_amount_reads_back(millions: int) -> None:
    """Whole triệu đồng shown in tỷ đồng ("185,083") read back exactly."""
    shown = format_number(Decimal(millions) / 1000)
    assert read_amount(shown, TY, convention="vi") == millions * 1_000_000


def test_units_are_a_type_inside_and_a_label_at_the_edges() -> None:
    from itplan_desktop.domain import Appendix
    from itplan_desktop.domain.budget import BudgetSummary
    from itplan_desktop.formats.plan_codec import (
        appendix_from_json,
        appendix_to_json,
        budget_from_json,
        budget_to_json,
    )
    from itplan_desktop.vn.units import DEFAULT_UNIT

    assert Appendix(title="x", columns=[]).unit is DEFAULT_UNIT is TR
    assert BudgetSummary().unit is TR
    # the label is read and written at the file edge only
    data = appendix_to_json(Appendix(title="x", columns=[], unit=TY))
    assert data["unit"] == "tỷ đồng"
    assert appendix_from_json(data).unit is TY
    budget = budget_to_json(BudgetSummary(unit=MoneyUnit.NGHIN_DONG))
    assert budget["unit"] == "nghìn đồng"
    assert budget_from_json(budget).unit is MoneyUnit.NGHIN_DONG
    assert budget_from_json({**budget, "unit": "đơn vị lạ"}).unit is DEFAULT_UNIT  # one fallback
    assert str(TY) == TY.label == "tỷ đồng"  # what an f-string prints
