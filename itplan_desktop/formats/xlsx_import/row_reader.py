"""Turning the data rows of a sheet into appendix rows.

A row is the total row when its TT or name says "Tổng cộng"/"Tổng số"/"Cộng"; a group row
when its TT is a Roman numeral ("I", "II") or a capital letter, when its name is "Năm 2021",
or when it has a name but no TT and is bold or carries amounts right above numbered items;
else an item ("-", "+", "1.1", "a)" make a sub-item). Figures in computed places (group
rows, the total row, TOTAL/MISSING columns of items) are kept as *stated* figures for the
validator; input figures become values. Reading stops at the first empty row (or `last_row`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter

from ...domain.amount_input import InputError, amount_from_number, count_from_number
from ...domain.appendix import AppendixRow, Column, ColumnKind, ColumnRole, RowKind
from ...domain.funding import is_valid_source
from ...vn.collation import fold
from ...vn.outline import from_roman
from ...vn.units import MoneyUnit
from .cell_values import AmbiguousNumber, CellProblem, Convention, read_number
from .header_detection import cell_text
from .text_cleaning import TextCleaner
from .workbook_reader import SheetData

_TOTAL_WORDS = {"tong cong", "tong so", "cong", "tong", "tong cong toan tinh", "tong kinh phi"}
_ROMAN = re.compile(r"^[IVXLC]+$")
_LETTER = re.compile(r"^[A-Z]$")
_YEAR_GROUP = re.compile(r"^nam\s+((?:19|20)\d\d)\b")
_SUB_ITEM = re.compile(r"^(?:[-+*•–]|\d+\.\d+(?:\.\d+)*|[a-zđ][).])$")
_NUMBERING = re.compile(r"^\(?\d+\)?(?:\s*[=+\-*x]\s*\(?\d+\)?)*$")
_LEVELS = (
    ("ngan sach cap tinh", "tinh"),
    ("ngan sach tinh", "tinh"),
    ("cap tinh", "tinh"),
    ("ngan sach cap huyen", "huyen"),
    ("ngan sach huyen", "huyen"),
    ("cap huyen", "huyen"),
    ("ngan sach cap xa", "xa"),
    ("cap xa", "xa"),
    ("trung uong", "tw"),
)
FLOAT_TOLERANCE = Decimal("0.01")  # đồng: binary rounding noise of a spreadsheet's sums


def _is_roman(label: str) -> bool:
    if not _ROMAN.match(label.upper()):
        return False
    try:
        from_roman(label)
    except ValueError:
        return False
    return True


@dataclass
class ReadRows:
    """What the data rows gave: rows, their sheet rows, the typed total row, and problems."""

    rows: list[AppendixRow] = field(default_factory=list)
    sheet_rows: list[int] = field(default_factory=list)
    stated_totals: dict[str, int] = field(default_factory=dict)
    total_row: int | None = None
    last_row: int | None = None
    problems: list[CellProblem] = field(default_factory=list)
    ambiguous: list[AmbiguousNumber] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)


@dataclass
class RowReader:
    """Reads rows `first`..`last` of `sheet` for the mapped `columns` (sheet column, Column)."""

    sheet: SheetData
    columns: list[tuple[int, Column]]
    unit: MoneyUnit
    cleaner: TextCleaner
    convention: Convention = "auto"
    funding_kind: str | None = None
    result: ReadRows = field(default_factory=ReadRows)

    def __post_init__(self) -> None:
        self._tt = next((c for c, col in self.columns if col.role is ColumnRole.TT), None)
        self._name = next((c for c, col in self.columns if col.role is ColumnRole.NAME), None)
        self._text = [(c, col) for c, col in self.columns if col.kind is ColumnKind.TEXT]
        self._numbers = [(c, col) for c, col in self.columns if col.kind is not ColumnKind.TEXT]
        self._letter_groups = False
        self._open_group_level = 0
        self._summed_styles: dict[str, int] = {}  # label style of summing groups -> level
        self._group_index = -1  # position in result.rows of the open group

    # -- one row ----------------------------------------------------------------------

    def _texts(self, number: int) -> dict[int, str]:
        found = {}
        for column, _col in self._text:
            text = cell_text(self.sheet.value(number, column))
            raw = self.sheet.value(number, column)
            if isinstance(raw, str):
                text = self.cleaner.clean(raw)
            if text:
                found[column] = text
        return found

    def _has_amounts(self, number: int) -> bool:
        return any(self.sheet.value(number, c) not in (None, "") for c, _col in self._numbers)

    def _is_numbering_row(self, number: int, texts: dict[int, str]) -> bool:
        """The row of column numbers under a header: (1) (2) (3) … or 1 2 3 …"""
        values = [cell_text(v) for v in self.sheet.rows[number - 1] if cell_text(v)]
        if len(values) < 3 or not all(_NUMBERING.match(v) for v in values):
            return False
        return self._name is None or _NUMBERING.match(texts.get(self._name, "1")) is not None

    def _is_total(self, texts: dict[int, str]) -> bool:
        candidates = [texts.get(c, "") for c in (self._tt, self._name) if c is not None]
        candidates += list(texts.values())[:2]
        return any(fold(t).rstrip(" .:") in _TOTAL_WORDS for t in candidates if t)

    def _next_has_label(self, number: int) -> bool:
        for following in range(number + 1, min(number + 4, len(self.sheet.rows) + 1)):
            if self._tt is None:
                return False
            label = cell_text(self.sheet.value(following, self._tt))
            if label:
                return not _is_roman(label.rstrip("."))
        return False

    def _group(self, number: int, tt: str, name: str, amounts: bool) -> AppendixRow | None:
        label = tt.rstrip(".").strip()
        year_match = _YEAR_GROUP.match(fold(name))
        level: int | None = None
        if label and _is_roman(label) and not self._is_letter(label):
            level = 2 if self._letter_groups else 1
        elif label and _LETTER.match(label):
            self._letter_groups = True
            level = 1
        elif not label and year_match:
            level = 1
        elif not label and name:
            bold = self.sheet.bold[number - 1]
            if bold or (amounts and self._next_has_label(number)):
                # right under a group heading it is a sub-group; after rows of the open
                # group, the next group beside it
                under_heading = self._group_index == len(self.result.rows) - 1
                nested = self._open_group_level > 0 and under_heading
                level = self._open_group_level + 1 if nested else max(self._open_group_level, 1)
        elif label and self._sums_input_cells(number):
            level = self._summing_group_level(label)
        if level is None:
            return None
        self._open_group_level = level
        self._group_index = len(self.result.rows)  # where the group will stand
        row = AppendixRow(RowKind.GROUP, level=level, label=label)
        row.year = int(year_match.group(1)) if year_match else None
        row.source = self._group_source(name)
        return row

    def _sums_input_cells(self, number: int) -> bool:
        """Whether the row's input places (the years' amounts, which an item types) hold
        formulas: a subtotal row whatever its TT says ("1", "a"), as our own export writes
        groups numbered in Arabic figures or letters."""
        return any(
            (number, column) in self.sheet.formulas
            for column, col in self._numbers
            if col.is_input_value
        )

    def _summing_group_level(self, label: str) -> int:
        """A summing group's level by the style of its label: the level of the groups seen
        with this style, else one below the open group (I. › 1. › a.)."""
        style = "arabic" if label.isdigit() else "alpha" if label.isalpha() else "other"
        if style not in self._summed_styles:
            self._summed_styles[style] = self._open_group_level + 1
        return self._summed_styles[style]

    def _is_letter(self, label: str) -> bool:
        return self._letter_groups and len(label) == 1 and label in "CDLM"

    def _group_source(self, name: str) -> str | None:
        if self.funding_kind is None:
            return None
        key = fold(name)
        for words, level in _LEVELS:
            if words in key:
                source = f"{self.funding_kind}.{level}"
                return source if is_valid_source(source) else None
        return None

    @staticmethod
    def _item(tt: str) -> AppendixRow:
        label = tt.strip()
        level = 2 if _SUB_ITEM.match(label) else 1
        return AppendixRow(RowKind.ITEM, level=level, label=label.rstrip(".") or label)

    def _amount(self, number: int, column: int, col: Column, *, is_input: bool) -> int | None:
        ref = f"{get_column_letter(column)}{number}"
        raw = self.sheet.value(number, column)
        if raw is None and (number, column) in self.sheet.formulas:
            if is_input:
                self.result.problems.append(CellProblem(ref, "xlsx.cell.formula_without_value"))
            return None
        read = read_number(raw, ref, self.convention)
        if read.problem is not None:
            self.result.problems.append(read.problem)
            if read.ambiguous is not None:
                self.result.ambiguous.append(read.ambiguous)
            return None
        if read.value is None:
            return None
        try:
            if col.kind is ColumnKind.NUMBER:
                return count_from_number(read.value)
            return self._to_dong(read.value, raw)
        except InputError as error:
            if error.key == "input.not_whole_count":
                problem = CellProblem(ref, "xlsx.cell.not_whole", {"text": cell_text(raw)})
            elif error.key == "unit.not_whole_dong":
                values = {"text": cell_text(raw), "unit": self.unit.label}
                problem = CellProblem(ref, "xlsx.cell.fraction_of_dong", values)
            else:
                problem = CellProblem(ref, "xlsx.cell.input", {"detail": error.text})
            self.result.problems.append(problem)
            return None

    def _to_dong(self, value: Decimal, raw: Any) -> int:
        """An amount through the one parser's rules; a float a hair off whole đồng (Excel's
        binary arithmetic) is taken as the nearest đồng."""
        if isinstance(raw, float):
            exact = value * self.unit.factor
            nearest = exact.to_integral_value()
            if exact != nearest and abs(exact - nearest) <= FLOAT_TOLERANCE:
                return amount_from_number(nearest, MoneyUnit.DONG)
        return amount_from_number(value, self.unit)

    def _fill(self, row: AppendixRow | None, number: int, texts: dict[int, str]) -> None:
        """Texts and figures of an item or group row, or (row None) of the total row."""
        stated = self.result.stated_totals if row is None else row.stated
        if row is not None:
            for column, col in self._text:
                if col.role is not ColumnRole.TT and column in texts:
                    row.texts[col.key] = texts[column]
        for column, col in self._numbers:
            item_input = row is not None and row.kind is RowKind.ITEM and col.is_input_value
            amount = self._amount(number, column, col, is_input=item_input)
            if amount is None:
                continue
            if item_input:
                row.values[col.key] = amount  # type: ignore[union-attr]
            elif row is None or row.kind is RowKind.GROUP or col.is_computed:
                stated[col.key] = amount

    # -- all rows ---------------------------------------------------------------------

    def read(self, first: int, last: int | None) -> ReadRows:
        result = self.result
        end = len(self.sheet.rows) if last is None else min(last, len(self.sheet.rows))
        for number in range(first, end + 1):
            texts = self._texts(number)
            amounts = self._has_amounts(number)
            if not texts and not amounts:
                if last is None and result.rows:
                    break
                continue
            tt = texts.get(self._tt, "") if self._tt is not None else ""
            if result.total_row is not None and not tt and not amounts and last is None:
                break
            if self._is_numbering_row(number, texts):
                result.skipped.append(number)
                continue
            if self._is_total(texts) and not (tt and tt[0].isdigit()):
                if result.total_row is None:
                    result.total_row = number
                    self._fill(None, number, texts)
                else:
                    result.problems.append(
                        CellProblem(f"A{number}", "xlsx.cell.second_total", {"row": number})
                    )
                result.last_row = number
                continue
            name = texts.get(self._name, "") if self._name is not None else ""
            row = self._group(number, tt, name, amounts) or self._item(tt)
            self._fill(row, number, texts)
            result.rows.append(row)
            result.sheet_rows.append(number)
            result.last_row = number
        return result
