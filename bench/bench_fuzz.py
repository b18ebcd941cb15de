"""The schema fuzz run for nights: many more generated plan files than CI runs.

Run: python -m bench.run fuzz        (FUZZ_EXAMPLES=2000 to change the number, default 500)

Every document generated from `plan_format.schema.json` goes through import, validation, PDF,
Excel, the database round trip and the KPI report (tests/fuzz/plan_pipeline.py); the first
failure is raised with hypothesis's shrunk example. The median reported is per example.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result

FUZZ_DIR = Path(__file__).resolve().parents[1] / "tests" / "fuzz"


def run() -> list[Result]:
    sys.path.insert(0, str(FUZZ_DIR))
    from hypothesis import HealthCheck, given, settings
    from plan_pipeline import run_pipeline
    from schema_strategies import consistent, from_schema

    from itplan_desktop.formats.plan_file import plan_schema

    examples = int(os.environ.get("FUZZ_EXAMPLES", "500"))
    outcomes: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="itplan-fuzz-"))

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=from_schema(plan_schema()).map(consistent))
    def fuzz(data):
        outcomes.append(run_pipeline(data, workdir))

    start = time.perf_counter()
    fuzz()
    elapsed = time.perf_counter() - start
    ok = outcomes.count("ok")
    return [
        Result(
            "schema fuzz: generated plan files through every path",
            elapsed / max(len(outcomes), 1),
            len(outcomes),
            target="0 failures",
            extra=f"{ok} rendered, {len(outcomes) - ok} refused cleanly, 0 failures",
        )
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
