"""Values of formulas a workbook holds without a cached result.

openpyxl writes formulas but no computed values, so a workbook we exported and nobody opened
in Excel or LibreOffice has none: its subtotals and totals would be lost on import. The
formulas we write are few — `IF`, `COUNT`, `SUM`, `SUBTOTAL` (9/109), `+ -` over numbers, cell
references and ranges of one sheet, `""` — and this module computes exactly those, exactly
(Decimal), from the sheet's own cells, formulas through formulas. Anything else (another
function, another sheet, a cycle) stays without a value, as before: the import then says
which cell holds a formula without a value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.utils import column_index_from_string

MAX_FORMULA = 8_192  # characters: Excel's limit; a longer text is not ours
MAX_RANGE_CELLS = 1_048_576  # a whole column at most
_TOKEN = re.compile(
    r"\s*(?:(?P<range>\$?[A-Z]{1,3}\$?[0-9]{1,7}:\$?[A-Z]{1,3}\$?[0-9]{1,7})"
    r"|(?P<ref>\$?[A-Z]{1,3}\$?[0-9]{1,7})(?![A-Z0-9(])"
    r"|(?P<name>[A-Z][A-Z0-9.]*)\s*\("
    r"|(?P<number>[0-9]+(?:\.[0-9]+)?(?:E[+-]?[0-9]+)?)"
    r'|(?P<text>"(?:[^"]|"")*")'
    r"|(?P<op>[-+,()]))"
)
_CELL = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})")


class Unsupported(Exception):
    """A formula outside the subset: left without a value."""


Value = Decimal | str | None  # a number, a text ("" for the empty text) or an empty cell
Cell = Callable[[int, int], Value]  # the value of the cell at (row, column), 1-based


def _cell(text: str) -> tuple[int, int]:
    match = _CELL.fullmatch(text)
    if match is None:
        raise Unsupported(text)
    return int(match[2]), column_index_from_string(match[1])


def _tokens(formula: str) -> list[tuple[str, str]]:
    found, position = [], 0
    text = formula
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            if text[position:].strip() == "":
                break
            raise Unsupported(formula)
        kind = match.lastgroup or ""
        found.append((kind, match[kind]))
        position = match.end()
    return found


class _Parser:
    """Recursive descent over the tokens; values are computed as they are read."""

    def __init__(self, tokens: list[tuple[str, str]], cell: Cell) -> None:
        self.tokens, self.at, self.cell = tokens, 0, cell

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "")

    def take(self, kind: str, text: str | None = None) -> str:
        found = self.peek()
        if found[0] != kind or (text is not None and found[1] != text):
            raise Unsupported(found)
        self.at += 1
        return found[1]

    def expression(self) -> list[Value]:
        """A sum of terms; a range alone gives its cells (for a function's argument)."""
        values = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            sign = self.take("op")
            right = self.term()
            left_number, right_number = _number(values), _number(right)
            values = [left_number + right_number if sign == "+" else left_number - right_number]
        return values

    def term(self) -> list[Value]:
        kind, text = self.peek()
        if kind == "op" and text in "+-":
            self.take("op")
            number = _number(self.term())
            return [number if text == "+" else -number]
        if kind == "op" and text == "(":
            self.take("op", "(")
            values = self.expression()
            self.take("op", ")")
            return values
        self.at += 1
        if kind == "number":
            return [Decimal(text)]
        if kind == "text":
            return [text[1:-1].replace('""', '"')]
        if kind == "ref":
            return [self.cell(*_cell(text))]
        if kind == "range":
            return self.range(text)
        if kind == "name":
            return [self.function(text)]
        raise Unsupported(text)

    def range(self, text: str) -> list[Value]:
        (top, left), (bottom, right) = (_cell(part) for part in text.split(":"))
        top, bottom = sorted((top, bottom))
        left, right = sorted((left, right))
        if (bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS:
            raise Unsupported(text)
        return [self.cell(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]

    def arguments(self) -> list[list[Value]]:
        found = []
        if self.peek() != ("op", ")"):
            found.append(self.expression())
            while self.peek() == ("op", ","):
                self.take("op", ",")
                found.append(self.expression())
        self.take("op", ")")
        return found

    def function(self, name: str) -> Value:
        arguments = self.arguments()
        values = [value for argument in arguments for value in argument]
        if name == "SUM":
            return sum((v for v in values if isinstance(v, Decimal)), Decimal(0))
        if name == "COUNT":
            return Decimal(sum(isinstance(v, Decimal) for v in values))
        if name == "SUBTOTAL" and arguments and _number(arguments[0]) in (9, 109):
            rest = [v for argument in arguments[1:] for v in argument]
            return sum((v for v in rest if isinstance(v, Decimal)), Decimal(0))
        if name == "IF" and len(arguments) in (2, 3):
            test = _number(arguments[0])
            chosen = arguments[1] if test != 0 else (arguments[2] if len(arguments) == 3 else [])
            return chosen[0] if len(chosen) == 1 else Decimal(0)
        raise Unsupported(name)


def _number(values: list[Value]) -> Decimal:
    if len(values) != 1:
        raise Unsupported(values)
    value = values[0]
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, Decimal):
        return value
    raise Unsupported(value)


def evaluate(formula: str, cell: Cell) -> Value:
    """The value of `formula` ("=IF(COUNT(C5:C9),SUM(C5:C9),"")"); Unsupported if it is
    outside the subset."""
    if not formula.startswith("=") or len(formula) > MAX_FORMULA:
        raise Unsupported(formula)
    parser = _Parser(_tokens(formula[1:]), cell)
    values = parser.expression()
    if parser.peek()[0] != "end" or len(values) != 1:
        raise Unsupported(formula)
    return values[0]


def fill_uncached(
    rows: list[list[Any]], formulas: dict[tuple[int, int], str]
) -> set[tuple[int, int]]:
    """Give each formula cell of `rows` (1-based positions in `formulas`) still without a value
    the value its formula computes; returns the cells so filled. Numbers become Decimal, an
    empty text result stays None (an empty cell, as Excel shows it)."""
    done: dict[tuple[int, int], Value] = {}
    busy: set[tuple[int, int]] = set()
    filled = set()

    def value(row: int, column: int) -> Value:
        key = (row, column)
        if key in done:
            return done[key]
        raw = (
            rows[row - 1][column - 1] if row <= len(rows) and column <= len(rows[row - 1]) else None
        )
        if key not in formulas or raw is not None:
            return _plain(raw)
        if key in busy:  # a cycle
            raise Unsupported(key)
        busy.add(key)
        try:
            found = evaluate(formulas[key], value)
        finally:
            busy.discard(key)
        done[key] = found
        return found

    for key in sorted(formulas):
        row, column = key
        if rows[row - 1][column - 1] is not None:
            continue
        try:
            result = value(row, column)
        except (Unsupported, InvalidOperation, RecursionError):
            continue
        rows[row - 1][column - 1] = None if result == "" else result
        filled.add(key)
    return filled


def _plain(raw: Any) -> Value:
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        return Decimal(repr(raw))
    if isinstance(raw, Decimal):
        return raw
    return str(raw)
