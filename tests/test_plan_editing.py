"""PlanEditor: in-memory edits reach the database part by part, and only when saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_factories import SAMPLES

from itplan_desktop.domain import Paragraph, Section
from itplan_desktop.domain.appendix_templates import build_appendix
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.services.plans import import_plan_file
from itplan_desktop.store import plan_repository as repo
from itplan_desktop.store.database import open_database

NHU_XUAN = SAMPLES / "nhu_xuan_2016_2020.itplan.json"


@pytest.fixture
def editor(db_path: Path) -> PlanEditor:
    db = open_database(db_path)
    result = import_plan_file(db, NHU_XUAN)
    yield PlanEditor(db, result.uuid)
    db.close()


def _stored(editor: PlanEditor):
    with editor.db.session() as session:
        return repo.load_plan(session, editor.plan.uuid)


def test_cell_edit_updates_totals_and_is_saved(editor: PlanEditor):
    pl1 = editor.plan.appendices[0]
    computation = editor.computation(pl1.uuid)
    before = computation.totals["y2016"]
    computation.set_value(0, "y2016", 1_500_000_000)
    editor.touch_appendix(pl1.uuid)
    assert computation.totals["y2016"] == before + 300_000_000
    assert _stored(editor).appendices[0].rows[0].values["y2016"] == 1_200_000_000
    report = editor.save()
    assert report.parts == (f"appendix:{pl1.uuid}",)
    assert _stored(editor).appendices[0].rows[0].values["y2016"] == 1_500_000_000
    assert not editor.dirty


def test_header_and_sections_saved(editor: PlanEditor):
    editor.plan.number = "132"
    editor.plan.sections.append(Section("Điều khoản thi hành", body=[Paragraph("Mới.")]))
    editor.touch("header")
    editor.touch("sections")
    editor.save()
    stored = _stored(editor)
    assert stored.number == "132"
    assert stored.sections[-1].heading == "Điều khoản thi hành"
    assert stored == editor.plan


def test_appendix_added_and_removed(editor: PlanEditor):
    new = build_appendix("recurring_tasks", list(editor.plan.years), title="PHỤ LỤC MỚI")
    new.number = 3
    editor.plan.appendices.append(new)
    editor.touch("appendix_order")
    editor.save()
    assert [a.title for a in _stored(editor).appendices][-1] == "PHỤ LỤC MỚI"
    editor.plan.appendices.pop(0)
    editor.touch("appendix_order")
    editor.save()
    assert _stored(editor) == editor.plan


def test_unsaved_edits_are_dropped_by_reload(editor: PlanEditor):
    editor.plan.title = "đổi tên"
    editor.touch("header")
    editor.reload()
    assert editor.plan.title != "đổi tên" and not editor.dirty


def test_listeners_hear_which_part_changed(editor: PlanEditor):
    heard: list[str] = []
    editor.listeners.append(heard.append)
    editor.touch("budget")
    assert heard == ["budget"]


def test_findings_follow_edits(editor: PlanEditor):
    codes = {f.code for f in editor.findings()}
    line = editor.plan.budget.lines[0]
    line.stated = 5_600_000_000  # fix the document's real mistake (560 → 5.600)
    assert {f.code for f in editor.findings()} < codes


def test_task_progress_is_its_own_part(editor: PlanEditor):
    from itplan_desktop.domain.kpi_progress import TaskProgress, TaskStatus

    row = editor.plan.appendices[0].rows[0]
    editor.plan.task_progress.append(
        TaskProgress(row.uuid, TaskStatus.DONE, {2016: 1_200_000_000}, "xong")
    )
    editor.touch("task_progress")
    assert editor.save().parts == ("task_progress",)
    (stored,) = _stored(editor).task_progress
    assert stored.row_uuid == row.uuid and stored.disbursed == {2016: 1_200_000_000}
