"""Fixtures of the schema fuzz tests: the appendix editor opened offscreen."""

from __future__ import annotations

import pytest


@pytest.fixture
def editor_opener(qtbot):
    """open(db, plan_uuid, appendix_uuid): shows the appendix editor and closes it again."""
    from PySide6.QtGui import QUndoStack

    from itplan_desktop.gui.appendix.editor import AppendixEditor
    from itplan_desktop.services.plan_editing import PlanEditor

    def open_editor(db, plan_uuid: str, appendix_uuid: str) -> None:
        widget = AppendixEditor(PlanEditor(db, plan_uuid), appendix_uuid, QUndoStack())
        widget.resize(900, 500)
        widget.show()
        qtbot.waitExposed(widget)
        model = widget.model
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.index(row, column).data()
        widget.close()
        widget.deleteLater()

    return open_editor
