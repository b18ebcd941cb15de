"""What the app remembers between sessions (QSettings, an .ini file in the data folder):
window geometry and state, interface language, recently opened plans and files."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QByteArray, QSettings

from ..paths import data_dir

MAX_RECENT = 8


def app_settings() -> QSettings:
    """The settings file; `ITPLAN_DATA_DIR` moves it with the data (tests, portable use)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def language(default: str = "vi") -> str:
    value = app_settings().value("ui/language", default)
    return value if value in ("vi", "en") else default


def set_language(value: str) -> None:
    app_settings().setValue("ui/language", value)


def recent(key: str) -> list[str]:
    """Recent entries of a list ("plans" holds plan UUIDs, "files" file paths)."""
    value = app_settings().value(f"recent/{key}", [])
    if isinstance(value, str):
        return [value] if value else []
    # QSettings.value is typed `object`; a list setting reads back as a list (or None)
    return [str(v) for v in cast(Iterable[object], value or [])]


def add_recent(key: str, entry: str) -> None:
    entries = [entry, *(e for e in recent(key) if e != entry)][:MAX_RECENT]
    app_settings().setValue(f"recent/{key}", entries)


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    settings = app_settings()
    return settings.value("window/geometry"), settings.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    settings = app_settings()
    settings.setValue("window/geometry", geometry)
    settings.setValue("window/state", state)


def own_unit() -> str | None:
    """The code of the user's own unit (chosen once; the new-plan wizard's default)."""
    value = app_settings().value("units/own", "")
    return str(value) if value else None


def set_own_unit(code: str) -> None:
    app_settings().setValue("units/own", code)
