"""Copy and paste of appendix cells with Excel: tab-separated text, Vietnamese numbers.

Paste: Excel puts a block on the clipboard as rows separated by CRLF, cells by tabs, and cells
holding a tab, newline or quote inside double quotes ("" for a quote). `parse_tsv` reads that;
`plan_paste` turns the block into typed values for each target cell — amounts read in the
appendix's display unit and converted exactly to đồng, counts as whole numbers, texts repaired
(NFC, legacy TCVN3/VNI, PDF "ƣ") — with a Vietnamese message for each cell it cannot take.
Nothing is written here: the GUI applies the plan in one undo command.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..domain.appendix import Appendix, ColumnKind, ColumnRole
from ..domain.appendix_engine import TOTAL_ROW, AppendixComputation
from ..domain.appendix_layout import format_amount, money_unit, row_labels
from ..vn.numbers import AmbiguousNumberError, NumberParseError, format_number, parse_number
from ..vn.text_repair import repair_text
from ..vn.units import to_dong
from .appendix_editing import is_editable

Convention = Literal["auto", "vi", "en"]
MAX_AMOUNT = 10**18  # đồng; beyond any plan, and keeps SQLite integers safe


class CellInputError(ValueError):
    """A typed or pasted value a cell cannot take; `message` is Vietnamese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_tsv(text: str) -> list[list[str]]:
    """Cells of a tab-separated block as Excel and LibreOffice copy it (quoted cells may hold
    tabs, newlines and doubled quotes); the trailing line break is not a row."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    at_cell_start = True
    while i < n:
        char = text[i]
        if at_cell_start and char == '"':
            close = i + 1
            while True:
                close = text.find('"', close)
                if close < 0 or close + 1 >= n or text[close + 1] != '"':
                    break
                close += 2
            if close >= 0 and (close + 1 >= n or text[close + 1] in "\t\r\n"):
                cell.append(text[i + 1 : close].replace('""', '"'))
                i = close + 1
                at_cell_start = False
                continue
        at_cell_start = False
        if char == "\t":
            row.append("".join(cell))
            cell, at_cell_start = [], True
        elif char in "\r\n":
            if char == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            row.append("".join(cell))
            rows.append(row)
            row, cell, at_cell_start = [], [], True
        else:
            cell.append(char)
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows


def to_tsv(rows: list[list[str]]) -> str:
    """A block of cells as Excel reads it back (cells with tabs, newlines or quotes quoted)."""

    def quote(cell: str) -> str:
        if any(c in cell for c in '\t\r\n"'):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    return "".join("\t".join(quote(c) for c in row) + "\r\n" for row in rows)


def parse_cell_value(
    appendix: Appendix, key: str, text: str, convention: Convention = "auto"
) -> int | str | None:
    """The value of a typed/pasted text for a cell of column `key`: text repaired, a count as
    int, an amount in the appendix unit as whole đồng; "" empties a number cell.

    Raises AmbiguousNumberError (with `.candidates`) or CellInputError with a message.
    """
    column = appendix.column(key)
    if column.kind is ColumnKind.TEXT:
        return repair_text(text.strip()).text
    if not text.strip():
        return None
    try:
        number = parse_number(text, convention=convention)
    except AmbiguousNumberError:
        raise
    except NumberParseError as error:
        raise CellInputError(error.message) from error
    return number_to_cell(appendix, key, number)


def number_to_cell(appendix: Appendix, key: str, number: Decimal) -> int:
    """A parsed number as the stored value of a number (count) or money (đồng) cell."""
    column = appendix.column(key)
    shown = format_number(number)
    if number < 0:
        raise CellInputError(f"Số «{shown}» âm: ô này chỉ nhận số không âm.")
    if column.kind is ColumnKind.NUMBER:
        if number != number.to_integral_value():
            raise CellInputError(f"«{shown}» không phải là số nguyên: ô này đếm số lượng.")
        return int(number)
    try:
        amount = to_dong(number, money_unit(appendix.unit))
    except ValueError as error:
        raise CellInputError(str(error)) from error
    if amount > MAX_AMOUNT:
        raise CellInputError(f"Số «{shown}» {appendix.unit} quá lớn.")
    return amount


@dataclass(frozen=True, slots=True)
class PasteProblem:
    """A pasted cell that was not taken: row index, column key, the text and why."""

    row: int
    key: str
    text: str
    message: str


@dataclass(slots=True)
class PastePlan:
    """What a paste would write: `cells` by (row index, key) — rows at or past the current
    row count are new item rows (`new_rows` of them) — and what could not be taken."""

    cells: dict[tuple[int, str], int | str | None] = field(default_factory=dict)
    new_rows: int = 0
    problems: list[PasteProblem] = field(default_factory=list)
    skipped_computed: int = 0
    clipped_columns: int = 0
    ambiguous: list[PasteProblem] = field(default_factory=list)


def _reading(text: str) -> str | None:
    """"vi" or "en" when a number can be read only that way ("1.234,5", "2,500,000"), else
    None (no separator, not a number, ambiguous, or both readings agree)."""
    try:
        value = parse_number(text, convention="vi")
        if parse_number(text, convention="en") != value:
            return None  # both readings valid ("1.500", "1,500"): no evidence
    except NumberParseError:
        return None
    body = "".join(c for c in text if c.isdigit() or c in ".,")
    fits = set()
    for name, group, mark in (("vi", ".", ","), ("en", ",", ".")):
        try:
            reading = Decimal(body.replace(group, "").replace(mark, "."))
        except ArithmeticError:
            continue
        if reading == abs(value):
            fits.add(name)
    return fits.pop() if len(fits) == 1 else None


def guess_convention(grid: list[list[str]]) -> Convention:
    """The convention the numbers of a block were written in, from the numbers that can be
    read only one way ("2,500,000" / "1.234,5" / "1,234.5"); "auto" when there are none or
    both kinds appear."""
    seen = {
        reading
        for row in grid
        for text in row
        if any(c in text for c in ".,") and (reading := _reading(text)) is not None
    }
    return seen.pop() if len(seen) == 1 else "auto"  # type: ignore[return-value]


def plan_paste(
    appendix: Appendix,
    grid: list[list[str]],
    top: int,
    left: int,
    *,
    convention: Convention = "auto",
    allow_new_rows: bool = True,
) -> PastePlan:
    """Place a block with its top-left cell at (row `top`, column index `left`).

    Computed cells and the TT column are skipped (counted); columns past the last are clipped;
    rows past the last become new item rows when `allow_new_rows`. With "auto", the block's
    own unambiguous numbers decide ambiguous ones; those still ambiguous go to `ambiguous`.
    """
    plan = PastePlan()
    if convention == "auto":
        convention = guess_convention(grid)
    columns = appendix.columns
    row_count = len(appendix.rows)
    for dr, cells in enumerate(grid):
        row_index = top + dr
        if row_index >= row_count and not allow_new_rows:
            break
        new_row = row_index >= row_count
        plan.new_rows = max(plan.new_rows, row_index - row_count + 1)
        for dc, text in enumerate(cells):
            col = left + dc
            if col >= len(columns):
                plan.clipped_columns = max(plan.clipped_columns, col - len(columns) + 1)
                continue
            column = columns[col]
            key = column.key
            if new_row:
                editable = column.role is not ColumnRole.TT and (
                    column.kind is ColumnKind.TEXT or column.is_input_value
                )
            else:
                editable = is_editable(appendix, row_index, key)
            if not editable:
                if text.strip():
                    plan.skipped_computed += 1
                continue
            try:
                plan.cells[(row_index, key)] = parse_cell_value(appendix, key, text, convention)
            except AmbiguousNumberError as error:
                plan.ambiguous.append(PasteProblem(row_index, key, text, error.message))
            except CellInputError as error:
                plan.problems.append(PasteProblem(row_index, key, text, error.message))
    return plan


def copy_block(computation: AppendixComputation, rows: list[int], keys: list[str]) -> str:
    """The cells of `rows` (TOTAL_ROW for the total row) × `keys` as TSV with Vietnamese
    numbers in the appendix unit ("9.460", "185,083"), TT as printed."""
    appendix = computation.appendix
    labels = (
        row_labels(appendix) if any(appendix.column(k).role is ColumnRole.TT for k in keys) else []
    )
    block: list[list[str]] = []
    for row_index in rows:
        line: list[str] = []
        for key in keys:
            column = appendix.column(key)
            if column.kind is ColumnKind.TEXT:
                if row_index == TOTAL_ROW:
                    line.append(appendix.total_label if column.role is ColumnRole.NAME else "")
                elif column.role is ColumnRole.TT:
                    line.append(labels[row_index])
                else:
                    line.append(appendix.rows[row_index].texts.get(key, ""))
                continue
            value = computation.value(row_index, key)
            if column.kind is ColumnKind.NUMBER:
                line.append("" if value is None else format_number(value))
            else:
                line.append(format_amount(value, appendix.unit))
        block.append(line)
    return to_tsv(block)
