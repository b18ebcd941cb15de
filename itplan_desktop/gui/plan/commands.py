"""Undo commands for edits of the plan outside the appendix tables.

Each command changes the domain objects held by the PlanEditor, tells it which part it
touched (live findings, autosave) and carries a Vietnamese text for the Edit menu. Typing in
one field merges into one command, so one undo step undoes one field's typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ...services.plan_editing import PlanEditor

_merge_ids: dict[tuple[int, str], int] = {}


def merge_id(target: object, attr: str) -> int:
    """A stable command id per (object, attribute), so typing in one field merges."""
    key = (id(target), attr)
    return _merge_ids.setdefault(key, 1000 + len(_merge_ids))


class SetFieldCommand(QUndoCommand):
    """Set one attribute of a domain object (plan, signer, budget, budget line)."""

    def __init__(
        self,
        editor: PlanEditor,
        target: object,
        attr: str,
        value: Any,
        part: str,
        text: str,
        merge: bool = True,
    ) -> None:
        super().__init__(text)
        self.editor, self.target, self.attr, self.part = editor, target, attr, part
        self.old = getattr(target, attr)
        self.new = value
        self._id = merge_id(target, attr) if merge else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.id() != self.id():
            return False
        if other.target is not self.target or other.attr != self.attr:
            return False
        self.new = other.new
        self.setText(other.text())  # the whole new value ("Sửa tên mục “Đánh giá”"), not "Đ"
        return True

    def redo(self) -> None:
        setattr(self.target, self.attr, self.new)
        self.editor.touch(self.part)

    def undo(self) -> None:
        setattr(self.target, self.attr, self.old)
        self.editor.touch(self.part)


class ListCommand(QUndoCommand):
    """Replace the contents of a list held by the plan (legal bases, recipients, budget lines)
    with a new list; undo restores the old one. Simple and exact for short lists."""

    def __init__(
        self,
        editor: PlanEditor,
        items: list[Any],
        new_items: list[Any],
        part: str,
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.editor, self.items, self.part = editor, items, part
        self.old = list(items)
        self.new = list(new_items)
        self._id = merge_id(items, merge_key) if merge_key else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ListCommand) or other.id() != self.id() or self._id == -1:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.items[:] = self.new
        self.editor.touch(self.part)

    def undo(self) -> None:
        self.items[:] = self.old
        self.editor.touch(self.part)


class CallbackCommand(QUndoCommand):
    """A command made of two callables, for structural edits done by an item model."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()
