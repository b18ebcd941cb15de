"""Start-up: process start to the main window shown on the demo database, against a bare
PySide6 QMainWindow shown in the same run (the floor). Targets: the window at most 1,5× the
floor, the plan list filled at most 2× (issue 18).

Run: python -m bench.bench_startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result

RUNS = 5
BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show:
            print(f"SHOWN {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
window = QMainWindow()
probe = Probe()
window.installEventFilter(probe)
window.resize(1200, 780)
window.show()
app.exec()
"""


def _times(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each probe line ("SHOWN", "READY")."""
    start = time.time()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, check=True).stdout
    stamps = dict(line.split() for line in out.splitlines() if line[:5] in ("SHOWN", "READY"))
    return {word: float(at) - start for word, at in stamps.items()}


def _time(argv: list[str], env: dict[str, str]) -> float:
    return _times(argv, env)["SHOWN"]


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="itplan-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ITPLAN_DATA_DIR=str(folder))
    env["ITPLAN_STARTUP_PROBE"] = "1"
    # Measure what a user runs: modules loaded from cached bytecode (an installed package or the
    # PyInstaller bundle), not recompiled from source on every start because the environment
    # says PYTHONDONTWRITEBYTECODE (as this machine's does). The warm-up run writes the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    database = folder / "demo.sqlite"
    app = [sys.executable, "-m", "itplan_desktop.app", "--db", str(database)]
    bare = [sys.executable, "-c", BARE]
    _time(app, env)  # first start makes the demo database; later starts open it
    _time(bare, env)
    ours, ready, floor = [], [], []
    for _ in range(RUNS):
        floor.append(_time(bare, env))
        times = _times(app, env)
        ours.append(times["SHOWN"])
        ready.append(times["READY"])
    return [
        Result(
            "start-up to main window shown (demo database)",
            statistics.median(ours),
            RUNS,
            target="≤ 1,5× floor",
            baseline_name="bare QMainWindow",
            baseline_median_s=statistics.median(floor),
        ),
        Result(
            "start-up to plan list filled (demo database)",
            statistics.median(ready),
            RUNS,
            target="≤ 2× floor",
            baseline_name="bare QMainWindow",
            baseline_median_s=statistics.median(floor),
            extra="list read with sqlite3; SQLAlchemy and the ORM load after it",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(
            f"{result.name}: {result.median_s * 1000:.0f} ms; {result.baseline_name}: "
            f"{result.baseline_median_s * 1000:.0f} ms; ratio {result.ratio:.2f}× "
            f"(target {result.target})"
        )
