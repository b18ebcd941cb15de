"""TCVN3 capitals (issue 14, item 17): VN3 has no toned capitals, so a word with one capital
and a toned letter is decided by its neighbours; only words within a run of capitals become
capitals. Each row: the Unicode a .VnTime/.VnTimeH document shows, written in TCVN3 and read
back."""

from __future__ import annotations

import pytest

from itplan_desktop.vn.text_repair import legacy_to_unicode, repair_text, unicode_to_legacy

CASES = [
    # (what the document shows, its kind)
    ("Kế hoạch", "title"),
    ("Sở Thông tin và Truyền thông", "title"),
    ("Bộ Công an", "title"),
    ("Tỷ lệ cán bộ có máy tính", "title"),
    ("Hà Nội", "title"),
    ("Việt Nam", "title"),
    ("UBND Hà Nội", "title"),
    ("Kế", "title"),
    ("Đề án 06", "title"),
    ("kế hoạch ứng dụng công nghệ thông tin", "lower"),
    ("tỷ lệ hồ sơ trực tuyến", "lower"),
    ("số hóa", "lower"),
    ("KẾ HOẠCH", "caps"),
    ("KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN", "caps"),
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "caps"),
    ("BỘ CÔNG AN", "caps"),
    ("HÀ NỘI", "caps"),
    ("ỦY BAN NHÂN DÂN HUYỆN NHƯ XUÂN", "caps"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "caps"),
    ("HUYỆN NHƯ XUÂN\nKế hoạch số 131", "mixed lines"),
    ("Căn cứ Luật CNTT; KẾ HOẠCH", "mixed"),
]


@pytest.mark.parametrize(("shown", "kind"), CASES, ids=[c[0] for c in CASES])
def test_tcvn3_word_case_is_decided_from_its_neighbours(shown: str, kind: str) -> None:
    encoded = unicode_to_legacy(shown, "tcvn3")
    assert legacy_to_unicode(encoded, "tcvn3") == shown, (kind, encoded)


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("KÕ ho¹ch", "Kế hoạch"),  # the issue's examples, as pasted mojibake
        ("Së Th«ng tin", "Sở Thông tin"),
        ("Bé C«ng an", "Bộ Công an"),
        ("Tû lÖ", "Tỷ lệ"),
        ("Hµ Néi", "Hà Nội"),
        ("KÕ HO¹CH", "KẾ HOẠCH"),
    ],
)
def test_issue_examples(pasted: str, expected: str) -> None:
    assert legacy_to_unicode(pasted, "tcvn3") == expected


def test_a_pasted_paragraph_is_repaired_with_the_right_capitals() -> None:
    pasted = unicode_to_legacy(
        "KẾ HOẠCH\nỨng dụng công nghệ thông tin trong hoạt động của Sở Thông tin và Truyền "
        "thông, Bộ Công an và UBND Hà Nội; tỷ lệ văn bản ký số đạt 80%.",
        "tcvn3",
    )
    result = repair_text(pasted)
    assert result.legacy.encoding == "tcvn3"
    assert "KẾ HOẠCH" in result.text
    assert "Sở Thông tin" in result.text and "Bộ Công an" in result.text
    assert "Hà Nội" in result.text and "tỷ lệ" in result.text
