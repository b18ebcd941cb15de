"""Linux: find the system libraries Qt's xcb platform plugin needs before Qt aborts.

On a desktop lacking them (a fresh Debian has no libxcb-cursor0, libxcb-icccm4 …) Qt prints
"Could not load the Qt platform plugin xcb" and kills the process. We read the plugin's ELF
`NEEDED` entries (and those of libQt6XcbQpa, which it links), try to load each system library,
and name the Debian packages of those that fail, in Vietnamese and English. No Qt is imported.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import struct
import sys
from collections.abc import Callable
from pathlib import Path

from .messages import register_messages

MESSAGES = {
    "gui.xcb_missing": (
        "Không mở được cửa sổ: máy thiếu các thư viện hệ thống mà Qt cần để vẽ trên X11"
        " ({libraries}). Cài chúng rồi chạy lại:\n    sudo apt install {packages}",
        "Cannot open the window: this machine lacks the system libraries Qt needs to draw on X11"
        " ({libraries}). Install them, then start again:\n    sudo apt install {packages}",
    ),
}
register_messages(MESSAGES)

# Debian packages of the libraries whose package name does not follow from the soname.
PACKAGES = {"libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6"}
_DT_NEEDED, _DT_STRTAB, _PT_DYNAMIC = 1, 5, 2


def elf_needed(path: Path) -> list[str]:
    """The NEEDED sonames of a 64-bit little-endian ELF shared object (what `readelf -d`
    lists), read with struct: user machines have no binutils."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    segments = [struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
    dynamic = next(s for s in segments if s[0] == _PT_DYNAMIC)
    entries = []
    for offset in range(dynamic[2], dynamic[2] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:
            break
        entries.append((tag, value))
    strtab_address = next(v for t, v in entries if t == _DT_STRTAB)
    # The string table's address is virtual: find the load segment holding it.
    load = next(s for s in segments if s[0] == 1 and s[3] <= strtab_address < s[3] + s[6])
    strtab = strtab_address - load[3] + load[2]
    names = []
    for tag, value in entries:
        if tag == _DT_NEEDED:
            end = data.index(b"\0", strtab + value)
            names.append(data[strtab + value : end].decode())
    return names


def debian_package(soname: str) -> str:
    """Debian's package for a library soname: libxcb-cursor.so.0 → libxcb-cursor0,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0 (a dash when the name ends in a digit)."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    match = re.fullmatch(r"(lib.+?)\.so\.(\d+)(?:\..*)?", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def qt_folder() -> Path | None:
    """PySide6's Qt folder (lib/, plugins/), found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def missing_libraries(qt: Path, load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """The system libraries of the xcb plugin that cannot be loaded (sonames, sorted)."""
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return []
    ours = {p.name for p in (qt / "lib").glob("lib*.so*")}
    needed = set(elf_needed(plugin))
    for library in sorted(needed & ours):
        if library.startswith("libQt6Xcb"):
            needed |= set(elf_needed(qt / "lib" / library))
    missing = []
    for soname in sorted(needed - ours):
        try:
            load(soname)
        except OSError:
            missing.append(soname)
    return missing


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt would start on X11: Linux, an X display, no other platform chosen."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen:
        return chosen == "xcb"
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False  # Qt prefers its Wayland plugin there
    return bool(environ.get("DISPLAY"))


def xcb_problem(qt: Path | None = None, load: Callable[[str], object] = ctypes.CDLL) -> str | None:
    """The message (Vietnamese, then English) naming what to install, or None if all is there."""
    qt = qt or qt_folder()
    missing = missing_libraries(qt, load) if qt is not None else []
    if not missing:
        return None
    values = {
        "libraries": ", ".join(missing),
        "packages": " ".join(sorted({debian_package(s) for s in missing})),
    }
    vi, en = MESSAGES["gui.xcb_missing"]
    return vi.format(**values) + "\n\n" + en.format(**values)
