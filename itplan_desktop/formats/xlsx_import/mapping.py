"""A column mapping given by the user (JSON), overriding what the importer would guess.

Shape (every field optional; rows are 1-based sheet rows, columns are letters):

    {
      "sheet": "Phụ lục 2",
      "header_rows": [6, 7],
      "first_row": 8, "last_row": 40,
      "unit": "triệu đồng",
      "template": "recurring_tasks",
      "title": "DANH SÁCH CÁC NHIỆM VỤ …",
      "columns": {
        "A": "tt", "B": "name", "E": "year:2016", "F": {"role": "year", "year": 2017},
        "G": {"role": "year", "year": 2011, "source": "dtpt"}, "J": "total", "K": "ignore"
      }
    }

A column value is a role ("tt", "name", "objective", "lead_unit", "partner_unit", "field",
"scale", "scope", "time", "source", "note", "text", "staff", "quantity", "amount", "allocated",
"missing", "total"), "year:2016", "ignore" (or null), or an object with "role" and optionally
"year", "source" and "header" (a list of header texts).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string

from ...domain.appendix import ColumnKind, ColumnRole
from ...domain.appendix_templates import TEMPLATES
from ...domain.funding import is_valid_source
from ...messages import Phrase, UserError
from .column_roles import Suggestion

_NUMBER_ROLES = {ColumnRole.STAFF, ColumnRole.QUANTITY}
_MONEY_ROLES = {
    ColumnRole.YEAR,
    ColumnRole.AMOUNT,
    ColumnRole.ALLOCATED,
    ColumnRole.MISSING,
    ColumnRole.TOTAL,
}
IGNORE = "ignore"


@dataclass(frozen=True)
class ColumnChoice:
    """A user's choice for one column: a role, or None to leave the column out."""

    suggestion: Suggestion | None
    header: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ImportMapping:
    sheet: str | None = None
    header_rows: tuple[int, int] | None = None
    first_row: int | None = None
    last_row: int | None = None
    unit: str | None = None
    template: str | None = None
    title: str | None = None
    columns: dict[int, ColumnChoice] = field(default_factory=dict)  # 1-based column index


def _invalid(reason: str, **values: object) -> UserError:
    return UserError("xlsx.mapping.invalid", detail=Phrase(f"xlsx.mapping.{reason}", **values))


def _row_number(data: dict[str, Any], name: str) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _invalid("row_number", name=name)
    return value


def _choice(letter: str, value: Any) -> ColumnChoice:
    if value is None or value == IGNORE:
        return ColumnChoice(None)
    if isinstance(value, str):
        role_text, _, year_text = value.partition(":")
        value = {"role": role_text, **({"year": year_text} if year_text else {})}
    if not isinstance(value, dict) or "role" not in value:
        raise _invalid("needs_role", letter=letter)
    try:
        role = ColumnRole(value["role"])
    except ValueError:
        raise _invalid("unknown_role", letter=letter, role=value["role"]) from None
    year = value.get("year")
    if year is not None:
        try:
            year = int(year)
        except (TypeError, ValueError):
            raise _invalid("bad_year", letter=letter, year=year) from None
    if role is ColumnRole.YEAR and year is None:
        raise _invalid("year_needed", letter=letter)
    source = value.get("source")
    if source is not None and not (isinstance(source, str) and is_valid_source(source)):
        raise _invalid("bad_source", letter=letter, source=source)
    kind = (
        ColumnKind.MONEY
        if role in _MONEY_ROLES
        else ColumnKind.NUMBER
        if role in _NUMBER_ROLES
        else ColumnKind.TEXT
    )
    header = value.get("header")
    if header is not None:
        if not (isinstance(header, list) and all(isinstance(h, str) for h in header)):
            raise _invalid("bad_header", letter=letter)
        header = tuple(header)
    return ColumnChoice(Suggestion(kind, role, year, source), header)


def parse_mapping(data: Any) -> ImportMapping:
    """An ImportMapping from decoded JSON; UserError naming what is wrong."""
    if not isinstance(data, dict):
        raise _invalid("not_object")
    header_rows = data.get("header_rows")
    if header_rows is not None:
        if isinstance(header_rows, int) and not isinstance(header_rows, bool):
            header_rows = [header_rows]
        if not (
            isinstance(header_rows, list)
            and 1 <= len(header_rows) <= 2
            and all(isinstance(r, int) and not isinstance(r, bool) and r >= 1 for r in header_rows)
        ):
            raise _invalid("bad_header_rows")
        header_rows = (header_rows[0], header_rows[-1])
    template = data.get("template")
    if template is not None and template not in TEMPLATES:
        raise _invalid("unknown_template", template=template, known=", ".join(TEMPLATES))
    columns_data = data.get("columns") or {}
    if not isinstance(columns_data, dict):
        raise _invalid("bad_columns")
    columns: dict[int, ColumnChoice] = {}
    for letter, value in columns_data.items():
        try:
            index = column_index_from_string(str(letter).strip().upper())
        except ValueError:
            raise _invalid("bad_letter", letter=letter) from None
        columns[index] = _choice(str(letter), value)
    for name in ("sheet", "unit", "title"):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise _invalid("not_text", name=name)
    return ImportMapping(
        sheet=data.get("sheet"),
        header_rows=header_rows,
        first_row=_row_number(data, "first_row"),
        last_row=_row_number(data, "last_row"),
        unit=data.get("unit"),
        template=template,
        title=data.get("title"),
        columns=columns,
    )


def load_mapping(source: ImportMapping | dict[str, Any] | Path | str | None) -> ImportMapping:
    """A mapping from an ImportMapping, decoded JSON, or the path of a JSON file."""
    if source is None:
        return ImportMapping()
    if isinstance(source, ImportMapping):
        return source
    if isinstance(source, dict):
        return parse_mapping(source)
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError("cli.file_not_found", path=path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise _invalid("unreadable", detail=str(error)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise _invalid("bad_json", line=error.lineno, column=error.colno) from None
    return parse_mapping(data)
