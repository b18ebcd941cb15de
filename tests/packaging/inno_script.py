"""Just enough of an Inno Setup script reader for the packaging tests: sections, entries,
`#define`s (with `{#Name}` expanded) and the build script loaded as a module."""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer.iss"

_DEFINE = re.compile(r'^\s*#define\s+(\w+)\s+"([^"]*)"', re.MULTILINE)
_SECTION = re.compile(r"^\[(\w+)\]\s*$")


@dataclass
class InnoScript:
    text: str
    defines: dict[str, str]
    sections: dict[str, list[str]] = field(default_factory=dict)

    def expand(self, value: str) -> str:
        """`{#Name}` replaced by the define's value; names defined elsewhere stay as they are."""
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines.get(m.group(1), m.group(0)), value)

    def setup(self) -> dict[str, str]:
        """The [Setup] directives, `{#Name}` expanded."""
        pairs = (line.split("=", 1) for line in self.sections["Setup"] if "=" in line)
        return {key.strip(): self.expand(value.strip()) for key, value in pairs}

    def entries(self, section: str) -> list[dict[str, str]]:
        """Entries like `Name: "x"; Source: "y"; Flags: a b` as dicts, `{#Name}` expanded."""
        return [_entry(self.expand(line)) for line in self.sections.get(section, [])]

    def custom_messages(self) -> dict[str, str]:
        pairs = (line.split("=", 1) for line in self.sections["CustomMessages"])
        return {key.strip(): value for key, value in pairs}


def _entry(line: str) -> dict[str, str]:
    entry = {}
    for part in _split_outside_quotes(line):
        key, _, value = part.partition(":")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('""', '"')  # Inno doubles a quote inside quotes
        entry[key.strip()] = value
    return entry


def _split_outside_quotes(line: str) -> list[str]:
    parts, current, quoted = [], [], False
    for char in line:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p for p in parts if p.strip()]


def read_script(path: Path = INSTALLER) -> InnoScript:
    text = path.read_text(encoding="utf-8-sig")
    script = InnoScript(text, dict(_DEFINE.findall(text)))
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        match = _SECTION.match(line)
        if match:
            current = match.group(1)
            script.sections[current] = []
        elif current and current != "Code" and line and not line.startswith((";", "#")):
            script.sections[current].append(line)
    return script


def load_build_module() -> ModuleType:
    """build/build.py as a module (build/ is not a package)."""
    spec = importlib.util.spec_from_file_location("itplan_build", ROOT / "build" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("itplan_build", module)
    spec.loader.exec_module(module)
    return module


def windows_path(path: str) -> Path:
    """An installer path (backslashes, relative to the script's folder) as a repository path."""
    return ROOT / Path(*path.replace("\\", "/").split("/"))
