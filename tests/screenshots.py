"""Screenshots of the screens under test, kept as CI artifacts."""

from __future__ import annotations

import os
from pathlib import Path


def save_screen(widget, name: str) -> Path | None:
    """Save `widget` as $ITPLAN_ARTIFACTS/screens/<name>.png when CI asks for artifacts."""
    folder = os.environ.get("ITPLAN_ARTIFACTS")
    if not folder:
        return None
    target = Path(folder) / "screens" / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(target))
    return target
