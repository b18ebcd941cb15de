"""Issue 17, findings 5 and 8: readers refuse with a message, never a traceback; the two
JSON-schema validators agree on dates and times."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from plan_factories import SAMPLES

from itplan_desktop.formats.plan_file import _fast_validator, _validator, loads
from itplan_desktop.messages import UserError

NX = SAMPLES / "nhu_xuan_2016_2020.itplan.json"
DATES = [
    "2024-01-31",
    "2024-02-29",
    "2023-02-29",
    "2024-13-45",
    "2024-00-10",
    "2024-04-31",
    "0000-01-01",
    "9999-12-31",
    "2024-1-1",
    "20240101",
    "2024-01-01T00:00:00Z",
    "",
]
TIMES = [
    "2024-01-01T00:00:00Z",
    "2024-01-01T23:59:59+07:00",
    "2024-01-01T24:00:00Z",
    "2024-01-01T25:61:00Z",
    "2024-13-01T00:00:00Z",
    "2024-01-01 00:00:00Z",
    "2024-01-01T00:00:00",
]


def _valid_in_both(data) -> tuple[bool, bool]:
    import fastjsonschema

    try:
        _fast_validator()(data)
        fast = True
    except fastjsonschema.JsonSchemaException:
        fast = False
    interpreted = next(_validator().iter_errors(data), None) is None
    return fast, interpreted


@pytest.mark.parametrize("value", DATES)
def test_the_validators_agree_on_dates(value):
    data = json.loads(NX.read_text("utf-8"))
    data["plan"]["issued_on"] = value
    fast, interpreted = _valid_in_both(data)
    assert fast == interpreted, (value, fast, interpreted)
    if not fast:
        with pytest.raises(UserError):
            loads(json.dumps(data))


@pytest.mark.parametrize("value", TIMES)
def test_the_validators_agree_on_times(value):
    data = json.loads(NX.read_text("utf-8"))
    data["plan"]["updated_at"] = value
    fast, interpreted = _valid_in_both(data)
    assert fast == interpreted, (value, fast, interpreted)


def test_import_plan_of_an_impossible_date_is_a_refusal_not_a_traceback(tmp_path):
    data = json.loads(NX.read_text("utf-8"))
    data["plan"]["issued_on"] = "2024-13-45"
    path = tmp_path / "bad.itplan.json"
    path.write_text(json.dumps(data), "utf-8")
    argv = [sys.executable, "-m", "itplan_desktop.cli", "--db", str(tmp_path / "p.sqlite")]
    done = subprocess.run([*argv, "import-plan", str(path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr
    assert "2024-13-45" in done.stderr or "issued_on" in done.stderr, done.stderr


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"format": "itplan-plan", "version": 1, "n": ' + "9" * 5000 + "}",
        '{"format": "itplan-plan", "version": 1, "n": 1' + "0" * 5000 + ".5}",
        '{"format": "itplan-plan", "version": NaN}',
    ],
)
def test_hostile_json_is_refused(text):
    with pytest.raises(UserError):
        loads(text)


# keywords both validators implement (fastjsonschema knows drafts 4, 6 and 7 only: a 2020-12
# keyword such as prefixItems, unevaluatedProperties or dependentRequired would be ignored by
# it silently while jsonschema enforces it)
COMMON_KEYWORDS = {
    "$defs", "$id", "$ref", "$schema", "additionalProperties", "allOf", "anyOf", "const",
    "description", "enum", "exclusiveMaximum", "exclusiveMinimum", "format", "items",
    "maxItems", "maxLength", "maximum", "minItems", "minLength", "minimum", "not", "oneOf",
    "pattern", "patternProperties", "properties", "propertyNames", "required", "title",
    "type", "uniqueItems", "multipleOf", "default",
}  # fmt: skip


def _keywords(schema, found: set[str]) -> set[str]:
    if not isinstance(schema, dict):
        return found
    found.update(schema)
    for key in ("properties", "patternProperties", "$defs"):
        for sub in schema.get(key, {}).values():
            _keywords(sub, found)
    for key in ("items", "additionalProperties", "propertyNames", "not"):
        _keywords(schema.get(key), found)
    for key in ("anyOf", "allOf", "oneOf"):
        for sub in schema.get(key, []):
            _keywords(sub, found)
    return found


def test_the_schema_uses_only_keywords_both_validators_enforce():
    from itplan_desktop.formats.plan_file import plan_schema

    assert _keywords(plan_schema(), set()) - COMMON_KEYWORDS == set()
