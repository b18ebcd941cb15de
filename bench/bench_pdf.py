"""PDF benchmarks: the whole Như Xuân plan, and a synthetic 5.000-row appendix against
LibreOffice headless converting the same appendix (.xlsx written here with openpyxl) to PDF.

    python -m bench.bench_pdf

Target (issue 5): the appendix at least 10× faster than LibreOffice in the same run.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from itplan_desktop.domain.appendix import (
    Appendix,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    RowKind,
)
from itplan_desktop.domain.plan import Plan
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.pdf_export import render_plan_pdf_bytes

from .harness import Result, median_time

ROWS = 5000
YEARS = range(2021, 2026)
_VOCABULARY = (
    "đầu tư nâng cấp hệ thống máy chủ máy trạm mạng nội bộ phần mềm quản lý văn bản hồ sơ "
    "công việc dịch vụ công trực tuyến mức độ cổng thông tin điện tử cơ sở dữ liệu chuyên ngành "
    "an toàn thông tin chữ ký số đào tạo cán bộ công chức ứng dụng công nghệ thông tin tại "
    "Ủy ban nhân dân cấp xã phường thị trấn bộ phận một cửa liên thông hạ tầng kỹ thuật "
    "tích hợp kết nối chia sẻ dữ liệu bảo đảm phục vụ người dân và doanh nghiệp hiệu quả"
)
_WORDS = tuple(_VOCABULARY.split())
_UNITS = (
    "Văn phòng HĐND&UBND",
    "Phòng Văn hóa và Thông tin",
    "Phòng Tài chính - Kế hoạch",
    "UBND các xã, thị trấn",
    "Phòng Nội vụ",
    "Trung tâm Văn hóa - Thông tin và Thể thao",
)


def _sentence(rng: random.Random, low: int, high: int) -> str:
    target = rng.randint(low, high)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < target:
        words.append(rng.choice(_WORDS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def synthetic_appendix(rows: int = ROWS, seed: int = 20) -> Appendix:
    """A 10-column appendix of `rows` rows: groups of 50 items, texts of 60-200 characters,
    amounts in triệu đồng as people type them (multiples of 5 triệu), some cells empty."""
    rng = random.Random(seed)
    columns = [
        Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("TT",), width=0.5),
        Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Nội dung công việc",), width=2.5),
        Column("objective", ColumnKind.TEXT, ColumnRole.OBJECTIVE, ("Mục tiêu",), width=3.5),
        Column("lead", ColumnKind.TEXT, ColumnRole.LEAD_UNIT, ("Đơn vị chủ trì",), width=1.6),
    ]
    for year in YEARS:
        header = ("Nhu cầu kinh phí các năm", str(year))
        columns.append(Column(f"y{year}", ColumnKind.MONEY, ColumnRole.YEAR, header, year=year))
    columns.append(Column("total", ColumnKind.MONEY, ColumnRole.TOTAL, ("Tổng cộng",), width=1.2))
    body: list[AppendixRow] = []
    for index in range(rows):
        if index % 51 == 0:
            body.append(
                AppendixRow(RowKind.GROUP, texts={"name": f"Nhóm nhiệm vụ {index // 51 + 1}"})
            )
            continue
        texts = {
            "name": _sentence(rng, 60, 120),
            "objective": _sentence(rng, 100, 200),
            "lead": rng.choice(_UNITS),
        }
        values = {
            f"y{year}": rng.randrange(2, 400) * 5_000_000 for year in YEARS if rng.random() < 0.8
        }
        body.append(AppendixRow(RowKind.ITEM, texts=texts, values=values))
    return Appendix(title="Danh mục nhiệm vụ (dữ liệu thử 5.000 dòng)", columns=columns, rows=body)


def synthetic_plan(rows: int = ROWS) -> Plan:
    """A plan holding only the synthetic appendix (header fields from the Như Xuân sample)."""
    plan = _sample_plan()
    plan.appendices = [synthetic_appendix(rows)]
    return plan


def _sample_plan() -> Plan:
    return read_plan_file(samples_dir() / "nhu_xuan_2016_2020.itplan.json").plan


def write_xlsx(appendix: Appendix, path: Path) -> None:
    """The same appendix as a plain workbook (values, A4 landscape, fit to width)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from itplan_desktop.domain.appendix_engine import AppendixComputation
    from itplan_desktop.domain.appendix_layout import row_labels

    computation = AppendixComputation(appendix)
    labels = row_labels(appendix)
    book = Workbook()
    sheet = book.active
    sheet.append([c.header[0] for c in appendix.columns])
    sheet.append([c.header[-1] if len(c.header) > 1 else "" for c in appendix.columns])
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, row in enumerate(appendix.rows):
        cells: list[object] = []
        for column in appendix.columns:
            if column.role is ColumnRole.TT:
                cells.append(labels[index])
            elif column.kind is ColumnKind.TEXT:
                cells.append(row.texts.get(column.key, ""))
            else:
                value = computation.value(index, column.key)
                cells.append(None if value is None else value // 1_000_000)
        sheet.append(cells)
    for letter, width in zip("ABCDEFGHIJ", (5, 30, 42, 20, 10, 10, 10, 10, 10, 12), strict=True):
        sheet.column_dimensions[letter].width = width
        for cell in sheet[letter]:
            cell.alignment = wrap
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:2"
    book.save(path)


def _page_count(pdf: bytes) -> int:
    from io import BytesIO

    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


@dataclass(frozen=True)
class OfficeRun:
    """LibreOffice's median for the appendix, its output, and its median for a one-row copy
    of the same workbook (what starting LibreOffice costs, for the reader's information)."""

    median_s: float
    pages: int
    size: int
    startup_s: float


def _libreoffice(appendix: Appendix, runs: int = 3) -> OfficeRun | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        profile = (work / "profile").as_uri()

        def timed(source: Path) -> tuple[float, bytes]:
            command = [
                soffice, f"-env:UserInstallation={profile}", "--headless",
                "--convert-to", "pdf", "--outdir", str(work / "out"), str(source),
            ]  # fmt: skip

            def convert() -> None:
                subprocess.run(command, check=True, capture_output=True, timeout=600)

            seconds = median_time(convert, runs=runs, warmup=1)
            return seconds, (work / "out" / (source.stem + ".pdf")).read_bytes()

        source = work / "appendix.xlsx"
        write_xlsx(appendix, source)
        seconds, pdf = timed(source)
        tiny = work / "tiny.xlsx"
        write_xlsx(Appendix(appendix.title, appendix.columns, appendix.rows[:2]), tiny)
        startup, _tiny_pdf = timed(tiny)
        return OfficeRun(seconds, _page_count(pdf), len(pdf), startup)


def run() -> list[Result]:
    plan = _sample_plan()
    plan_pdf = render_plan_pdf_bytes(plan)
    plan_time = median_time(lambda: render_plan_pdf_bytes(plan), runs=5)
    results = [
        Result(
            "pdf: Như Xuân plan (2 appendices)", plan_time, 5, extra=f"{len(plan_pdf) // 1024} KiB"
        )
    ]
    big = synthetic_plan()
    pdf = render_plan_pdf_bytes(big, appendix=1)
    ours = median_time(lambda: render_plan_pdf_bytes(big, appendix=1), runs=7)
    office = _libreoffice(big.appendices[0])
    note = f"ours: {_page_count(pdf)} pages at 12 pt, {len(pdf) // 1024} KiB"
    if office is not None:
        note += (
            f"; LibreOffice: {office.pages} pages (fit to one page wide, smaller text), "
            f"{office.size // 1024} KiB, {office.startup_s:.2f} s for a 2-row copy of the "
            f"workbook; LibreOffice / ours = {office.median_s / ours:.1f}×"
        )
    results.append(
        Result(
            f"pdf: synthetic appendix, {ROWS} rows",
            ours,
            7,
            target="≥ 10× faster than LibreOffice",
            baseline_name="LibreOffice xlsx → pdf" if office else "LibreOffice not installed",
            baseline_median_s=office.median_s if office else None,
            extra=note,
        )
    )
    return results


if __name__ == "__main__":
    from .run import main

    sys.exit(main(["pdf"]))
