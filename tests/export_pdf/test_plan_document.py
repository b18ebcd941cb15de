"""The plan document read back: paper, margins, header, sections, budget, signature, numbers."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from pdf_helpers import page_texts, squash
from pypdf import PdfReader

from itplan_desktop.domain.plan import Plan
from itplan_desktop.export.pdf.measures import SIZES

MM = 72 / 25.4


def words_with_boxes(path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) of one page, y from the top (pdftotext -bbox)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    words = []
    for line in html.splitlines():
        line = line.strip()
        if line.startswith("<word "):
            attrs = dict(part.split("=", 1) for part in line[6 : line.index(">")].split())
            text = line[line.index(">") + 1 : line.rindex("</word>")]
            box = [float(attrs[k].strip('"')) for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append((text, *box))
    return words


def plan_pages(reader: PdfReader) -> list[int]:
    return [i for i, page in enumerate(reader.pages) if page.mediabox.width < page.mediabox.height]


def test_plan_pages_are_a4_portrait_and_appendix_pages_landscape(nhu_xuan_pdf: Path) -> None:
    reader = PdfReader(nhu_xuan_pdf)
    sizes = [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    ]
    assert sizes[0] == (595, 842)
    assert sizes[-1] == (842, 595)
    assert sorted(set(sizes)) == [(595, 842), (842, 595)]
    # portrait pages first, then the appendices
    assert sizes == sorted(sizes, key=lambda s: s[0])


def test_margins_measured_from_text(nhu_xuan_pdf: Path) -> None:
    reader = PdfReader(nhu_xuan_pdf)
    for page in plan_pages(reader)[1:-1]:
        words = words_with_boxes(nhu_xuan_pdf, page + 1)
        body = [w for w in words if w[2] > 20 * MM]  # below the top margin (page number)
        left = min(w[1] for w in body)
        right = max(w[3] for w in body)
        top = min(w[2] for w in body)
        bottom = max(w[4] for w in body)
        assert abs(left - 30 * MM) < 1.0, left / MM
        assert abs(right - (210 - 15) * MM) < 1.0, right / MM  # justified text
        assert top >= 20 * MM - 0.5
        assert bottom <= (297 - 20) * MM + 0.5


def test_page_numbers_centred_in_top_margin_not_on_page_one(nhu_xuan_pdf: Path) -> None:
    reader = PdfReader(nhu_xuan_pdf)
    pages = plan_pages(reader)
    first = [w for w in words_with_boxes(nhu_xuan_pdf, 1) if w[4] < 20 * MM]
    assert first == []
    for number, page in enumerate(pages[1:], start=2):
        in_margin = [w for w in words_with_boxes(nhu_xuan_pdf, page + 1) if w[4] < 20 * MM]
        assert [w[0] for w in in_margin] == [str(number)]
        centre = (in_margin[0][1] + in_margin[0][3]) / 2
        assert abs(centre - (30 + (210 - 45) / 2) * MM) < 1.0
        height = in_margin[0][4] - in_margin[0][2]
        assert SIZES.page_number * 0.9 < height < SIZES.page_number * 1.3


def test_header_texts_and_layout(nhu_xuan_pdf: Path) -> None:
    first = squash(page_texts(nhu_xuan_pdf)[0])
    for text in (
        "ỦY BAN NHÂN DÂN HUYỆN NHƯ XUÂN",  # the full name; no parent line above a UBND
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 131/KH-UBND",
        "Như Xuân, ngày 15 tháng 9 năm 2015",
        "KẾ HOẠCH",
        "Căn cứ Luật Công nghệ thông tin số 67/2006/QH11",
        "I. MỤC TIÊU",
        "1. Mục tiêu tổng quát",
        "a) Hoàn thiện cơ sở hạ tầng thông tin",
    ):
        assert text in first, text
    words = [w for w in words_with_boxes(nhu_xuan_pdf, 1) if w[4] < 50 * MM]  # header grid
    left_col = [w for w in words if w[0] in ("ỦY", "Số:")]
    right_col = [w for w in words if w[0] in ("CỘNG", "Độc")]
    assert all(w[3] < 30 * MM + 0.4 * 165 * MM for w in left_col)
    assert all(w[1] > 30 * MM + 0.4 * 165 * MM for w in right_col)


def test_fonts_are_embedded_subsets(nhu_xuan_pdf: Path) -> None:
    out = subprocess.run(["pdffonts", str(nhu_xuan_pdf)], capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert len(rows) == 4
    assert all(" yes yes yes " in row for row in rows)


def test_budget_prints_amount_in_words(nhu_xuan_pdf: Path) -> None:
    text = squash(" ".join(page_texts(nhu_xuan_pdf)))
    assert "dự kiến là: 9.460 triệu đồng (Bằng chữ: Chín tỷ bốn trăm sáu mươi triệu đồng)." in text
    assert "Trong đó:" in text
    assert "- Nguồn vốn sự nghiệp: 3.860 triệu đồng." in text


def test_signature_block_beside_recipients(nhu_xuan_pdf: Path, nhu_xuan: Plan) -> None:
    reader = PdfReader(nhu_xuan_pdf)
    last = plan_pages(reader)[-1] + 1
    text = squash(page_texts(nhu_xuan_pdf)[last - 1])
    for item in ("Nơi nhận:", "- Sở Thông tin và truyền thông (B/c);", "- Lưu: VT, VHTT."):
        assert item in text
    for item in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Phương"):
        assert item in text
    words = words_with_boxes(nhu_xuan_pdf, last)
    heading = next(w for w in words if w[0] == "Nơi")
    authority = next(w for w in words if w[0] == "KT.")
    assert abs(heading[2] - authority[2]) < 3  # on the same level
    assert authority[1] > heading[3]


def test_decision_layout(thanh_hoa_pdf: Path) -> None:
    text = squash(" ".join(page_texts(thanh_hoa_pdf)))
    order = [
        "QUYẾT ĐỊNH Phê duyệt kế hoạch",
        "CHỦ TỊCH UBND TỈNH THANH HOÁ",
        "Căn cứ Luật Tổ chức Hội đồng nhân dân",
        "QUYẾT ĐỊNH:",
        "Điều 1. Phê duyệt kế hoạch",
        "I. MỤC TIÊU",
        "Điều 2. Tổ chức thực hiện",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    ]
    positions = [text.index(item) for item in order]
    assert positions == sorted(positions)
    assert "Số: 4089/QĐ-UBND" in text


def test_metadata(nhu_xuan_pdf: Path) -> None:
    info = PdfReader(nhu_xuan_pdf).metadata
    assert info.title.startswith("Kế hoạch Ứng dụng công nghệ thông tin")
    assert info.author == "ỦY BAN NHÂN DÂN HUYỆN NHƯ XUÂN"
    assert info.subject == (
        "Kế hoạch số 131/KH-UBND ngày 15 tháng 9 năm 2015 của Ủy ban nhân dân huyện Như Xuân"
    )
    assert info.creation_date is not None


def test_extracted_text_equals_source_nfc(nhu_xuan_pdf: Path, nhu_xuan: Plan) -> None:
    text = squash(" ".join(page_texts(nhu_xuan_pdf)))
    assert unicodedata.is_normalized("NFC", text)
    for section in nhu_xuan.sections[1].children[0].body:
        assert squash(section.text) in text
