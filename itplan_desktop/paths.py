"""Where things live: the user's database, the shipped resources, the log folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "itplan-desktop"
DATABASE_NAME = "itplan.sqlite"


def data_dir() -> Path:
    """Per-user data folder: %APPDATA%\\itplan-desktop on Windows, XDG data dir on Linux.

    ITPLAN_DATA_DIR overrides it (tests, portable installs).
    """
    override = os.environ.get("ITPLAN_DATA_DIR")
    if override:
        return Path(override)
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_database() -> Path:
    return data_dir() / DATABASE_NAME


def log_dir() -> Path:
    override = os.environ.get("ITPLAN_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(user_log_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a source tree, inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def samples_dir() -> Path:
    return resources_dir() / "samples"
