"""`pip wheel .` carries every data file of the package, and a non-editable install works.

An earlier layout kept the samples, translations and fonts beside the package, so a normal
install left them out: `itplan demo` created "0 kế hoạch". Every data file now lives inside
`itplan_desktop/` and is read through importlib.resources; these tests hold it so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from inno_script import ROOT

PACKAGE = ROOT / "itplan_desktop"


def _package_files() -> set[str]:
    """Every file of the package as the wheel names it (no bytecode caches)."""
    return {
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a clean copy: setuptools' build/lib/ in the tree would keep stale files.
    source = out / "source"
    shutil.copytree(
        PACKAGE, source / PACKAGE.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (found,) = out.glob("itplan_desktop-*.whl")
    return found


def test_wheel_holds_every_file_of_the_package(wheel: Path):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = sorted(_package_files() - names)
    assert not missing, missing
    shipped = "itplan_desktop/resources/"
    for name in (
        "translations/itplan_vi.qm",
        "translations/itplan_en.qm",
        "translations/qtbase_vi.qm",
        "samples/nhu_xuan_2016_2020.itplan.json",
        "fonts/LiberationSerif-Regular.ttf",
        "icons/itplan.png",
        "kpi_catalogue.json",
    ):
        assert shipped + name in names, name
    assert "itplan_desktop/formats/plan_format.schema.json" in names


def test_installed_wheel_finds_its_data(wheel: Path, tmp_path: Path):
    """Installed without the source tree: the demo holds both samples, a plan file imports."""
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-compile",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "ITPLAN_DATA_DIR": str(tmp_path / "data")}
    script = (
        "import json, itplan_desktop, itplan_desktop.paths as p\n"
        "from itplan_desktop.formats.plan_file import read_plan_file\n"
        "from itplan_desktop.services.kpi_catalogue import load_catalogue\n"
        "print(json.dumps({'package': itplan_desktop.__file__,"
        " 'samples': [f.name for f in p.samples_dir().glob('*.itplan.json')],"
        " 'qm': sorted(f.name for f in p.translations_dir().glob('*.qm')),"
        " 'plan': read_plan_file(p.samples_dir() / 'nhu_xuan_2016_2020.itplan.json')"
        ".plan.title[:20], 'catalogue': len(load_catalogue())}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(target)
    assert len(found["samples"]) == 4  # two reference plans, two of today's commune
    assert found["qm"] == ["itplan_en.qm", "itplan_vi.qm", "qtbase_vi.qm"]
    assert found["plan"] and found["catalogue"] > 10
    demo = subprocess.run(
        [sys.executable, "-m", "itplan_desktop.cli", "demo", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert len(json.loads(demo.stdout)) == 4, demo.stdout
