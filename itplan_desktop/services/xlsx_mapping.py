"""The column mapping a person builds in the import dialog, in the JSON form of
`formats/xlsx_import/mapping.py` (the CLI's `--mapping`), so both paths read the same way.

`choice_of` says what a previewed column is now ("name", "year:2016", "ignore"); `Mapping`
collects the person's changes — only changed columns are listed, so the others keep the
importer's suggestion (and details such as a year column's funding source)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from ..domain.appendix import ColumnRole
from ..formats.xlsx_import import ImportPreview
from ..formats.xlsx_import.cell_values import Convention
from ..formats.xlsx_import.mapping import IGNORE
from ..formats.xlsx_import.preview import ColumnMatch

ROLES: tuple[ColumnRole, ...] = (
    ColumnRole.TT,
    ColumnRole.NAME,
    ColumnRole.OBJECTIVE,
    ColumnRole.LEAD_UNIT,
    ColumnRole.PARTNER_UNIT,
    ColumnRole.FIELD,
    ColumnRole.SCALE,
    ColumnRole.SCOPE,
    ColumnRole.TIME,
    ColumnRole.SOURCE,
    ColumnRole.NOTE,
    ColumnRole.TEXT,
    ColumnRole.STAFF,
    ColumnRole.QUANTITY,
    ColumnRole.AMOUNT,
    ColumnRole.ALLOCATED,
    ColumnRole.MISSING,
    ColumnRole.TOTAL,
)
"""Every role a column can take besides a year (offered as "year:<year>")."""


def choice_of(match: ColumnMatch) -> str:
    """The mapping value of a previewed column: a role, "year:<year>" or "ignore"."""
    target = match.target
    if target is None:
        return IGNORE
    if target.role is ColumnRole.YEAR and target.year is not None:
        return f"year:{target.year}"
    return target.role.value


def candidate_years(preview: ImportPreview, plan_years: range | None = None) -> list[int]:
    """Years to offer for year columns: those of the preview's columns and of the plan."""
    years = {m.target.year for m in preview.columns if m.target and m.target.year}
    years.update(plan_years or ())
    return sorted(y for y in years if y)


@dataclass
class Mapping:
    """The person's choices over a first preview; `to_json()` is a `--mapping` document."""

    sheet: str | None = None
    unit: str | None = None
    title: str | None = None
    convention: Convention = "auto"
    columns: dict[int, str] = field(default_factory=dict)  # 1-based column -> choice

    def set_column(self, preview: ImportPreview, column: int, choice: str) -> None:
        """Record a choice; choosing what the first preview suggested removes the entry."""
        suggested = next((choice_of(m) for m in preview.columns if m.column == column), IGNORE)
        if choice == suggested:
            self.columns.pop(column, None)
        else:
            self.columns[column] = choice

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.sheet:
            data["sheet"] = self.sheet
        if self.unit:
            data["unit"] = self.unit
        if self.title and self.title.strip():
            data["title"] = " ".join(self.title.split())
        if self.columns:
            data["columns"] = {get_column_letter(c): v for c, v in sorted(self.columns.items())}
        return data
