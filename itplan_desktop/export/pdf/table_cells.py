"""The printed text of every cell of an appendix table, taken from the appendix engine.

Nothing is added up here: item, group and total values all come from `AppendixComputation`,
formatted by `format_amount` / `format_number`. Formatting goes through a cache per table,
because the same amounts recur (500, 1.200 …) and the locale formatter is slow.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat

from ...domain.appendix import Appendix, Column, ColumnKind, ColumnRole, RowKind
from ...domain.appendix_engine import TOTAL_ROW, AppendixComputation, total_row_index
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


_CONTROLS = {code: None for code in range(32) if code not in (9, 10)} | {9: " ", 0x7F: None}


def clean_text(text: str) -> str:
    """User text as printed: NFC (search and copy rely on it), line breaks as "\n", tabs as
    spaces, other control characters dropped. Nothing else changes: "<&>" stays literal."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)
    return text


class _Formatted(dict):
    """Memoised Vietnamese text of the values of one kind in one table ("" for empty)."""

    def __init__(self, format_value: Callable[[int], str]) -> None:
        super().__init__()
        self._format = format_value

    def __missing__(self, value: int | None) -> str:
        text = self[value] = "" if value is None else self._format(value)
        return text


def _formatters(appendix: Appendix) -> dict[ColumnKind, _Formatted]:
    unit, decimals = appendix.unit, appendix.decimals
    return {
        ColumnKind.MONEY: _Formatted(lambda amount: format_amount(amount, unit, decimals)),
        ColumnKind.NUMBER: _Formatted(format_number),
    }


def _column_texts(
    appendix: Appendix,
    computation: AppendixComputation,
    column: Column,
    labels: list[str],
    formatted: dict[ColumnKind, _Formatted],
) -> list[str]:
    count = len(appendix.rows)
    if column.kind in formatted:
        values = map(computation.value, range(count), repeat(column.key, count))
        return list(map(formatted[column.kind].__getitem__, values))
    if column.role is ColumnRole.TT:
        return labels
    key = column.key
    return [clean_text(row.texts.get(key, "")) for row in appendix.rows]


def table_rows(appendix: Appendix, computation: AppendixComputation) -> list[RowCells]:
    """Every body row (items and groups, in order), the total rows above the total (per
    source, per year) and the total row last. Built column by
    column so that the per-cell work is mostly `map` over the engine's values."""
    formatted = _formatters(appendix)
    labels = row_labels(appendix)
    columns = [
        _column_texts(appendix, computation, column, labels, formatted)
        for column in appendix.columns
    ]
    rows = [
        RowCells(list(texts), bold=row.kind is RowKind.GROUP, kind=row.kind.value)
        for texts, row in zip(zip(*columns, strict=True), appendix.rows, strict=True)
    ]
    if appendix.has_amounts:
        for position, total in enumerate(appendix.total_rows):
            index = total_row_index(position)
            rows.append(_total_row(appendix, computation, formatted, index, total.label))
        rows.append(_total_row(appendix, computation, formatted, TOTAL_ROW, appendix.total_label))
    return rows


def _total_row(
    appendix: Appendix,
    computation: AppendixComputation,
    formatted: dict[ColumnKind, _Formatted],
    index: int,
    label: str,
) -> RowCells:
    """A total row (TOTAL_ROW, or one of the total rows above it): its label over the leading
    text columns, then the engine's figures."""
    columns = appendix.columns
    span = 0
    while span < len(columns) and columns[span].kind is ColumnKind.TEXT:
        span += 1
    texts = []
    for position, column in enumerate(columns):
        if column.kind in formatted:
            texts.append(formatted[column.kind][computation.value(index, column.key)])
        else:
            texts.append(clean_text(label) if position == 0 else "")
    return RowCells(texts, bold=True, kind="total", span=max(span, 1))
