"""Issue 17, finding 7: import-xlsx never cuts a sheet silently and refuses a huge one from
its declared dimension at once."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from itplan_desktop.formats.xlsx_import.workbook_reader import WorkbookReader
from itplan_desktop.messages import UserError


def _workbook(path: Path, last_column: int = 0) -> Path:
    workbook = Workbook()
    ws = workbook.active
    ws.title = "PL1"
    ws.append(["TT", "Nội dung", "Kinh phí"])
    ws.append([1, "Máy tính", 100])
    if last_column:
        ws.cell(2, last_column, "tail")
    workbook.save(path)
    return path


def _set_dimension(path: Path, ref: str) -> None:
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = entries[sheet].decode()
    if "<dimension" in xml:
        xml = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>', xml)
    else:
        xml = xml.replace("<sheetViews>", f'<dimension ref="{ref}"/><sheetViews>', 1)
    entries[sheet] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def _read(path: Path):
    with WorkbookReader(path) as reader:
        return reader.sheet("PL1")


def test_a_sheet_wider_than_the_limit_is_refused_not_cut(tmp_path):
    path = _workbook(tmp_path / "wide.xlsx", last_column=16_384)
    with pytest.raises(UserError) as refused:
        _read(path)
    assert refused.value.key == "xlsx.too_many_columns"


def test_a_wide_row_under_a_lying_dimension_is_refused_not_cut(tmp_path):
    path = _workbook(tmp_path / "lying.xlsx", last_column=16_384)
    _set_dimension(path, "A1:C2")
    with pytest.raises(UserError) as refused:
        _read(path)
    assert refused.value.key == "xlsx.too_many_columns"
    assert "16384" in refused.value.text or "16.384" in refused.value.text


def test_a_huge_declared_sheet_is_refused_in_under_a_second(tmp_path):
    path = _workbook(tmp_path / "huge.xlsx")
    _set_dimension(path, "A1:C1048576")
    started = time.perf_counter()
    with pytest.raises(UserError) as refused:
        _read(path)
    assert refused.value.key == "xlsx.too_many_rows"
    assert time.perf_counter() - started < 1.0


def test_a_normal_sheet_still_reads(tmp_path):
    data = _read(_workbook(tmp_path / "ok.xlsx"))
    assert data.rows[1][:3] == [1, "Máy tính", 100]
