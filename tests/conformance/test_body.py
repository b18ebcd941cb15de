"""docs/format.md "Body" [NĐ30 II.6, III.1.a] and "Numbers, dates and words": legal bases, the
outline's case and weight, the reference to the appendices, the amount in words."""

from __future__ import annotations

import re

import pytest
from kinds import PLANS, WITH_APPENDICES, sample
from layout import header

from itplan_desktop.domain.printed_form import is_titled


def _body_lines(doc):
    """Every line after the title (page 1) and on the following portrait pages."""
    lines = list(header(doc).below_title)
    for page in doc.pages[1:]:
        if page.landscape:
            break
        lines += page.lines[1:] if page.lines and page.lines[0].text.isdigit() else page.lines
    return lines


def _paragraphs(lines, starts: re.Pattern[str]):
    """Lines joined into paragraphs; a paragraph starts where `starts` matches."""
    out: list[list] = []
    for line in lines:
        if starts.match(line.text) or not out:
            out.append([line])
        else:
            out[-1].append(line)
    return out


@pytest.mark.parametrize("kind", PLANS)
def test_NĐ30_II_6_a_legal_bases_italic_last_ends_with_full_stop(documents, kind):
    """Căn cứ: italic, 13 pt, one per paragraph, each ending ";", the last "." — also when
    the stored text ends otherwise (Thanh Hóa's last basis is typed with ",")."""
    lines = []
    for line in _body_lines(documents[kind]):
        if line.italic and not line.bold and line.size == 13:
            lines.append(line)
        elif lines:
            break  # the bases are the first run of italic paragraphs
    bases = _paragraphs(lines, re.compile(r"(Căn cứ|Theo|Thực hiện|Xét)\b"))
    assert len(bases) >= 2
    texts = [" ".join(line.text for line in paragraph) for paragraph in bases]
    # the run of italic paragraphs before the body: the bases
    assert all(t.endswith(";") for t in texts[:-1]), [t[-30:] for t in texts]
    assert texts[-1].endswith("."), texts[-1][-40:]


@pytest.mark.parametrize("kind", PLANS)
def test_NĐ30_II_6_dd_roman_headings_upper_case_bold(documents, kind):
    """ "I. MỤC TIÊU": Roman-numbered items upper case and bold (typed "I. Mục tiêu")."""
    roman = [line for line in _body_lines(documents[kind])
             if re.match(r"[IVX]+\. \S", line.text) and line.first_bold]  # fmt: skip
    assert len(roman) >= 3
    for line in roman:
        assert line.bold and line.text == line.text.upper(), line.text


@pytest.mark.parametrize("kind", PLANS)
def test_NĐ30_II_6_dd_arabic_items_bold_only_with_a_title(documents, kind):
    """ "1. Mục tiêu tổng quát" bold; an item that is a sentence upright, number included."""
    plan = sample(kind.split("-")[1])
    lines = _body_lines(documents[kind])
    items = [line for line in lines if re.match(r"\d+\. \S", line.text)]
    assert items
    seen_sentence = seen_title = False
    for line in items:
        text = line.text.split(" ", 1)[1]
        headings = [s for s in _headings(plan) if s.startswith(text[:40])]
        if not headings:
            continue  # a wrapped body line that happens to start with a number
        if is_titled(headings[0]):
            assert line.bold, line.text
            seen_title = True
        else:
            assert not line.first_bold, line.text
            seen_sentence = True
    assert seen_title
    if kind == "plan-thanh_hoa":
        assert seen_sentence  # "3. Các sở, ban ngành … có trách nhiệm …"


def _headings(plan):
    out = []

    def walk(sections):
        for section in sections:
            out.append(" ".join(section.heading.split()))
            walk(section.children)

    walk(plan.sections)
    return out


@pytest.mark.parametrize("kind", WITH_APPENDICES)
def test_NĐ30_III_1_a_text_refers_to_its_appendices(documents, kind):
    """The body names its appendices ("… tại Phụ lục kèm theo", "Theo phụ lục đính kèm")."""
    text = " ".join(line.text for line in _body_lines(documents[kind]))
    assert re.search(r"phụ lục", text, re.IGNORECASE), text[:200]


@pytest.mark.parametrize("kind", ["consolidated_plan"])
def test_NĐ30_III_1_a_consolidated_plan_has_body_no_empty_first_page(documents, kind):
    """The consolidated plan's first page carries its text (not an empty "KẾ HOẠCH" page)."""
    body = header(documents[kind]).below_title
    assert any(line.size == 13 and not line.bold and line.width > 300 for line in body)


@pytest.mark.parametrize("kind", PLANS)
def test_house_amount_in_figures_then_in_words(documents, kind):
    """ "9.460 triệu đồng (Bằng chữ: Chín tỷ bốn trăm sáu mươi triệu đồng)"."""
    text = " ".join(line.text for line in _body_lines(documents[kind]))
    assert re.search(r"\d{1,3}(\.\d{3})* (triệu|tỷ) đồng \(\s*Bằng chữ: [A-ZĐ]", text), text
