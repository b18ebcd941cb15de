"""docs/format.md "Closing (last page)" [NĐ30 II.7, II.9]: every document closes with Nơi nhận
and the signature block on the same level — reports and consolidated documents included."""

from __future__ import annotations

import re

import pytest
from kinds import DOCUMENTS, UPWARD
from layout import LEFT_COLUMN, LEFT_MARGIN, closing, recipient_items

AUTHORITY = re.compile(r"^(TM\.|KT\.|Q\.|TL\.|TUQ\.) [A-ZĐÀ-Ỹ ]+$")


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_9_b_noi_nhan_heading(documents, kind):
    """ "Nơi nhận:" 12 pt bold italic at the left edge of the text."""
    heading = closing(documents[kind]).heading
    assert heading.size == 12 and heading.bold and heading.italic
    assert abs(heading.x0 - LEFT_MARGIN) < 0.5


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_9_b_recipients_one_a_line(documents, kind):
    """One recipient a line (11 upright) starting "- " at the left edge, ending ";"."""
    end = closing(documents[kind])
    items = recipient_items(end)
    assert len(items) >= 2, items
    for line in end.recipients:
        assert line.size == 11 and not line.bold and not line.italic
        assert abs(line.x0 - LEFT_MARGIN) < 0.5
    for item in items[:-1]:
        assert item.startswith("- ") and item.endswith(";"), item


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_9_b_last_line_luu_vt_with_full_stop(documents, kind):
    """The last line "- Lưu: VT, <drafting unit>." ends with a full stop."""
    items = recipient_items(closing(documents[kind]))
    assert re.fullmatch(r"- Lưu: VT(, [^;]+)?\.", items[-1]), items[-1]


@pytest.mark.parametrize("kind", UPWARD)
def test_NĐ30_II_9_b_report_upward_recipients_start_as_above(documents, kind):
    """A report sent to its "Kính gửi" addressees: Nơi nhận starts with "- Như trên;"."""
    items = recipient_items(closing(documents[kind]))
    assert items[0] == "- Như trên;", items


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_7_authority_title_and_signer(documents, kind):
    """Right column: the authority (TM./KT. …) and title, upper case, bold 13, room for the
    signature and seal, then the signer's name (bold 13, not upper case) when known; all
    centred in the column, level with "Nơi nhận"."""
    end = closing(documents[kind])
    lines = end.signature
    assert len(lines) >= 2, [line.text for line in lines]
    authority, title = lines[0], lines[1]
    assert AUTHORITY.match(authority.text), authority.text
    assert title.text == title.text.upper() and title.text
    page_right = end.page.width - 15 * 72 / 25.4
    centre = LEFT_COLUMN + (page_right - LEFT_COLUMN) / 2
    for line in lines:
        assert line.size == 13 and line.bold
        assert abs(line.centre - centre) < 1.5, line.text
    assert abs(authority.y - end.heading.y) < 2.0  # the same level as "Nơi nhận:"
    if len(lines) > 2:
        name = lines[-1]
        assert name.text != name.text.upper()
        assert title.y - name.y >= 3 * 13  # room for signature and seal: 3-4 lines
