"""Issue 18, start-up: what loads before the main window is shown. The window shows first and
the database layer, the domain, the bundle formats and cryptography load after it; a module
that pulls one of them in earlier (an eager import in a menu's module, say) makes every start
slower. Read from `python -X importtime`, which writes each import as it finishes, and the
probe's SHOWN line, on one stream."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LATER = (
    "sqlalchemy",
    "itplan_desktop.domain",
    "itplan_desktop.formats",
    "cryptography",
    "jsonschema",
)


def _imported_before_shown(database: Path, data: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ITPLAN_STARTUP_PROBE="1")
    env["ITPLAN_DATA_DIR"] = str(data)
    argv = [sys.executable, "-X", "importtime", "-m", "itplan_desktop.app", "--db", str(database)]
    out = subprocess.run(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True
    ).stdout  # stderr is unbuffered and the probe flushes: the two keep their order
    assert "SHOWN" in out, out[-2000:]
    before = out.split("SHOWN", 1)[0]
    return [
        line.rsplit("|", 1)[-1].strip()
        for line in before.splitlines()
        if line.startswith("import time:")
    ]


def test_the_window_shows_before_the_database_layer_and_the_formats_load(tmp_path):
    database = tmp_path / "demo.sqlite"
    _imported_before_shown(database, tmp_path)  # the first start creates the demo database
    modules = _imported_before_shown(database, tmp_path)
    assert "itplan_desktop.gui.shell.main_window" in modules
    early = sorted({m for m in modules if m.startswith(LATER)})
    assert not early, early
