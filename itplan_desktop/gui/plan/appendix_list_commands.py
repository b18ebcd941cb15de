"""Undo commands for the list of appendices: add, remove, rename, move.

Each calls `services.appendix_management` on the open plan and touches "appendix_order"
(the workspace then drops the editors of appendices that left the plan and rebuilds the
navigator; autosave stores the set, order and numbers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain import Appendix
from ...services import appendix_management as am
from ...services.plan_editing import APPENDIX_ORDER, PlanEditor


class AddAppendixCommand(QUndoCommand):
    """A new appendix (from a template or blank) at `index` (None: after the last)."""

    def __init__(self, editor: PlanEditor, appendix: Appendix, index: int | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("AppendixList", "Thêm phụ lục “%1”").replace(
                "%1", appendix.title
            )
        )
        self.editor, self.appendix, self.index = editor, appendix, index
        self.old_numbers: list[int] = []

    def redo(self) -> None:
        self.old_numbers = am.numbers(self.editor.plan)
        self.index = am.insert_appendix(self.editor.plan, self.appendix, self.index)
        self.editor.touch_appendix(self.appendix.uuid, structure=True)
        self.editor.touch(APPENDIX_ORDER)

    def undo(self) -> None:
        am.remove_appendix(self.editor.plan, self.appendix.uuid)
        am.restore_numbers(self.editor.plan, self.old_numbers)
        self.editor.forget_computation(self.appendix.uuid)
        self.editor.touch(APPENDIX_ORDER)


class RemoveAppendixCommand(QUndoCommand):
    def __init__(self, editor: PlanEditor, appendix: Appendix) -> None:
        super().__init__(
            QCoreApplication.translate("AppendixList", "Xóa phụ lục “%1”").replace(
                "%1", appendix.title
            )
        )
        self.editor, self.uuid = editor, appendix.uuid
        self.index = 0
        self.appendix: Appendix = appendix
        self.old_numbers: list[int] = []

    def redo(self) -> None:
        self.old_numbers = am.numbers(self.editor.plan)
        self.index, self.appendix = am.remove_appendix(self.editor.plan, self.uuid)
        self.editor.forget_computation(self.uuid)
        self.editor.touch(APPENDIX_ORDER)

    def undo(self) -> None:
        am.restore_appendix(self.editor.plan, self.index, self.appendix, self.old_numbers)
        self.editor.touch_appendix(self.uuid, structure=True)
        self.editor.touch(APPENDIX_ORDER)


class RenameAppendixCommand(QUndoCommand):
    def __init__(self, editor: PlanEditor, appendix: Appendix, title: str) -> None:
        super().__init__(
            QCoreApplication.translate("AppendixList", "Đổi tên phụ lục: %1").replace(
                "%1", " ".join(title.split())
            )
        )
        self.editor, self.uuid, self.title = editor, appendix.uuid, title
        self.old = appendix.title

    def _set(self, title: str) -> None:
        am.rename_appendix(self.editor.plan, self.uuid, title)
        self.editor.touch_appendix(self.uuid)
        self.editor.touch(APPENDIX_ORDER)

    def redo(self) -> None:
        self._set(self.title)

    def undo(self) -> None:
        self._set(self.old)


class MoveAppendixCommand(QUndoCommand):
    def __init__(self, editor: PlanEditor, appendix: Appendix, delta: int) -> None:
        text = (
            QCoreApplication.translate("AppendixList", "Chuyển phụ lục lên")
            if delta < 0
            else QCoreApplication.translate("AppendixList", "Chuyển phụ lục xuống")
        )
        super().__init__(text)
        self.editor, self.uuid, self.delta = editor, appendix.uuid, delta

    def redo(self) -> None:
        am.move_appendix(self.editor.plan, self.uuid, self.delta)
        self.editor.touch(APPENDIX_ORDER)

    def undo(self) -> None:
        am.move_appendix(self.editor.plan, self.uuid, -self.delta)
        self.editor.touch(APPENDIX_ORDER)
