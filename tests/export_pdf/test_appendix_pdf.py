"""Appendices read back: title block, every row, totals, long tables, literal text, PNGs."""

from __future__ import annotations

import copy
import os
import re
import subprocess
from pathlib import Path

import pytest
from pdf_helpers import page_texts, squash
from pypdf import PdfReader
from test_fonts import vietnamese_letters

from itplan_desktop.domain.appendix import (
    Appendix,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    RowKind,
)
from itplan_desktop.domain.appendix_engine import TOTAL_ROW, AppendixComputation
from itplan_desktop.domain.appendix_layout import format_amount, row_labels
from itplan_desktop.domain.plan import Plan
from itplan_desktop.export.pdf.fonts import register_fonts
from itplan_desktop.export.pdf.table_layout import layout_table
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.vn.numbers import format_number


def appendix_pages(path: Path, plan: Plan) -> list[list[str]]:
    """The raw text (content order) of each appendix's pages."""
    reader = PdfReader(path)
    texts = page_texts(path, "-raw")
    landscape = [i for i, p in enumerate(reader.pages) if p.mediabox.width > p.mediabox.height]
    groups: list[list[str]] = []
    for index in landscape:
        if "Phụ lục" in texts[index] and "(Kèm theo" in texts[index]:
            groups.append([])
        groups[-1].append(texts[index])
    assert len(groups) == len(plan.appendices)
    return groups


def wrapped_cells(appendix: Appendix):
    family = register_fonts()
    return layout_table(appendix, family, 700, 400, 450)


@pytest.mark.parametrize("plan_name", ["nhu_xuan", "thanh_hoa"])
def test_every_row_name_and_amount_is_printed(plan_name: str, request) -> None:
    plan: Plan = request.getfixturevalue(plan_name)
    path: Path = request.getfixturevalue(f"{plan_name}_pdf")
    for appendix, pages in zip(plan.appendices, appendix_pages(path, plan), strict=True):
        text = "\n".join(pages)
        flat = squash(text)
        computation = AppendixComputation(appendix)
        money = [c for c in appendix.columns if c.kind is ColumnKind.MONEY]
        for index, row in enumerate(appendix.rows):
            name = row.texts.get("name", "")
            assert all(word in flat for word in name.split()), name
            for column in money:
                value = computation.value(index, column.key)
                if value is not None:
                    assert format_amount(value, appendix.unit) in flat
        assert squash(appendix.total_label) in flat
        for column in money:
            value = computation.value(TOTAL_ROW, column.key)
            if value is not None:
                assert format_amount(value, appendix.unit) in flat
        for column in [c for c in appendix.columns if c.kind is ColumnKind.NUMBER]:
            assert format_number(computation.value(TOTAL_ROW, column.key)) in flat


def test_wrapped_lines_rebuild_the_source_text(thanh_hoa: Plan) -> None:
    appendix = thanh_hoa.appendices[0]
    layout = wrapped_cells(appendix)
    col = [c.key for c in appendix.columns].index("objective")
    for row, cells in zip(appendix.rows, layout.lines, strict=False):
        source = row.texts.get("objective", "")
        assert squash(" ".join(cells[col])) == squash(source)


def _note_column_lines(appendix: Appendix, note: str, width: float = 700):
    """The layout of `appendix` with `note` in the first item's last text column."""
    appendix = copy.deepcopy(appendix)
    key = [c.key for c in appendix.columns if c.kind is ColumnKind.TEXT][-1]
    item = next(r for r in appendix.rows if r.kind is RowKind.ITEM)
    item.texts[key] = note
    layout = layout_table(appendix, register_fonts(), width, 400, 450)
    col = [c.key for c in appendix.columns].index(key)
    return layout, layout.lines[appendix.rows.index(item)][col]


def test_a_document_number_is_kept_whole_in_its_cell(thanh_hoa: Plan) -> None:
    """House rule: "2586/QĐ-UBND" is never split; the column widens (other text columns give
    room), and only if that is not enough the font shrinks (not below 11 pt), before a token
    is split."""
    token = "2586/QĐ-UBND-STTTT-VP"
    layout, lines = _note_column_lines(thanh_hoa.appendices[0], f"Quyết định {token} ngày 27/7")
    assert token in " ".join(lines).split()
    plain = layout_table(thanh_hoa.appendices[0], register_fonts(), 700, 400, 450)
    assert layout.faces.size == plain.faces.size  # room was found without a smaller font


def test_a_word_too_wide_for_any_size_breaks_after_a_slash(thanh_hoa: Plan) -> None:
    url = "https://dichvucong.thanhhoa.gov.vn/portaldvc/KenhTin/dich-vu-cong-truc-tuyen.aspx"
    _layout, lines = _note_column_lines(thanh_hoa.appendices[0], url)
    assert "".join(lines) == url  # nothing lost, only broken
    assert len(lines) > 1
    assert all(line.endswith(tuple("/-&.,;:_)]")) for line in lines[:-1]), lines


