"""A permissive check that a word is a well-formed Vietnamese syllable.

Used by text repair to tell real Vietnamese from legacy-encoding mojibake ("ViÖt", "Vieät"):
initial consonant + rhyme from the list of Vietnamese rhymes + at most one tone mark, and
only sắc or nặng on a rhyme closed by c, ch, p or t.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["is_vietnamese_syllable", "split_tone"]

_INITIALS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip

_RHYMES = frozenset(
    """
    a ac ach ai am an ang anh ao ap at au ay
    ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
    oc oe oen oeo oet oi om on ong ooc oong op ot
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u ua uân uâng uât uây uc uê uêch uênh ui um un ung uô uôc uôi uôm uôn uông uôt
    uơ up ut uy uya uych uyên uyêt uynh uyt uyu
    ư ưa ưc ưi ưm ưn ưng ươc ươi ươm ươn ương ươp ươt ươu ưt ưu
    y yêm yên yêt yêu
    """.split()  # noqa: SIM905 - a table reads better as text
)
_STOPS = ("c", "ch", "p", "t")
# Combining tone marks: huyền, hỏi, ngã, sắc, nặng.
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def split_tone(word: str) -> tuple[str, int, int]:
    """(word without tone marks, NFC; tone 0-5; number of tone marks found)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [_TONE_MARKS[c] for c in decomposed if c in _TONE_MARKS]
    bare = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", bare), (tones[0] if tones else 0), len(tones)


@lru_cache(maxsize=8192)
def is_vietnamese_syllable(word: str) -> bool:
    """True for "Việt", "trường", "NGHIÊNG"; False for "ViÖt", "Vieät", "café"."""
    bare, tone, marks = split_tone(word.lower())
    if marks > 1 or not bare:
        return False
    for initial in _INITIALS:
        if not bare.startswith(initial):
            continue
        rhyme = bare[len(initial) :]
        if initial == "gi" and rhyme == "":
            rhyme = "i"
        if rhyme in _RHYMES:
            return not rhyme.endswith(_STOPS) or tone in (4, 5)
    return False
