"""The plan file format: one JSON document holding a whole plan and its organisations.

Format name "itplan-plan", versions 1 and 2; the JSON Schema is `plan_format.schema.json`
(copied to docs/). A file says the lowest version that holds its content (`version_needed`), so
a plan without the newer features stays readable by older programs. Writing is canonical —
the same plan always gives the same bytes — so a file that is imported and exported again is
byte-for-byte identical.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from ..domain import ColumnKind, ColumnRole, Organisation, Plan, walk_sections
from ..messages import UserError
from . import format_messages as _format_messages  # noqa: F401  (registers the texts)
from .plan_codec import organisations_from_json, organisations_to_json, plan_from_json, plan_to_json

FORMAT_NAME = "itplan-plan"
FORMAT_VERSION = 2
"""The newest version this program reads and writes. Version 2 adds a draft's issue date with
the day, or the day and the month, left blank ("2020-09", "2020"). It also adds breakdown and rate
columns (`part_of`, `split`), the total rows above the total row (`total_rows`) and an
appendix's own number of decimals (`decimals`)."""
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_NUMBER_DIGITS = 40  # an amount in đồng has at most 19; anything longer is hostile
MAX_TITLE = 2_000  # characters; the longest real title has some 250
MAX_TEXT = 32_767  # characters in one cell: Excel's limit
_VERSION_2_ROLES = frozenset({ColumnRole.BREAKDOWN, ColumnRole.RATE})
MAX_DEPTH = 900  # the JSON decoder's own recursion limit (a real plan nests some 12 levels)


@dataclass(slots=True)
class PlanDocument:
    """What a plan file holds: the plan and the organisations it refers to."""

    plan: Plan
    organisations: list[Organisation] = field(default_factory=list)


