"""Text repair: NFC, PDF "ƣ", and the legacy TCVN3/VNI encodings, letter by letter."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from itplan_desktop.vn.legacy_charsets import TCVN3_DECODE
from itplan_desktop.vn.text_repair import (
    LegacyDetection,
    detect_legacy,
    legacy_to_unicode,
    repair_pdf_u,
    repair_text,
    to_nfc,
    unicode_to_legacy,
)

# The published charts, written out independently of the implementation.
# TCVN 5712:1993 VN3 (ABC): letter -> byte.
TCVN3_CHART = {
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}  # fmt: skip

# VNI-Windows: letter -> characters (tones in the order sắc, huyền, hỏi, ngã, nặng).
_VNI_ROWS = {
    "áàảãạ": "aù aø aû aõ aï", "âấầẩẫậ": "aâ aá aà aå aã aä", "ăắằẳẵặ": "aê aé aè aú aü aë",
    "éèẻẽẹ": "eù eø eû eõ eï", "êếềểễệ": "eâ eá eà eå eã eä",
    "óòỏõọ": "où oø oû oõ oï", "ôốồổỗộ": "oâ oá oà oå oã oä", "ơớờởỡợ": "ô ôù ôø ôû ôõ ôï",
    "úùủũụ": "uù uø uû uõ uï", "ưứừửữự": "ö öù öø öû öõ öï",
    "íìỉĩị": "í ì æ ó ò", "ýỳỷỹỵ": "yù yø yû yõ î", "đ": "ñ",
}  # fmt: skip
VNI_CHART = {
    letter: code
    for letters, codes in _VNI_ROWS.items()
    for letter, code in zip(letters, codes.split(), strict=True)
}
VNI_CHART |= {letter.upper(): code.upper() for letter, code in VNI_CHART.items()}

VIETNAMESE_LETTERS = sorted(
    {
        unicodedata.normalize("NFC", base + mark + tone)
        for base, marks in (("a", "\u0306\u0302"), ("e", "\u0302"), ("o", "\u0302\u031b"),
                            ("u", "\u031b"), ("i", ""), ("y", ""))
        for mark in ("", *marks)
        for tone in ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
        if mark or tone
    }
    | {"đ"}
)  # fmt: skip
ALL_LETTERS = VIETNAMESE_LETTERS + [c.upper() for c in VIETNAMESE_LETTERS]
TONED_CAPITALS = [c for c in ALL_LETTERS if c.isupper() and c not in "ĂÂÊÔƠƯĐ"]

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"


def test_there_are_134_letters_and_both_charts_cover_them() -> None:
    assert len(ALL_LETTERS) == 134 == len(set(ALL_LETTERS))
    assert set(VNI_CHART) == set(ALL_LETTERS)
    assert set(TCVN3_CHART) | set(TONED_CAPITALS) == set(ALL_LETTERS)


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_vni_every_letter_both_directions(letter: str) -> None:
    code = VNI_CHART[letter]
    assert unicode_to_legacy(letter, "vni") == code
    assert legacy_to_unicode(code, "vni") == letter
    assert legacy_to_unicode(code.encode("latin-1"), "vni") == letter
    word = f"t{letter}n" if letter.islower() else f"T{letter}N"
    assert legacy_to_unicode(unicode_to_legacy(word, "vni"), "vni") == word


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_tcvn3_every_letter_both_directions(letter: str) -> None:
    code = chr(TCVN3_CHART.get(letter, TCVN3_CHART.get(letter.lower(), 0)))
    assert unicode_to_legacy(letter, "tcvn3") == code
    if letter in TONED_CAPITALS:
        # VN3 has no code for a toned capital: alone it reads lower case, in a word of
        # capitals (typed in an upper-case .VnTimeH font) it reads as a capital again.
        assert legacy_to_unicode(code, "tcvn3") == letter.lower()
        capitals = f"N{letter}N"
        assert legacy_to_unicode(unicode_to_legacy(capitals, "tcvn3"), "tcvn3") == capitals
    else:
        assert legacy_to_unicode(code, "tcvn3") == letter
        assert legacy_to_unicode(code.encode("latin-1"), "tcvn3") == letter
        word = f"t{letter}n" if letter.islower() else f"T{letter}N"
        assert legacy_to_unicode(unicode_to_legacy(word, "tcvn3"), "tcvn3") == word


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs iconv")
def test_tcvn3_table_agrees_with_glibc_iconv() -> None:
    codes = bytes(range(0xA1, 0x100))
    result = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=codes, capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("iconv has no TCVN5712-1")
    theirs = unicodedata.normalize("NFD", result.stdout.decode("utf-8"))
    ours = unicodedata.normalize("NFD", "".join(TCVN3_DECODE[chr(b)] for b in codes))
    assert ours == theirs


def test_vni_capital_with_lower_case_mark_and_combining_tcvn3_tones() -> None:
    assert legacy_to_unicode("Aùo", "vni") == "Áo"
    assert legacy_to_unicode("a\xb3", "tcvn3") == "á"  # 0xB3: combining acute (VN1)


SENTENCE = "Các cơ quan nhà nước thực hiện kế hoạch ứng dụng công nghệ thông tin"


def test_mojibake_examples() -> None:
    assert unicode_to_legacy("Việt Nam", "vni") == "Vieät Nam"
    assert unicode_to_legacy("Việt Nam", "tcvn3") == "ViÖt Nam"
    assert unicode_to_legacy("Như Xuân", "tcvn3") == "Nh\xad Xu©n"
    assert legacy_to_unicode("Tröôøng", "vni") == "Trường"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_sentences_are_detected_and_converted(encoding: str) -> None:
    legacy = unicode_to_legacy(SENTENCE, encoding)  # type: ignore[arg-type]
    for sample in (legacy, legacy.encode("latin-1")):
        detection = detect_legacy(sample)
        assert detection.encoding == encoding
        assert detection.confidence >= 0.9
    result = repair_text(legacy)
    assert result.text == SENTENCE and result.changed
    assert "Unicode" in result.notes[0]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("name", ["district_plan_nhu_xuan_2016_2020.txt",
                                  "province_plan_thanh_hoa_2011_2015.txt"])  # fmt: skip
def test_reference_documents_round_trip(encoding: str, name: str) -> None:
    path = REFERENCE / name
    if not path.exists():
        pytest.skip("reference documents not available")
    original = to_nfc(path.read_text(encoding="utf-8"))
    assert detect_legacy(original) == LegacyDetection(None, 0.0)
    assert repair_text(original).text == original
    legacy = unicode_to_legacy(original, encoding)  # type: ignore[arg-type]
    result = repair_text(legacy)
    assert result.legacy.encoding == encoding and result.legacy.confidence > 0.95
    if encoding == "vni":
        assert result.text == original
    else:  # VN3 keeps no toned capitals at the start of a mixed-case word ("Ủy" -> "ủy")
        assert result.text.lower() == original.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam",
        "Tôi là ai",  # Unicode Vietnamese made only of Latin-1 letters
        "Cà phê sữa đá",
        "Hello world",
        "Café, naïve résumé © 2020 – “quoted” text, 5 µm, 25 °C, ½ price",
        "Straße, Ærø, São Paulo, Zürich, Malmö, Besançon",
        "Số: 131/KH-UBND",
    ],
)
def test_plain_unicode_and_english_are_never_converted(text: str) -> None:
    result = repair_text(text)
    assert result.text == text
    assert not result.changed
    assert result.legacy.confidence < 0.8


def test_bytes_in_utf8_are_not_legacy() -> None:
    assert detect_legacy(SENTENCE.encode("utf-8")) == LegacyDetection(None, 0.0)


def test_short_scraps_ask_before_converting() -> None:
    scrap = unicode_to_legacy("Việt", "tcvn3")
    auto = repair_text(scrap)
    assert auto.text == scrap and auto.legacy.encoding == "tcvn3"
    assert "chưa chuyển" in auto.notes[0]
    assert repair_text(scrap, convert_legacy="always").text == "Việt"
    assert repair_text(scrap, min_confidence=0.5).text == "Việt"
    sentence = unicode_to_legacy(SENTENCE, "vni")
    assert repair_text(sentence, convert_legacy="never").text == sentence


def test_nfc_and_pdf_u() -> None:
    assert to_nfc("Vie\u0302\u0323t") == "Việt"
    result = repair_text("Kê\u0301 hoạch nƣớc")
    assert result.text == "Kế hoạch nước"
    assert len(result.notes) == 2
    assert repair_pdf_u("nƣớc, trƣờng; TRƢỜNG Ƣu tiên") == "nước, trường; TRƯỜNG Ưu tiên"
    assert repair_pdf_u("ƣxyz Ƣq") == "ƣxyz Ƣq"  # not Vietnamese words: left alone
    assert repair_pdf_u("no change") == "no change"


def test_unknown_modes_are_refused() -> None:
    with pytest.raises(ValueError):
        repair_text("x", convert_legacy="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        legacy_to_unicode("x", "viscii")  # type: ignore[arg-type]
