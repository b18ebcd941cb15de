"""Appendix and plan management (services/appendix_management.py), without Qt."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from itplan_desktop.domain import Plan
from itplan_desktop.domain.appendix_templates import TEMPLATES
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.messages import UserError
from itplan_desktop.services import appendix_management as am
from itplan_desktop.services.plan_editing import APPENDIX_ORDER, PlanEditor
from itplan_desktop.services.plans import list_plans, load_samples
from itplan_desktop.store.backup import list_backups
from itplan_desktop.store.database import open_database


def _plan(sample_paths) -> Plan:
    return read_plan_file(sample_paths[1]).plan  # Thanh Hóa: four appendices


def test_every_template_and_blank_is_offered_and_builds(sample_paths):
    plan = _plan(sample_paths)
    names = [c.name for c in am.template_choices()]
    assert names == [*TEMPLATES, am.BLANK]
    for choice in am.template_choices():
        appendix = am.new_appendix(plan, choice.name)
        assert appendix.columns and appendix.title
        assert appendix.template == (None if choice.name == am.BLANK else choice.name)
    titled = am.new_appendix(plan, "recurring_tasks", "  Nhiệm vụ năm 2026 ")
    assert titled.title == "Nhiệm vụ năm 2026"
    year_columns = [c.year for c in titled.columns if c.year]
    assert year_columns == list(plan.years)
    with pytest.raises(UserError):
        am.new_appendix(plan, "nope")


def test_insert_remove_restore_keep_numbers_by_position(sample_paths):
    plan = _plan(sample_paths)
    before = [(a.uuid, a.number) for a in plan.appendices]
    new = am.new_appendix(plan, am.BLANK)
    assert am.insert_appendix(plan, new, 1) == 1
    assert am.numbers(plan) == [1, 2, 3, 4, 5]
    old = am.numbers(plan)
    index, removed = am.remove_appendix(plan, new.uuid)
    assert (index, removed) == (1, new)
    assert [(a.uuid, a.number) for a in plan.appendices] == before
    am.restore_appendix(plan, index, removed, old)
    assert plan.appendices[1] is new and am.numbers(plan) == old


def test_rename_refuses_an_empty_title_and_normalises_spaces(sample_paths):
    plan = _plan(sample_paths)
    uuid = plan.appendices[0].uuid
    old = plan.appendices[0].title
    assert am.rename_appendix(plan, uuid, "  DANH MỤC   DỰ ÁN ") == old
    assert plan.appendices[0].title == "DANH MỤC DỰ ÁN"
    with pytest.raises(UserError, match="không được để trống"):
        am.rename_appendix(plan, uuid, "   ")
    with pytest.raises(UserError):
        am.rename_appendix(plan, "missing", "x")


@settings(deadline=None)  # the machine is shared: no timing in this property
@given(moves=st.lists(st.tuples(st.integers(0, 3), st.sampled_from([-1, 1])), max_size=12))
def test_moves_undone_in_reverse_restore_the_order(moves):
    plan = Plan("402", "KH", 2026, 2030)
    for _ in range(4):
        am.insert_appendix(plan, am.blank_appendix())
    original = [a.uuid for a in plan.appendices]
    done = []
    for index, delta in moves:
        uuid = plan.appendices[index].uuid
        if am.can_move(plan, uuid, delta):
            target = am.move_appendix(plan, uuid, delta)
            assert plan.appendices[target].uuid == uuid
            done.append((uuid, delta))
        else:
            with pytest.raises(UserError):
                am.move_appendix(plan, uuid, delta)
        assert am.numbers(plan) == [1, 2, 3, 4]
    for uuid, delta in reversed(done):
        am.move_appendix(plan, uuid, -delta)
    assert [a.uuid for a in plan.appendices] == original


def test_added_removed_and_moved_appendices_are_stored(tmp_path, sample_paths):
    db = open_database(tmp_path / "plans.sqlite")
    load_samples(db)
    uuid = next(p.uuid for p in list_plans(db) if p.appendix_count == 4)
    editor = PlanEditor(db, uuid)
    plan = editor.plan
    new = am.new_appendix(plan, "tasks_by_year", "Nhiệm vụ theo năm")
    am.insert_appendix(plan, new)
    am.move_appendix(plan, new.uuid, -1)
    am.remove_appendix(plan, plan.appendices[0].uuid)
    editor.touch(APPENDIX_ORDER)
    editor.save()
    stored = PlanEditor(db, uuid).plan
    assert [a.uuid for a in stored.appendices] == [a.uuid for a in plan.appendices]
    assert [a.number for a in stored.appendices] == [1, 2, 3, 4]
    assert stored.appendices[2].title == "Nhiệm vụ theo năm"
    assert [r.texts.get("name") for r in stored.appendices[2].rows][:1] == ["Năm 2011"]


def test_delete_plan_keeps_a_backup_holding_it(tmp_path):
    path = tmp_path / "plans.sqlite"
    db = open_database(path)
    load_samples(db)
    plans = list_plans(db)
    assert len(plans) == 4  # the reference plans and xã Như Thanh's two (issue 13)
    backup = am.delete_plan(db, plans[0].uuid)
    assert [p.uuid for p in list_plans(db)] == [p.uuid for p in plans[1:]]
    assert backup in list_backups(path)
    with sqlite3.connect(backup) as copy:
        kept = {row[0] for row in copy.execute("SELECT uuid FROM plan")}
    assert plans[0].uuid in kept
    with pytest.raises(UserError):
        am.delete_plan(db, plans[0].uuid)
    for plan in plans[1:]:  # the samples can go: the database is then empty
        am.delete_plan(db, plan.uuid)
    assert list_plans(db) == []
    db.close()
