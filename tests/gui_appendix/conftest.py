"""Fixtures of the appendix editor tests: a real database holding a sample plan, a PlanEditor,
one undo stack, and the editor widget shown offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from itplan_desktop.paths import samples_dir
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.services.plans import import_plan_file
from itplan_desktop.store.database import open_database

SAMPLES = samples_dir()
NHU_XUAN = SAMPLES / "nhu_xuan_2016_2020.itplan.json"
THANH_HOA = SAMPLES / "thanh_hoa_2011_2015.itplan.json"


def _editor(db_path: Path, sample: Path):
    db = open_database(db_path)
    result = import_plan_file(db, sample)
    return db, PlanEditor(db, result.uuid)


@pytest.fixture
def thanh_hoa(db_path: Path):
    db, editor = _editor(db_path, THANH_HOA)
    yield editor
    db.close()


@pytest.fixture
def nhu_xuan(db_path: Path):
    db, editor = _editor(db_path, NHU_XUAN)
    yield editor
    db.close()


@pytest.fixture
def undo_stack(qtbot) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make_editor(qtbot, undo_stack):
    """make_editor(plan_editor, appendix_index) -> a shown AppendixEditor."""
    from itplan_desktop.gui.appendix.editor import AppendixEditor

    def make(plan_editor: PlanEditor, appendix: int = 0) -> AppendixEditor:
        uuid = plan_editor.plan.appendices[appendix].uuid
        widget = AppendixEditor(plan_editor, uuid, undo_stack)
        widget.resize(1400, 700)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make
