"""Reading a sheet into an appendix without writing anything: the import preview.

`build_preview` opens the workbook safely, chooses the sheet and header, maps the columns
(auto-suggested, or as a mapping says), reads the rows and returns an `ImportPreview`: the
appendix as it would be added, the sheet row of each appendix row, every cell that could not
be read (with its cell reference) and every ambiguous number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from ...domain.appendix import Appendix, AppendixRole, Column, ColumnKind
from ...domain.appendix_templates import TEMPLATES
from ...messages import UserError, message
from ...vn.units import DEFAULT_UNIT, MoneyUnit
from .breakdown_columns import make_breakdowns
from .cell_values import AmbiguousNumber, CellProblem, Convention
from .column_roles import Suggestion, make_columns, suggest
from .file_checks import DEFAULT_LIMITS, Limits
from .header_detection import HeaderInfo, cell_text, find_header, find_header_top
from .mapping import ImportMapping
from .row_reader import ReadRows, RowReader
from .template_choice import choose_template, funding_from_title
from .text_cleaning import TextCleaner
from .title_block import read_title_block
from .total_rows import take_total_rows
from .workbook_reader import SheetData, WorkbookReader


@dataclass(frozen=True)
class ColumnMatch:
    """A sheet column, its header texts and the appendix column it became (None: left out)."""

    column: int
    header: tuple[str, ...]
    target: Column | None
    origin: str  # "auto" or "mapping"

    @property
    def letter(self) -> str:
        return str(get_column_letter(self.column))

    def to_json(self) -> dict[str, Any]:
        target = self.target
        return {
            "column": self.letter,
            "header": list(self.header),
            "key": target.key if target else None,
            "role": target.role.value if target else None,
            "year": target.year if target else None,
            "source": target.source if target else None,
            "origin": self.origin,
        }


@dataclass
class ImportPreview:
    """What an import would add, and everything that could not be read. Nothing is written."""

    path: Path
    sheet: str
    sheets: list[str]
    header_rows: tuple[int, int]
    data_rows: tuple[int, int] | None
    total_row: int | None
    unit: str
    template: str | None
    appendix: Appendix
    sheet_rows: list[int]
    columns: list[ColumnMatch]
    problems: list[CellProblem] = field(default_factory=list)
    ambiguous: list[AmbiguousNumber] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    applied_number: int | None = None  # set once the appendix is added to a plan
    sample: list[tuple[int, list[str]]] = field(default_factory=list)
    """(sheet row, cell texts) of the header rows and the first data rows, for a preview."""

    @property
    def ok(self) -> bool:
        """True when every cell could be read."""
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        groups = sum(r.kind.value == "group" for r in self.appendix.rows)
        return {
            "file": str(self.path),
            "sheet": self.sheet,
            "sheets": self.sheets,
            "header_rows": list(self.header_rows),
            "data_rows": list(self.data_rows) if self.data_rows else None,
            "total_row": self.total_row,
            "unit": self.unit,
            "template": self.template,
            "title": self.appendix.title,
            "rows": len(self.appendix.rows),
            "groups": groups,
            "columns": [c.to_json() for c in self.columns],
            "stated_totals": dict(self.appendix.stated_totals),
            "problems": [p.to_json() for p in self.problems],
            "ambiguous": [a.to_json() for a in self.ambiguous],
            "notes": list(self.notes),
            "appendix_number": self.applied_number,
        }


def _choose_sheet(reader: WorkbookReader, wanted: str | None) -> SheetData:
    names = reader.sheet_names
    if wanted is not None:
        if wanted in names:
            return reader.sheet(wanted)
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):
            return reader.sheet(names[int(wanted) - 1])
        raise UserError("xlsx.no_sheet", sheet=wanted, sheets=", ".join(names))
    first: SheetData | None = None
    for name in names:
        data = reader.sheet(name)
        first = first or data
        if find_header_top(data) is not None:
            return data
    assert first is not None
    return first


def _map_columns(
    header: HeaderInfo, mapping: ImportMapping, cleaner: TextCleaner
) -> list[ColumnMatch]:
    indices = sorted(set(header.paths) | set(mapping.columns))
    chosen: list[tuple[int, Suggestion | None, tuple[str, ...], str]] = []
    for index in indices:
        path = tuple(t for t in (cleaner.clean(p) for p in header.paths.get(index, ())) if t)
        if index in mapping.columns:
            choice = mapping.columns[index]
            chosen.append((index, choice.suggestion, choice.header or path, "mapping"))
        elif path:
            chosen.append((index, suggest(path), path, "auto"))
    kept = [(s, h or (get_column_letter(i),)) for i, s, h, _o in chosen if s is not None]
    columns = iter(make_breakdowns(make_columns(kept)))
    return [
        ColumnMatch(index, header_texts, next(columns) if s is not None else None, origin)
        for index, s, header_texts, origin in chosen
    ]


def _unit(mapping: ImportMapping, found: MoneyUnit | None, notes: list[str]) -> MoneyUnit:
    if mapping.unit is not None:
        try:
            return MoneyUnit.from_label(mapping.unit)
        except ValueError:
            raise UserError("xlsx.bad_unit", unit=mapping.unit) from None
    if found is None:
        notes.append(message("xlsx.note.default_unit", unit=DEFAULT_UNIT.label))
        return DEFAULT_UNIT
    return found


def build_preview(
    path: Path,
    *,
    sheet: str | None = None,
    mapping: ImportMapping | None = None,
    convention: Convention = "auto",
    limits: Limits = DEFAULT_LIMITS,
) -> ImportPreview:
    """Read one appendix table from the workbook at `path`; UserError if it cannot be read."""
    mapping = mapping or ImportMapping()
    path = Path(path)
    with WorkbookReader(path, limits) as reader:
        data = _choose_sheet(reader, sheet if sheet is not None else mapping.sheet)
        sheets = list(reader.sheet_names)
    try:
        forced = mapping.header_rows or (None, None)
        header = find_header(data, *forced)
    except LookupError:
        raise UserError("xlsx.no_header", sheet=data.name) from None
    cleaner = TextCleaner(data)
    notes: list[str] = []
    block = read_title_block(data, header.first, cleaner)
    unit = _unit(mapping, block.unit, notes)
    matches = _map_columns(header, mapping, cleaner)
    columns = [m.target for m in matches if m.target is not None]
    if not any(c.kind is not ColumnKind.TEXT for c in columns):
        raise UserError("xlsx.no_columns", sheet=data.name)
    title = mapping.title or block.title or data.name
    template = TEMPLATES[mapping.template] if mapping.template else choose_template(columns)
    funding = funding_from_title(title) or (template.funding_source if template else None)
    if template is not None and template.name == "years_by_source":
        funding = None
    reader_rows = RowReader(
        data,
        [(m.column, m.target) for m in matches if m.target is not None],
        unit,
        cleaner,
        convention,
        funding.split(".")[0] if funding else None,
    )
    first_row = mapping.first_row or header.last + 1
    rows = reader_rows.read(first_row, mapping.last_row)
    if not rows.rows:
        raise UserError("xlsx.no_rows", sheet=data.name)
    appendix = _appendix(title, columns, rows, unit, funding, template, data, cleaner)
    notes.extend(message("xlsx.note.numbering_row", row=r) for r in rows.skipped)
    if rows.total_row is None:
        notes.append(message("xlsx.note.no_total"))
    if cleaner.encoding is not None:
        names = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
        notes.append(
            message(
                "xlsx.note.legacy",
                encoding=names.get(cleaner.encoding, cleaner.encoding),
                count=cleaner.converted_cells,
            )
        )
    return ImportPreview(
        path=path,
        sheet=data.name,
        sheets=sheets,
        header_rows=(header.first, header.last),
        data_rows=(first_row, rows.last_row) if rows.last_row else None,
        total_row=rows.total_row,
        unit=unit.label,
        template=template.name if template else None,
        appendix=appendix,
        sheet_rows=rows.sheet_rows,
        columns=matches,
        problems=rows.problems,
        ambiguous=rows.ambiguous,
        notes=notes,
        sample=_sample(data, header.first, first_row, cleaner),
    )


SAMPLE_ROWS = 8
SAMPLE_COLUMNS = 60


def _sample(
    data: SheetData, header_first: int, first_row: int, cleaner: TextCleaner
) -> list[tuple[int, list[str]]]:
    """The header rows and the first SAMPLE_ROWS rows after them (texts repaired)."""
    width = min(data.width, SAMPLE_COLUMNS)
    last = min(len(data.rows), first_row + SAMPLE_ROWS - 1)
    return [
        (row, [cleaner.clean(cell_text(data.value(row, c))) for c in range(1, width + 1)])
        for row in range(header_first, last + 1)
    ]


def _appendix(
    title: str,
    columns: list[Column],
    rows: ReadRows,
    unit: MoneyUnit,
    funding: str | None,
    template: Any,
    data: SheetData,
    cleaner: TextCleaner,
) -> Appendix:
    total_label = "Tổng cộng"
    total_rows = take_total_rows(rows)
    if rows.total_row is not None:
        texts = [cell_text(v) for v in data.rows[rows.total_row - 1] if isinstance(v, str)]
        label = next((cleaner.clean(t) for t in texts if t.strip()), "")
        total_label = label.rstrip(" :") or total_label
    options: dict[str, Any] = {}
    if template is not None:
        options = {
            "group_styles": template.group_styles,
            "item_styles": template.item_styles,
            "item_numbering": template.item_numbering,
            "role": template.role,
            "template": template.name,
        }
    return (
        Appendix(
            title=title,
            columns=columns,
            rows=rows.rows,
            unit=unit,
            funding_source=funding,
            total_label=total_label,
            stated_totals=rows.stated_totals,
            total_rows=total_rows,
            **options,
        )
        if options
        else Appendix(
            title=title,
            columns=columns,
            rows=rows.rows,
            unit=unit,
            funding_source=funding,
            role=AppendixRole.BUDGET,
            total_label=total_label,
            stated_totals=rows.stated_totals,
            total_rows=total_rows,
        )
    )
