"""build/requirements-windows.lock pins every dependency of the Windows build exactly, with
hashes, and satisfies pyproject's requirements (regenerate: python build/lock_windows.py)."""

from __future__ import annotations

import re
import tomllib

from inno_script import ROOT
from packaging.requirements import Requirement
from packaging.version import Version

LOCK = ROOT / "build" / "requirements-windows.lock"


def _pins() -> dict[str, tuple[Version, list[str]]]:
    text = LOCK.read_text("utf-8").replace("\\\n", " ")
    pins = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        spec, *hashes = line.split("--hash=")
        name, version = spec.strip().split("==")
        pins[name] = (Version(version), [h.strip() for h in hashes])
    return pins


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_pin_is_exact_and_hashed():
    pins = _pins()
    assert len(pins) > 20
    for name, (_version, hashes) in pins.items():
        assert hashes and all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), name


def test_lock_satisfies_pyproject():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    pins = _pins()
    for line in [*project["dependencies"], *project["optional-dependencies"]["build"]]:
        requirement = Requirement(line)
        assert _key(requirement.name) in pins, f"{requirement.name} is not in {LOCK.name}"
        version, _hashes = pins[_key(requirement.name)]
        assert requirement.specifier.contains(version), (line, str(version))
    assert "pyside6-addons" not in pins  # GPL-only QtCharts is not shipped
    assert {"pefile", "pywin32-ctypes"} <= set(pins)  # PyInstaller's Windows-only needs
