"""Issue 15, item 4: drafts printed before signing leave the day, or the day and the month,
blank ("ngày      tháng 9 năm 2020") for the signer. Typed, stored (file and database),
checked, printed in the header and the "Kèm theo" line of each appendix, in PDF and Excel."""

from __future__ import annotations

import copy
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from itplan_desktop.domain.validation import validate_plan
from itplan_desktop.formats.plan_file import (
    PlanDocument,
    dumps,
    loads,
    read_plan_file,
    version_needed,
)
from itplan_desktop.messages import UserError
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.services.plans import get_plan, import_document
from itplan_desktop.store.database import open_database
from itplan_desktop.vn.dates import (
    BLANK,
    DateParseError,
    DraftDate,
    format_date,
    format_place_date,
    parse_issue_date,
    typed_date,
)

NHU_XUAN = samples_dir() / "nhu_xuan_2016_2020.itplan.json"

TYPED = [
    ("15/9/2020", date(2020, 9, 15)),
    ("…/9/2020", DraftDate(2020, 9)),
    ("/9/2020", DraftDate(2020, 9)),
    ("9/2020", DraftDate(2020, 9)),
    ("__/09/2020", DraftDate(2020, 9)),
    ("ngày    tháng 9 năm 2020", DraftDate(2020, 9)),
    ("ngày ... tháng 02 năm 2026", DraftDate(2026, 2)),
    ("Như Xuân, ngày   tháng 9 năm 2020", DraftDate(2020, 9)),
    ("…/…/2020", DraftDate(2020)),
    ("2020", DraftDate(2020)),
    ("ngày  tháng  năm 2020", DraftDate(2020)),
]


@pytest.mark.parametrize(("text", "expected"), TYPED)
def test_a_clerk_types_a_date_with_blanks(text, expected):
    assert parse_issue_date(text) == expected
    assert parse_issue_date(typed_date(expected)) == expected  # the field shows it back


@pytest.mark.parametrize("text", ["13/2020", "…/9/3020", "abc", "31/2/2026", "0/2020"])
def test_what_is_not_a_date_is_still_refused(text):
    with pytest.raises(DateParseError):
        parse_issue_date(text)


def test_blanks_are_printed_as_room_for_the_pen():
    assert format_date(DraftDate(2020, 9)) == f"ngày {BLANK} tháng 9 năm 2020"
    assert format_date(DraftDate(2026, 2)) == f"ngày {BLANK} tháng 02 năm 2026"  # NĐ30 zero
    assert format_date(DraftDate(2020)) == f"ngày {BLANK} tháng {BLANK} năm 2020"
    assert format_place_date("Như Xuân", DraftDate(2020, 9)).startswith("Như Xuân, ngày \u00a0")
    assert BLANK.strip() == "" and " " not in BLANK  # no-break spaces: never collapsed


def _draft(issued) -> PlanDocument:
    document = read_plan_file(NHU_XUAN)
    document.plan.issued_on = issued
    return document


def test_the_file_holds_the_draft_date_and_says_version_2_only_then():
    original = read_plan_file(NHU_XUAN)
    assert version_needed(original.plan) == 1
    assert dumps(original) == NHU_XUAN.read_text(encoding="utf-8")  # old files unchanged
    for issued, stored in ((DraftDate(2020, 9), "2020-09"), (DraftDate(2020), "2020")):
        text = dumps(_draft(issued))
        data = json.loads(text)
        assert data["version"] == 2 and data["plan"]["issued_on"] == stored
        assert loads(text).plan.issued_on == issued
        assert dumps(loads(text)) == text  # canonical


@pytest.mark.parametrize("bad", ["2020-13", "2020-9", "20-09", "3020", "2020-00"])
def test_a_file_with_an_impossible_draft_date_is_refused(bad):
    data = json.loads(dumps(_draft(DraftDate(2020, 9))))
    data["plan"]["issued_on"] = bad
    with pytest.raises(UserError):
        loads(json.dumps(data))


def test_the_database_keeps_the_draft_date(tmp_path):
    db = open_database(tmp_path / "plans.sqlite")
    dates = (DraftDate(2020, 9), DraftDate(2020), date(2020, 9, 15), None)
    for revision, issued in enumerate(dates, start=2):
        document = _draft(issued)
        document.plan.revision = revision  # each a newer revision of the same plan
        import_document(db, document)
        assert get_plan(db, document.plan.uuid).issued_on == issued
    db.close()


def test_the_validator_says_the_day_is_left_for_the_signer():
    codes = {f.code: f for f in validate_plan(_draft(DraftDate(2020, 9)).plan)}
    assert "HDR009" in codes and "HDR002" not in codes
    assert codes["HDR009"].severity.value == "info"
    assert "HDR010" in {f.code for f in validate_plan(_draft(DraftDate(2020)).plan)}
    assert not {"HDR009", "HDR010"} & {
        f.code for f in validate_plan(_draft(date(2020, 9, 15)).plan)
    }


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_the_pdf_prints_the_blank_day_in_the_header_and_every_kem_theo_line(tmp_path):
    plan = _draft(DraftDate(2020, 9)).plan
    text = _pdf_text(export_plan_pdf(copy.deepcopy(plan), tmp_path / "draft.pdf"))
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert "Như Xuân, ngày tháng 9 năm 2020" in flat  # the header (blank between ngày / tháng)
    assert flat.count("Kèm theo Kế hoạch số 131/KH-UBND ngày tháng 9 năm 2020") == len(
        plan.appendices
    )
    header = next(line for line in text.splitlines() if "tháng 9 năm 2020" in line)
    gap = header.split("ngày", 1)[1].split("tháng", 1)[0]
    assert len(gap) >= 4 and not gap.strip(" \u00a0")  # room for the pen, printed as space


def test_the_excel_title_block_leaves_the_day_blank(tmp_path):
    from itplan_desktop.services.xlsx_export import export_plan_xlsx

    plan = _draft(DraftDate(2020, 9)).plan
    (path,) = export_plan_xlsx(plan, tmp_path / "draft.xlsx")
    texts = [
        str(cell.value)
        for sheet in load_workbook(path).worksheets
        for row in sheet.iter_rows(max_row=8)
        for cell in row
        if cell.value
    ]
    assert any(f"ngày {BLANK} tháng 9 năm 2020" in t for t in texts), texts


def test_in_the_header_editor_the_clerk_types_a_draft_date(qtbot, tmp_path):
    from keyboard import type_text
    from PySide6.QtCore import Qt

    from itplan_desktop.gui.application import make_application
    from itplan_desktop.gui.plan.header_editor import HeaderEditor
    from itplan_desktop.gui.undo import UndoContext
    from itplan_desktop.services.plan_editing import PlanEditor

    make_application()
    db = open_database(tmp_path / "plans.sqlite")
    editor = PlanEditor(db, import_document(db, read_plan_file(NHU_XUAN)).uuid)
    widget = HeaderEditor(UndoContext(editor))
    qtbot.addWidget(widget)
    widget.show()
    field = widget.ui.issuedOnEdit
    field.setFocus()
    field.selectAll()
    type_text(field, "…/9/2020")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.plan.issued_on == DraftDate(2020, 9)
    assert (
        "ngày" in widget.ui.printedPreview.text()
        and "tháng 9 năm 2020" in widget.ui.printedPreview.text()
    )
    assert widget.date_problem.isHidden()
    editor.save()
    assert get_plan(db, editor.plan.uuid).issued_on == DraftDate(2020, 9)
    widget.close()
    db.close()
