"""A native crash leaves the Python traceback in the log file (faulthandler)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_segmentation_fault_is_written_to_the_log(tmp_path: Path):
    script = (
        "import faulthandler\n"
        "from itplan_desktop.gui.shell.logging_setup import log, setup_logging\n"
        "path = setup_logging()\n"
        "log.info('started')\n"
        "def crash_here():\n"
        "    faulthandler._sigsegv()\n"
        "crash_here()\n"
    )
    env = {**os.environ, "ITPLAN_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    text = (tmp_path / "logs" / "itplan-desktop.log").read_text("utf-8")
    assert "INFO itplan_desktop: started" in text
    assert "Segmentation fault" in text and "crash_here" in text
