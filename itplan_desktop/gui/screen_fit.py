"""Windows sized for the screen they open on: a wanted size shrunk to the screen's available
geometry (taskbar excluded, room for the frame), and a window moved back inside it. Our users'
smallest screen is a 1366×768 laptop; no window may be wider or taller than its screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ROOM = QSize(16, 40)  # a title bar and borders, before the window manager tells us


def available_geometry(widget: QWidget) -> QRect | None:
    """The available geometry of the screen `widget` (or its parent window) is on."""
    screen = widget.screen() if widget.screen() is not None else None
    parent = widget.parentWidget()
    if screen is None and parent is not None:
        screen = parent.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def frame_room(widget: QWidget) -> QSize:
    """Frame width and height around the client area (known once the window was shown)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if widget.isVisible() and frame.width() >= inner.width():
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME_ROOM


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """`width`×`height`, shrunk so the framed window fits the available screen."""
    area = available_geometry(widget)
    if area is None:
        return QSize(width, height)
    room = frame_room(widget)
    return QSize(
        max(200, min(width, area.width() - room.width())),
        max(150, min(height, area.height() - room.height())),
    )


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize `widget` to the wanted size (default: its current one) within its screen and
    move it so that its frame lies inside the available geometry."""
    size = fitting_size(
        widget,
        widget.width() if width is None else width,
        widget.height() if height is None else height,
    )
    widget.resize(size)
    area = available_geometry(widget)
    if area is None or not widget.isWindow():
        return
    frame = widget.frameGeometry()
    room = frame_room(widget)
    outer = QSize(size.width() + room.width(), size.height() + room.height())
    x = min(max(frame.x(), area.x()), area.x() + area.width() - outer.width())
    y = min(max(frame.y(), area.y()), area.y() + area.height() - outer.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)