def test_title_block(nhu_xuan_pdf: Path, nhu_xuan: Plan, thanh_hoa_pdf: Path) -> None:
    first = squash(appendix_pages(nhu_xuan_pdf, nhu_xuan)[0][0])
    assert first.startswith("Phụ lục I DANH MỤC CÁC NHIỆM VỤ")  # two appendices: Roman
    assert (
        "(Kèm theo Kế hoạch số 131/KH-UBND ngày 15 tháng 9 năm 2015 của Ủy ban nhân dân huyện "
        "Như Xuân)" in first
    )
    assert "Đơn vị tính: triệu đồng" in first
    text = squash(" ".join(page_texts(thanh_hoa_pdf)))
    assert (
        "(Kèm theo Quyết định số 4089/QĐ-UBND ngày 17 tháng 11 năm 2010 "
        "của Chủ tịch Ủy ban nhân dân tỉnh Thanh Hoá)" in text
    )


def test_roman_numbering_and_one_appendix_alone(nhu_xuan: Plan, tmp_path: Path) -> None:
    plan = copy.deepcopy(nhu_xuan)
    plan.appendix_numbering = "roman"
    path = export_plan_pdf(plan, tmp_path / "a2.pdf", appendix=2)
    reader = PdfReader(path)
    assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)
    text = squash(" ".join(page_texts(path)))
    assert text.startswith("Phụ lục II DANH SÁCH")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
    assert reader.metadata.title.startswith("Phụ lục II - DANH SÁCH")


def long_plan(base: Plan, rows: int = 240) -> Plan:
    plan = copy.deepcopy(base)
    appendix = plan.appendices[1]
    template = next(r for r in appendix.rows if r.kind is RowKind.ITEM)
    body = []
    for index in range(rows):
        if index % 40 == 0:
            body.append(AppendixRow(RowKind.GROUP, texts={"name": f"Nhóm {index // 40 + 1}"}))
        texts = dict(template.texts, name=f"Nhiệm vụ số {index + 1} " + template.texts["name"])
        body.append(AppendixRow(RowKind.ITEM, texts=texts, values=dict(template.values)))
    appendix.rows = body
    plan.appendices = [appendix]
    return plan


def test_a_group_heading_never_ends_a_page(nhu_xuan: Plan) -> None:
    """Keep-with-next: wherever the page ends fall, a heading ("Năm 2025") goes to the next
    page with its first task; at least one of the placements tried needed the move."""
    base = nhu_xuan.appendices[1]
    item = next(r for r in base.rows if r.kind is RowKind.ITEM)
    moved = 0
    for fillers in range(4, 16):
        appendix = copy.deepcopy(base)
        rows = [
            AppendixRow(RowKind.ITEM, texts=dict(item.texts), values=dict(item.values))
            for _ in range(fillers)
        ]
        rows.append(AppendixRow(RowKind.GROUP, texts={"name": "Năm 2025"}))
        rows.extend(copy.deepcopy(rows[:3]))
        appendix.rows = rows
        layout = layout_table(appendix, register_fonts(), 700, 400, 450)
        for page, following in zip(layout.pages, layout.pages[1:], strict=False):
            assert layout.rows[page[-1].row].kind != "group", fillers
            if layout.rows[following[0].row].kind == "group":
                moved += 1
    assert moved


def test_long_appendix_repeats_header_and_keeps_rows_whole(nhu_xuan: Plan, tmp_path: Path) -> None:
    plan = long_plan(nhu_xuan)
    path = export_plan_pdf(plan, tmp_path / "long.pdf", appendix=1)
    texts = page_texts(path, "-raw")
    assert len(texts) > 5
    for number, text in enumerate(texts, start=1):
        flat = squash(text)
        for header in ("Nội dung công việc", "Đơn vị chủ trì thực hiện", "2016", "2020"):
            assert header in flat, (number, header)
        if number > 1:
            assert text.lstrip().startswith(str(number)) or f"\n{number}\n" in text
    for index in range(240):  # each row's name on one page only
        name = f"Nhiệm vụ số {index + 1} "
        assert sum(name in squash(t) for t in texts) == 1, name
    appendix = plan.appendices[0]
    computation = AppendixComputation(appendix)
    labels = row_labels(appendix)
    assert labels[0] == "I" and labels[41] == "II"
    total = format_amount(computation.value(TOTAL_ROW, "total"), appendix.unit)
    assert total in squash(texts[-1])


