"""Hypothesis strategies generated from a JSON Schema (the subset our plan schema uses).

`from_schema(schema)` turns every keyword of `formats/plan_format.schema.json` into a strategy:
`$ref` (recursive definitions through `st.deferred`), `const`, `enum` (every value sampled),
`anyOf`, `type` lists, objects (required properties always, each optional property drawn or
left out, maps by `additionalProperties` and `propertyNames`), arrays (`minItems`/`maxItems`,
kept short), strings (`pattern`, `format: date`, lengths), integers and numbers with their
bounds, booleans and null. A keyword it does not know raises, so a schema change that the
generator would silently ignore fails the tests instead.

`consistent(data)` then repairs what only the importer checks (unique ids, cells that match
columns, known organisations), so most examples go past the import into the renderers.
"""

from __future__ import annotations

import itertools
import os
import uuid as uuid_module
from typing import Any

from hypothesis import strategies as st

KNOWN_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$ref", "$defs", "title", "description", "type", "required",
        "additionalProperties", "properties", "const", "enum", "anyOf", "pattern", "format",
        "minimum", "maximum", "exclusiveMinimum", "minItems", "maxItems", "items",
        "minLength", "maxLength", "propertyNames",
    }
)  # fmt: skip

MAX_ITEMS = 4  # arrays and maps stay short: breadth comes from the number of examples
# Text as users type it: Vietnamese letters, codes, separators. With ITPLAN_FUZZ_ANY_TEXT=1
# (the night run) any Unicode character too: a header cell holding characters outside the
# table's font subset still fails in the PDF header form (KeyError in text_stream), open.
_LETTERS = st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠẮẰẲẴẶẤẦẨẪẬĐƯỨỪỬỮỰ0123456789 /-&.,;()")
TEXT = st.text(
    alphabet=(
        st.one_of(_LETTERS, st.characters(codec="utf-8"))
        if os.environ.get("ITPLAN_FUZZ_ANY_TEXT")
        else _LETTERS
    ),
    max_size=60,
)
REALISTIC_AMOUNT = st.integers(min_value=0, max_value=10**13)  # up to 10.000 tỷ đồng


