"""Vietnamese number formatting (9.460; 185,083) and tolerant parsing of typed/pasted numbers.

Parsing rule: a text is read both the Vietnamese way ('.' groups, ',' decimal) and the English way
(',' groups, '.' decimal); spaces (also NBSP, narrow NBSP) may group thousands in either. A
reading is valid only if its groups are well formed (first group 1-3 digits without a leading 0,
then groups of exactly 3). When exactly one reading is valid, or both give the same value, that
value is returned whatever the convention. When both are valid and differ (one separator followed
by exactly three digits: "1.500", "1,500", "185,083"), `convention` decides: "vi" takes the
Vietnamese reading, "en" the English one, and "auto" takes the Vietnamese reading for a dot
("1.500" = 1500) but raises `AmbiguousNumberError` for a comma ("1,500" = 1,5 or 1500?).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache
from typing import Literal

from babel import Locale
from babel.numbers import NumberPattern, get_decimal_symbol, get_group_symbol, parse_pattern

from ..messages import TextReadError, register_messages

__all__ = [
    "AmbiguousNumberError",
    "NumberParseError",
    "format_number",
    "parse_number",
]

_LOCALE = Locale.parse("vi")
_GROUP = get_group_symbol(_LOCALE)  # "." — from babel's CLDR data, not typed by hand
_DECIMAL = get_decimal_symbol(_LOCALE)  # ","
_SPACES = "\u00a0\u202f\u2009\u2007\u200a"
_MINUS = "-\u2212\u2013"


register_messages(
    {
        "number.empty": ("Chưa nhập số.", "No number was typed."),
        "number.invalid": (
            "«{text}» không phải là một số hợp lệ.",
            "«{text}» is not a valid number.",
        ),
        "number.ambiguous": (
            "Số «{text}» không rõ nghĩa: có thể là {first} hoặc {second}. Hãy nhập lại theo kiểu "
            "Việt Nam (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân).",
            "The number «{text}» is ambiguous: it may be {first} or {second}. Type it again the "
            "Vietnamese way (dot between thousands, comma before decimals).",
        ),
    }
)


class NumberParseError(TextReadError):
    """Text that is not a number; `message` follows the current language."""


class AmbiguousNumberError(NumberParseError):
    """Text with two valid readings; `candidates` is (Vietnamese reading, English reading)."""

    def __init__(self, text: str, candidates: tuple[Decimal, ...]) -> None:
        first, second = (format_number(c) for c in candidates[:2])
        super().__init__(text, "number.ambiguous", text=text.strip(), first=first, second=second)
        self.candidates = candidates


@lru_cache(maxsize=32)
def _pattern(decimals: int | None) -> NumberPattern:
    if decimals is None:
        return parse_pattern("#,##0.###")
    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))


def format_number(value: int | Decimal, decimals: int | None = None) -> str:
    """Format with the vi locale's symbols: 9460 -> "9.460", Decimal("185.083") -> "185,083".

    `decimals=None` shows the digits the value has (trailing zeros dropped); an int gives
    `decimals` zeros after the comma; rounding is half-up (money is never a float).
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"format_number takes int or Decimal, not {type(value).__name__}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError("not a finite number")
    if decimals is not None and decimals < 0:
        raise ValueError("decimals must be >= 0")
    if isinstance(value, int) and not decimals:
        return _grouped(value)  # the common case (whole amounts), ~20× faster than babel
    with localcontext() as context:  # quantize and babel use the context: keep every digit
        context.prec = max(28, len(number.as_tuple().digits) + (decimals or 0) + 2)
        if decimals is not None:
            number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
            return _grouped_decimal(number)
        if number == 0:
            number = abs(number)
        return str(_pattern(decimals).apply(number, _LOCALE, decimal_quantization=False))


def _grouped(value: int) -> str:
    text = f"{abs(value):,}".replace(",", _GROUP)
    return "-" + text if value < 0 else text


def _grouped_decimal(number: Decimal) -> str:
    """A quantized Decimal with the locale's symbols; its digits are exactly those shown."""
    text = format(abs(number), "f")
    whole, _, fraction = text.partition(".")
    shown = _grouped(int(whole)) + (_DECIMAL + fraction if fraction else "")
    return "-" + shown if number < 0 else shown


def _read(body: str, group: str, mark: str) -> Decimal | None:
    """The value of `body` with `group` grouping and `mark` as decimal mark, or None."""
    if body.count(mark) > 1:
        return None
    integer, has_mark, fraction = body.partition(mark)
    if has_mark and not fraction.isdigit():
        return None
    separators = {sep for sep in (group, " ") if sep in integer}
    if len(separators) > 1:
        return None
    if separators:
        groups = integer.split(separators.pop())
        first, others = groups[0], groups[1:]
        if not (first.isdigit() and len(first) <= 3 and first[0] != "0"):
            return None
        if any(len(g) != 3 or not g.isdigit() for g in others):
            return None
        integer = "".join(groups)
    elif integer and not integer.isdigit():
        return None
    if not integer and not fraction:
        return None
    return Decimal((integer or "0") + ("." + fraction if fraction else ""))


def _split_sign(text: str) -> tuple[bool, str]:
    body = text.strip()
    negative = False
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1].strip()
    if body[:1] in _MINUS or body[:1] == "+":
        if negative and body[:1] != "+":
            return False, ""
        negative = negative or body[:1] != "+"
        body = body[1:].strip()
    for space in _SPACES:
        body = body.replace(space, " ")
    return negative, body


def parse_number(text: str, *, convention: Literal["auto", "vi", "en"] = "auto") -> Decimal:
    """Read a number typed or pasted in either convention; see the module docstring."""
    if convention not in ("auto", "vi", "en"):
        raise ValueError(f"unknown convention {convention!r}")
    if not text.strip():
        raise NumberParseError(text, "number.empty")
    negative, body = _split_sign(text)
    if (
        not body
        or "  " in body
        or not all(c.isascii() and (c.isdigit() or c in " .,") for c in body)
    ):
        raise NumberParseError(text, "number.invalid", text=text.strip())
    vi, en = _read(body, ".", ","), _read(body, ",", ".")
    if vi is None and en is None:
        raise NumberParseError(text, "number.invalid", text=text.strip())
    if vi is None or en is None or vi == en:
        value = vi if vi is not None else en
    elif convention == "vi" or (convention == "auto" and "," not in body):
        value = vi
    elif convention == "en":
        value = en
    else:
        raise AmbiguousNumberError(text, (vi, en))
    assert value is not None
    value = -value if negative else value
    return abs(value) if value == 0 else value
