"""Helpers of the Excel tests: the sample plans, and LibreOffice recalculation of exported
workbooks in one call (LibreOffice is slow to start)."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from itplan_desktop.domain.plan import Plan
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.paths import samples_dir

SAMPLES = samples_dir()
_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def load_sample(stem: str) -> Plan:
    return read_plan_file(SAMPLES / f"{stem}.itplan.json").plan


@dataclass(frozen=True)
class Exported:
    plan: Plan
    path: Path  # as written by us (formulas without cached values)
    recalculated: Path  # the same workbook after LibreOffice recalculated and saved it


def recalculate(paths: list[Path], workdir: Path) -> tuple[dict[Path, Path], float]:
    """Open and save `paths` with LibreOffice headless in one call, recalculating every
    formula (its own profile, set to always recalculate on load); returns new paths, seconds."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = workdir / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
    out = workdir / "recalculated"
    out.mkdir(exist_ok=True)
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        str(out),
        *map(str, paths),
    ]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    elapsed = time.perf_counter() - start
    result = {path: out / path.name for path in paths}
    missing = [p for p in result.values() if not p.is_file()]
    assert not missing, f"LibreOffice did not write {missing}"
    return result, elapsed
