"""Typing as a user does, Vietnamese letters included (QTest.keyClicks handles ASCII only)."""

from __future__ import annotations


def type_text(widget, text: str) -> None:
    """Type `text` key by key into `widget` (what Unikey/EVKey deliver: composed letters)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
