"""Missing system libraries of Qt's xcb plugin are found before Qt aborts, and named as the
Debian packages to install, in Vietnamese and English."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from itplan_desktop.xcb_check import (
    debian_package,
    elf_needed,
    missing_libraries,
    qt_folder,
    uses_xcb,
    xcb_problem,
)

QT = qt_folder()
PLUGIN = QT / "plugins" / "platforms" / "libqxcb.so"


def test_needed_entries_are_what_readelf_lists():
    listed = subprocess.run(
        ["readelf", "-d", str(PLUGIN)], capture_output=True, text=True, check=True
    ).stdout
    assert elf_needed(PLUGIN) == re.findall(r"\(NEEDED\).*\[(.+?)\]", listed)
    assert "libxcb.so.1" in elf_needed(PLUGIN)


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libxcb.so.1", "libxcb1"),
    ],
)
def test_debian_package_names(soname: str, package: str):
    assert debian_package(soname) == package


def test_libraries_the_loader_refuses_are_named_with_their_packages():
    refused = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"}

    def load(soname: str) -> None:
        if soname in refused:
            raise OSError(f"{soname}: cannot open shared object file")

    assert missing_libraries(QT, load) == sorted(refused)
    text = xcb_problem(QT, load)
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0" in text
    assert "thiếu các thư viện" in text and "lacks the system libraries" in text
    assert xcb_problem(QT, lambda soname: None) is None


def test_only_an_x11_start_is_checked():
    assert uses_xcb({"DISPLAY": ":0"}) == sys.platform.startswith("linux")
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb(
        {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    )
    on_linux = uses_xcb({"DISPLAY": "x"})
    assert uses_xcb({"WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"}) == on_linux


def test_the_app_says_what_to_install_instead_of_aborting(tmp_path: Path):
    """Runs only where libraries really are missing (as on this project's machine)."""
    if xcb_problem() is None:
        pytest.skip("every library of the xcb plugin is installed here")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":97", ITPLAN_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "itplan_desktop.app", "--db", str(tmp_path / "db.sqlite")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert "sudo apt install" in result.stderr and "lacks the system libraries" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
