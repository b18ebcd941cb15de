"""Fixtures of the shape tests: the appendix editor shown offscreen over a real database."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack


@pytest.fixture
def make_editor(qtbot):
    """make_editor(plan_editor, appendix_index) -> a shown AppendixEditor."""
    from itplan_desktop.gui.appendix.editor import AppendixEditor

    stack = QUndoStack()

    def make(plan_editor, appendix: int = 0):
        uuid = plan_editor.plan.appendices[appendix].uuid
        widget = AppendixEditor(plan_editor, uuid, stack)
        widget.resize(1400, 700)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make
