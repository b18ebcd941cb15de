"""Work around a reference-count bug of PySide6 6.12 on CPython 3.11.

Measured here: every call from Python of a Qt method returning void (QPainter.drawRect,
QWidget.update …) and every invalid QVariant handed back to Python (model.data() → None)
releases one reference to `None` that it never took. CPython 3.12+ makes None immortal, so
this is harmless there; on 3.11 None starts with ~5.500 references and the process aborts
with "none_dealloc: deallocating None" after a few thousand such calls — within minutes of
painting a table. `protect_none()` gives None the immortality 3.12 gives it: a very large
reference count that no number of stray releases can exhaust. Idempotent, a no-op on 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48
_done = False


def protect_none() -> None:
    """Raise None's reference count out of reach of PySide's stray releases (3.11 only)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    refcount.value += _RESERVE
    _done = True
