"""The window's shortcuts win over a text field's own: Ctrl+Z / Ctrl+Y undo and redo the
plan's edits (a field's private undo would disagree with the Edit menu, since typing is
already an undo command), and Ctrl+E exports the PDF rather than moving the cursor (the
Emacs key of Qt's line edits on Linux). Only inside the main window; dialogs keep theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

if TYPE_CHECKING:
    from .main_window import MainWindow

TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
WINDOW_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)
EXTRA_KEYS = ("Ctrl+E", "Ctrl+Y", "Ctrl+Shift+Z")


class WindowShortcutsFirst(QObject):
    """Application event filter (see module docstring); `window` is the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._extra = [QKeySequence(k) for k in EXTRA_KEYS]

    def _window_key(self, event: QKeyEvent) -> bool:
        if any(event.matches(key) for key in WINDOW_KEYS):
            return True
        pressed = QKeySequence(event.keyCombination())
        return any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in self._extra)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if not isinstance(watched, TEXT_WIDGETS) or watched.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        if not self._window_key(event):
            return False
        workspace = self.window.workspace
        if workspace is not None:
            workspace.commit_pending()  # a value still being typed is an edit first
        event.ignore()  # not overridden: the window's shortcut runs
        return True