def from_schema(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A strategy for the documents `schema` (its root) accepts."""
    definitions = schema.get("$defs", {})
    cache: dict[str, st.SearchStrategy[Any]] = {}

    def resolve(ref: str) -> st.SearchStrategy[Any]:
        name = ref.removeprefix("#/$defs/")
        if name not in cache:
            cache[name] = st.deferred(lambda: build(definitions[name], name))
        return cache[name]

    def build(node: dict[str, Any], name: str = "") -> st.SearchStrategy[Any]:
        unknown = set(node) - KNOWN_KEYWORDS
        if unknown:
            raise ValueError(f"schema keywords the generator does not know: {sorted(unknown)}")
        if "$ref" in node:
            return resolve(node["$ref"])
        if "const" in node:
            return st.just(node["const"])
        if "enum" in node:
            return st.sampled_from(node["enum"])
        if "anyOf" in node:
            return st.one_of([build(option) for option in node["anyOf"]])
        kind = node.get("type")
        if isinstance(kind, list):
            return st.one_of([build({**node, "type": k}) for k in kind])
        if kind == "object":
            return _object(node, build)
        if kind == "array":
            size = node.get("maxItems", MAX_ITEMS)
            return st.lists(
                build(node["items"]),
                min_size=node.get("minItems", 0),
                max_size=min(size, MAX_ITEMS),
            )
        if kind == "string":
            return _string(node)
        if kind == "integer":
            bounded = st.integers(node.get("minimum"), node.get("maximum"))
            return st.one_of(REALISTIC_AMOUNT, bounded) if name == "amount" else bounded
        if kind == "number":
            low = node.get("exclusiveMinimum", node.get("minimum"))
            return st.floats(
                min_value=low,
                max_value=node.get("maximum"),
                exclude_min="exclusiveMinimum" in node,
                allow_nan=False,
                allow_infinity=False,
            )
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        raise ValueError(f"schema node the generator cannot build: {node}")

    return build(schema)


def _object(node: dict[str, Any], build: Any) -> st.SearchStrategy[dict[str, Any]]:
    properties = node.get("properties", {})
    required = set(node.get("required", ()))
    extra = node.get("additionalProperties", True)
    if properties:
        return st.fixed_dictionaries(
            {k: build(v) for k, v in properties.items() if k in required},
            optional={k: build(v) for k, v in properties.items() if k not in required},
        )
    if isinstance(extra, dict):
        names = node.get("propertyNames")
        keys = _string(names) if names else st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
        return st.dictionaries(keys, build(extra), max_size=MAX_ITEMS)
    return st.just({})


def _string(node: dict[str, Any]) -> st.SearchStrategy[str]:
    if node.get("format") == "date":
        return st.dates().map(lambda d: d.isoformat())
    if node.get("format") == "date-time":
        return st.datetimes().map(lambda d: d.replace(microsecond=0).isoformat() + "Z")
    if "pattern" in node:
        return st.from_regex(node["pattern"], fullmatch=True)
    low, high = node.get("minLength", 0), node.get("maxLength")
    return TEXT.filter(lambda s: low <= len(s) and (high is None or len(s) <= high))


# -- repairs the importer's own rules --------------------------------------------------------


def consistent(data: dict[str, Any]) -> dict[str, Any]:
    """The generated document with the rules beyond the schema satisfied (docs/plan-format.md):
    unique ids, an issuing organisation that is listed, cells re-keyed onto columns that take
    them, references to indicators and rows that exist, start year ≤ end year."""
    from itplan_desktop.formats.plan_file import FORMAT_VERSION

    fresh = (str(uuid_module.UUID(int=n)) for n in itertools.count(1))
    data["version"] = min(data["version"], FORMAT_VERSION)  # newer versions are refused
    plan = data["plan"]
    codes = [o["code"] for o in data["organisations"]]
    if plan["organisation_code"] not in codes:
        if "X1" not in codes:
            data["organisations"].append({"code": "X1", "name": "Xã Một", "level": "commune"})
        plan["organisation_code"] = "X1"
    plan["start_year"], plan["end_year"] = sorted((plan["start_year"], plan["end_year"]))
    _unique_uuids(data, fresh)
    rows: list[str] = []
    for appendix in plan.get("appendices", []):
        _repair_appendix(appendix, rows)
    indicators = [i["uuid"] for i in plan.get("indicators", []) if "uuid" in i]
    plan["observations"] = [
        {
            **o,
            "indicator": indicators[n % len(indicators)],
            "organisation_code": plan["organisation_code"],
        }
        for n, o in enumerate(plan.get("observations", []))
        if indicators
    ]
    plan["task_progress"] = [
        {**t, "row": rows[n % len(rows)]}
        for n, t in enumerate(plan.get("task_progress", []))
        if rows
    ]
    return data


def _unique_uuids(node: Any, fresh: Any) -> None:
    """Give every object of the document its own uuid (generated ones repeat when shrunk)."""
    seen: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("uuid"), str):
                if value["uuid"] in seen:
                    value["uuid"] = next(fresh)
                seen.add(value["uuid"])
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(node)


_INPUT_MONEY = {"year", "amount", "allocated", "breakdown", "rate"}


def _repair_appendix(appendix: dict[str, Any], rows: list[str]) -> None:
    columns, keys = [], set()
    for column in appendix["columns"]:
        if column["key"] not in keys:
            keys.add(column["key"])
            columns.append(column)
    appendix["columns"] = columns
    text = [c["key"] for c in columns if c["kind"] == "text"]
    inputs = [
        c["key"]
        for c in columns
        if c["kind"] == "number" or (c["kind"] == "money" and c["role"] in _INPUT_MONEY)
    ]
    figures = [c["key"] for c in columns if c["kind"] != "text"]
    for row in appendix.get("rows", []):
        if "uuid" in row:
            rows.append(row["uuid"])
        for field, allowed in (("texts", text), ("values", inputs), ("stated", figures)):
            if field in row:
                row[field] = dict(zip(allowed, row[field].values(), strict=False))
    if "stated_totals" in appendix:
        appendix["stated_totals"] = dict(
            zip(figures, appendix["stated_totals"].values(), strict=False)
        )
    for total in appendix.get("total_rows", []):
        if "stated" in total:
            total["stated"] = dict(zip(figures, total["stated"].values(), strict=False))
    for n, column in enumerate(columns):  # a breakdown names a column of the table (mostly)
        if "part_of" in column and figures and n % 3:
            column["part_of"] = figures[n % len(figures)]
    if appendix.get("detail_of") is not None and rows:
        appendix["detail_of"] = rows[0]
