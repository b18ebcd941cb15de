"""Copy and paste of appendix cells with Excel: tab-separated text, Vietnamese numbers.

Paste: Excel puts a block on the clipboard as rows separated by CRLF, cells by tabs, and cells
holding a tab, newline or quote inside double quotes ("" for a quote). `parse_tsv` reads that;
`plan_paste` turns the block into typed values for each target cell — amounts read in the
appendix's display unit and converted exactly to đồng, counts as whole numbers, texts repaired
(NFC, legacy TCVN3/VNI, PDF "ƣ") — with a message for each cell it cannot take; numbers are
read by `amount_input`, as everywhere.
Nothing is written here: the GUI applies the plan in one undo command.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.amount_input import (
    Ambiguous,
    Convention,
    InputError,
    amount_from_number,
    count_from_number,
    guess_convention,
    read_number,
)
from ..domain.appendix import Appendix, ColumnKind, ColumnRole
from ..domain.appendix_engine import TOTAL_ROW, AppendixComputation, total_row_position
from ..domain.appendix_layout import format_amount, row_labels
from ..vn.numbers import format_number
from ..vn.text_repair import repair_text
from .appendix_editing import is_editable


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
) -> int | str | Ambiguous | None:
    """The value of a typed/pasted text for a cell of column `key`: text repaired, a count as
    int, an amount in the appendix unit as whole đồng; "" empties a number cell; a number with
    two readings comes back as `Ambiguous` for the caller to ask.

    Raises InputError (a UserError) for a text the cell cannot take.
    """
    column = appendix.column(key)
    if column.kind is ColumnKind.TEXT:
        return repair_text(text.strip()).text
    number = read_number(text, convention)
    if number is None or isinstance(number, Ambiguous):
        return number
    return number_to_cell(appendix, key, number)


def number_to_cell(appendix: Appendix, key: str, number: Decimal) -> int:
    """A parsed number as the stored value of a number (count) or money (đồng) cell."""
    column = appendix.column(key)
    if column.kind is ColumnKind.NUMBER:
        return count_from_number(number)
    return amount_from_number(number, appendix.unit)


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
                value = parse_cell_value(appendix, key, text, convention)
            except InputError as error:
                plan.problems.append(PasteProblem(row_index, key, text, error.message))
                continue
            if isinstance(value, Ambiguous):
                plan.ambiguous.append(PasteProblem(row_index, key, text, value.message))
            else:
                plan.cells[(row_index, key)] = value
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
                if row_index < 0:
                    label = (
                        appendix.total_label
                        if row_index == TOTAL_ROW
                        else appendix.total_rows[total_row_position(row_index)].label
                    )
                    line.append(label if column.role is ColumnRole.NAME else "")
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
