"""Repair of text entering the app: NFC, "ƣ" from bad PDF extraction, legacy TCVN3/VNI text.

Legacy detection reads each word that has a non-ASCII character both as it is and as decoded
from TCVN3 and from VNI (see legacy_charsets). A word counts for an encoding when only its
decoded form is a Vietnamese syllable, and against it when only the text as it is is one (or
when neither is). confidence = for / (for + against) × for / (for + 0.5): a text of Unicode
Vietnamese or English scores 0, a sentence of real TCVN3/VNI scores above 0.9, a single word
at most 0.67 so that short scraps are never converted without asking.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from itplan_desktop.vn.legacy_charsets import (
    TCVN3_DECODE,
    TCVN3_ENCODE,
    VNI_DECODE,
    VNI_ENCODE,
    bytes_to_text,
)
from itplan_desktop.vn.syllables import is_vietnamese_syllable

__all__ = [
    "LegacyDetection",
    "LegacyEncoding",
    "RepairResult",
    "detect_legacy",
    "legacy_to_unicode",
    "repair_pdf_u",
    "repair_text",
    "to_nfc",
    "unicode_to_legacy",
]

LegacyEncoding = Literal["tcvn3", "vni"]
_NAMES = {"tcvn3": "TCVN3 (ABC, .VnTime)", "vni": "VNI (VNI-Times)"}
_PUNCTUATION = " \t\r\n.,;:!?()[]{}\"'“”‘’«»-–—/…*"
_MAX_WORDS = 5000  # enough evidence; keeps detection fast on huge pastes
_PDF_U_WORD = re.compile(r"\w*[ƣƢ]\w*")
_TONED_LOWER = frozenset(v for v in TCVN3_DECODE.values() if v.islower() and v not in "ăâêôơưđ")


@dataclass(frozen=True)
class LegacyDetection:
    """The most likely legacy encoding (None when there is no evidence) and a 0-1 confidence."""

    encoding: LegacyEncoding | None
    confidence: float


@dataclass(frozen=True)
class RepairResult:
    """Repaired text, whether it differs from the input, the detection, and notes in Vietnamese."""

    text: str
    changed: bool
    legacy: LegacyDetection
    notes: tuple[str, ...]


def to_nfc(text: str) -> str:
    """Compose combining marks: the form the app stores ("e" + U+0302 + U+0323 -> "ệ")."""
    return unicodedata.normalize("NFC", text)


def _fix_pdf_word(match: re.Match[str]) -> str:
    word = match.group(0)
    fixed = word.replace("ƣ", "ư").replace("Ƣ", "Ư")
    return fixed if is_vietnamese_syllable(fixed) else word


def repair_pdf_u(text: str) -> str:
    """Fix PDF "ƣ": "nƣớc" -> "nước", "TRƢỜNG" -> "TRƯỜNG"; kept outside Vietnamese words."""
    if "ƣ" not in text and "Ƣ" not in text:
        return text
    return _PDF_U_WORD.sub(_fix_pdf_word, to_nfc(text))


def _decode_tcvn3(text: str) -> str:
    """Decode TCVN3 mojibake and give its toned letters their case.

    VN3 has no toned capitals: the all-caps font (.VnTimeH) shows the lower-case codes as
    capitals. A word whose other letters are two or more capitals ("VIÖT") is a capitals
    word, so its toned letters become capitals. A word with one capital and toned letters
    ("KÕ", "Së") is ambiguous — "Kế" in ordinary text, "KẾ" in a heading — and is decided by
    its neighbours: capitals only within a run of capitals ("KÕ HO¹CH" → "KẾ HOẠCH"), else
    lower case ("KÕ ho¹ch" → "Kế hoạch", "Hµ Néi" → "Hà Nội")."""
    chars = [TCVN3_DECODE.get(c, c) for c in text]
    caseless = [TCVN3_DECODE.get(c) in _TONED_LOWER for c in text]
    words = _words(chars)
    kinds = [_word_kind(chars, caseless, start, end) for start, end in words]
    for number, (start, end) in enumerate(words):
        kind = kinds[number]
        if kind == _AMBIGUOUS:
            left = _neighbour(chars, words, kinds, number, -1)
            right = _neighbour(chars, words, kinds, number, 1)
            capitals = _CAPS in (left, right) and _OTHER not in (left, right)
        else:
            capitals = kind == _CAPS
        if capitals:
            for i in range(start, end):
                if caseless[i]:
                    chars[i] = chars[i].upper()
    return "".join(chars)


_CAPS, _AMBIGUOUS, _NEUTRAL, _OTHER, _EDGE = "caps", "ambiguous", "neutral", "other", "edge"


def _words(chars: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of letters (and combining marks)."""
    words = []
    start = 0
    while start < len(chars):
        if not chars[start].isalpha():
            start += 1
            continue
        end = start
        while end < len(chars) and (chars[end].isalpha() or unicodedata.combining(chars[end])):
            end += 1
        words.append((start, end))
        start = end
    return words


def _word_kind(chars: list[str], caseless: list[bool], start: int, end: int) -> str:
    """caps: two or more capitals and no lower case; ambiguous: one capital and toned
    (caseless) letters; neutral: nothing to decide ("A", "Y", "ñy"…); other: lower case."""
    cased = [chars[i] for i in range(start, end) if not caseless[i] and chars[i].isalpha()]
    toned = any(caseless[start:end])
    if any(c.islower() for c in cased):
        return _OTHER
    if len(cased) >= 2:
        return _CAPS
    if len(cased) == 1 and toned:
        return _AMBIGUOUS
    return _NEUTRAL


