"""Outline numbering of Vietnamese documents (I. / 1. / a) / - / +, "Điều 1.") and Roman numerals.

Points ("điểm") are lettered with the Vietnamese alphabet minus the letters with diacritics
other than đ, and without f, j, w, z: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t,
u, v, x, y (23 letters, as in legal documents). Past "y" the letters are doubled: "aa)", "ab)".
"""

from __future__ import annotations

__all__ = ["ALPHA_LETTERS", "OUTLINE_STYLES", "from_roman", "outline_label", "to_roman"]

ALPHA_LETTERS = (
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
)  # fmt: skip
OUTLINE_STYLES = ("roman", "arabic", "alpha", "dash", "plus", "article", "none")
"""Every style a plan file may name; "none" prints no label (unnumbered rows like "Năm 2021")."""

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def to_roman(n: int) -> str:
    """1 -> "I", 14 -> "XIV" (1 to 3999)."""
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 3999:
        raise ValueError(f"Roman numerals are for 1 to 3999, not {n!r}")
    out = []
    for value, symbol in _ROMAN:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s: str) -> int:
    """Read "XIV" as 14; case-insensitive, surrounding spaces and a trailing "." ignored; only
    canonical numerals ("IIII" and "IC" are rejected)."""
    text = s.strip().rstrip(".").strip().upper()
    values = dict((symbol, value) for value, symbol in _ROMAN if len(symbol) == 1)
    if not text or any(c not in values for c in text):
        raise ValueError(f"{s.strip()!r} is not a Roman numeral")
    total = 0
    for current, following in zip(text, text[1:] + " ", strict=True):
        value = values[current]
        total += -value if following != " " and values[following] > value else value
    if not 1 <= total <= 3999 or to_roman(total) != text:
        raise ValueError(f"{s.strip()!r} is not a well-formed Roman numeral")
    return total


def _alpha(index: int) -> str:
    base = len(ALPHA_LETTERS)
    letters = []
    while index > 0:
        index, rest = divmod(index - 1, base)
        letters.append(ALPHA_LETTERS[rest])
    return "".join(reversed(letters))


def outline_label(style: str, index: int) -> str:
    """The label of the `index`-th item (from 1) of an outline level: "II.", "3.", "đ)", "-";
    "" for the style "none"."""
    if isinstance(index, bool) or not isinstance(index, int) or index < 1:
        raise ValueError(f"an outline index is 1 or more, not {index!r}")
    if style == "roman":
        return to_roman(index) + "."
    if style == "arabic":
        return f"{index}."
    if style == "alpha":
        return _alpha(index) + ")"
    if style == "dash":
        return "-"
    if style == "plus":
        return "+"
    if style == "article":
        return f"Điều {index}."
    if style == "none":
        return ""
    raise ValueError(f"unknown outline style {style!r}; expected one of {OUTLINE_STYLES}")
