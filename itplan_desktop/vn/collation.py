"""Vietnamese sort order and accent-insensitive search.

Order (CLDR "vi" standard collation, verified against its rules "&̀<<̉<<̃<<́<<̣",
"&a<ă<â", "&d<đ", "&e<ê", "&o<ô<ơ", "&u<ư"):
1. letters by the Vietnamese alphabet a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t
   u ư v (w) x y (z), case and tone ignored; digraphs (ch, ng, nh, ...) are plain letter
   sequences, as in CLDR's standard order (its "traditional" order sorts them as units);
   runs of digits compare by numeric value ("Tổ 2" < "Tổ 10"); spaces before punctuation
   before digits before letters;
2. then tones, letter by letter: ngang < huyền < hỏi < ngã < sắc < nặng (a à ả ã á ạ),
   the order of Vietnamese dictionaries (Hoàng Phê) and of CLDR;
3. then case, lower case first; finally the text itself, so the order is total.
"""

from __future__ import annotations

import unicodedata
from typing import Any

__all__ = ["contains", "fold", "sort_key"]

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_WEIGHT = {letter: 100 + i for i, letter in enumerate(_ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_SPACE, _PUNCTUATION, _NUMBER, _OTHER = 1, 2, 50, 1000

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]


def _letters(text: str) -> list[list[Any]]:
    """[base letter (lower case), tone, is upper] for each base character of `text`."""
    out: list[list[Any]] = []
    for char in unicodedata.normalize("NFD", text.replace("ƣ", "ư").replace("Ƣ", "Ư")):
        if unicodedata.combining(char) and out:
            previous = out[-1]
            if char in _TONES:
                previous[1] = _TONES[char]
            else:
                previous[0] = _MODIFIED.get((previous[0], char), previous[0])
            continue
        lower = char.lower()
        out.append([lower, 0, char != lower])
    return out


def sort_key(text: str) -> SortKey:
    """A key for `sorted` that orders Vietnamese text as a Vietnamese reader expects."""
    primary: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    letters = _letters(text)
    i = 0
    while i < len(letters):
        char, tone, upper = letters[i]
        if char.isdigit() and char.isascii():
            j = i
            while j < len(letters) and letters[j][0].isdigit() and letters[j][0].isascii():
                j += 1
            digits = "".join(entry[0] for entry in letters[i:j]).lstrip("0") or "0"
            primary += [_NUMBER, len(digits), *(int(d) for d in digits)]
            i = j
            continue
        if char in _LETTER_WEIGHT:
            primary.append(_LETTER_WEIGHT[char])
            tones.append(tone)
            cases.append(int(upper))
        elif char.isspace():
            primary.append(_SPACE)
        elif char.isalpha():
            primary.append(_OTHER + ord(char))
        else:
            primary.append(_PUNCTUATION)
        i += 1
    return tuple(primary), tuple(tones), tuple(cases), text


def fold(text: str) -> str:
    """Lower case without tones or diacritics, đ -> d: "Như Xuân" -> "nhu xuan"."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("ƣ", "u").replace("Ƣ", "U")
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare.lower())


def contains(haystack: str, needle: str) -> bool:
    """Accent-, case- and spacing-insensitive search: contains("Huyện Như Xuân", "nhu xuan")."""
    return " ".join(fold(needle).split()) in " ".join(fold(haystack).split())
