"""Amounts of money in Vietnamese words ("Bằng chữ"), both directions.

Rules (see docs/vietnamese.md): digits are read in groups of three; a group after the first
non-zero group is read in full ("không trăm", "linh"); 10–19 use "mười", 20–99 "X mươi";
after "mươi" 1 is "mốt", 5 is "lăm" and 4 is "bốn" or "tư" (option); after "mười" 5 is "lăm";
after "linh"/"lẻ" digits keep their plain name ("một trăm linh năm"). Above "tỷ" the reading
recurses: 10^12 is "một nghìn tỷ", 10^15 "một triệu tỷ", 10^18 "một tỷ tỷ".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..messages import TextReadError, message, register_messages

__all__ = [
    "MAX_WORDS_AMOUNT",
    "WordsOptions",
    "WordsParseError",
    "amount_to_words",
    "words_to_amount",
]

#: Largest absolute amount read into words ("chín trăm chín mươi chín tỷ tỷ ..."), 10^21 - 1.
MAX_WORDS_AMOUNT = 10**21 - 1

_BILLION = 10**9
_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


@dataclass(frozen=True)
class WordsOptions:
    """House-style variants; defaults follow the reference plans and the standard (northern,
    official) usage: "linh" for a zero ten, "nghìn", and "bốn" after "mươi"."""

    zero_ten: Literal["linh", "lẻ"] = "linh"
    thousand: Literal["nghìn", "ngàn"] = "nghìn"
    four: Literal["bốn", "tư"] = "bốn"

    def __post_init__(self) -> None:
        if self.zero_ten not in ("linh", "lẻ"):
            raise ValueError(f"zero_ten is 'linh' or 'lẻ', not {self.zero_ten!r}")
        if self.thousand not in ("nghìn", "ngàn"):
            raise ValueError(f"thousand is 'nghìn' or 'ngàn', not {self.thousand!r}")
        if self.four not in ("bốn", "tư"):
            raise ValueError(f"four is 'bốn' or 'tư', not {self.four!r}")


_DEFAULT_OPTIONS = WordsOptions()


register_messages(
    {
        "amount_words.unreadable": (
            "Không đọc được số tiền bằng chữ «{text}»: {detail}.",
            "Cannot read the amount in words «{text}»: {detail}.",
        ),
        "amount_words.bad_digit": (
            "«{token}» không phải là chữ số hợp lệ ở vị trí này",
            "«{token}» is not a valid digit word here",
        ),
        "amount_words.extra": ("thừa từ «{words}»", "extra words «{words}»"),
        "amount_words.zero_ten": (
            "sau «linh/lẻ» phải là đúng một chữ số, sau một hàng trăm",
            "«linh/lẻ» must follow a hundred and come before exactly one digit word",
        ),
        "amount_words.no_place": (
            "«{token}» không rõ hàng (thiếu «linh», «mươi» hoặc «trăm»)",
            "«{token}» has no place (missing «linh», «mươi» or «trăm»)",
        ),
        "amount_words.unknown_phrase": (
            "không hiểu cụm từ «{words}»",
            "the phrase «{words}» is not understood",
        ),
        "amount_words.scale_twice": ("«{scale}» xuất hiện nhiều lần", "«{scale}» appears twice"),
        "amount_words.scale_alone": (
            "thiếu số đứng trước «{scale}»",
            "no number before «{scale}»",
        ),
        "amount_words.no_digit": ("không có chữ số nào", "no digit words"),
    }
)


class WordsParseError(TextReadError):
    """A "Bằng chữ" text that cannot be read as an amount; `message` follows the language."""

    @property
    def message(self) -> str:
        detail = message(self.key, **self.values)
        return message("amount_words.unreadable", text=self.text.strip(), detail=detail)


# --- number -> words -------------------------------------------------------------------------


def _tens_and_units(tens: int, units: int, options: WordsOptions) -> str:
    """Read 10..99 (tens >= 1)."""
    if tens == 1:
        head = "mười"
        unit = ("", "một", "hai", "ba", "bốn", "lăm", "sáu", "bảy", "tám", "chín")[units]
    else:
        head = _DIGITS[tens] + " mươi"
        unit = ("", "mốt", "hai", "ba", options.four, "lăm", "sáu", "bảy", "tám", "chín")[units]
    return f"{head} {unit}" if unit else head


def _group_words(value: int, full: bool, options: WordsOptions) -> str:
    """Read one group 1..999; `full` reads the hundreds even when zero ("không trăm")."""
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    parts = []
    if hundreds or full:
        parts.append(_DIGITS[hundreds] + " trăm")
    if tens:
        parts.append(_tens_and_units(tens, units, options))
    elif units:
        parts.append(f"{options.zero_ten} {_DIGITS[units]}" if parts else _DIGITS[units])
    return " ".join(parts)


@lru_cache(maxsize=16)
def _tables(options: WordsOptions) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Precomputed readings of every group 0..999: (as the leading group, as a later group)."""
    lead = ("", *(_group_words(v, False, options) for v in range(1, 1000)))
    inner = ("", *(_group_words(v, True, options) for v in range(1, 1000)))
    return lead, inner


