"""Undo commands that change the plan's indicators: insert (from the catalogue or the user's
own), remove (with the indicator's figures), move, and set fields (name, kind, targets …).
Each applies a `services.kpi_indicator_edit` edit, touches "indicators" and calls `after`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ...domain.indicator import Indicator
from ...services.kpi_indicator_edit import (
    Removed,
    apply_fields,
    insert_indicators,
    move_indicator,
    remove_indicator,
    restore_indicator,
    set_fields,
    take_indicators,
)
from ...services.plan_editing import INDICATORS, PlanEditor

After = Callable[[], None]


class _IndicatorCommand(QUndoCommand):
    def __init__(self, editor: PlanEditor, text: str, after: After) -> None:
        super().__init__(text)
        self.editor, self.after = editor, after

    def _done(self) -> None:
        self.editor.touch(INDICATORS)
        self.after()


class InsertIndicatorsCommand(_IndicatorCommand):
    """Add indicators (at the end unless `position` is given)."""

    def __init__(
        self,
        editor: PlanEditor,
        indicators: list[Indicator],
        text: str,
        after: After,
        position: int | None = None,
    ) -> None:
        super().__init__(editor, text, after)
        self.indicators, self.position = list(indicators), position

    def redo(self) -> None:
        self.position = insert_indicators(self.editor.plan, self.indicators, self.position)
        self._done()

    def undo(self) -> None:
        take_indicators(self.editor.plan, self.indicators)
        self._done()


class RemoveIndicatorCommand(_IndicatorCommand):
    """Remove an indicator and its figures; undo puts both back."""

    def __init__(self, editor: PlanEditor, indicator: Indicator, text: str, after: After):
        super().__init__(editor, text, after)
        self.indicator = indicator
        self.removed: Removed | None = None

    def redo(self) -> None:
        self.removed = remove_indicator(self.editor.plan, self.indicator)
        self._done()

    def undo(self) -> None:
        assert self.removed is not None
        restore_indicator(self.editor.plan, self.removed)
        self._done()


class MoveIndicatorCommand(_IndicatorCommand):
    def __init__(self, editor: PlanEditor, source: int, target: int, text: str, after: After):
        super().__init__(editor, text, after)
        self.source, self.target = source, target

    def redo(self) -> None:
        move_indicator(self.editor.plan, self.source, self.target)
        self._done()

    def undo(self) -> None:
        move_indicator(self.editor.plan, self.target, self.source)
        self._done()


class SetIndicatorFieldsCommand(_IndicatorCommand):
    """Set fields of one indicator in place (the models keep the same object); check them
    first with `services.kpi_indicator_edit.check_fields`."""

    def __init__(
        self,
        editor: PlanEditor,
        indicator: Indicator,
        values: dict[str, Any],
        text: str,
        after: After,
    ) -> None:
        super().__init__(editor, text, after)
        self.indicator, self.values = indicator, dict(values)
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = set_fields(self.editor.plan, self.indicator, self.values)
        self._done()

    def undo(self) -> None:
        apply_fields(self.indicator, self.old)
        self._done()
