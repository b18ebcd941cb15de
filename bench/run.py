"""Run every benchmark module (`bench/bench_*.py`, each exposing `run() -> list[Result]`)
and print one table: median, baseline median measured in the same run, ratio, target.

    python -m bench.run            # all
    python -m bench.run engine pdf # only modules whose name contains one of the words
"""

from __future__ import annotations

import importlib
import platform
import sys
from pathlib import Path

from .harness import Result


def _modules(filters: list[str]) -> list[str]:
    names = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


def _fmt_seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.2f} ms" if value < 1 else f"{value:.2f} s"


def main(argv: list[str]) -> int:
    results: list[Result] = []
    for name in _modules(argv):
        module = importlib.import_module(f"bench.{name}")
        print(f"running {name} …", file=sys.stderr, flush=True)
        results.extend(module.run())
    print(
        f"machine: {platform.platform()}, Python {platform.python_version()}, "
        f"{platform.processor() or platform.machine()}"
    )
    print("| benchmark | median | runs | baseline | baseline median | ratio | target | note |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        print(
            f"| {r.name} | {_fmt_seconds(r.median_s)} | {r.runs} | {r.baseline_name or '—'} | "
            f"{_fmt_seconds(r.baseline_median_s)} | {ratio} | {r.target or '—'} | {r.extra} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
