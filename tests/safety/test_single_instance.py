"""Issue 17, finding 3: one window per database; a second launch hands its files over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from itplan_desktop.gui.application import make_application
from itplan_desktop.gui.single_instance import SingleInstance, lock_path


def test_a_second_guard_on_the_same_database_hands_its_files_over(qtbot, tmp_path: Path):
    make_application()
    database = tmp_path / "plans.sqlite"
    first, second = SingleInstance(database), SingleInstance(database)
    assert first.acquire()
    try:
        assert lock_path(database).exists()
        assert not second.acquire()
        with qtbot.waitSignal(first.files_received, timeout=5000) as received:
            assert second.hand_over([tmp_path / "a.itplan-bundle", tmp_path / "b.json"])
        assert received.args[0] == [tmp_path / "a.itplan-bundle", tmp_path / "b.json"]
        other = SingleInstance(tmp_path / "other.sqlite")  # another database: its own window
        assert other.acquire()
        other.release()
    finally:
        first.release()
    assert second.acquire()  # released: the next launch is the first again
    second.release()


def test_a_second_launch_of_the_app_passes_its_file_and_quits(qtbot, tmp_path: Path):
    make_application()
    database = tmp_path / "plans.sqlite"
    guard = SingleInstance(database)
    assert guard.acquire()
    try:
        bundle = tmp_path / "x.itplan-bundle"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        argv = [sys.executable, "-m", "itplan_desktop.app", "--db", str(database), str(bundle)]
        with qtbot.waitSignal(guard.files_received, timeout=30_000) as received:
            launch = subprocess.Popen(argv, env=env)
        assert launch.wait(30) == 0
        assert received.args[0] == [bundle]
        assert not database.exists()  # the second launch opened nothing
    finally:
        guard.release()
