"""One appendix as a worksheet, laid out like the printed appendix (docs/format.md, "Appendices").

Rows from the top: "Phụ lục I", the title, "(Kèm theo …)", a short rule, the unit line, the
merged multi-level header, then group and item rows and the total row. Money is written in
the display unit; group, total and MISSING/TOTAL cells are formulas (see `formulas`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...domain.appendix import Appendix, Column, ColumnKind, ColumnRole, RowKind
from ...domain.appendix_engine import TOTAL_ROW, total_row_index
from ...domain.appendix_layout import header_grid, row_labels
from ...domain.plan import Plan
from ...vn.numbers import format_number
from ...vn.units import MoneyUnit, from_dong
from .formulas import FormulaPlan
from .print_setup import apply_print_setup
from .sizing import column_widths, row_height
from .styles import StyleCache, money_decimals, number_format
from .title_block import appendix_heading, attached_to_line, unit_line

HEADER_TOP = 6
"""Sheet row of the first header row (rows 1-5 hold the title block)."""
TEXT_LIMIT = 32_767  # Excel's longest cell text
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_START = ("=", "+", "-", "@")

Tick = Callable[[int], None]
BREAKDOWN_FONT = Font(color="B3261E", bold=True)
BREAKDOWN_FILL = PatternFill(start_color="FDE7E4", end_color="FDE7E4", fill_type="solid")


def safe_text(text: str) -> str:
    """User text as Excel can store it: control characters removed, clipped to Excel's limit."""
    return _ILLEGAL.sub("", text)[:TEXT_LIMIT]


