"""The e2e fixtures themselves: the main window opens a plan on a 1366×768 screen and Ctrl+Q
closes it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def test_window_opens_plan_on_laptop_screen_and_quits(plan_window, press, qtbot):
    screen = QGuiApplication.primaryScreen().geometry()
    assert (screen.width(), screen.height()) == (1366, 768)
    assert plan_window.workspace is not None
    press(plan_window, "Ctrl+Q")
    qtbot.waitUntil(lambda: not plan_window.isVisible(), timeout=3000)
