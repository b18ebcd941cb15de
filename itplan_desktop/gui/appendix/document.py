"""One appendix being edited: performs the editing services and tells every live view.

Undo commands hold an `AppendixDocument`, never a widget or a model, so that undo still works
after the editor showing the appendix was closed. Each operation calls the service, tells the
`PlanEditor` what it touched (structure=True rebuilds the computation once), and notifies the
models registered as listeners around the change (begin/end pairs, as Qt models need).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

import shiboken6

from ...domain.appendix import Appendix, AppendixRow, Column, TotalRow
from ...domain.appendix_engine import AppendixComputation, Cell
from ...services import appendix_editing as ops
from ...services import appendix_total_rows
from ...services.plan_editing import PlanEditor
from ...vn.units import MoneyUnit

BIG_CHANGE = 300
"""Above this many cells a change writes directly and rebuilds the computation once,
instead of updating it cell by cell."""

CellValue = int | str | None


class AppendixListener(Protocol):
    """What a view model of the appendix hears (Qt's begin/end protocol, by row index)."""

    def cells_changed(self, cells: set[Cell]) -> None: ...
    def all_changed(self) -> None: ...
    def before_rows_inserted(self, first: int, last: int) -> None: ...
    def after_rows_inserted(self) -> None: ...
    def before_rows_removed(self, first: int, last: int) -> None: ...
    def after_rows_removed(self) -> None: ...
    def before_rows_moved(self, first: int, last: int, destination: int) -> None: ...
    def after_rows_moved(self) -> None: ...
    def before_reset(self) -> None: ...
    def after_reset(self) -> None: ...
    def appendix_removed(self) -> None: ...


_documents: weakref.WeakKeyDictionary[PlanEditor, dict[str, AppendixDocument]] = (
    weakref.WeakKeyDictionary()
)


class AppendixDocument:
    """The editing entry point for one appendix of an open plan (one per editor and uuid)."""

    @classmethod
    def of(cls, editor: PlanEditor, appendix_uuid: str) -> AppendixDocument:
        """The shared document of an appendix, so that every view of it stays in step."""
        per_editor = _documents.setdefault(editor, {})
        document = per_editor.get(appendix_uuid)
        if document is None:
            document = per_editor[appendix_uuid] = cls(editor, appendix_uuid)
        return document

    def __init__(self, editor: PlanEditor, appendix_uuid: str) -> None:
        self.editor = editor
        self.uuid = appendix_uuid
        self._listeners: list[weakref.ref] = []

    @property
    def appendix(self) -> Appendix:
        return self.editor.appendix(self.uuid)

    @property
    def computation(self) -> AppendixComputation:
        return self.editor.computation(self.uuid)

    @property
    def present(self) -> bool:
        """False once the appendix left the plan (an undone import, a deleted appendix)."""
        return any(appendix.uuid == self.uuid for appendix in self.editor.plan.appendices)

    @classmethod
    def removed_from_plan(cls, editor: PlanEditor, appendix_uuid: str) -> None:
        """Tell the live views of an appendix that it is no longer in the plan: each model
        becomes empty (a reset), so a view still on screen never reads a missing appendix."""
        document = _documents.get(editor, {}).get(appendix_uuid)
        if document is not None:
            document._notify("appendix_removed")

    # -- listeners --------------------------------------------------------------------------

    def add_listener(self, listener: AppendixListener) -> None:
        self._listeners.append(weakref.ref(listener))

    def _live(self) -> list[AppendixListener]:
        alive = []
        for ref in list(self._listeners):
            listener = ref()
            if listener is None or not shiboken6.isValid(listener):
                self._listeners.remove(ref)
            else:
                alive.append(listener)
        return alive

    def _notify(self, method: str, *args: object) -> None:
        for listener in self._live():
            getattr(listener, method)(*args)

    def _touch(self, structure: bool) -> None:
        self.editor.touch_appendix(self.uuid, structure=structure)

    @contextmanager
    def _structure(self, before: str, after: str, *args: object) -> Iterator[None]:
        self._notify(before, *args)
        try:
            yield
        finally:
            self._touch(structure=True)
            self._notify(after)

    # -- cells ------------------------------------------------------------------------------

    def set_cells(self, cells: dict[Cell, CellValue]) -> dict[Cell, CellValue]:
        """Write text and input cells; returns their previous contents (for the undo)."""
        appendix = self.appendix
        if len(cells) > BIG_CHANGE:
            old = ops.write_values(appendix, cells)
            self._touch(structure=True)
            self._notify("all_changed")
            return old  # type: ignore[return-value]
        previous: dict[Cell, CellValue] = {}
        changed: set[Cell] = set()
        computation = self.computation
        for (row, key), value in cells.items():
            if isinstance(value, str):
                previous[(row, key)] = ops.set_text(appendix, row, key, value)
                changed.add((row, key))
            else:
                previous[(row, key)], cells_changed = ops.set_amount(computation, row, key, value)
                changed |= cells_changed
        self._touch(structure=False)
        self._notify("cells_changed", changed)
        return previous

    def set_stated(self, row: int, key: str, value: int | None) -> int | None:
        old = ops.set_stated(self.appendix, row, key, value)
        self._touch(structure=False)
        self._notify("cells_changed", {(row, key)})
        return old

    # -- rows -------------------------------------------------------------------------------

    def insert_rows(self, index: int, rows: list[AppendixRow]) -> None:
        with self._structure(
            "before_rows_inserted", "after_rows_inserted", index, index + len(rows) - 1
        ):
            ops.insert_rows(self.appendix, index, rows)

    def remove_rows(self, indices: list[int]) -> list[tuple[int, AppendixRow]]:
        """Remove rows (any order, not necessarily contiguous); returns them for the undo."""
        removed: list[tuple[int, AppendixRow]] = []
        for first, last in reversed(ops.contiguous_runs(indices)):
            with self._structure("before_rows_removed", "after_rows_removed", first, last):
                removed[:0] = ops.remove_rows(self.appendix, list(range(first, last + 1)))
        return removed

    def restore_rows(self, removed: list[tuple[int, AppendixRow]]) -> None:
        for index, row in removed:
            self.insert_rows(index, [row])

    def swap_blocks(self, start: int, split: int, end: int) -> int:
        """Move rows split..end-1 before row `start`; returns the split that undoes it."""
        with self._structure("before_rows_moved", "after_rows_moved", split, end - 1, start):
            return ops.swap_blocks(self.appendix, start, split, end)

    def set_shapes(self, shapes: dict[int, ops.RowShape]) -> dict[int, ops.RowShape]:
        """Give rows a kind and level; returns the previous shapes."""
        previous = {i: ops.set_row_shape(self.appendix, i, s) for i, s in shapes.items()}
        self._touch(structure=True)
        self._notify("all_changed")
        return previous

    # -- unit and layout --------------------------------------------------------------------

    def set_unit(self, unit: MoneyUnit) -> MoneyUnit:
        old = ops.set_unit(self.appendix, unit)
        self._touch(structure=False)
        self._notify("all_changed")
        return old

    def set_decimals(self, decimals: int | None) -> int | None:
        old = ops.set_decimals(self.appendix, decimals)
        self._touch(structure=False)
        self._notify("all_changed")
        return old

    def apply_layout(
        self, columns: list[Column], moves: dict[str, str] | None = None
    ) -> ops.LayoutSnapshot:
        with self._structure("before_reset", "after_reset"):
            return ops.apply_layout(self.appendix, columns, moves)

    def restore_layout(self, snapshot: ops.LayoutSnapshot) -> ops.LayoutSnapshot:
        with self._structure("before_reset", "after_reset"):
            return ops.restore_layout(self.appendix, snapshot)

    def set_total_rows(self, rows: list[TotalRow]) -> list[TotalRow]:
        """Replace the total rows above "Tổng cộng"; returns the previous ones."""
        with self._structure("before_reset", "after_reset"):
            return appendix_total_rows.set_total_rows(self.appendix, rows)