def put_text(ws: Worksheet, row: int, column: int, text: str) -> None:
    """Write user text that stays text even when it starts with =, +, - or @: the cell type is
    forced to string and quotePrefix keeps Excel from reading it as a formula on edit."""
    cell = ws.cell(row=row, column=column)
    cell.value = safe_text(text)
    if cell.value and cell.value.startswith(_FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def shown_value(amount: int, column: Column, unit: MoneyUnit) -> int | Decimal:
    """The value written into a cell: counts as they are; money in the display unit, exactly.

    from_dong is exact; the writer stores it as up to 16 significant digits, more than any
    amount below 10^15 đồng has in any unit, so the file holds the exact decimal and a
    spreadsheet reads it back to the same shortest decimal.
    """
    if column.kind is not ColumnKind.MONEY:
        return amount
    whole, rest = divmod(amount, unit.factor)
    if not rest:
        return whole  # the common case, without Decimal arithmetic
    return from_dong(amount, unit)


class AppendixSheetWriter:
    """Writes one appendix of a plan into an empty worksheet."""

    def __init__(self, ws: Worksheet, plan: Plan, appendix: Appendix, styles: StyleCache) -> None:
        self.ws, self.plan, self.appendix, self.styles = ws, plan, appendix, styles
        self.grid = header_grid(appendix)
        self.first_data_row = HEADER_TOP + max(self.grid.depth, 1)
        self.formulas = FormulaPlan(appendix, self.first_data_row)
        self.width = max(len(appendix.columns), 1)
        self.unit = appendix.unit
        self._prepare_columns()

    def _prepare_columns(self) -> None:
        """Number formats, and widths wide enough for the largest sum a column can show."""
        appendix, unit = self.appendix, self.unit
        shown: dict[str, list[Decimal]] = {c.key: [] for c in appendix.columns}
        for row in appendix.rows:
            for key, amount in row.values.items():
                if key in shown:
                    shown[key].append(Decimal(shown_value(amount, appendix.column(key), unit)))
        sums = {key: sum((abs(v) for v in values), Decimal(0)) for key, values in shown.items()}
        money_sum = sum(
            (sums[c.key] for c in appendix.columns if c.kind is ColumnKind.MONEY), Decimal(0)
        )
        self.formats: dict[str, str] = {}
        longest: dict[str, int] = {}
        # A computed column (row total, missing) adds up the input money columns: it needs as
        # many places as they do (4.543,75 must not show as 4.544).
        addends = [v for c in appendix.columns if c.kind is ColumnKind.MONEY for v in shown[c.key]]
        for column in appendix.columns:
            if column.kind is ColumnKind.TEXT:
                continue
            money = column.kind is ColumnKind.MONEY
            values = addends if money and column.is_computed else shown[column.key]
            decimals = money_decimals(appendix.unit, values, appendix.decimals) if money else 0
            self.formats[column.key] = number_format(decimals)
            top = money_sum if money and column.is_computed else sums[column.key]
            longest[column.key] = len(format_number(top, decimals))
        self.widths = column_widths(appendix, longest)

    # -- writing ------------------------------------------------------------------------

    def write(self, tick: Tick | None = None) -> None:
        """Title block, header, rows, total row, column widths and print setup."""
        self._title_block()
        self._header()
        labels = row_labels(self.appendix)
        for index, row in enumerate(self.appendix.rows):
            self._row(index, labels[index], bold=row.kind is RowKind.GROUP)
            if tick is not None:
                tick(1)
        if self.appendix.has_amounts:
            for position, total in enumerate(self.appendix.total_rows):
                self._row(total_row_index(position), total.label, bold=True)
            self._row(TOTAL_ROW, self.appendix.total_label, bold=True)
            self._breakdown_marks()
        for position, width in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(position)].width = width
        header_rows = (HEADER_TOP, self.first_data_row - 1)
        apply_print_setup(self.ws, self.width, header_rows, self.first_data_row)

    def _breakdown_marks(self) -> None:
        """A breakdown whose parts do not give the column they split shows that cell in red
        (conditional formatting, so it follows the user's edits in Excel)."""
        for cells, formula in self.formulas.breakdown_checks():
            rule = FormulaRule(formula=[formula], font=BREAKDOWN_FONT, fill=BREAKDOWN_FILL)
            self.ws.conditional_formatting.add(cells, rule)

    def _merged_line(self, row: int, text: str, kind: str, factor: float) -> None:
        ws = self.ws
        put_text(ws, row, 1, text)
        self.styles.apply(ws.cell(row=row, column=1), kind)
        if self.width > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.width)
        bold = kind in ("heading", "title")
        ws.row_dimensions[row].height = row_height([(text, sum(self.widths))], factor, bold=bold)

    def _title_block(self) -> None:
        plan, appendix = self.plan, self.appendix
        self._merged_line(1, appendix_heading(plan, appendix), "heading", 1.2)
        self._merged_line(2, appendix.title.upper(), "title", 1.25)
        self._merged_line(3, attached_to_line(plan), "attached", 1.2)
        # a short rule under "(Kèm theo …)": the top border of the middle third of row 4
        third = max(1, self.width // 3)
        start = (self.width - third) // 2 + 1
        for column in range(start, start + third):
            self.styles.apply(self.ws.cell(row=4, column=column), "rule")
        self.ws.row_dimensions[4].height = 6
        put_text(self.ws, 5, 1, unit_line(appendix))
        self.styles.apply(self.ws.cell(row=5, column=1), "unit")
        if self.width > 1:
            self.ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=self.width)

    def _header(self) -> None:
        ws, grid = self.ws, self.grid
        for level in range(grid.depth):
            for column in range(1, self.width + 1):
                self.styles.apply(ws.cell(row=HEADER_TOP + level, column=column), "header")
        needs: dict[int, float] = {}
        spanning: list[tuple[int, int, float]] = []
        for cell in grid.cells:
            row, column = HEADER_TOP + cell.row, 1 + cell.col
            put_text(ws, row, column, cell.text)
            if cell.rowspan > 1 or cell.colspan > 1:
                ws.merge_cells(
                    start_row=row,
                    start_column=column,
                    end_row=row + cell.rowspan - 1,
                    end_column=column + cell.colspan - 1,
                )
            width = sum(self.widths[cell.col : cell.col + cell.colspan])
            height = row_height([(cell.text, width)], bold=True)
            if cell.rowspan == 1:
                needs[cell.row] = max(needs.get(cell.row, 0.0), height)
            else:
                spanning.append((cell.row, cell.rowspan, height))
        for level in range(grid.depth):
            needs.setdefault(level, row_height([]))
        for top, span, height in spanning:
            have = sum(needs[level] for level in range(top, top + span))
            if height > have:
                needs[top + span - 1] += height - have
        for level, height in needs.items():
            ws.row_dimensions[HEADER_TOP + level].height = height

    def _row(self, index: int, label: str, *, bold: bool) -> None:
        ws, appendix, styles = self.ws, self.appendix, self.styles
        sheet_row = self.formulas.sheet_row(index)
        formulas = self.formulas.row_formulas(index)
        is_total = index < 0  # the total row or a total row above it
        row = None if is_total else appendix.rows[index]
        label_key = self._total_label_key() if is_total else None
        wrapped: list[tuple[str, float]] = []
        for position, column in enumerate(appendix.columns, start=1):
            cell = ws.cell(row=sheet_row, column=position)
            if column.kind is ColumnKind.TEXT:
                if is_total:
                    text = label if column.key == label_key else ""
                elif column.role is ColumnRole.TT:
                    text = label
                else:
                    text = row.texts.get(column.key, "") if row is not None else ""
                if text:
                    put_text(ws, sheet_row, position, text)
                    wrapped.append((text, self.widths[position - 1]))
                centred = column.role is ColumnRole.TT or (is_total and text)
                styles.apply(cell, "text_center" if centred else "text", bold=bold)
                continue
            formula = formulas.get(column.key)
            if formula is not None:
                cell.value = formula
            elif row is not None and row.kind is RowKind.ITEM and column.key in row.values:
                cell.value = shown_value(row.values[column.key], column, self.unit)
            styles.apply(cell, "number", bold=bold, fmt=self.formats[column.key])
        ws.row_dimensions[sheet_row].height = row_height(wrapped, bold=bold)

    def _total_label_key(self) -> str | None:
        """The column that shows "Tổng cộng": the name column, else the first text column."""
        text_columns = [c for c in self.appendix.columns if c.kind is ColumnKind.TEXT]
        for column in text_columns:
            if column.role is ColumnRole.NAME:
                return column.key
        return text_columns[0].key if text_columns else None


def write_appendix_sheet(
    ws: Worksheet, plan: Plan, appendix: Appendix, styles: StyleCache, tick: Tick | None = None
) -> None:
    """Write `appendix` of `plan` into the empty worksheet `ws`."""
    AppendixSheetWriter(ws, plan, appendix, styles).write(tick)
