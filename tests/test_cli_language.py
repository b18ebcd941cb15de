"""`itplan words` and `itplan fix-text`, run as real processes (stdin/stdout bytes matter)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from itplan_desktop.vn.text_repair import unicode_to_legacy


def itplan(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "itplan_desktop.cli", *args],
        input=stdin,
        capture_output=True,
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["9460", "--unit", "triệu đồng"], "Chín tỷ bốn trăm sáu mươi triệu đồng"),
        (
            ["151.359", "--unit", "Triệu đồng"],
            "Một trăm năm mươi mốt tỷ ba trăm năm mươi chín triệu đồng",
        ),
        (
            ["185,083", "--unit", "tỷ đồng"],
            "Một trăm tám mươi lăm tỷ không trăm tám mươi ba triệu đồng",
        ),
        (["1005"], "Một nghìn không trăm linh năm đồng"),
        (["1005", "--zero-ten", "lẻ", "--thousand", "ngàn"], "Một ngàn không trăm lẻ năm đồng"),
        (["24", "--four", "tư"], "Hai mươi tư đồng"),
    ],
)
def test_words(args: list[str], expected: str):
    result = itplan("words", *args)
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").strip() == expected


def test_words_refuses_bad_input_with_exit_1():
    result = itplan("words", "chín nghìn")
    assert result.returncode == 1 and "không phải là một số tiền" in result.stderr.decode()
    result = itplan("words", "1,5")  # 1,5 đồng is not a whole number of đồng
    assert result.returncode == 1
    result = itplan("words", "5", "--unit", "đô la")
    assert result.returncode == 1 and "Đơn vị" in result.stderr.decode()


def test_fix_text_repairs_pdf_u_and_combining_marks():
    broken = "Trƣờng học, nƣớc ta và " + "Vie\u0323\u0302t Nam"
    result = itplan("fix-text", stdin=broken.encode("utf-8"))
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == "Trường học, nước ta và Việt Nam"


def test_fix_text_converts_legacy_tcvn3_bytes_and_mojibake():
    original = "Ủy ban nhân dân huyện Như Xuân xây dựng kế hoạch ứng dụng công nghệ thông tin"
    legacy = unicode_to_legacy(original, "tcvn3")
    as_bytes = itplan("fix-text", stdin=legacy.encode("cp1252", errors="strict"))
    as_paste = itplan("fix-text", stdin=legacy.encode("utf-8"))
    for result in (as_bytes, as_paste):
        assert result.returncode == 0
        assert result.stdout.decode("utf-8").lower() == original.lower()


def test_fix_text_leaves_good_unicode_alone():
    text = "Kế hoạch ứng dụng CNTT giai đoạn 2016 - 2020.\n"
    assert itplan("fix-text", stdin=text.encode()).stdout.decode() == text
