"""Fixtures of the exchange screens: a district installation (its own data folder, key and
database) with its main window, and a province installation."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_gui_helpers import district_database, province_database

from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application


@pytest.fixture
def district(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """(database, plan uuid, data folder) of district 402; ITPLAN_DATA_DIR points at it."""
    home = tmp_path / "district-home"
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(home))
    db, plan_uuid = district_database(home)
    yield db, plan_uuid, home
    db.close()


@pytest.fixture
def province(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path / "province-home"
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(home))
    db = province_database(home)
    yield db, home
    db.close()


@pytest.fixture
def make_window(qtbot):
    """A main window on a database, shown offscreen."""
    from itplan_desktop.gui.shell.main_window import MainWindow

    make_application()
    i18n.set_language("vi")
    windows = []

    def make(db):
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.resize(1280, 820)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    i18n.set_language("vi")
