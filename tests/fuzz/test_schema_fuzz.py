"""Property-based tests generated from the plan file's JSON Schema (issue 15.8).

Every document the schema accepts goes through import, validation, PDF, Excel, the database,
the canonical round trip and the appendix editor without an exception other than a clean
refusal. CI runs a bounded number of examples; `python -m bench.run fuzz` runs many more.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from plan_pipeline import run_pipeline
from schema_strategies import consistent, from_schema

from itplan_desktop.formats.plan_file import _check_schema, plan_schema

SCHEMA = plan_schema()
DOCUMENTS = from_schema(SCHEMA)
CI = settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@CI
@given(data=DOCUMENTS)
def test_generator_builds_only_what_the_schema_accepts(data):
    _check_schema(data)


@CI
@given(data=DOCUMENTS.map(consistent))
def test_every_accepted_file_imports_renders_and_round_trips(data, tmp_path, editor_opener):
    _check_schema(data)  # the repairs keep the document within the schema
    run_pipeline(data, tmp_path, editor_opener)


@settings(CI, max_examples=8)
@given(data=DOCUMENTS)
def test_raw_generated_files_are_refused_cleanly_or_work(data, tmp_path):
    run_pipeline(data, tmp_path)
