"""Shared fixtures: every test gets its own data folder, never the user's real one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen, with one screen the size of our users' smallest laptop (1366×768), so layout
# tests see the screen a clerk has.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).resolve().parent / 'data' / 'screen_1366x768.json'}"
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
    else os.environ["QT_QPA_PLATFORM"]
)

from plan_factories import SAMPLES
from screenshots import save_screen

from itplan_desktop.gui.none_refcount_guard import protect_none

protect_none()  # pytest-qt's QApplication is not made by our make_application()

if os.environ.get("ITPLAN_TEST_INSTALLED"):  # .ci/run: the suite against the installed wheel
    import itplan_desktop

    _tree = Path(__file__).resolve().parents[1]
    assert not Path(itplan_desktop.__file__).resolve().is_relative_to(_tree), (
        f"itplan_desktop was imported from the source tree: {itplan_desktop.__file__}"
    )


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture(autouse=True)
def _messages_in_vietnamese():
    """Every test starts and ends with the catalogue in Vietnamese (`itplan --lang en` in a
    test switches it for the process)."""
    from itplan_desktop.messages import set_language

    set_language("vi")
    yield
    set_language("vi")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "plans.sqlite"


@pytest.fixture
def sample_paths() -> list[Path]:
    paths = sorted(SAMPLES.glob("*.itplan.json"))
    assert len(paths) == 4, paths  # the two reference plans and xã Như Thanh (2027, 2026-2030)
    return paths


@pytest.fixture
def shot():
    """`shot(widget, name)` saves a screenshot as a CI artifact (see screenshots.py)."""
    return save_screen
