"""docs/format.md "Header (first page)" [NĐ30 II.1-II.5, IV; Phụ lục III]: measured on the first
page of every document kind."""

from __future__ import annotations

import re

import pytest
from kinds import DOCUMENTS, PROVINCE, UPWARD
from layout import LEFT_COLUMN, LEFT_MARGIN, TEXT_WIDTH, header

LEFT_CENTRE = LEFT_MARGIN + 0.4 * TEXT_WIDTH / 2
RIGHT_CENTRE = LEFT_COLUMN + 0.6 * TEXT_WIDTH / 2
RULE_BELOW_BASELINE = (5.0, 10.0)
"""A rule sits clear of the descenders (~2,6 pt at 12 pt): 5-10 pt under the baseline (the
plan's 6,6 pt; the old KPI report's 4,0 pt almost touched the letters)."""


def _issuer_lines(head):
    return [line for line in head.left if line.bold]


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_2_a_issuer_official_full_name_on_two_lines(documents, kind):
    """ "ỦY BAN NHÂN DÂN" / "HUYỆN NHƯ XUÂN": the full name, upper case, bold 12, no "UBND"."""
    head = header(documents[kind])
    lines = _issuer_lines(head)
    assert [line.text for line in lines][:1] == ["ỦY BAN NHÂN DÂN"]
    assert len(lines) == 2 and re.fullmatch(r"(HUYỆN|TỈNH|XÃ|THÀNH PHỐ) [A-ZÀ-Ỹ ]+", lines[1].text)
    for line in lines:
        assert line.size == 12 and line.bold and line.text == line.text.upper()
        assert abs(line.centre - LEFT_CENTRE) < 1.0
    assert not any("UBND" in line.text for line in head.left if not line.text.startswith("Số:"))


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_IV_no_parent_line_above_a_peoples_committee(documents, kind):
    """Nothing above "ỦY BAN NHÂN DÂN" in the left column (the per-unit setting is off)."""
    head = header(documents[kind])
    assert head.left[0].text == "ỦY BAN NHÂN DÂN"


def test_NĐ30_IV_parent_line_when_the_unit_asks(tmp_path):
    """With the per-unit setting on, the parent body (12 upright, upper case) stands above."""
    from kinds import sample
    from measure import Measured

    from itplan_desktop.services.pdf_export import PdfOptions, export_plan_pdf

    path = export_plan_pdf(
        sample("nhu_xuan"), tmp_path / "parent.pdf", options=PdfOptions(show_parent_line=True)
    )
    head = header(Measured(path))
    parent, issuer = head.left[0], head.left[1]
    assert parent.text == "UBND TỈNH THANH HÓA" and parent.size == 12 and not parent.bold
    assert issuer.text == "ỦY BAN NHÂN DÂN"