def _below_billion(
    value: int, leading: bool, tables: tuple[tuple[str, ...], tuple[str, ...]], thousand: str
) -> list[str]:
    millions, rest = divmod(value, 1_000_000)
    thousands, units = divmod(rest, 1000)
    lead, inner = tables
    parts: list[str] = []
    if millions:
        parts.append((lead if leading else inner)[millions])
        parts.append("triệu")
    if thousands:
        parts.append((lead if leading and not parts else inner)[thousands])
        parts.append(thousand)
    if units:
        parts.append((lead if leading and not parts else inner)[units])
    return parts


def _spell(value: int, tables: tuple[tuple[str, ...], tuple[str, ...]], thousand: str) -> list[str]:
    if value < _BILLION:
        return _below_billion(value, True, tables, thousand)
    high, low = divmod(value, _BILLION)
    parts = _spell(high, tables, thousand)
    parts.append("tỷ")
    if low:
        parts.extend(_below_billion(low, False, tables, thousand))
    return parts


def amount_to_words(
    amount: int,
    *,
    options: WordsOptions = _DEFAULT_OPTIONS,
    currency: str | None = "đồng",
    capitalize: bool = True,
) -> str:
    """Read an integer amount in Vietnamese: 1_005 -> "Một nghìn không trăm linh năm đồng"."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"amount must be an int, not {type(amount).__name__}")
    magnitude = -amount if amount < 0 else amount
    if magnitude > MAX_WORDS_AMOUNT:
        raise ValueError(f"amount too large for words (at most {MAX_WORDS_AMOUNT})")
    if magnitude == 0:
        words = "không"
    else:
        words = " ".join(_spell(magnitude, _tables(options), options.thousand))
    if amount < 0:
        words = "âm " + words
    if currency:
        words = f"{words} {currency}"
    if capitalize:
        words = words[0].upper() + words[1:]
    return words


# --- words -> number -------------------------------------------------------------------------

_SYNONYMS = {"lẻ": "linh", "ngàn": "nghìn", "tỉ": "tỷ"}
_DIGIT_VALUE = {word: i for i, word in enumerate(_DIGITS)} | {"bẩy": 7}
# After "mười"/"mươi"/"linh" the units digit also has its special names.
_UNIT_VALUE = _DIGIT_VALUE | {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_PREFIX = re.compile(r"^(?:viết |số tiền )?bằng chữ\s*:?\s*")
_SUFFIX_WORDS = ("chẵn", "chẳn", "đồng", "vnđ", "vnd")
_TRIM = " \t\r\n()[]*_\"'“”.,;:/"


def _tokens(text: str) -> list[str]:
    """Lower-case words of the amount, without prefix, currency and punctuation."""
    cleaned = unicodedata.normalize("NFC", text).replace("ƣ", "ư").replace("Ƣ", "Ư").lower()
    cleaned = cleaned.strip(_TRIM)
    if cleaned.startswith(("bằng", "viết", "số")):
        cleaned = _PREFIX.sub("", cleaned).strip(_TRIM)
    tokens = cleaned.replace(",", " ").replace("-", " ").split()
    for word in _SUFFIX_WORDS:
        if tokens and tokens[-1].strip(_TRIM) == word:
            tokens.pop()
    if tokens:
        tokens[-1] = tokens[-1].strip(_TRIM)
    return [_SYNONYMS.get(token, token) for token in tokens if token]


def _fail(text: str, reason: str, **values: object) -> WordsParseError:
    return WordsParseError(text, f"amount_words.{reason}", **values)


def _digit(token: str, text: str, low: int = 0, unit: bool = False) -> int:
    value = (_UNIT_VALUE if unit else _DIGIT_VALUE).get(token)
    if value is None or value < low:
        raise _fail(text, "bad_digit", token=token)
    return value


def _unit_after_ten(tokens: list[str], text: str) -> int:
    """The units word after "mười"/"mươi": nothing, a digit, "mốt", "lăm", "tư", ..."""
    if not tokens:
        return 0
    if len(tokens) > 1:
        raise _fail(text, "extra", words=" ".join(tokens[1:]))
    return _digit(tokens[0], text, low=1, unit=True)


def _parse_group(tokens: list[str], leading: bool, text: str) -> int:
    """Read one three-digit group; a later group without "trăm" must not be a bare digit."""
    value, rest = 0, tokens
    if len(tokens) >= 2 and tokens[1] == "trăm":
        value, rest = 100 * _digit(tokens[0], text), tokens[2:]
    if not rest:
        return value
    if rest[0] == "linh":
        if len(rest) != 2 or (leading and value == 0 and len(tokens) == len(rest)):
            raise _fail(text, "zero_ten")
        return value + _digit(rest[1], text, low=1, unit=True)
    if rest[0] == "mười":
        return value + 10 + _unit_after_ten(rest[1:], text)
    if len(rest) >= 2 and rest[1] == "mươi":
        return value + 10 * _digit(rest[0], text, low=2) + _unit_after_ten(rest[2:], text)
    if len(rest) == 1 and leading and value == 0 and len(tokens) == 1:
        return _digit(rest[0], text)
    if len(rest) == 1:
        raise _fail(text, "no_place", token=rest[0])
    raise _fail(text, "unknown_phrase", words=" ".join(rest))


def _parse_below_billion(tokens: list[str], leading: bool, text: str) -> int:
    total, first = 0, leading
    for scale, factor in (("triệu", 1_000_000), ("nghìn", 1000)):
        if scale not in tokens:
            continue
        if tokens.count(scale) > 1:
            raise _fail(text, "scale_twice", scale=scale)
        index = tokens.index(scale)
        group = _parse_group(tokens[:index], first, text) if index else 0
        if group == 0:
            raise _fail(text, "scale_alone", scale=scale)
        total += group * factor
        tokens, first = tokens[index + 1 :], False
    if tokens:
        total += _parse_group(tokens, first, text)
    return total


def _parse_tokens(tokens: list[str], text: str) -> int:
    if "tỷ" not in tokens:
        return _parse_below_billion(tokens, True, text)
    index = len(tokens) - 1 - tokens[::-1].index("tỷ")
    high = _parse_tokens(tokens[:index], text) if index else 0
    if high == 0:
        raise _fail(text, "scale_alone", scale="tỷ")
    low = tokens[index + 1 :]
    return high * _BILLION + (_parse_below_billion(low, False, text) if low else 0)


def words_to_amount(text: str) -> int:
    """Read Vietnamese words back to an integer; tolerant of the variants, case, spacing,
    a "Bằng chữ:" prefix and a trailing "đồng"/"đồng chẵn"/"./."."""
    tokens = _tokens(text)
    negative = bool(tokens) and tokens[0] == "âm"
    if negative:
        tokens = tokens[1:]
    if not tokens:
        raise _fail(text, "no_digit")
    value = 0 if tokens == ["không"] else _parse_tokens(tokens, text)
    return -value if negative else value
