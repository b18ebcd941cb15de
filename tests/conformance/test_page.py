"""docs/format.md "Page" [NĐ30 I]: paper, orientation, margins, font, page numbers, body text."""

from __future__ import annotations

import re

import pytest
from kinds import ALL, APPENDICES, DOCUMENTS
from layout import appendix_titles, header
from measure import A4, MM, word_boxes

MARGINS = {"top": 20 * MM, "bottom": 20 * MM, "left": 30 * MM, "right": 15 * MM}


@pytest.mark.parametrize("kind", ALL)
def test_NĐ30_I_2_paper_A4(documents, kind):
    for page in documents[kind].pages:
        assert sorted((round(page.width, 1), round(page.height, 1))) == [
            round(A4[0], 1), round(A4[1], 1)
        ], page.number  # fmt: skip


@pytest.mark.parametrize("kind", ALL)
def test_NĐ30_I_2_orientation_portrait_documents_landscape_appendices(documents, kind):
    doc = documents[kind]
    if kind in APPENDICES:
        assert all(page.landscape for page in doc.pages)
    else:
        assert not doc.pages[0].landscape  # the document itself is portrait


def _page_number_line(page):
    """The page number: the only text in the top margin."""
    top = page.height - MARGINS["top"]
    return [line for line in page.lines if line.y > top]


@pytest.mark.parametrize("kind", ALL)
def test_NĐ30_I_3_margins(documents, kind):
    """Every word lies inside the margins (top 20, bottom 20, left 30, right 15 mm); only the
    page number sits in the top margin. Boxes are poppler's (font ascent to descent)."""
    doc = documents[kind]
    for page, words in zip(doc.pages, word_boxes(doc.path), strict=True):
        numbers = {line.text for line in _page_number_line(page)}
        for text, x0, top, x1, bottom in words:
            if top < MARGINS["top"] - 3 and text in numbers:
                continue
            where = (page.number, text)
            assert x0 >= MARGINS["left"] - 0.5, where
            assert x1 <= page.width - MARGINS["right"] + 0.5, where
            assert top >= MARGINS["top"] - 3, where
            assert bottom <= page.height - MARGINS["bottom"] + 3, where


@pytest.mark.parametrize("kind", ALL)
def test_NĐ30_I_4_font_times_new_roman_metrics(documents, kind):
    """Times New Roman, or the metric-compatible Liberation Serif where it is not installed."""
    for page in documents[kind].pages:
        for chunk in page.chunks:
            assert re.match(r"(LiberationSerif|TimesNewRoman)", chunk.font), chunk.font


@pytest.mark.parametrize("kind", ALL)
def test_NĐ30_I_7_page_numbers_top_centre_none_on_page_1(documents, kind):
    """Arabic, 13 pt, upright, centred in the top margin; none on page 1; an appendix printed
    with its plan is numbered on its own from 1."""
    doc = documents[kind]
    first_pages = {t.page.number for t in appendix_titles(doc)} | {1}
    expected = 0
    for page in doc.pages:
        expected = 1 if page.number in first_pages else expected + 1
        numbers = _page_number_line(page)
        if expected == 1:
            assert numbers == [], page.number
            continue
        (line,) = numbers
        assert line.text == str(expected)
        assert line.size == 13 and not line.bold and not line.italic
        centre = MARGINS["left"] + (page.width - MARGINS["left"] - MARGINS["right"]) / 2
        assert abs(line.centre - centre) < 1.0


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_6_body_text_13pt_first_line_indent_1cm(documents, kind):
    """Body paragraphs are 13 pt; a paragraph's first line starts 1 cm in (1 or 1,27 cm)."""
    body = [
        line for line in header(documents[kind]).below_title
        if line.size == 13 and not line.bold and line.x0 < MARGINS["left"] + 40 and line.width > 300
    ]  # fmt: skip
    assert body, "no body text on page 1"
    starts = {round(line.x0 - MARGINS["left"], 1) for line in body}
    assert starts <= {0.0, round(10 * MM, 1), round(12.7 * MM, 1)}, starts
    assert round(10 * MM, 1) in starts or round(12.7 * MM, 1) in starts
