"""Issue 17, finding 7: a 6.000-character title or a 4.000-digit amount is refused at input
(plan files, bundles) and never crashes an export; a failed export leaves no file behind."""

from __future__ import annotations

import json
import tempfile

import pytest
from plan_factories import SAMPLES

from itplan_desktop.formats.plan_file import loads, read_plan_file
from itplan_desktop.messages import UserError
from itplan_desktop.services.pdf_export import export_plan_pdf
from itplan_desktop.services.xlsx_export import export_plan_xlsx

NX = SAMPLES / "nhu_xuan_2016_2020.itplan.json"


def _plan():
    return read_plan_file(NX).plan


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_huge_title_is_refused_in_a_plan_file():
    data = json.loads(NX.read_text("utf-8"))
    data["plan"]["title"] = "Kế hoạch " * 700
    with pytest.raises(UserError) as refused:
        loads(json.dumps(data))
    assert "title" in refused.value.text


def test_a_huge_amount_is_refused_in_a_plan_file():
    text = NX.read_text("utf-8")
    data = json.loads(text)
    rows = data["plan"]["appendices"][0]["rows"]
    row = next(r for r in rows if r.get("values"))
    key = next(iter(row["values"]))
    row["values"][key] = 123
    raw = json.dumps(data).replace(f'"{key}": 123', f'"{key}": {"9" * 4000}', 1)
    with pytest.raises(UserError):
        loads(raw)
    raw = json.dumps(data).replace(f'"{key}": 123', f'"{key}": {"9" * 30}', 1)
    with pytest.raises(UserError) as refused:
        loads(raw)
    assert "30" in refused.value.text


def test_a_title_too_long_for_a_page_is_a_refusal_leaving_nothing(tmp_path, private_temp):
    plan = _plan()
    plan.title = "Kế hoạch " * 700
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError) as refused:
        export_plan_pdf(plan, out / "plan.pdf")
    assert refused.value.key == "export.too_large_for_page"
    assert "«Kế hoạch Kế hoạch" in refused.value.text and "6.300 ký tự" in refused.value.text
    assert "Flowable" not in refused.value.text  # the user's text, not ReportLab's internals
    assert list(out.iterdir()) == [] and list(private_temp.iterdir()) == []


def test_a_huge_amount_is_a_refusal_in_excel_leaving_nothing(tmp_path, private_temp):
    plan = _plan()
    row = next(r for r in plan.appendices[0].rows if r.values)
    row.values[next(iter(row.values))] = int("9" * 4000)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError) as refused:
        export_plan_xlsx(plan, out / "plan.xlsx")
    assert refused.value.key == "export.value_too_large"
    assert list(out.iterdir()) == [] and list(private_temp.iterdir()) == []


def test_failed_plan_file_and_bundle_writes_leave_no_temporary_file(tmp_path):
    from itplan_desktop.formats.bundle_writer import write_bytes_atomically
    from itplan_desktop.formats.plan_file import write_plan_file

    blocked = tmp_path / "plan.itplan.json"
    blocked.mkdir()  # the rename over a folder fails
    with pytest.raises(OSError):
        write_plan_file(read_plan_file(NX), blocked)
    bundle = tmp_path / "x.itplan-bundle"
    bundle.mkdir()
    with pytest.raises(OSError):
        write_bytes_atomically(bundle, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.itplan.json", "x.itplan-bundle"]


def test_the_title_field_takes_no_more_than_a_plan_file_holds(qtbot, tmp_path):
    """What is typed or pasted into the title is cut at the file's limit (2.000 characters),
    so a plan edited in the window always exports and re-imports."""
    from PySide6.QtWidgets import QApplication

    from itplan_desktop.formats.plan_file import MAX_TITLE, read_plan_file
    from itplan_desktop.gui.application import make_application
    from itplan_desktop.gui.plan.header_editor import HeaderEditor
    from itplan_desktop.gui.undo import UndoContext
    from itplan_desktop.paths import samples_dir
    from itplan_desktop.services.plan_editing import PlanEditor
    from itplan_desktop.services.plans import import_document
    from itplan_desktop.store.database import open_database

    make_application()
    db = open_database(tmp_path / "plans.sqlite")
    document = read_plan_file(samples_dir() / "nhu_xuan_2016_2020.itplan.json")
    editor = PlanEditor(db, import_document(db, document).uuid)
    widget = HeaderEditor(UndoContext(editor))
    qtbot.addWidget(widget)
    widget.show()
    field = widget.ui.titleEdit
    field.selectAll()
    QApplication.clipboard().setText("Kế hoạch " * 700)
    field.paste()
    assert len(field.text()) == MAX_TITLE == len(editor.plan.title)
    widget.close()
    db.close()
