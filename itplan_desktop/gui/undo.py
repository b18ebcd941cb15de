"""The editing context shared by every editor of one open plan: the PlanEditor, the plan's
QUndoStack and a `changed(part)` signal fired whenever a part of the plan changed (by an
edit, an undo or a redo), so that every view refreshes from the domain objects."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..services.plan_editing import PlanEditor


class UndoContext(QObject):
    changed = Signal(str)

    def __init__(self, editor: PlanEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.stack = QUndoStack(self)
        editor.listeners.append(self._relay)

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)

    def _relay(self, part: str) -> None:
        self.changed.emit(part)

    def detach(self) -> None:
        if self._relay in self.editor.listeners:
            self.editor.listeners.remove(self._relay)
