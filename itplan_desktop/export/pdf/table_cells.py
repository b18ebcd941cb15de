"""The printed text of every cell of an appendix table, taken from the appendix engine.

Nothing is added up here: item, group and total values all come from `AppendixComputation`,
formatted by `format_amount` / `format_number`. Formatting goes through a cache per table,
because the same amounts recur (500, 1.200 …) and the locale formatter is slow.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ...domain.appendix import Appendix, ColumnKind, ColumnRole, RowKind
from ...domain.appendix_engine import TOTAL_ROW, AppendixComputation
from ...domain.appendix_layout import format_amount, row_labels
from ...vn.numbers import format_number

ALIGN_LEFT, ALIGN_CENTRE, ALIGN_RIGHT = "L", "C", "R"


@dataclass(slots=True)
class RowCells:
    """The texts of one printed row; `span` > 1 merges the first `span` cells into one."""

    texts: list[str]
    bold: bool
    kind: str  # "item", "group" or "total"
    span: int = 1


def column_alignments(appendix: Appendix) -> list[str]:
    """TT centred, numbers and money right-aligned, other text left-aligned."""
    aligns = []
    for column in appendix.columns:
        if column.role is ColumnRole.TT:
            aligns.append(ALIGN_CENTRE)
        elif column.kind is ColumnKind.TEXT:
            aligns.append(ALIGN_LEFT)
        else:
            aligns.append(ALIGN_RIGHT)
    return aligns


def nfc(text: str) -> str:
    """Text as stored should already be NFC; printing makes sure (search and copy rely on it)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


class _Formatter:
    """Memoised Vietnamese formatting of the values of one table."""

    def __init__(self, unit: str) -> None:
        self._unit = unit
        self._money: dict[int, str] = {}
        self._numbers: dict[int, str] = {}

    def money(self, value: int | None) -> str:
        if value is None:
            return ""
        text = self._money.get(value)
        if text is None:
            text = self._money[value] = format_amount(value, self._unit)
        return text

    def number(self, value: int | None) -> str:
        if value is None:
            return ""
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = format_number(value)
        return text


def table_rows(appendix: Appendix, computation: AppendixComputation) -> list[RowCells]:
    """Every body row (items and groups, in order) and the total row last."""
    formatter = _Formatter(appendix.unit)
    labels = row_labels(appendix)
    columns = appendix.columns
    getters = []
    for column in columns:
        if column.kind is ColumnKind.MONEY:
            getters.append(formatter.money)
        elif column.kind is ColumnKind.NUMBER:
            getters.append(formatter.number)
        else:
            getters.append(None)
    rows: list[RowCells] = []
    value = computation.value
    for index, row in enumerate(appendix.rows):
        texts = []
        for column, fmt in zip(columns, getters, strict=True):
            if fmt is not None:
                texts.append(fmt(value(index, column.key)))
            elif column.role is ColumnRole.TT:
                texts.append(labels[index])
            else:
                texts.append(nfc(row.texts.get(column.key, "")))
        group = row.kind is RowKind.GROUP
        rows.append(RowCells(texts, bold=group, kind="group" if group else "item"))
    rows.append(_total_row(appendix, computation, getters))
    return rows


def _total_row(appendix: Appendix, computation: AppendixComputation, getters: list) -> RowCells:
    """The total row: its label over the leading text columns, then the engine's totals."""
    columns = appendix.columns
    span = 0
    while span < len(columns) and columns[span].kind is ColumnKind.TEXT:
        span += 1
    texts = []
    for index, (column, fmt) in enumerate(zip(columns, getters, strict=True)):
        if fmt is not None:
            texts.append(fmt(computation.value(TOTAL_ROW, column.key)))
        else:
            texts.append(nfc(appendix.total_label) if index == 0 else "")
    return RowCells(texts, bold=True, kind="total", span=max(span, 1))