def _neighbour(
    chars: list[str], words: list[tuple[int, int]], kinds: list[str], number: int, step: int
) -> str:
    """The first decisive word beside word `number` (caps or other), skipping ambiguous and
    neutral ones; "edge" at the start or end of the text or of the line."""
    index = number
    while True:
        following = index + step
        if not 0 <= following < len(words):
            return _EDGE
        gap = (
            chars[words[index][1] : words[following][0]]
            if step > 0
            else chars[words[following][1] : words[index][0]]
        )
        if "\n" in gap:
            return _EDGE
        if kinds[following] in (_CAPS, _OTHER):
            return kinds[following]
        index = following


def _decode_vni(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        pair = VNI_DECODE.get(text[i : i + 2])
        if pair is not None and len(text[i : i + 2]) == 2:
            out.append(pair)
            i += 2
            continue
        out.append(VNI_DECODE.get(text[i], text[i]))
        i += 1
    return "".join(out)


_DECODERS = {"tcvn3": _decode_tcvn3, "vni": _decode_vni}


def legacy_to_unicode(text: str | bytes, encoding: LegacyEncoding) -> str:
    """Convert TCVN3/VNI bytes, or their mojibake paste, to Unicode NFC."""
    if encoding not in _DECODERS:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    source = bytes_to_text(text) if isinstance(text, bytes) else text
    return to_nfc(_DECODERS[encoding](source))


def unicode_to_legacy(text: str, encoding: LegacyEncoding) -> str:
    """Unicode to the legacy encoding's mojibake characters (`.encode("latin-1")` for bytes);
    TCVN3 writes toned capitals with the lower-case code (VN3 has no capitals for them)."""
    table = {"tcvn3": TCVN3_ENCODE, "vni": VNI_ENCODE}.get(encoding)
    if table is None:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    return "".join(table.get(c, c) for c in to_nfc(text))


def _score(words: list[str], decoder: Callable[[str], str]) -> float:
    pro = against = 0.0
    for word in words:
        decoded = decoder(word)
        as_is, converted = is_vietnamese_syllable(word), is_vietnamese_syllable(decoded)
        if converted and not as_is:
            pro += 1
        elif not converted:
            against += 1
    if not pro:
        return 0.0
    return round(pro / (pro + against) * pro / (pro + 0.5), 3)


def _candidate_words(text: str) -> list[str]:
    words = []
    for token in text.split():
        word = token.strip(_PUNCTUATION)
        if word and not word.isascii():
            words.append(word)
            if len(words) >= _MAX_WORDS:
                break
    return words


def detect_legacy(text: str | bytes) -> LegacyDetection:
    """Which legacy encoding `text` (or bytes) is in, with a confidence; UTF-8 bytes are not."""
    if isinstance(text, bytes):
        try:
            text.decode("utf-8")
        except UnicodeDecodeError:
            text = bytes_to_text(text)
        else:
            return LegacyDetection(None, 0.0)
    words = _candidate_words(to_nfc(text))
    scores = {name: _score(words, decoder) for name, decoder in _DECODERS.items()}
    best = max(scores, key=lambda name: scores[name])
    if scores[best] == 0:
        return LegacyDetection(None, 0.0)
    return LegacyDetection(best, scores[best])  # type: ignore[arg-type]


def _choose_encoding(
    detection: LegacyDetection, mode: Literal["auto", "never", "always"], min_confidence: float
) -> LegacyEncoding | None:
    if mode not in ("auto", "never", "always"):
        raise ValueError(f"unknown convert_legacy mode {mode!r}")
    if mode == "never" or detection.encoding is None:
        return None
    if mode == "always" or detection.confidence >= min_confidence:
        return detection.encoding
    return None


def repair_text(
    text: str,
    *,
    convert_legacy: Literal["auto", "never", "always"] = "auto",
    min_confidence: float = 0.8,
) -> RepairResult:
    """Everything text entering the app goes through: NFC, legacy TCVN3/VNI conversion (in
    "auto" only at `min_confidence` or above; "always" converts whenever an encoding is
    detected at all), then "ƣ" -> "ư" in Vietnamese words."""
    notes: list[str] = []
    repaired = to_nfc(text)
    if repaired != text:
        notes.append("Đã chuẩn hóa Unicode (dựng sẵn, NFC).")
    detection = detect_legacy(repaired)
    encoding = _choose_encoding(detection, convert_legacy, min_confidence)
    if encoding is not None:
        repaired = legacy_to_unicode(repaired, encoding)
        percent = f"{detection.confidence * 100:.0f}"
        notes.append(
            f"Đã chuyển từ bảng mã {_NAMES[encoding]} sang Unicode (độ tin cậy {percent}%)."
        )
    elif detection.encoding is not None and convert_legacy == "auto":
        notes.append(
            f"Có thể là văn bản mã {_NAMES[detection.encoding]} "
            f"(độ tin cậy {detection.confidence * 100:.0f}%): chưa chuyển."
        )
    fixed = repair_pdf_u(repaired)
    if fixed != repaired:
        count = sum(a != b for a, b in zip(fixed, repaired, strict=True))
        notes.append(f"Đã sửa {count} chữ «ƣ» (lỗi chép từ PDF) thành «ư».")
        repaired = fixed
    return RepairResult(repaired, repaired != text, detection, tuple(notes))
