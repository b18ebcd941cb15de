"""Where things live: the user's database, the shipped resources, the log folder.

Shipped data (fonts, icons, samples, KPI catalogues, compiled translations) lives inside the
package, in `itplan_desktop/resources/`, and is found through `importlib.resources`, so a
source tree, an installed wheel and a frozen bundle all read it the same way.
"""

from __future__ import annotations

import atexit
import contextlib
import os
from importlib import resources
from importlib.resources.abc import Traversable
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


def resource(*parts: str) -> Traversable:
    """A shipped file or folder below `itplan_desktop/resources/`."""
    return resources.files(__package__).joinpath("resources", *parts)


_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


def resource_path(*parts: str) -> Path:
    """A shipped file or folder as a file-system path, for Qt and ReportLab, which open files
    by name. Installed packages and frozen bundles are on disk already; from a zip the file is
    extracted to a temporary place for the life of the process."""
    found = resource(*parts)
    if isinstance(found, Path):
        return found
    return _extracted.enter_context(resources.as_file(found))


def resources_dir() -> Path:
    """The `itplan_desktop/resources/` folder."""
    return resource_path()


def samples_dir() -> Path:
    return resource_path("samples")


def translations_dir() -> Path:
    """The compiled interface catalogues (.qm); their .ts sources are in the repository's
    `translations/`, whose `update.py` writes the .qm files here."""
    return resource_path("translations")
