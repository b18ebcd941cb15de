"""`named(QLabel(), "total")`: a Qt object with its objectName set, in one expression.

PySide6 also takes `QLabel(objectName="total")` (any Qt property as a keyword), but its type
stubs list only each class's own properties, so the type checker refuses the inherited ones."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

_Object = TypeVar("_Object", bound=QObject)


def named(qobject: _Object, name: str) -> _Object:
    """`qobject` with `name` as its objectName (tests and style sheets find it by name)."""
    qobject.setObjectName(name)
    return qobject
