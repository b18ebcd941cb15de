"""Size of the PyInstaller bundle (dist/itplan-desktop) and the time to build it.

Reads the record `python build/build.py` leaves beside the bundle; without one (or with
ITPLAN_BENCH_REBUILD=1) it builds the bundle first, which takes about 40 s.

    python -m bench.run bundle
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .harness import Result

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "itplan-desktop"
RECORD = BUNDLE.with_name(BUNDLE.name + ".build.json")
# The limit tests/packaging/test_bundle_build.py enforces on the Linux bundle.
TARGET = "≤ 150 MiB"


def _build() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "build" / "build.py")],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _largest_parts(bundle: Path, count: int = 3) -> str:
    """The biggest top-level parts of `_internal/`, e.g. "PySide6 107 MiB"."""
    internal = bundle / "_internal"
    sizes: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            top = path.relative_to(internal).parts[0]
            sizes[top] = sizes.get(top, 0) + path.stat().st_size
    biggest = sorted(sizes.items(), key=lambda item: -item[1])[:count]
    return ", ".join(f"{name} {size / 2**20:.0f}" for name, size in biggest)


def run() -> list[Result]:
    if os.environ.get("ITPLAN_BENCH_REBUILD") or not (RECORD.is_file() and BUNDLE.is_dir()):
        _build()
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    size_mib = record["bytes"] / 2**20
    return [
        Result(
            name=f"bundle: dist/itplan-desktop ({record['platform'].split('-')[0]})",
            median_s=record["build_seconds"],
            runs=1,
            target=TARGET,
            extra=(
                f"{size_mib:.1f} MiB in {record['files']} files, v{record['version']}, built "
                f"{record['built_at']}; largest (MiB): {_largest_parts(BUNDLE)}; time = build"
            ),
        )
    ]
