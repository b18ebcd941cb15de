"""Build the bundle with `python build/build.py` and run what it holds, as CI must.

This is the slow part of the suite (a PyInstaller build takes about 40 s on the project's
2-core machine); it never skips: without PyInstaller (`pip install -e .[build]`) it fails.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from inno_script import ROOT, read_script

# The Linux bundle is the target of issue 18: at most 150 MiB (docs/packaging.md has the
# measured figure and where it goes).
BUNDLE_LIMIT_MIB = 150
FORBIDDEN_LIBRARIES = re.compile(r"Qt6?(WebEngine|Qml|Quick|3D|Multimedia|Designer)", re.I)
# Qt modules licensed GPL-3.0-only (or commercially), never LGPL: none may ship in an MIT app.
GPL_ONLY_QT = re.compile(
    r"Qt6?(Charts|DataVisualization|Graphs|VirtualKeyboard|Lottie|Quick3D|QuickTimeline|"
    r"WaylandCompositor|ShaderTools|HttpServer|Mqtt|Coap|OpcUa)",
    re.I,
)
EXE = ".exe" if sys.platform == "win32" else ""


def _run(args: list[str | Path], timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env={**os.environ, **env},
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Never skipped: without the `build` extra this import fails every test of the module.
    import PyInstaller  # noqa: F401

    out = tmp_path_factory.mktemp("bundle")
    result = _run(
        [
            sys.executable,
            ROOT / "build" / "build.py",
            "--dist",
            out / "dist",
            "--work",
            out / "work",
        ],
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    assert "bundle size:" in result.stdout
    return out / "dist" / "itplan-desktop"


def _version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def test_built_cli_prints_the_pyproject_version(bundle: Path):
    result = _run([bundle / f"itplan{EXE}", "--version"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"itplan-desktop {_version()}"


def test_built_cli_creates_and_lists_the_demo_plans(bundle: Path, tmp_path: Path):
    db = tmp_path / "demo.sqlite"
    demo = _run([bundle / f"itplan{EXE}", "demo", "--db", db])
    assert demo.returncode == 0, demo.stderr  # runs the Alembic migrations shipped as files
    listing = _run([bundle / f"itplan{EXE}", "plans", "--json", "--db", db])
    assert listing.returncode == 0, listing.stderr
    plans = json.loads(listing.stdout)
    assert len(plans) == 4  # the reference plans and xã Như Thanh's two (issue 13)
    assert {plan["organisation"] for plan in plans} == {"Như Xuân", "Thanh Hóa", "Như Thanh"}


def test_built_cli_exports_pdf_excel_and_a_signed_bundle(bundle: Path, tmp_path: Path):
    """Fonts, reportlab (with Pillow), openpyxl and cryptography made it into the bundle."""
    cli = bundle / f"itplan{EXE}"
    db = tmp_path / "demo.sqlite"
    assert _run([cli, "demo", "--db", db]).returncode == 0
    plan = json.loads(_run([cli, "plans", "--json", "--db", db]).stdout)[0]["id"]
    outputs = {
        tmp_path / "plan.pdf": (["export", "pdf"], b"%PDF"),
        tmp_path / "plan.xlsx": (["export", "xlsx"], b"PK\x03\x04"),
        tmp_path / "plan.itplan-bundle": (
            ["bundle", "export", "--kind", "plan_submission"],
            b"PK\x03\x04",
        ),
    }
    for target, (command, magic) in outputs.items():
        result = _run([cli, *command, "--db", db, "--plan", plan, "--out", target])
        assert result.returncode == 0, result.stderr
        assert target.read_bytes()[:4] == magic, target.name


def test_built_desktop_app_starts_offscreen_and_exits(bundle: Path, tmp_path: Path):
    db = tmp_path / "empty" / "itplan.sqlite"
    db.parent.mkdir()
    # ITPLAN_STARTUP_PROBE makes the app quit once the main window is shown and filled.
    result = _run(
        [bundle / f"itplan-desktop{EXE}", "--db", db],
        timeout=60,
        QT_QPA_PLATFORM="offscreen",
        ITPLAN_STARTUP_PROBE="1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SHOWN" in result.stdout and "READY" in result.stdout
    assert db.is_file()  # the first start created the database with the samples


def test_bundle_is_small_and_holds_no_unused_qt(bundle: Path):
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mib = sum(p.stat().st_size for p in files) / 2**20
    assert size_mib < BUNDLE_LIMIT_MIB, f"{size_mib:.1f} MiB in {len(files)} files"
    unwanted = [str(p.relative_to(bundle)) for p in files if FORBIDDEN_LIBRARIES.search(p.name)]
    assert not unwanted, unwanted
    assert not list(bundle.rglob("QtWebEngineProcess*"))


def test_bundle_ships_the_notices_and_no_gpl_only_module(bundle: Path):
    notices = bundle / "_internal" / "itplan_desktop" / "resources" / "THIRD-PARTY-NOTICES.txt"
    text = notices.read_text("utf-8")
    bundled = [p.name for p in (bundle / "_internal").glob("*.dist-info")]
    for name in (
        "PySide6_Essentials",
        "shiboken6",
        "SQLAlchemy",
        "reportlab",
        "openpyxl",
        "cryptography",
        "babel",
        "Python",
        "Liberation Serif",
    ):
        assert re.search(rf"^  {name}\s", text, re.M | re.I), name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Apache License" in text
    assert "PySide6_Addons" not in text
    for dist_info in bundled:  # every package whose metadata the bundle carries is named
        name = dist_info.split("-")[0]
        if name != "itplan_desktop":
            assert re.search(rf"^  {re.escape(name)}\s", text, re.M | re.I), dist_info
    files = [p for p in bundle.rglob("*") if p.is_file()]
    gpl_only = [str(p.relative_to(bundle)) for p in files if GPL_ONLY_QT.search(p.name)]
    assert not gpl_only, gpl_only


def test_bundle_holds_every_file_the_installer_references(bundle: Path):
    script = read_script()
    bundle_dir = script.defines["BundleDir"]
    for entry in script.entries("Files"):
        source = entry["Source"]
        if source.startswith(bundle_dir):
            inside = source[len(bundle_dir) :].strip("\\")
            matches = list(bundle.glob(inside.replace("\\", "/")))
            assert matches, source
    # every program the shortcuts, associations and [Run] start is in the bundle
    targets = [e["Filename"] for section in ("Icons", "Run") for e in script.entries(section)]
    targets += [
        e["ValueData"].split('"')[1]
        for e in script.entries("Registry")
        if e["Subkey"].endswith(r"shell\open\command")
    ]
    for target in targets:
        assert target.startswith("{app}\\"), target
        name = target.removeprefix("{app}\\").removesuffix(".exe") + EXE
        assert (bundle / name).is_file(), target


def test_bundle_carries_data_and_migrations_as_files(bundle: Path):
    internal = bundle / "_internal"
    migrations = internal / "itplan_desktop" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    assert (internal / "itplan_desktop" / "formats" / "plan_format.schema.json").is_file()
    shipped = internal / "itplan_desktop" / "resources"
    assert list((shipped / "samples").glob("*.itplan.json"))
    assert list((shipped / "fonts").glob("*.ttf"))
    assert (shipped / "icons" / "itplan.png").is_file()
    compiled = list((ROOT / "itplan_desktop" / "resources" / "translations").glob("*.qm"))
    assert len(compiled) == 3
    for qm in compiled:
        assert (shipped / "translations" / qm.name).is_file(), qm.name
    # __version__ reads the installed metadata (dist-info, or egg-info of an editable install)
    assert list(internal.glob("itplan_desktop*.*-info"))
