"""Amounts in words ("Bằng chữ"): the table is the specification."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itplan_desktop.vn.amount_words import (
    MAX_WORDS_AMOUNT,
    WordsOptions,
    WordsParseError,
    amount_to_words,
    words_to_amount,
)

DEFAULT = [
    # the reference plans
    (9_460_000_000, "Chín tỷ bốn trăm sáu mươi triệu đồng"),
    (151_359_000_000, "Một trăm năm mươi mốt tỷ ba trăm năm mươi chín triệu đồng"),
    (1_005, "Một nghìn không trăm linh năm đồng"),
    # units and teens
    (0, "Không đồng"),
    (1, "Một đồng"),
    (4, "Bốn đồng"),
    (5, "Năm đồng"),
    (7, "Bảy đồng"),
    (9, "Chín đồng"),
    (10, "Mười đồng"),
    (11, "Mười một đồng"),
    (12, "Mười hai đồng"),
    (14, "Mười bốn đồng"),
    (15, "Mười lăm đồng"),
    (19, "Mười chín đồng"),
    # tens: mươi, mốt, lăm, bốn
    (20, "Hai mươi đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi bốn đồng"),
    (25, "Hai mươi lăm đồng"),
    (30, "Ba mươi đồng"),
    (31, "Ba mươi mốt đồng"),
    (34, "Ba mươi bốn đồng"),
    (35, "Ba mươi lăm đồng"),
    (40, "Bốn mươi đồng"),
    (44, "Bốn mươi bốn đồng"),
    (45, "Bốn mươi lăm đồng"),
    (50, "Năm mươi đồng"),
    (51, "Năm mươi mốt đồng"),
    (55, "Năm mươi lăm đồng"),
    (71, "Bảy mươi mốt đồng"),
    (99, "Chín mươi chín đồng"),
    # hundreds: linh, mười after a hundred
    (100, "Một trăm đồng"),
    (101, "Một trăm linh một đồng"),
    (104, "Một trăm linh bốn đồng"),
    (105, "Một trăm linh năm đồng"),
    (109, "Một trăm linh chín đồng"),
    (110, "Một trăm mười đồng"),
    (111, "Một trăm mười một đồng"),
    (115, "Một trăm mười lăm đồng"),
    (121, "Một trăm hai mươi mốt đồng"),
    (125, "Một trăm hai mươi lăm đồng"),
    (200, "Hai trăm đồng"),
    (405, "Bốn trăm linh năm đồng"),
    (555, "Năm trăm năm mươi lăm đồng"),
    (999, "Chín trăm chín mươi chín đồng"),
    # thousands: "không trăm" inside a group, empty groups skipped
    (1_000, "Một nghìn đồng"),
    (1_001, "Một nghìn không trăm linh một đồng"),
    (1_010, "Một nghìn không trăm mười đồng"),
    (1_015, "Một nghìn không trăm mười lăm đồng"),
    (1_021, "Một nghìn không trăm hai mươi mốt đồng"),
    (1_100, "Một nghìn một trăm đồng"),
    (1_500, "Một nghìn năm trăm đồng"),
    (2_024, "Hai nghìn không trăm hai mươi bốn đồng"),
    (10_000, "Mười nghìn đồng"),
    (10_005, "Mười nghìn không trăm linh năm đồng"),
    (15_000, "Mười lăm nghìn đồng"),
    (21_000, "Hai mươi mốt nghìn đồng"),
    (25_500, "Hai mươi lăm nghìn năm trăm đồng"),
    (100_000, "Một trăm nghìn đồng"),
    (105_000, "Một trăm linh năm nghìn đồng"),
    (999_999, "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"),
    # millions
    (1_000_000, "Một triệu đồng"),
    (1_000_001, "Một triệu không trăm linh một đồng"),
    (1_001_000, "Một triệu không trăm linh một nghìn đồng"),
    (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
    (1_500_000, "Một triệu năm trăm nghìn đồng"),
    (5_000_005, "Năm triệu không trăm linh năm đồng"),
    (15_250_000, "Mười lăm triệu hai trăm năm mươi nghìn đồng"),
    (560_000_000, "Năm trăm sáu mươi triệu đồng"),
    (3_860_000_000, "Ba tỷ tám trăm sáu mươi triệu đồng"),
    # billions (tỷ) and above
    (1_000_000_000, "Một tỷ đồng"),
    (1_000_000_005, "Một tỷ không trăm linh năm đồng"),
    (1_001_000_000, "Một tỷ không trăm linh một triệu đồng"),
    (2_000_050_000, "Hai tỷ không trăm năm mươi nghìn đồng"),
    (110_219_000_000, "Một trăm mười tỷ hai trăm mười chín triệu đồng"),
    (41_140_000_000, "Bốn mươi mốt tỷ một trăm bốn mươi triệu đồng"),
    (185_083_000_000, "Một trăm tám mươi lăm tỷ không trăm tám mươi ba triệu đồng"),
    (1_000_000_000_000, "Một nghìn tỷ đồng"),
    (1_001_000_000_000, "Một nghìn không trăm linh một tỷ đồng"),
    (2_500_000_000_000, "Hai nghìn năm trăm tỷ đồng"),
    (1_000_000_000_001, "Một nghìn tỷ không trăm linh một đồng"),
    (10**15, "Một triệu tỷ đồng"),
    (1_234_567_000_000_000, "Một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy tỷ đồng"),
    (10**18, "Một tỷ tỷ đồng"),
    (10**18 + 1, "Một tỷ tỷ không trăm linh một đồng"),
    (1_500_000_000 * 10**9, "Một tỷ năm trăm triệu tỷ đồng"),
    (
        999_999_999_999_999_999,
        "Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi "
        "chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm "
        "chín mươi chín đồng",
    ),
    # negatives
    (-1, "Âm một đồng"),
    (-9_460_000_000, "Âm chín tỷ bốn trăm sáu mươi triệu đồng"),
]


@pytest.mark.parametrize(("amount", "words"), DEFAULT)
def test_default_reading(amount: int, words: str) -> None:
    assert amount_to_words(amount) == words


@pytest.mark.parametrize(("amount", "words"), DEFAULT)
def test_reading_back(amount: int, words: str) -> None:
    assert words_to_amount(words) == amount


LE_NGAN_TU = WordsOptions(zero_ten="lẻ", thousand="ngàn", four="tư")

VARIANTS = [
    (24, LE_NGAN_TU, "Hai mươi tư đồng"),
    (34, LE_NGAN_TU, "Ba mươi tư đồng"),
    (14, LE_NGAN_TU, "Mười bốn đồng"),  # tư only after "mươi"
    (104, LE_NGAN_TU, "Một trăm lẻ bốn đồng"),  # and not after "lẻ"
    (44, LE_NGAN_TU, "Bốn mươi tư đồng"),  # the tens digit stays "bốn"
    (1_005, LE_NGAN_TU, "Một ngàn không trăm lẻ năm đồng"),
    (2_024_000, LE_NGAN_TU, "Hai triệu không trăm hai mươi tư ngàn đồng"),
    (1_000_000_000_000, LE_NGAN_TU, "Một ngàn tỷ đồng"),
    (105, WordsOptions(zero_ten="lẻ"), "Một trăm lẻ năm đồng"),
    (1_000, WordsOptions(thousand="ngàn"), "Một ngàn đồng"),
    (124, WordsOptions(four="tư"), "Một trăm hai mươi tư đồng"),
]


@pytest.mark.parametrize(("amount", "options", "words"), VARIANTS)
def test_house_style_variants(amount: int, options: WordsOptions, words: str) -> None:
    assert amount_to_words(amount, options=options) == words
    assert words_to_amount(words) == amount


def test_without_currency_and_capital() -> None:
    assert amount_to_words(9460, currency=None, capitalize=False) == "chín nghìn bốn trăm sáu mươi"
    assert amount_to_words(5, currency="triệu đồng") == "Năm triệu đồng"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Bằng chữ: Chín tỷ bốn trăm sáu mươi triệu đồng", 9_460_000_000),
        ("(Bằng chữ: Chín tỷ bốn trăm sáu mươi triệu đồng).", 9_460_000_000),
        ("(*Bằng chữ: Chín tỷ bốn trăm sáu mươi triệu đồng*).", 9_460_000_000),
        ("Một trăm linh năm đồng chẵn./.", 105),
        ("  MỘT   TỈ  HAI TRĂM NGÀN  ", 1_000_200_000),
        ("hai mươi nhăm", 25),
        ("một trăm lẻ tư", 104),
        ("hai mươi một", 21),  # "một" after "mươi" is understood
        ("một triệu năm mươi nghìn", 1_050_000),  # "không trăm" left out
        ("một nghìn linh năm", 1_005),
        ("bẩy trăm", 700),
        ("Âm mười đồng", -10),
        ("không", 0),
        ("ba m\u01a3\u01a1i", 30),  # "ƣ" from a PDF copy
        ("Mo\u0302\u0323t tra\u0306m", 100),  # decomposed (NFD) input
    ],
)
def test_reading_back_tolerates_what_people_write(text: str, amount: int) -> None:
    assert words_to_amount(text) == amount


@pytest.mark.parametrize(
    "text",
    [
        "",
        "đồng",
        "abc",
        "một trăm năm",  # 105 or colloquial 150: refused
        "một nghìn năm",  # 1005 or 1500: refused
        "hai mười",
        "mốt trăm",
        "linh năm",
        "triệu",
        "một triệu hai triệu",
        "mười mươi",
        "một mươi",
    ],
)
def test_unreadable_words_raise_a_vietnamese_message(text: str) -> None:
    with pytest.raises(WordsParseError) as caught:
        words_to_amount(text)
    assert caught.value.message.startswith("Không đọc được số tiền bằng chữ")
    assert caught.value.text == text


def test_limits_and_types() -> None:
    top = amount_to_words(MAX_WORDS_AMOUNT)
    assert top.startswith("Chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu")
    assert words_to_amount(top) == MAX_WORDS_AMOUNT
    with pytest.raises(ValueError, match="too large"):
        amount_to_words(MAX_WORDS_AMOUNT + 1)
    with pytest.raises(TypeError):
        amount_to_words(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        amount_to_words(True)
    with pytest.raises(ValueError):
        WordsOptions(zero_ten="lẽ")  # type: ignore[arg-type]


ALL_OPTIONS = [
    WordsOptions(zero_ten=z, thousand=t, four=f)
    for z in ("linh", "lẻ")
    for t in ("nghìn", "ngàn")
    for f in ("bốn", "tư")
]
amounts = st.integers(min_value=0, max_value=10**18)
options = st.sampled_from(ALL_OPTIONS)


@given(amounts, options, st.booleans(), st.booleans())
def test_number_words_number(amount: int, opts: WordsOptions, cap: bool, cur: bool) -> None:
    words = amount_to_words(amount, options=opts, capitalize=cap, currency="đồng" if cur else None)
    assert words_to_amount(words) == amount


@given(amounts, options, options, st.randoms(use_true_random=False))
def test_words_number_words(amount: int, written: WordsOptions, wanted: WordsOptions, rnd) -> None:
    """Words in any variant, re-cased and re-spaced, read back and re-written in another."""
    words = amount_to_words(amount, options=written)
    messy = "  ".join(w.upper() if rnd.random() < 0.3 else w for w in words.split())
    assert amount_to_words(words_to_amount(messy), options=wanted) == amount_to_words(
        amount, options=wanted
    )
    assert amount_to_words(words_to_amount(words), options=written) == words


@given(st.integers(min_value=-(10**18), max_value=-1))
def test_negative_round_trip(amount: int) -> None:
    words = amount_to_words(amount)
    assert words.startswith("Âm ")
    assert words_to_amount(words) == amount


def test_fast_enough_for_whole_appendices() -> None:
    """100.000 amounts take ~0,17 s (bench/bench_vn_words.py); a generous guard here."""
    import random
    import time

    rnd = random.Random(7)
    values = [rnd.randrange(10**15) for _ in range(20_000)]
    start = time.perf_counter()
    for value in values:
        amount_to_words(value)
    assert time.perf_counter() - start < 1.0
