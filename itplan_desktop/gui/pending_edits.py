"""Typing not yet confirmed: a cell editor still open in a table or tree (the value typed
without Enter) is committed through its delegate, as Enter would, before a plan is saved
on close or quit. Without this, the editor's own focus-out commit comes after the save."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QWidget


def open_cell_editor(view: QAbstractItemView) -> QWidget | None:
    """The delegate editor open in `view`, if any (a visible child of its viewport)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return None
    for child in view.viewport().children():
        if isinstance(child, QWidget) and child.isVisible():
            return child
    return None


def commit_open_editors(root: QWidget) -> int:
    """Commit and close every cell editor open under `root`; returns how many."""
    committed = 0
    for view in root.findChildren(QAbstractItemView):
        editor = open_cell_editor(view)
        if editor is None:
            continue
        delegate = view.itemDelegateForIndex(view.currentIndex()) or view.itemDelegate()
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        committed += 1
    return committed
