"""Peak memory of the application: the desktop app offscreen with its main window shown and the
plan list filled, on the demo database (2 plans) and on a database of 700 district plans,
against a bare PySide6 QMainWindow measured in the same run (the floor).

Peak RSS comes from the kernel's accounting of each child process (`os.wait4`); the time is
process start to exit (the app quits by itself once the list is filled: ITPLAN_STARTUP_PROBE).
Before the GUI existed, the app fell back to listing the plans: the CLI `plans` is measured then.

The 700-plan database is generated once (about 10 s) into a cache folder
(ITPLAN_BENCH_CACHE, default: the system temporary folder) from the Như Xuân sample, each
copy with new UUIDs and its own district code, stored through services.plans.import_document.

    python -m bench.run memory
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from .harness import Result

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
DISTRICTS = 700
SAMPLE = "nhu_xuan_2016_2020.itplan.json"
SAMPLE_DISTRICT_CODE = "402"
# A 4 GB office PC running Windows, Word, Excel and a browser has well under 1 GiB to spare;
# the app should take a small share of it even with a whole country's plans.
TARGET = "peak ≤ 200 MiB"

FLOOR_SCRIPT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
# Runs a module (-m) or code (-c) and reports its own peak RSS (VmHWM) when it exits. The
# kernel keeps ru_maxrss across fork+exec, so a child of a big benchmark process would report
# the parent's size; VmHWM belongs to the new address space made by exec.
PEAK_WRAPPER = """
import atexit, runpy, sys
def _report():
    try:
        with open('/proc/self/status') as status:
            for line in status:
                if line.startswith('VmHWM:'):
                    sys.stderr.write('PEAK_KB ' + line.split()[1] + '\\n')
    except OSError:
        pass
atexit.register(_report)
mode, target, *rest = sys.argv[1:]
sys.argv = [target, *rest]
if mode == '-m':
    runpy.run_module(target, run_name='__main__', alter_sys=True)
else:
    exec(compile(target, '<bench>', 'exec'), {'__name__': '__main__'})
"""
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def cache_dir() -> Path:
    base = os.environ.get("ITPLAN_BENCH_CACHE") or tempfile.gettempdir()
    folder = Path(base) / "itplan-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MiB) of one run of `command`, which must exit with 0."""
    if command[1] in ("-m", "-c"):
        command = [command[0], "-c", PEAK_WRAPPER, *command[1:]]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise RuntimeError(f"{command[:4]} exited with {process.returncode}: {errors[-2000:]}")
    for line in errors.splitlines():
        if line.startswith("PEAK_KB "):
            return elapsed, int(line.split()[1]) / 1024
    per_unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return elapsed, usage.ru_maxrss * per_unit / 2**20


def _medians(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    runs = [measure(command, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def district_copy(sample_text: str, index: int) -> str:
    """The sample plan as district number `index`: fresh UUIDs, own code and name."""
    fresh: dict[str, str] = {}
    text = _UUID.sub(lambda m: fresh.setdefault(m.group(0), str(uuid.uuid4())), sample_text)
    data = json.loads(text)
    code = f"9{index:03d}"
    for organisation in data["organisations"]:
        if organisation["code"] == SAMPLE_DISTRICT_CODE:
            organisation["code"] = code
            organisation["name"] = f"{organisation['name']} {index + 1}"
    data["plan"]["organisation_code"] = code
    return json.dumps(data, ensure_ascii=False)


def district_database(count: int = DISTRICTS) -> Path:
    """A database of `count` district plans, generated once per sample and schema version."""
    from itplan_desktop.formats.plan_file import loads
    from itplan_desktop.paths import samples_dir
    from itplan_desktop.services.plans import import_document
    from itplan_desktop.store.database import head_revision, open_database

    sample_text = (samples_dir() / SAMPLE).read_text(encoding="utf-8")
    key = hashlib.sha256(f"{sample_text}{head_revision()}{count}".encode()).hexdigest()[:12]
    target = cache_dir() / f"districts-{count}-{key}.sqlite"
    if target.exists():
        return target
    partial = target.with_name(target.name + ".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    db = open_database(partial)
    try:
        for index in range(count):
            import_document(db, loads(district_copy(sample_text, index)))
    finally:
        db.close()
    partial.replace(target)
    return target


def demo_database(folder: Path) -> Path:
    from itplan_desktop.services.plans import create_demo

    path = folder / "demo.sqlite"
    db, _results = create_demo(path)
    db.close()
    return path


def app_command(db: Path) -> tuple[list[str], str]:
    """The program measured: the GUI if it is there, else the CLI listing the plans."""
    if (ROOT / "itplan_desktop" / "gui" / "application.py").is_file():
        return [sys.executable, "-m", "itplan_desktop.app", "--db", str(db)], "app window"
    return [sys.executable, "-m", "itplan_desktop.cli", "plans", "--db", str(db)], "CLI plans"


def run() -> list[Result]:
    if not hasattr(os, "wait4"):
        return [Result("memory: not measured (needs os.wait4: Linux or macOS)", 0.0, 0)]
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "ITPLAN_STARTUP_PROBE": "1",
            "ITPLAN_DATA_DIR": folder,
        }
        floor_s, floor_mib = _medians([sys.executable, "-c", FLOOR_SCRIPT], env)
        databases = [
            ("demo DB, 2 plans", demo_database(Path(folder))),
            (f"{DISTRICTS} district plans", district_database()),
        ]
        results = []
        for label, db in databases:
            command, what = app_command(db)
            seconds, peak = _medians(command, env)
            results.append(
                Result(
                    name=f"memory: {what}, {label}",
                    median_s=seconds,
                    runs=RUNS,
                    target=TARGET,
                    baseline_name="bare QMainWindow",
                    baseline_median_s=floor_s,
                    extra=(
                        f"peak RSS {peak:.0f} MiB vs floor {floor_mib:.0f} MiB "
                        f"(+{peak - floor_mib:.0f} MiB, {peak / floor_mib:.2f}×)"
                    ),
                )
            )
        return results
