"""Reading the cells of an untrusted workbook with openpyxl, within limits.

openpyxl parses every XML part with defusedxml when it is installed (it is a dependency), so
entity expansion and external entities are refused; `assert_defused` makes sure of it.
Formulas are read twice: once as formulas (to know which cells hold one) and once as the
values Excel cached when it saved the file (what the user saw).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.xml import DEFUSEDXML

from ...messages import UserError
from .file_checks import DEFAULT_LIMITS, Limits, check_workbook_file
from .formula_values import fill_uncached


@dataclass
class SheetData:
    """The used cells of one sheet: `rows[i][j]` is the value of sheet row i+1, column j+1."""

    name: str
    rows: list[list[Any]] = field(default_factory=list)
    bold: list[bool] = field(default_factory=list)
    formulas: set[tuple[int, int]] = field(default_factory=set)  # 1-based (row, column)
    formula_texts: dict[tuple[int, int], str] = field(default_factory=dict)  # "=SUM(C5:C9)"
    computed: set[tuple[int, int]] = field(default_factory=set)  # formulas valued here

    def value(self, row: int, column: int) -> Any:
        """The value at 1-based (row, column), None when outside the used area."""
        if row < 1 or row > len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[column - 1] if 0 < column <= len(cells) else None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def assert_defused() -> None:
    """openpyxl must parse with defusedxml; refuse to read untrusted files otherwise."""
    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise RuntimeError("defusedxml is required to read untrusted workbooks")


def _open(path: Path, data_only: bool) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions
            return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except UserError:
        raise
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise _read_error(path, error) from None


def _read_error(path: Path, error: Exception) -> UserError:
    kind = type(error).__name__
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps the parser's error in its own
        if type(cause).__module__.startswith("defusedxml"):
            return UserError("xlsx.unsafe", name=path.name, detail=type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    return UserError("xlsx.unreadable", name=path.name, detail=f"{kind}: {error}"[:300])


def _last_used(row: Any) -> int:
    """The 1-based column of the last cell holding a value (0: none)."""
    for index in range(len(row) - 1, -1, -1):
        if getattr(row[index], "value", None) is not None:
            return index + 1
    return 0


class WorkbookReader:
    """An opened workbook; `sheet(name)` reads one sheet's cells. Use as a context manager."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        assert_defused()
        check_workbook_file(path, limits)
        self.path, self.limits = path, limits
        self._formulas = _open(path, data_only=False)
        self._values: Any = None
        self.sheet_names: list[str] = list(self._formulas.sheetnames)
        if len(self.sheet_names) > limits.sheets:
            self.close()
            count = len(self.sheet_names)
            raise UserError("xlsx.too_many_sheets", count=count, limit=limits.sheets)

    def __enter__(self) -> WorkbookReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        for workbook in (self._formulas, self._values):
            if workbook is not None:
                workbook.close()

    def sheet(self, name: str) -> SheetData:
        """The cells of sheet `name` (values as cached by the spreadsheet program)."""
        try:
            return self._read(name)
        except UserError:
            raise
        except Exception as error:
            raise _read_error(self.path, error) from None

    def _read(self, name: str) -> SheetData:
        limits = self.limits
        ws = self._formulas[name]
        # the declared dimension first: a huge sheet is refused before a row is parsed
        declared_columns = ws.max_column or 0
        if declared_columns > limits.columns:
            raise UserError(
                "xlsx.too_many_columns", sheet=name, count=declared_columns, limit=limits.columns
            )
        declared_rows = ws.max_row or 0
        if declared_rows > limits.rows:
            raise UserError("xlsx.too_many_rows", sheet=name, limit=limits.rows)
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # read every row and cell, whatever the dimension claims
        data = SheetData(name)
        cells = 0
        # no max_col: a row wider than the limit (whatever the dimension claims) is refused,
        # never cut silently
        for number, row in enumerate(ws.iter_rows(), start=1):
            if number > limits.rows:
                raise UserError("xlsx.too_many_rows", sheet=name, limit=limits.rows)
            if len(row) > limits.columns and _last_used(row) > limits.columns:
                count = _last_used(row)
                raise UserError(
                    "xlsx.too_many_columns", sheet=name, count=count, limit=limits.columns
                )
            values: list[Any] = []
            bold = False
            looked = 0  # a group row is bold from its first texts on
            for cell in row:
                value = getattr(cell, "value", None)
                if value is None:
                    values.append(None)
                    continue
                if cell.data_type == "f":
                    data.formulas.add((number, len(values) + 1))
                    if isinstance(value, str):
                        data.formula_texts[(number, len(values) + 1)] = value
                elif isinstance(value, str) and not bold and looked < 3:
                    looked += 1
                    font = cell.font
                    bold = bool(font is not None and font.b)
                values.append(value)
            while values and values[-1] is None:
                values.pop()
            cells += len(values)
            if cells > limits.cells:
                raise UserError("xlsx.too_many_cells", sheet=name, count=cells, limit=limits.cells)
            data.rows.append(values)
            data.bold.append(bold)
        while data.rows and not data.rows[-1]:
            data.rows.pop()
            data.bold.pop()
        if data.formulas:
            self._cached_values(data)
        return data

    def _cached_values(self, data: SheetData) -> None:
        """Replace each formula by the value the spreadsheet program cached; a formula without
        one gets the value `formula_values` computes, when it can."""
        if self._values is None:
            self._values = _open(self.path, data_only=True)
        wanted = data.formulas
        last_row = max(r for r, _c in wanted)
        by_row: dict[int, list[int]] = {}
        for row_number, column in wanted:
            by_row.setdefault(row_number, []).append(column)
        ws = self._values[data.name]
        rows = ws.iter_rows(max_row=last_row, max_col=self.limits.columns, values_only=True)
        for number, values in enumerate(rows, start=1):
            for column in by_row.get(number, ()):
                data.rows[number - 1][column - 1] = (
                    values[column - 1] if column <= len(values) else None
                )
        # a workbook written by a program that caches no results (ours, through openpyxl):
        # compute the formulas of the subset we write, from the sheet's own cells
        data.computed = fill_uncached(data.rows, data.formula_texts)
