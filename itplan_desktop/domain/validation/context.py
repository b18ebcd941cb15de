"""What every appendix check needs: the computation, the row labels and message parameters."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ...vn.numbers import format_number
from ...vn.outline import to_roman
from ...vn.units import MoneyUnit
from ..appendix import Appendix, Column, ColumnKind, ColumnRole
from ..appendix_engine import TOTAL_ROW, AppendixComputation, total_row_position
from ..appendix_layout import format_amount, row_labels
from ..findings import Location, LocationKind
from ..plan import Plan

NAME_LIMIT = 60


def shown_amount(amount: int, unit: MoneyUnit) -> str:
    """ "9.460 triệu đồng": an amount in đồng as shown in a message, in the given unit."""
    return f"{format_amount(amount, unit)} {unit.label}"


def appendix_number(plan: Plan, appendix: Appendix) -> str:
    """The appendix number as the plan prints it: "I" (roman, the default) or "1"."""
    if plan.appendix_numbering == "roman" and appendix.number > 0:
        return to_roman(appendix.number)
    return str(appendix.number)


def column_title(column: Column) -> str:
    """The header path of a column as one line: "Nhu cầu vốn đầu tư các năm - 2016"."""
    return " - ".join(part for part in column.header if part)


@dataclass
class AppendixView:
    """One appendix of a plan, computed once for all checks."""

    plan: Plan
    appendix: Appendix

    @cached_property
    def computation(self) -> AppendixComputation:
        return AppendixComputation(self.appendix)

    @cached_property
    def labels(self) -> list[str]:
        return row_labels(self.appendix)

    @cached_property
    def number(self) -> str:
        return appendix_number(self.plan, self.appendix)

    def row_label(self, index: int) -> str:
        """The row's number as typed in the document, else as computed."""
        if index < 0:
            return self.total_label(index)
        return self.appendix.rows[index].label or self.labels[index]

    def total_label(self, index: int) -> str:
        """The label of the total row (TOTAL_ROW) or of a total row above it."""
        if index == TOTAL_ROW:
            return self.appendix.total_label
        return self.appendix.total_rows[total_row_position(index)].label

    def stated(self, index: int) -> dict[str, int]:
        """The stated figures of any row: an appendix row, the total row or a total row."""
        if index == TOTAL_ROW:
            return self.appendix.stated_totals
        if index < 0:
            return self.appendix.total_rows[total_row_position(index)].stated
        return self.appendix.rows[index].stated

    def row_name(self, index: int) -> str:
        if index < 0:
            return self.total_label(index)
        row = self.appendix.rows[index]
        names = [
            row.texts.get(c.key, "") for c in self.appendix.columns if c.role is ColumnRole.NAME
        ]
        name = " ".join(" ".join(names).split())
        return name if len(name) <= NAME_LIMIT else name[: NAME_LIMIT - 1] + "…"

    def row_params(self, index: int) -> dict[str, str]:
        return {"appendix": self.number, "row": self.row_label(index), "name": self.row_name(index)}

    def location(self, index: int | None = None, column: str | None = None) -> Location:
        if index is None or index == TOTAL_ROW:
            row = None
        elif index < 0:
            row = self.appendix.total_rows[total_row_position(index)].uuid
        else:
            row = self.appendix.rows[index].uuid
        return Location(LocationKind.APPENDIX, appendix=self.appendix.uuid, row=row, column=column)

    def shown(self, value: int, column: Column) -> str:
        """A cell value for a message: money with its unit, counts as plain numbers."""
        if column.kind is ColumnKind.MONEY:
            return shown_amount(value, self.appendix.unit)
        return format_number(value)