def test_NĐ30_II_2_a_province_documents_agree(documents):
    """The consolidated plan and the KPI comparison print the same issuing body."""
    issuers = {kind: [line.text for line in _issuer_lines(header(documents[kind]))]
               for kind in PROVINCE}  # fmt: skip
    assert issuers["consolidated_plan"] == issuers["kpi_comparison"] == [
        "ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"
    ]  # fmt: skip


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_2_b_rule_under_issuer(documents, kind):
    """A solid rule 1/3-1/2 of the issuer's line, centred under it, clear of the letters."""
    head = header(documents[kind])
    last = _issuer_lines(head)[-1]
    widest = max(line.width for line in _issuer_lines(head))
    rule = head.rule_under(last)
    assert 0.3 <= rule.length / widest <= 0.5 + 0.01, rule.length / widest
    assert RULE_BELOW_BASELINE[0] <= last.y - rule.y <= RULE_BELOW_BASELINE[1], last.y - rule.y


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_1_national_name_and_motto(documents, kind):
    """Quốc hiệu 12 bold upper case, Tiêu ngữ 13 bold, single spacing, centred in the right
    column; a rule under the Tiêu ngữ as long as the text, clear of the letters."""
    head = header(documents[kind])
    name = next(line for line in head.right if line.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = next(line for line in head.right if line.text == "Độc lập - Tự do - Hạnh phúc")
    assert (name.size, name.bold, motto.size, motto.bold) == (12, True, 13, True)
    assert abs(name.centre - RIGHT_CENTRE) < 1.0 and abs(motto.centre - RIGHT_CENTRE) < 1.0
    assert 12 <= name.y - motto.y <= 13 * 1.2  # single spacing
    rule = head.rule_under(motto)
    assert abs(rule.length - motto.width) < 1.0
    assert RULE_BELOW_BASELINE[0] <= motto.y - rule.y <= RULE_BELOW_BASELINE[1], motto.y - rule.y


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_3_number_and_symbol(documents, kind):
    """ "Số: 131/KH-UBND" (13 upright) in the left column; numbers under 10 with a leading 0;
    a draft without number leaves room: "Số:      /BC-UBND"."""
    head = header(documents[kind])
    (number,) = [line for line in head.left if line.text.startswith("Số:")]
    assert number.size == 13 and not number.bold and not number.italic
    assert re.fullmatch(r"Số: (\d{2,}|)/[A-ZĐ]+-UBND", number.text.replace("\xa0", "")), number.text
    assert abs(number.centre - LEFT_CENTRE) < 1.5
    if kind == "kpi_report":
        assert number.text == "Số: 05/BC-UBND"


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_4_c_date_on_line_of_number(documents, kind):
    """Place and date (13 italic) in the right column, on the same baseline as "Số:"."""
    head = header(documents[kind])
    (number,) = [line for line in head.left if line.text.startswith("Số:")]
    (date,) = [line for line in head.right if "ngày" in line.text]
    assert abs(date.y - number.y) < 0.1, date.y - number.y
    assert date.size == 13 and date.italic
    assert abs(date.centre - RIGHT_CENTRE) < 1.5


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_4_date_leading_zeros(documents, kind):
    """Days under 10 and months 1-2 with a leading zero; a draft leaves the date blank."""
    head = header(documents[kind])
    (date,) = [line for line in head.right if "ngày" in line.text]
    match = re.search(r"ngày (\d+) tháng (\d+) năm \d{4}", date.text)
    if match is None:
        assert "ngày" in date.text and "tháng" in date.text  # blank for the signer
        return
    day, month = match.groups()
    assert day == f"{int(day):02d}"
    assert month == (f"{int(month):02d}" if int(month) <= 2 else str(int(month)))


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_5_document_type_and_title(documents, kind):
    """The type ("KẾ HOẠCH", "BÁO CÁO", 13 bold upper case) and the title (13 bold), centred
    across the page, with a rule of 1/3-1/2 of the widest title line under it."""
    head = header(documents[kind])
    page_centre = LEFT_MARGIN + TEXT_WIDTH / 2
    assert head.doc_type.size == 13 and head.doc_type.bold
    assert abs(head.doc_type.centre - page_centre) < 1.0
    assert head.title, "no title"
    for line in head.title:
        assert line.size == 13 and line.bold and abs(line.centre - page_centre) < 1.0
    widest = max(line.width for line in head.title)
    rule = head.rule_under(head.title[-1])
    assert 1 / 3 - 0.01 <= rule.length / widest <= 0.5 + 0.01


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_NĐ30_II_5_title_wrapped_in_balanced_lines(documents, kind):
    """A title of several lines has lines of similar length (not "… cơ | quan")."""
    head = header(documents[kind])
    widths = [line.width for line in head.title]
    assert min(widths) / max(widths) >= 0.6, [line.text for line in head.title]


@pytest.mark.parametrize("kind", UPWARD)
def test_NĐ30_II_9_d_kinh_gui_for_a_report_sent_upward(documents, kind):
    """ "Kính gửi: …" (13 upright) under the title of a report sent upward."""
    head = header(documents[kind])
    first = head.below_title[0]
    assert first.text.startswith("Kính gửi:"), first.text
    assert first.size == 13 and not first.bold and not first.italic


@pytest.mark.parametrize("kind", sorted(set(DOCUMENTS) - set(UPWARD)))
def test_NĐ30_II_9_d_no_kinh_gui_otherwise(documents, kind):
    head = header(documents[kind])
    assert not any(line.text.startswith("Kính gửi") for line in head.page.lines)
