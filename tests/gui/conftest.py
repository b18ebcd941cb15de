"""GUI fixtures: a demo database and the main window on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard import type_text

from itplan_desktop.app import ensure_database
from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application

NHU_XUAN = "698731bc-833f-5ad2-a3b3-3b7557414db6"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database made once; each test copies it (creating it costs ~1 s)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    ensure_database(path).close()
    return path


@pytest.fixture
def db(tmp_path: Path, demo_template: Path):
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = ensure_database(path)
    yield database
    database.close()


@pytest.fixture
def window(qtbot, db):
    from itplan_desktop.gui.shell.main_window import MainWindow

    make_application()
    i18n.set_language("vi")
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    i18n.set_language("vi")


@pytest.fixture
def workspace(window):
    return window.open_plan(NHU_XUAN)


@pytest.fixture
def typist():
    return type_text
