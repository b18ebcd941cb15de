"""Helpers shared by the appendix editor tests."""

from __future__ import annotations

import os
from pathlib import Path


def screens_dir() -> Path | None:
    base = os.environ.get("ITPLAN_ARTIFACTS")
    if not base:
        return None
    path = Path(base) / "screens"
    path.mkdir(parents=True, exist_ok=True)
    return path
