"""Appendices (Phụ lục): the tables that are printed, signed and checked.

One data-driven model covers every shape of docs/design.md. Columns say what they hold and where
their header sits in a multi-level header (`header` is the path from the top header row down).
Rows are a flat ordered list of group rows and item rows; an item belongs to the nearest group
above it of lower level. Amounts are whole đồng (int); the display unit is only a view.

Computed cells (row totals, group subtotals, the total row) are never stored. What a person
typed in such a cell is kept separately as a *stated* figure for the validator to check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..vn.units import DEFAULT_UNIT, MoneyUnit
from .column_parts import PartSpec, part_of_column
from .ids import new_uuid


class ColumnKind(StrEnum):
    """What a column holds."""

    TEXT = "text"  # free text: name, objective, lead unit …
    NUMBER = "number"  # a count that is summed, e.g. number of staff (số CBCC)
    MONEY = "money"  # an amount in đồng


class ColumnRole(StrEnum):
    """The meaning of a column; for money it decides what the engine computes."""

    # text roles
    TT = "tt"  # row number (số thứ tự)
    NAME = "name"
    OBJECTIVE = "objective"
    LEAD_UNIT = "lead_unit"
    PARTNER_UNIT = "partner_unit"
    FIELD = "field"  # lĩnh vực: Hạ tầng, Phần mềm, ATTT, Đào tạo …
    SCALE = "scale"
    SCOPE = "scope"
    TIME = "time"
    SOURCE = "source"  # funding source as text
    NOTE = "note"
    TEXT = "text"  # any other text
    # number roles
    STAFF = "staff"
    QUANTITY = "quantity"
    RATE = "rate"  # input, never added up: unit price, a percentage (also on money)
    # money roles
    YEAR = "year"  # input: amount of one year (optionally of one funding source)
    AMOUNT = "amount"  # input: amount not tied to a year column (year comes from the group)
    ALLOCATED = "allocated"  # input: already allocated (đã phân bổ)
    MISSING = "missing"  # computed: still missing (vốn còn thiếu) = sum of year/amount columns
    TOTAL = "total"  # computed: allocated + sum of year/amount columns (of `source` if set)
    BREAKDOWN = "breakdown"  # input: a part of column `part_of` split another way, not summed


@dataclass(frozen=True, slots=True)
class Column:
    """One column of an appendix.

    `header` lists the header cells from top to bottom, e.g. ("Nhu cầu vốn đầu tư các năm",
    "2011", "Vốn ĐTPT"); equal neighbouring prefixes merge into one cell when printed.
    `source` is a funding-source key for money columns split by source. `width` is a
    relative width hint used by the printers. A BREAKDOWN column is a part of the column
    keyed `part_of` split another way (by source, by period): the parts sharing `part_of` and
    `split` (the name of that split, e.g. "nguồn") must add up to it; they are shown and summed
    down the groups but never counted in a row total. `part` (`column_parts`) says what the
    engine, the validator, the editor and the printers do with the column.
    """

    key: str
    kind: ColumnKind
    role: ColumnRole
    header: tuple[str, ...]
    year: int | None = None
    source: str | None = None
    width: float = 1.0
    part_of: str | None = None
    split: str | None = None

    @property
    def part(self) -> PartSpec:
        """What the column is to the engine and the printers (`column_parts.part_of_column`)."""
        return part_of_column(self.kind, self.role)

    @property
    def is_computed(self) -> bool:
        return self.part.computed

    @property
    def is_input_value(self) -> bool:
        """Money or number cells a person types on an item row."""
        return self.part.input

    @property
    def is_summed(self) -> bool:
        """Whether group rows and total rows add the column up."""
        return self.part.summed


class RowKind(StrEnum):
    GROUP = "group"  # "I. Ngân sách cấp tỉnh", "Năm 2021": carries subtotals
    ITEM = "item"


class AppendixRole(StrEnum):
    """Whether an appendix's money counts in the plan's budget or details another appendix."""

    BUDGET = "budget"
    DETAIL = "detail"  # e.g. per-unit allocation that breaks down a row of another appendix


@dataclass(slots=True)
class AppendixRow:
    """A group row or an item row.

    `level` is the nesting depth of a group (1 = top) or the depth of an item (1 = numbered
    item, 2 = "-" sub-item). `label` is the number as typed in a source document ("I", "1"),
    kept for checking; printing uses the computed numbering. `values` holds input cells
    (money in đồng, numbers as int) by column key; `stated` holds what was typed in computed
    cells. A group may carry a `year` ("Năm 2021") and a funding `source` ("sn.tinh").
    """

    kind: RowKind
    texts: dict[str, str] = field(default_factory=dict)
    values: dict[str, int] = field(default_factory=dict)
    stated: dict[str, int] = field(default_factory=dict)
    level: int = 1
    label: str = ""
    year: int | None = None
    source: str | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass(slots=True)
class TotalRow:
    """A total row above "Tổng cộng" (`Appendix.total_label`): the sum of the item cells whose
    effective funding source lies within `source` ("Tổng vốn ĐTPT": "dtpt") and whose
    effective year is `year` (a per-year total across sources), either or both. Computed
    columns add up the row's own filtered inputs. `stated` keeps what a document printed.
    """

    label: str
    source: str | None = None
    year: int | None = None
    stated: dict[str, int] = field(default_factory=dict)
    uuid: str = field(default_factory=new_uuid)


MAX_DECIMALS = 6
"""The most decimals an appendix may choose to show (the plan format's limit too)."""


@dataclass(slots=True)
class Appendix:
    """One Phụ lục: layout, rows, unit and the stated figures of its total row.

    `unit` is the display unit (triệu đồng, tỷ đồng …); switching it changes no value.
    `decimals` is how many decimals amounts show (None: the unit's rule, three in tỷ đồng, else
    as many as a value needs); a document that writes "6,4" tỷ đồng has 1. Display only.
    `funding_source` tags every amount of the appendix unless a group or column says otherwise.
    `total_rows` are printed in order above the total row (per source, per year).
    A DETAIL appendix may name in `detail_of` the row (of another appendix) it breaks down, so
    that its totals can be checked against that row.
    """

    title: str
    columns: list[Column]
    rows: list[AppendixRow] = field(default_factory=list)
    number: int = 1
    unit: MoneyUnit = DEFAULT_UNIT
    decimals: int | None = None
    funding_source: str | None = None
    role: AppendixRole = AppendixRole.BUDGET
    orientation: str = "landscape"
    group_styles: tuple[str, ...] = ("roman", "arabic")
    item_styles: tuple[str, ...] = ("arabic", "dash")
    item_numbering: str = "continue"  # or "restart" in each group
    total_label: str = "Tổng cộng"
    stated_totals: dict[str, int] = field(default_factory=dict)
    total_rows: list[TotalRow] = field(default_factory=list)
    signature: bool = False
    template: str | None = None
    detail_of: str | None = None
    uuid: str = field(default_factory=new_uuid)

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def has_amounts(self) -> bool:
        """Whether a column holds money or counts; a text-only table has no total row and no
        "Đơn vị tính" line when printed."""
        return any(c.kind is not ColumnKind.TEXT for c in self.columns)

    @property
    def year_columns(self) -> list[Column]:
        return [c for c in self.columns if c.kind is ColumnKind.MONEY and c.role is ColumnRole.YEAR]
