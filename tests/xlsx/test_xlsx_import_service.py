"""Import into a plan stored in the database: preview only, all or nothing, refusals of
unsafe or foreign files with their message, and a mapping given as JSON."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.xml import DEFUSEDXML
from xlsx_handmade import handmade
from xlsx_recalc import load_sample

from itplan_desktop.formats.xlsx_import import Limits, build_preview
from itplan_desktop.messages import UserError
from itplan_desktop.services.plans import get_plan, load_samples
from itplan_desktop.services.xlsx_import import import_xlsx, preview_xlsx
from itplan_desktop.store.database import Database, open_database
from itplan_desktop.vn.units import MoneyUnit

NX = "nhu_xuan"


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "plans.sqlite")
    load_samples(database)
    return database


def _plan_id(db: Database) -> str:
    from itplan_desktop.services.plans import list_plans

    return next(p.uuid for p in list_plans(db) if "Như Xuân" in p.organisation_name)


def _state(db: Database) -> tuple[int, int]:
    plan = get_plan(db, _plan_id(db))
    return plan.revision, len(plan.appendices)


def test_dry_run_writes_nothing_and_import_adds_one_appendix(db: Database, tmp_path: Path) -> None:
    sample = load_sample("thanh_hoa_2011_2015").appendices[1]
    path = handmade(sample, tmp_path / "pl2.xlsx", number=2)
    before = _state(db)
    preview = import_xlsx(db, _plan_id(db), path, dry_run=True)
    assert preview.ok and len(preview.appendix.rows) == len(sample.rows)
    assert _state(db) == before
    preview = import_xlsx(db, _plan_id(db), path)
    assert preview.applied_number == 3
    plan = get_plan(db, _plan_id(db))
    assert (plan.revision, len(plan.appendices)) == (before[0] + 1, before[1] + 1)
    stored = plan.appendices[-1]
    assert stored.number == 3
    assert [(r.label, r.texts, r.values, r.stated) for r in stored.rows] == [
        (r.label, r.texts, r.values, r.stated) for r in sample.rows
    ]
    assert stored.stated_totals == sample.stated_totals
    json.dumps(preview.to_json())


def test_unreadable_cells_stop_the_import_unless_accepted(db: Database, tmp_path: Path) -> None:
    sample = load_sample("nhu_xuan_2016_2020").appendices[0]
    path = handmade(sample, tmp_path / "pl1.xlsx", typed={(0, "y2016"): "1,200"})
    before = _state(db)
    with pytest.raises(UserError) as error:
        import_xlsx(db, _plan_id(db), path)
    assert error.value.key == "xlsx.import.has_problems"
    assert _state(db) == before
    preview = import_xlsx(db, _plan_id(db), path, accept_problems=True)
    assert "y2016" not in preview.appendix.rows[0].values
    assert _state(db) == (before[0] + 1, before[1] + 1)


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024))
    return path


def _ole(path: Path, encrypted: bool) -> Path:
    body = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504
    if encrypted:
        body += "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(body + b"\0" * 1024)
    return path


def _too_many_rows(path: Path) -> Path:
    workbook = openpyxl.Workbook(write_only=True)
    ws = workbook.create_sheet("PL")
    ws.append(["TT", "Tên dự án", "2016"])
    for number in range(20_001):
        ws.append([number + 1, "Dự án", 1])
    workbook.save(path)
    return path


def _entities(path: Path) -> Path:
    source = path.with_suffix(".src.xlsx")
    openpyxl.Workbook().save(source)
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as target:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = data.decode()
                text = text[text.index("?>") + 2 :] if text.startswith("<?xml") else text
                data = (bomb + text).replace('name="Sheet"', 'name="&lol2;"').encode()
            target.writestr(item, data)
    return path


REFUSALS = {
    "word document renamed": (lambda p: _docx(p), "xlsx.is_word", "văn bản Word"),
    "text file": (
        lambda p: (p.write_text("TT;Tên dự án\n1;Máy chủ\n", encoding="utf-8"), p)[1],
        "xlsx.not_spreadsheet",
        "không phải là bảng tính",
    ),
    "zip bomb": (_zip_bomb, "xlsx.zip_limits", "giới hạn an toàn"),
    "encrypted": (lambda p: _ole(p, True), "xlsx.encrypted", "mật khẩu"),
    "old xls": (lambda p: _ole(p, False), "xlsx.legacy_xls", ".xls"),
    "too many rows": (_too_many_rows, "xlsx.too_many_rows", "quá nhiều dòng"),
    "xml entities": (_entities, "xlsx.unsafe", "không an toàn"),
    "empty": (lambda p: (p.write_bytes(b""), p)[1], "xlsx.empty_file", "rỗng"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_refused_files_say_why_and_change_nothing(db: Database, tmp_path: Path, case: str) -> None:
    make, key, words = REFUSALS[case]
    path = make(tmp_path / "plan.xlsx")
    before = _state(db)
    with pytest.raises(UserError) as error:
        import_xlsx(db, _plan_id(db), path)
    assert error.value.key == key
    assert words in error.value.text
    assert _state(db) == before


def test_openpyxl_parses_with_defusedxml() -> None:
    assert DEFUSEDXML


def test_limits_are_checked_before_reading(tmp_path: Path) -> None:
    sample = load_sample("thanh_hoa_2011_2015").appendices[3]
    path = handmade(sample, tmp_path / "pl4.xlsx", number=4)
    with pytest.raises(UserError) as error:
        build_preview(path, limits=Limits(rows=20))
    assert error.value.key == "xlsx.too_many_rows"
    with pytest.raises(UserError) as error:
        build_preview(path, limits=Limits(file_bytes=1000))
    assert error.value.key == "xlsx.too_large"


def test_mapping_json_overrides_the_suggestions(tmp_path: Path) -> None:
    sample = load_sample("nhu_xuan_2016_2020").appendices[1]
    path = handmade(sample, tmp_path / "pl2.xlsx", number=2)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "sheet": "PL2",
                "header_rows": [5, 6],
                "unit": "tỷ đồng",
                "title": "NHIỆM VỤ CHI THƯỜNG XUYÊN",
                "columns": {"C": "ignore", "D": {"role": "note", "header": ["Ghi chú"]}},
            }
        ),
        encoding="utf-8",
    )
    preview = preview_xlsx(path, mapping=mapping)
    keys = [c.key for c in preview.appendix.columns]
    assert "objective" not in keys and "note" in keys and "lead_unit" not in keys
    assert preview.appendix.title == "NHIỆM VỤ CHI THƯỜNG XUYÊN"
    assert preview.appendix.unit is MoneyUnit.TY_DONG
    assert preview.appendix.rows[0].values["y2016"] == 60_000_000_000
    assert preview.appendix.rows[0].texts["note"] == "Văn phòng UBND tỉnh"
    with pytest.raises(UserError) as error:
        preview_xlsx(path, mapping={"columns": {"B": "chairman"}})
    assert error.value.key == "xlsx.mapping.invalid"
    with pytest.raises(UserError) as error:
        preview_xlsx(path, sheet="Không có")
    assert error.value.key == "xlsx.no_sheet"