@cache
def plan_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("plan_format.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def version_needed(plan: Plan) -> int:
    """The lowest format version that holds `plan`: 2 for a draft's blank day, breakdown or
    rate columns, a column's `part_of`/`split`, total rows above the total row or an
    appendix's own number of decimals; else 1."""
    if plan.issued_on is not None and not isinstance(plan.issued_on, date):
        return 2
    for appendix in plan.appendices:
        if appendix.total_rows or appendix.decimals is not None:
            return 2
        for column in appendix.columns:
            if column.role in _VERSION_2_ROLES or column.part_of is not None:
                return 2
            if column.split is not None:
                return 2
    return 1


def dumps(document: PlanDocument) -> str:
    """Canonical JSON text of a plan document (UTF-8, two-space indent, final newline)."""
    data = {
        "format": FORMAT_NAME,
        "version": version_needed(document.plan),
        "organisations": organisations_to_json(document.organisations),
        "plan": plan_to_json(document.plan),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_plan_file(document: PlanDocument, path: Path) -> None:
    """Write atomically: a temporary file beside the target, flushed, then renamed over it."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(dumps(document))
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:  # no half file left beside the target
        temporary.unlink(missing_ok=True)
        raise


def read_plan_file(path: Path) -> PlanDocument:
    """Read and check the plan file at `path`: a regular file (never a pipe or a device),
    within the size limit (checked before reading, and while reading)."""
    return loads(read_regular_file(path, MAX_FILE_BYTES, "planfile.too_large"))


def read_regular_file(path: Path, limit: int, too_large: str) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else refused first."""
    import stat

    try:
        info = os.stat(path)
    except OSError:
        raise UserError("cli.file_not_found", path=path) from None
    if not stat.S_ISREG(info.st_mode):
        raise UserError("file.not_regular", path=path)
    if info.st_size > limit:
        raise UserError(too_large, size=info.st_size, limit=limit)
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UserError(too_large, size=len(data), limit=limit)
    return data


def _number(text: str) -> int:
    if len(text) > MAX_NUMBER_DIGITS:
        raise UserError("planfile.number_too_long", digits=len(text), limit=MAX_NUMBER_DIGITS)
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS:
        raise UserError("planfile.number_too_long", digits=len(text), limit=MAX_NUMBER_DIGITS)
    return float(text)


def _constant(text: str) -> Any:
    raise UserError("planfile.unreadable", detail=f"{text} is not a JSON number")


def parse_json(raw: str) -> Any:
    """json.loads with limits: numbers of at most MAX_NUMBER_DIGITS digits, no NaN/Infinity;
    nesting past the interpreter's recursion limit is refused (the decoder raises first)."""
    try:
        return json.loads(raw, parse_int=_number, parse_float=_float, parse_constant=_constant)
    except RecursionError:
        raise UserError("planfile.too_deep", limit=MAX_DEPTH) from None


def loads(raw: bytes | str) -> PlanDocument:
    """Parse and check a plan file; refuse anything invalid with a message naming the place."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError("planfile.not_text") from None
    try:
        data = parse_json(raw)
    except json.JSONDecodeError as error:
        raise UserError(
            "planfile.not_json", line=error.lineno, column=error.colno, detail=error.msg
        ) from None
    return document_from_data(data)


def document_from_data(data: Any) -> PlanDocument:
    """The checks of `loads` on JSON already parsed (e.g. a bundle that merged in its actuals):
    envelope, schema, decoding, consistency — refusing with a message that names the place.
    Whatever else goes wrong decoding a hostile file is a refusal too, never a traceback."""
    try:
        _check_envelope(data)
        _check_schema(data)
        document = PlanDocument(
            plan=plan_from_json(data["plan"]),
            organisations=organisations_from_json(data["organisations"]),
        )
        check_consistency(document)
    except UserError:
        raise
    except RecursionError:
        raise UserError("planfile.too_deep", limit=MAX_DEPTH) from None
    except Exception as error:  # a value the schema let through but the codec cannot take
        detail = f"{type(error).__name__}: {str(error)[:200]}"
        raise UserError("planfile.unreadable", detail=detail) from None
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

    return fastjsonschema.compile(  # compile() edits its input
        copy.deepcopy(plan_schema()), formats={"date": is_date, "date-time": is_date_time}
    )


def is_date(value: object) -> bool:
    """The one "date" format of both validators: a real calendar day, YYYY-MM-DD."""
    from datetime import date

    if not isinstance(value, str):
        return True  # formats apply to strings only
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def is_date_time(value: object) -> bool:
    """The one "date-time" format of both validators: what the codec reads back."""
    from datetime import datetime

    if not isinstance(value, str):
        return True
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return "T" in value


@cache
def _validator() -> Any:
    """The interpreting validator, with format checks (dates), so that it agrees with the
    compiled one, which checks formats too."""
    checker = jsonschema.FormatChecker(())
    checker.checks("date")(is_date)
    checker.checks("date-time")(is_date_time)
    return jsonschema.Draft202012Validator(plan_schema(), format_checker=checker)


def _check_schema(data: Any) -> None:
    import fastjsonschema

    try:
        _fast_validator()(data)
        return
    except fastjsonschema.JsonSchemaException as fast_error:
        fast = fast_error  # invalid: let jsonschema find the most relevant error and its place
    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        place = _json_path(error.absolute_path)
        if error.schema == plan_schema()["$defs"]["amount"] and isinstance(error.instance, int):
            # an amount out of the schema's range: say how many digits, in the user's language
            raise _invalid(
                place,
                "planfile.amount_too_large",
                value=str(error.instance)[:12],
                digits=len(str(abs(error.instance))),
                limit=len(str(plan_schema()["$defs"]["amount"]["maximum"])),
            )
        raise UserError("planfile.invalid", place=place, detail=error.message)
    place = str(getattr(fast, "name", "data")).replace("data", "$", 1)
    raise UserError("planfile.invalid", place=place, detail=str(getattr(fast, "message", fast)))


def _invalid(place: str, message_id: str, **values: object) -> UserError:
    return UserError("planfile.invalid", place=place, detail=UserError(message_id, **values))


def check_consistency(document: PlanDocument) -> None:
    """Rules a schema cannot say: unique ids, cells that match columns, known references."""
    plan = document.plan
    if plan.start_year > plan.end_year:
        raise _invalid(
            "$.plan.start_year", "planfile.bad_years", start=plan.start_year, end=plan.end_year
        )
    _check_sizes(plan)
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


def _check_sizes(plan: Plan) -> None:
    """Texts no document can print: refused at input, before any export (amounts out of range
    are the schema's, refused in `_check_schema` with the same kind of message)."""
    if len(plan.title) > MAX_TITLE:
        raise _invalid(
            "$.plan.title",
            "planfile.text_too_long",
            what="title",
            length=len(plan.title),
            limit=MAX_TITLE,
        )
    for a_index, appendix in enumerate(plan.appendices):
        for r_index, row in enumerate(appendix.rows):
            place = f"$.plan.appendices[{a_index}].rows[{r_index}]"
            for key, text in row.texts.items():
                if isinstance(text, str) and len(text) > MAX_TEXT:
                    raise _invalid(
                        f"{place}.texts.{key}",
                        "planfile.text_too_long",
                        what=key,
                        length=len(text),
                        limit=MAX_TEXT,
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
    for t_index, total in enumerate(appendix.total_rows):
        total_place = f"{place}.total_rows[{t_index}]"
        claim(total.uuid, total_place + ".uuid")
        for key in total.stated:
            _expect(
                kinds, key, total_place + f".stated.{key}", lambda c: c.kind is not ColumnKind.TEXT
            )


def _expect(kinds: dict[str, Any], key: str, place: str, accepts: Any) -> None:
    if key not in kinds:
        raise _invalid(place, "planfile.unknown_column", key=key)
    if not accepts(kinds[key]):
        raise _invalid(place, "planfile.wrong_column_kind", key=key)
