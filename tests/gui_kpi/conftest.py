"""Fixtures of the KPI tracker GUI tests: the Như Xuân sample with its communes, the tracker."""

from __future__ import annotations

from pathlib import Path

import pytest

from itplan_desktop.paths import samples_dir
from itplan_desktop.services.kpi_communes import install_builtin_communes
from itplan_desktop.services.plan_editing import PlanEditor
from itplan_desktop.services.plans import import_plan_file
from itplan_desktop.store.database import open_database

SAMPLE = samples_dir() / "nhu_xuan_2016_2020.itplan.json"


@pytest.fixture
def kpi_editor(tmp_path: Path):
    db = open_database(tmp_path / "gui-kpi.sqlite")
    uuid = import_plan_file(db, SAMPLE).uuid
    install_builtin_communes(db, "402")
    yield PlanEditor(db, uuid)
    db.close()


@pytest.fixture
def tracker(qtbot, kpi_editor):
    from PySide6.QtGui import QUndoStack

    from itplan_desktop.gui.kpi.tracker import KpiTracker

    stack = QUndoStack()
    widget = KpiTracker(kpi_editor, stack)
    widget.stack_ref = stack  # keep the stack alive with the widget
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