def test_user_text_prints_literally(nhu_xuan: Plan, tmp_path: Path) -> None:
    plan = copy.deepcopy(nhu_xuan)
    nasty = "Mua <b>máy</b> & \"thiết bị\" <font size=40>lớn</font> &amp; 'x' > y"
    plan.title = nasty
    plan.sections[0].children[0].heading = nasty
    plan.appendices[0].rows[0].texts["name"] = nasty
    plan.appendices[0].title = "Bảng <i>thử</i> & kiểm tra"
    path = export_plan_pdf(plan, tmp_path / "nasty.pdf")
    text = squash(" ".join(page_texts(path)))
    assert text.count(squash(nasty)) >= 2
    assert "BẢNG <I>THỬ</I> & KIỂM TRA" in text
    raw = squash(" ".join(page_texts(path, "-raw")))
    assert "Mua <b>máy</b> &" in raw


def test_signature_under_appendix_when_asked(nhu_xuan: Plan, tmp_path: Path) -> None:
    plan = copy.deepcopy(nhu_xuan)
    plan.appendices[0].signature = True
    path = export_plan_pdf(plan, tmp_path / "signed.pdf", appendix=1)
    text = squash(" ".join(page_texts(path)))
    assert text.endswith("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Phương")
    assert "Nơi nhận" not in text


def test_portrait_appendix(nhu_xuan: Plan, tmp_path: Path) -> None:
    plan = copy.deepcopy(nhu_xuan)
    plan.appendices[0].orientation = "portrait"
    reader = PdfReader(export_plan_pdf(plan, tmp_path / "p.pdf", appendix=1))
    assert all(p.mediabox.width < p.mediabox.height for p in reader.pages)


def test_pages_render_to_png(nhu_xuan_pdf: Path, thanh_hoa_pdf: Path, tmp_path: Path) -> None:
    """Rendered with poppler; kept as CI artifacts in $ITPLAN_ARTIFACTS/pdf when set."""
    target = (
        Path(os.environ["ITPLAN_ARTIFACTS"]) / "pdf"
        if os.environ.get("ITPLAN_ARTIFACTS")
        else tmp_path
    )
    target.mkdir(parents=True, exist_ok=True)
    for path in (nhu_xuan_pdf, thanh_hoa_pdf):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(path), str(target / path.stem)], check=True
        )
    pngs = sorted(target.glob("*.png"))
    assert len(pngs) == len(PdfReader(nhu_xuan_pdf).pages) + len(PdfReader(thanh_hoa_pdf).pages)
    assert all(p.stat().st_size > 2000 for p in pngs)


def test_tiny_appendix_without_rows(nhu_xuan: Plan, tmp_path: Path) -> None:
    plan = copy.deepcopy(nhu_xuan)
    plan.appendices = [
        Appendix(
            title="Trống",
            columns=[
                Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("TT",)),
                Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Tên",)),
                Column("y", ColumnKind.MONEY, ColumnRole.YEAR, ("2016",), year=2016),
            ],
        )
    ]
    text = squash(" ".join(page_texts(export_plan_pdf(plan, tmp_path / "e.pdf", appendix=1))))
    assert "Tổng cộng" in text


def test_page_streams_keep_every_byte_of_the_text(nhu_xuan: Plan, tmp_path: Path) -> None:
    """Appendix pages carry the subset codes as raw bytes (only "(", ")", "\\", CR and LF
    escaped): with all 134 Vietnamese letters in the cells (so that some get the codes 10
    and 13) and delimiters, no stream holds a raw CR or LF inside a string, the text
    extracts exactly, and the pages share one resource dictionary."""
    plan = copy.deepcopy(nhu_xuan)
    appendix = plan.appendices[0]
    letters = vietnamese_letters()
    share = -(-len(letters) // len(appendix.rows))
    for index, row in enumerate(appendix.rows):
        chunk = letters[index * share : (index + 1) * share]
        row.texts["name"] = "(" + " ".join(chunk) + r") a\b (c))"
    path = export_plan_pdf(plan, tmp_path / "raw.pdf", appendix=1)
    flat = squash(" ".join(page_texts(path)))
    assert all(letter in flat for letter in letters)
    assert flat.count("a\\b") == flat.count("(c))") == len(appendix.rows)
    reader = PdfReader(path)
    for page in reader.pages:
        content = page.get_contents().get_data()
        for string in re.findall(rb"\((?:[^()\\]|\\.)*\)", content):
            assert b"\r" not in string and b"\n" not in string
    checked = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0 and not checked.stderr
    data = path.read_bytes()
    assert data.count(b"/Type /Page ") == len(reader.pages)
    assert data.count(b"/ProcSet") <= 3  # shared: the pages' dictionary and the form's
