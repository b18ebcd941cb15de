"""The one way typed or pasted text becomes a number of the program: an amount under a money
unit (whole đồng), a count (a whole number) or a rate (a KPI value, a trailing "%" allowed).

Every editor, paste and import path reads numbers here, so they all follow the same rules:
- either convention is read ("1.234,5" and "1,234.5"), see `vn.numbers`;
- a number with two readings ("1,500": 1,5 or 1.500) is not an error but a question: it comes
  back as an `Ambiguous` value with both readings, and the caller asks the user (or decides by
  the rest of the block) and reads the chosen number with `amount_from_number`/`count_from_number`;
- negative numbers only where the caller says the field allows them (`allow_negative`);
- amounts are exact whole đồng ("0,0000005" triệu đồng is refused, never rounded), at most
  `MAX_AMOUNT`;
- an empty text is None (an emptied cell).

Anything else raises `InputError`, a `UserError` whose text follows the current language.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from ..messages import UserError, register_messages
from ..vn.numbers import AmbiguousNumberError, NumberParseError, format_number, parse_number
from ..vn.units import MoneyUnit, to_dong

__all__ = [
    "MAX_AMOUNT",
    "Ambiguous",
    "Convention",
    "InputError",
    "amount_from_number",
    "count_from_number",
    "guess_convention",
    "read_amount",
    "read_count",
    "read_number",
    "read_rate",
]

Convention = Literal["auto", "vi", "en"]
MAX_AMOUNT = 10**18  # đồng; beyond any plan, and keeps SQLite integers safe

register_messages(
    {
        "input.negative": (
            "Số «{number}» âm: ô này chỉ nhận số không âm.",
            "The number «{number}» is negative: this field takes no negative numbers.",
        ),
        "input.not_whole_count": (
            "«{number}» không phải là số nguyên: ô này đếm số lượng.",
            "«{number}» is not a whole number: this field counts things.",
        ),
        "input.too_large": (
            "Số «{number}» {unit} quá lớn.",
            "The number «{number}» {unit} is too large.",
        ),
    }
)


class InputError(UserError):
    """Text a field cannot take; `.text` (and `.message`) in the current language."""

    @property
    def message(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """A number with two readings, returned for the caller to ask: `candidates` is
    (the Vietnamese reading, the English reading)."""

    text: str
    candidates: tuple[Decimal, ...]

    def error(self) -> InputError:
        """The question as an error, for a caller that cannot ask."""
        first, second = (format_number(c) for c in self.candidates[:2])
        return InputError("number.ambiguous", text=self.text.strip(), first=first, second=second)

    @property
    def message(self) -> str:
        return self.error().text


def read_number(text: str, convention: Convention = "auto") -> Decimal | Ambiguous | None:
    """The number of a text in either convention; None for an empty text."""
    if not text.strip():
        return None
    try:
        return parse_number(text, convention=convention)
    except AmbiguousNumberError as error:
        return Ambiguous(text, error.candidates)
    except NumberParseError as error:
        raise InputError(error.key, **error.values) from None


def _check_sign(number: Decimal, allow_negative: bool) -> None:
    if number < 0 and not allow_negative:
        raise InputError("input.negative", number=format_number(number))


def amount_from_number(number: Decimal, unit: MoneyUnit, *, allow_negative: bool = False) -> int:
    """A number read in `unit` as whole đồng, with the sign, exactness and size rules."""
    _check_sign(number, allow_negative)
    shown = format_number(number)
    try:
        amount = to_dong(number, unit)
    except ValueError:
        raise InputError("unit.not_whole_dong", number=shown, unit=unit.label) from None
    if abs(amount) > MAX_AMOUNT:
        raise InputError("input.too_large", number=shown, unit=unit.label)
    return amount


def count_from_number(number: Decimal, *, allow_negative: bool = False) -> int:
    """A number read as a count: whole, not negative unless allowed."""
    _check_sign(number, allow_negative)
    if number != number.to_integral_value():
        raise InputError("input.not_whole_count", number=format_number(number))
    if abs(number) > MAX_AMOUNT:
        raise InputError("input.too_large", number=format_number(number), unit="")
    return int(number)


def read_amount(
    text: str,
    unit: MoneyUnit,
    *,
    allow_negative: bool = False,
    convention: Convention = "auto",
) -> int | Ambiguous | None:
    """An amount typed in `unit` as whole đồng ("1.234,5" triệu đồng -> 1_234_500_000)."""
    number = read_number(text, convention)
    if number is None or isinstance(number, Ambiguous):
        return number
    return amount_from_number(number, unit, allow_negative=allow_negative)


def read_count(
    text: str, *, allow_negative: bool = False, convention: Convention = "auto"
) -> int | Ambiguous | None:
    """A count ("12", "1.500")."""
    number = read_number(text, convention)
    if number is None or isinstance(number, Ambiguous):
        return number
    return count_from_number(number, allow_negative=allow_negative)


def read_rate(
    text: str, *, allow_negative: bool = False, convention: Convention = "auto"
) -> Decimal | Ambiguous | None:
    """A KPI value as typed ("85,5", "85,5%", "5"): a trailing percent sign is dropped."""
    number = read_number(text.strip().rstrip("%").strip(), convention)
    if isinstance(number, Decimal):
        _check_sign(number, allow_negative)
    return number


def _reading(text: str) -> str | None:
    """ "vi" or "en" when a number can be read only that way ("1.234,5", "2,500,000"), else
    None (no separator, not a number, ambiguous, or both readings agree)."""
    try:
        value = parse_number(text, convention="vi")
        if parse_number(text, convention="en") != value:
            return None  # both readings valid ("1.500", "1,500"): no evidence
    except NumberParseError:
        return None
    body = "".join(c for c in text if c.isdigit() or c in ".,")
    fits = set()
    for name, group, mark in (("vi", ".", ","), ("en", ",", ".")):
        try:
            reading = Decimal(body.replace(group, "").replace(mark, "."))
        except ArithmeticError:
            continue
        if reading == abs(value):
            fits.add(name)
    return fits.pop() if len(fits) == 1 else None


def guess_convention(grid: list[list[str]]) -> Convention:
    """The convention the numbers of a block were written in, from the numbers that can be
    read only one way ("2,500,000" / "1.234,5" / "1,234.5"); "auto" when there are none or
    both kinds appear."""
    seen = {
        reading
        for row in grid
        for text in row
        if any(c in text for c in ".,") and (reading := _reading(text)) is not None
    }
    return seen.pop() if len(seen) == 1 else "auto"  # type: ignore[return-value]
