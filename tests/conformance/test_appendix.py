"""docs/format.md "Appendices (Phụ lục)" [NĐ30 III.1] and the house rules of tables, measured on
every appendix: printed with its plan and alone."""

from __future__ import annotations

import re
import subprocess

import pytest
from kinds import APPENDICES, APPENDIX_COUNTS, PROVINCE, sample
from layout import appendix_titles

from itplan_desktop.vn.outline import to_roman

WITH_TABLES = APPENDICES + [f"plan-{name}" for name in APPENDIX_COUNTS] + PROVINCE


def _expected_numbers(kind: str) -> list[str]:
    if kind in PROVINCE:
        return ["Phụ lục"]  # one appendix: just "Phụ lục"
    name = kind.split("-")[1]
    count = APPENDIX_COUNTS[name]
    if kind.startswith("appendix-"):
        return [f"Phụ lục {to_roman(int(kind.split('-')[2]))}"]
    return [f"Phụ lục {to_roman(n)}" for n in range(1, count + 1)]


@pytest.mark.parametrize("kind", WITH_TABLES)
def test_NĐ30_III_1_a_appendix_numbering_roman_or_alone(documents, kind):
    """Two or more appendices: Phụ lục I, II …; a single one: "Phụ lục"."""
    titles = appendix_titles(documents[kind])
    assert [t.number.text for t in titles] == _expected_numbers(kind)


def test_NĐ30_III_1_a_arabic_only_as_the_plans_choice(tmp_path):
    """ "Phụ lục 1" only when the plan asks for Arabic numbering (an old document)."""
    from measure import Measured

    from itplan_desktop.services.pdf_export import export_plan_pdf

    plan = sample("nhu_xuan")
    plan.appendix_numbering = "arabic"
    titles = appendix_titles(Measured(export_plan_pdf(plan, tmp_path / "arabic.pdf")))
    assert [t.number.text for t in titles] == ["Phụ lục 1", "Phụ lục 2"]


@pytest.mark.parametrize("kind", WITH_TABLES)
def test_NĐ30_III_1_b_appendix_heading_lines(documents, kind):
    """ "Phụ lục I" 14 bold centred; the title upper case 13-14 bold centred; "(Kèm theo …
    của Ủy ban nhân dân …)" 13-14 italic centred with a short rule under it."""
    for block in appendix_titles(documents[kind]):
        page = block.page
        centre = 30 * 72 / 25.4 + (page.width - 45 * 72 / 25.4) / 2
        assert block.number.size == 14 and block.number.bold
        assert abs(block.number.centre - centre) < 1.0
        assert block.title
        for line in block.title:
            assert line.bold and 13 <= line.size <= 14 and line.text == line.text.upper()
            assert abs(line.centre - centre) < 1.0
        attached = " ".join(line.text for line in block.attached)
        assert re.match(r"\(Kèm theo (Kế hoạch|Quyết định|Báo cáo) số \S*/[A-ZĐ]+-UBND", attached)
        assert "Ủy ban nhân dân" in attached and "UBND" not in attached.split("-UBND", 1)[1]
        for line in block.attached:
            assert line.italic and 13 <= line.size <= 14 and abs(line.centre - centre) < 1.0
        last = block.attached[-1]
        rules = [r for r in page.rules if r.y < last.y and last.y - r.y < 15
                 and abs(r.centre - centre) < 2 and r.length < 0.6 * last.width]  # fmt: skip
        assert rules, "no short rule under (Kèm theo …)"


@pytest.mark.parametrize("kind", WITH_TABLES)
def test_house_unit_line_right_italic(documents, kind):
    """ "Đơn vị tính: triệu đồng" italic at the right edge (tables with amounts)."""
    for block in appendix_titles(documents[kind]):
        if block.unit is None:
            continue
        page_right = block.page.width - 15 * 72 / 25.4
        assert block.unit.italic and abs(block.unit.x1 - page_right) < 1.0


@pytest.mark.parametrize("kind", APPENDICES)
def test_house_table_header_repeated_on_every_page(documents, kind):
    """The header rows stand on every page of the table (poppler's text of each page)."""
    doc = documents[kind]
    texts = (
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(doc.path), "-"], capture_output=True, check=True
        )
        .stdout.decode("utf-8")
        .split("\f")[:-1]
    )
    first = texts[0]
    header_word = "STT" if "STT" in first.split() else "TT"
    for number, text in enumerate(texts, start=1):
        assert header_word in text.split(), number


_TOKEN = re.compile(r"\S*[/&]\S*")


@pytest.mark.parametrize("kind", APPENDICES)
def test_house_no_token_split_inside_a_cell(documents, kind):
    """A document number ("2586/QĐ-UBND") or a unit name ("Sở NN&PTNT") is never split inside
    a cell: every such token of the appendix's texts is found whole in the printed text."""
    name, number = kind.split("-")[1], int(kind.split("-")[2])
    appendix = sample(name).appendices[number - 1]
    tokens = {
        token.strip(",.;:()")
        for row in appendix.rows
        for text in row.texts.values()
        for token in _TOKEN.findall(text or "")
    }
    tokens = {t for t in tokens if len(t) > 3}
    printed = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(documents[kind].path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    words = set(" ".join(printed.split()).split())
    split = sorted(t for t in tokens if not any(t in w for w in words))
    assert not split, split
