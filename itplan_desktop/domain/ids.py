"""Stable identifiers and timestamps for every entity that travels between installations."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_uuid() -> str:
    """A random UUID in its canonical text form; entities keep it for life."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """The current time in UTC, to the second (what we store and exchange)."""
    return datetime.now(UTC).replace(microsecond=0)
