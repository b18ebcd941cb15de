"""Undo commands of the KPI tracker: set observations (one cell, a note, a whole paste) and
set the progress of a task. Each command swaps domain objects and tells the editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...domain.indicator import Observation
from ...domain.kpi_progress import TaskProgress
from ...services.kpi_entry import ObservationKey, put_observation
from ...services.kpi_tasks import put_task_progress
from ...services.plan_editing import INDICATORS, TASK_PROGRESS, PlanEditor


class SetObservationsCommand(QUndoCommand):
    """Replace the observations of some keys; `changes` holds (key, new or None)."""

    def __init__(
        self,
        editor: PlanEditor,
        changes: list[tuple[ObservationKey, Observation | None]],
        text: str,
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.editor, self.changes, self.after = editor, changes, after
        self.previous: list[tuple[ObservationKey, Observation | None]] = []

    def redo(self) -> None:
        plan = self.editor.plan
        self.previous = [(key, put_observation(plan, key, new)) for key, new in self.changes]
        self._done()

    def undo(self) -> None:
        plan = self.editor.plan
        for key, old in reversed(self.previous):
            put_observation(plan, key, old)
        self._done()

    def _done(self) -> None:
        self.editor.touch(INDICATORS)
        self.after()


class SetTaskProgressCommand(QUndoCommand):
    """Replace the progress of one task; written through to the database at once."""

    def __init__(
        self,
        editor: PlanEditor,
        row_uuid: str,
        new: TaskProgress,
        text: str,
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.editor, self.row_uuid, self.new, self.after = editor, row_uuid, new, after
        self.old: TaskProgress | None = None

    def redo(self) -> None:
        self.old = put_task_progress(self.editor.plan, self.row_uuid, self.new)
        self._done()

    def undo(self) -> None:
        put_task_progress(self.editor.plan, self.row_uuid, self.old)
        self._done()

    def _done(self) -> None:
        self.editor.touch(TASK_PROGRESS)  # written by the next autosave
        self.after()
