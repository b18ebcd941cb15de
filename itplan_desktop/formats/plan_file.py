"""The plan file format: one JSON document holding a whole plan and its organisations.

Format name "itplan-plan", version 1; the JSON Schema is `plan_format.schema.json` (copied to
docs/). Writing is canonical — the same plan always gives the same bytes — so a file that is
imported and exported again is byte-for-byte identical.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from ..domain import ColumnKind, Organisation, Plan, walk_sections
from ..messages import UserError, message
from .plan_codec import organisations_from_json, organisations_to_json, plan_from_json, plan_to_json

FORMAT_NAME = "itplan-plan"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(slots=True)
class PlanDocument:
    """What a plan file holds: the plan and the organisations it refers to."""

    plan: Plan
    organisations: list[Organisation] = field(default_factory=list)


@cache
def plan_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("plan_format.schema.json").read_text("utf-8")
    return json.loads(text)


def dumps(document: PlanDocument) -> str:
    """Canonical JSON text of a plan document (UTF-8, two-space indent, final newline)."""
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "organisations": organisations_to_json(document.organisations),
        "plan": plan_to_json(document.plan),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_plan_file(document: PlanDocument, path: Path) -> None:
    """Write atomically: a temporary file beside the target, flushed, then renamed over it."""
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(dumps(document))
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)


def read_plan_file(path: Path) -> PlanDocument:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError("planfile.too_large", size=size, limit=MAX_FILE_BYTES)
    return loads(path.read_bytes())


def loads(raw: bytes | str) -> PlanDocument:
    """Parse and check a plan file; refuse anything invalid with a message naming the place."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError("planfile.not_text") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise UserError(
            "planfile.not_json", line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    return document_from_data(data)


def document_from_data(data: Any) -> PlanDocument:
    """The checks of `loads` on JSON already parsed (e.g. a bundle that merged in its actuals):
    envelope, schema, decoding, consistency — refusing with a message that names the place."""
    _check_envelope(data)
    _check_schema(data)
    document = PlanDocument(
        plan=plan_from_json(data["plan"]),
        organisations=organisations_from_json(data["organisations"]),
    )
    check_consistency(document)
    return document


def _check_envelope(data: Any) -> None:
    found = data.get("format") if isinstance(data, dict) else None
    if found != FORMAT_NAME:
        raise UserError("planfile.wrong_format", found=found if isinstance(found, str) else "?")
    version = data.get("version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise UserError("planfile.newer_version", found=version, supported=FORMAT_VERSION)


def _json_path(parts: Any) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


@cache
def _fast_validator() -> Any:
    """The schema compiled to Python code (fastjsonschema): ~15× faster than interpreting it,
    which matters when a province imports hundreds of bundles."""
    import fastjsonschema

    return fastjsonschema.compile(copy.deepcopy(plan_schema()))  # compile() edits its input


def _check_schema(data: Any) -> None:
    import fastjsonschema

    try:
        _fast_validator()(data)
        return
    except fastjsonschema.JsonSchemaException:
        pass  # invalid: let jsonschema find the most relevant error and name its place
    validator = jsonschema.Draft202012Validator(plan_schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise UserError(
            "planfile.invalid", place=_json_path(error.absolute_path), detail=error.message
        )


def _invalid(place: str, message_id: str, **values: object) -> UserError:
    return UserError("planfile.invalid", place=place, detail=message(message_id, **values))


def check_consistency(document: PlanDocument) -> None:
    """Rules a schema cannot say: unique ids, cells that match columns, known references."""
    plan = document.plan
    if plan.start_year > plan.end_year:
        raise _invalid(
            "$.plan.start_year", "planfile.bad_years", start=plan.start_year, end=plan.end_year
        )
    codes = {o.code for o in document.organisations}
    if plan.organisation_code not in codes:
        raise _invalid(
            "$.plan.organisation_code", "planfile.unknown_organisation", code=plan.organisation_code
        )
    seen: set[str] = set()

    def claim(uuid: str, place: str) -> None:
        if uuid in seen:
            raise _invalid(place, "planfile.duplicate_uuid", uuid=uuid)
        seen.add(uuid)

    claim(plan.uuid, "$.plan.uuid")
    for _depth, section in walk_sections(plan.sections):
        claim(section.uuid, "$.plan.sections")
    for a_index, appendix in enumerate(plan.appendices):
        _check_appendix(appendix, f"$.plan.appendices[{a_index}]", claim)
    indicator_ids = set()
    for i_index, indicator in enumerate(plan.indicators):
        claim(indicator.uuid, f"$.plan.indicators[{i_index}].uuid")
        indicator_ids.add(indicator.uuid)
    for o_index, obs in enumerate(plan.observations):
        place = f"$.plan.observations[{o_index}]"
        claim(obs.uuid, place + ".uuid")
        if obs.indicator_uuid not in indicator_ids:
            raise _invalid(
                place + ".indicator", "planfile.unknown_indicator", uuid=obs.indicator_uuid
            )
        if obs.organisation_code not in codes:
            raise _invalid(
                place + ".organisation_code",
                "planfile.unknown_organisation",
                code=obs.organisation_code,
            )


def _check_appendix(appendix: Any, place: str, claim: Any) -> None:
    claim(appendix.uuid, place + ".uuid")
    kinds: dict[str, Any] = {}
    for c_index, column in enumerate(appendix.columns):
        if column.key in kinds:
            raise _invalid(
                f"{place}.columns[{c_index}].key", "planfile.duplicate_column", key=column.key
            )
        kinds[column.key] = column
    for r_index, row in enumerate(appendix.rows):
        row_place = f"{place}.rows[{r_index}]"
        claim(row.uuid, row_place + ".uuid")
        for key in row.texts:
            _expect(kinds, key, row_place + f".texts.{key}", lambda c: c.kind is ColumnKind.TEXT)
        for key in row.values:
            _expect(kinds, key, row_place + f".values.{key}", lambda c: c.is_input_value)
        for key in row.stated:
            _expect(
                kinds, key, row_place + f".stated.{key}", lambda c: c.kind is not ColumnKind.TEXT
            )
    for key in appendix.stated_totals:
        _expect(
            kinds, key, place + f".stated_totals.{key}", lambda c: c.kind is not ColumnKind.TEXT
        )


def _expect(kinds: dict[str, Any], key: str, place: str, accepts: Any) -> None:
    if key not in kinds:
        raise _invalid(place, "planfile.unknown_column", key=key)
    if not accepts(kinds[key]):
        raise _invalid(place, "planfile.wrong_column_kind", key=key)
