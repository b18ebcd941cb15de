"""Turning what a unit types into an indicator value, and the live score shown beside it.

Typed numbers follow the Vietnamese convention ("1.234,5"; docs/vietnamese.md); yes/no
accepts "có"/"không" (also without accents, "x" and "1"/"0"). Nothing here imports Qt: the
self-assessment screen and the CLI both call it.
"""

from __future__ import annotations

from decimal import Decimal

from ..domain.dti_index import IndexIndicator, RuleKind
from ..domain.dti_scoring import IndicatorValue
from ..messages import UserError, register_messages
from ..vn.collation import fold
from ..vn.numbers import AmbiguousNumberError, NumberParseError, parse_number

register_messages(
    {
        "index.value.not_number": (
            "“{text}” không phải là một số.",
            "“{text}” is not a number.",
        ),
        "index.value.ambiguous": (
            "Số “{text}” không rõ nghĩa: hãy viết theo kiểu Việt Nam (1.234,5).",
            "The number “{text}” is ambiguous: write it the Vietnamese way (1.234,5).",
        ),
        "index.value.negative": (
            "Giá trị không được âm (“{text}”).",
            "The value must not be negative (“{text}”).",
        ),
        "index.value.too_large": (
            "Giá trị “{text}” quá lớn.",
            "The value “{text}” is too large.",
        ),
        "index.value.numerator_over": (
            "Tử số {numerator} lớn hơn mẫu số {denominator}.",
            "The numerator {numerator} is larger than the denominator {denominator}.",
        ),
        "index.value.points_over": (
            "Điểm thẩm định {points} vượt điểm tối đa {max_points}.",
            "The assessed points {points} exceed the maximum {max_points}.",
        ),
        "index.value.yes_no": (
            "Hãy nhập “có” hoặc “không” (“{text}”).",
            "Enter “có” (yes) or “không” (no) (“{text}”).",
        ),
    }
)

LIMIT = Decimal(10) ** 12
YES_WORDS = {"co", "x", "1", "yes", "y", "dat"}
NO_WORDS = {"khong", "0", "no", "n", "chua"}


def parse_quantity(text: str) -> Decimal | None:
    """A non-negative count or measure typed by the user; empty text is no value."""
    if not text.strip():
        return None
    try:
        number = parse_number(text, convention="vi")
    except AmbiguousNumberError:
        raise UserError("index.value.ambiguous", text=text.strip()) from None
    except NumberParseError:
        raise UserError("index.value.not_number", text=text.strip()) from None
    if number < 0:
        raise UserError("index.value.negative", text=text.strip())
    if number >= LIMIT:
        raise UserError("index.value.too_large", text=text.strip())
    return number


def parse_yes_no(text: str) -> bool | None:
    word = fold(text.strip())
    if not word:
        return None
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise UserError("index.value.yes_no", text=text.strip())


def value_from_text(
    indicator: IndexIndicator, text: str, denominator_text: str = ""
) -> IndicatorValue:
    """The value of `indicator` from the text typed in its cells (refused with a message)."""
    kind = indicator.rule.kind
    if kind is RuleKind.RATIO:
        numerator, denominator = parse_quantity(text), parse_quantity(denominator_text)
        if numerator is not None and denominator and numerator > denominator and indicator.rule.cap:
            raise UserError(
                "index.value.numerator_over", numerator=text.strip(), denominator=denominator_text
            )
        return IndicatorValue(numerator=numerator, denominator=denominator)
    if kind is RuleKind.YES_NO:
        return IndicatorValue(yes=parse_yes_no(text))
    if kind is RuleKind.ASSESSOR:
        points = parse_quantity(text)
        if points is not None and points > indicator.max_points:
            raise UserError(
                "index.value.points_over", points=text.strip(), max_points=indicator.max_points
            )
        return IndicatorValue(points=points)
    return IndicatorValue(value=parse_quantity(text))
