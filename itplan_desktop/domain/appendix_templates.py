"""Ready-made appendix layouts for the shapes of the reference plans (docs/design.md).

A template is data: a list of column specifications, where a `Column` stands for itself and
`YearColumns` / `SourceTotals` expand into one column per plan year (and funding source) when
the appendix is built. A user-made layout is any `Column` list given to `Appendix`, or an
`AppendixTemplate` of their own built with `template.build(years)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .appendix import (
    Appendix,
    AppendixRole,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    RowKind,
)
from .funding import SHORT_LABELS, source_label

DEFAULT_SOURCES: tuple[str, ...] = ("dtpt", "sn")


@dataclass(frozen=True, slots=True)
class YearColumns:
    """One money column per plan year under `header` (e.g. "Nhu cầu vốn đầu tư các năm");
    with `by_source`, one per year and funding source: header > "2011" > "Vốn ĐTPT"."""

    header: tuple[str, ...]
    by_source: bool = False
    width: float = 0.8


@dataclass(frozen=True, slots=True)
class SourceTotals:
    """A TOTAL column per funding source under `header`, then a grand total `grand_label`."""

    header: tuple[str, ...]
    grand_label: str = "Tổng số"
    width: float = 0.9


ColumnSpec = Column | YearColumns | SourceTotals


def source_short_label(source: str) -> str:
    """Header text of a funding source column: "Vốn ĐTPT", "Vốn SN", else the full label."""
    return SHORT_LABELS.get(source) or source_label(source)


def source_key_part(source: str) -> str:
    """A funding source key as used inside column keys: "sn.tinh" -> "sn_tinh"."""
    return source.replace(".", "_")


def _expand(spec: ColumnSpec, years: list[int], sources: tuple[str, ...]) -> list[Column]:
    money = ColumnKind.MONEY
    if isinstance(spec, Column):
        return [spec]
    if isinstance(spec, YearColumns):
        if not spec.by_source:
            return [
                Column(f"y{y}", money, ColumnRole.YEAR, (*spec.header, str(y)), y, None, spec.width)
                for y in years
            ]
        return [
            Column(
                f"y{y}_{source_key_part(s)}",
                money,
                ColumnRole.YEAR,
                (*spec.header, str(y), source_short_label(s)),
                y,
                s,
                spec.width,
            )
            for y in years
            for s in sources
        ]
    per_source = [
        Column(
            f"total_{source_key_part(s)}",
            money,
            ColumnRole.TOTAL,
            (*spec.header, source_short_label(s)),
            None,
            s,
            spec.width,
        )
        for s in sources
    ]
    grand = Column("total", money, ColumnRole.TOTAL, (*spec.header, spec.grand_label))
    return [*per_source, grand]


@dataclass(frozen=True, slots=True)
class AppendixTemplate:
    """A named appendix layout; `year_groups` pre-creates a group row "Năm 2021" per year."""

    name: str
    label: str
    title: str
    columns: tuple[ColumnSpec, ...]
    funding_source: str | None = None
    role: AppendixRole = AppendixRole.BUDGET
    group_styles: tuple[str, ...] = ("roman", "arabic")
    item_styles: tuple[str, ...] = ("arabic", "dash")
    item_numbering: str = "continue"
    year_groups: bool = False

    def build(
        self,
        years: Iterable[int],
        *,
        sources: tuple[str, ...] = DEFAULT_SOURCES,
        title: str | None = None,
    ) -> Appendix:
        """A new, empty appendix of this layout for the given plan years."""
        year_list = list(years)
        columns = [c for spec in self.columns for c in _expand(spec, year_list, sources)]
        rows = []
        if self.year_groups:
            rows = [
                AppendixRow(RowKind.GROUP, texts={"name": f"Năm {y}"}, level=1, year=y)
                for y in year_list
            ]
        return Appendix(
            title=title if title is not None else self.title,
            columns=columns,
            rows=rows,
            funding_source=self.funding_source,
            role=self.role,
            group_styles=self.group_styles,
            item_styles=self.item_styles,
            item_numbering=self.item_numbering,
            template=self.name,
        )


def text_column(key: str, role: ColumnRole, title: str, width: float = 1.0) -> Column:
    """A text column with a one-level header."""
    return Column(key, ColumnKind.TEXT, role, (title,), width=width)


def money_column(key: str, role: ColumnRole, header: tuple[str, ...], width: float = 0.9) -> Column:
    """A money column that is not tied to a year (total, allocated, missing, amount)."""
    return Column(key, ColumnKind.MONEY, role, header, width=width)


TT = text_column("tt", ColumnRole.TT, "TT", 0.4)
NOTE = text_column("note", ColumnRole.NOTE, "Ghi chú", 1.2)
_NEED = ("Nhu cầu vốn đầu tư các năm",)
_REQUIRED = "Yêu cầu vốn"

INVESTMENT_PROJECTS = AppendixTemplate(
    name="investment_projects",
    label="Dự án đầu tư (tổng mức, đã phân bổ, còn thiếu, các năm)",
    title="DANH SÁCH CÁC DỰ ÁN ỨNG DỤNG CNTT SỬ DỤNG NGUỒN VỐN ĐẦU TƯ PHÁT TRIỂN",
    columns=(
        TT,
        text_column("name", ColumnRole.NAME, "Tên dự án", 2.5),
        text_column("objective", ColumnRole.OBJECTIVE, "Mục tiêu dự án", 3.0),
        text_column("lead_unit", ColumnRole.LEAD_UNIT, "Đơn vị thực hiện", 1.3),
        money_column("total", ColumnRole.TOTAL, (_REQUIRED, "Tổng mức đầu tư")),
        money_column("allocated", ColumnRole.ALLOCATED, (_REQUIRED, "Đã phân bổ")),
        money_column("missing", ColumnRole.MISSING, (_REQUIRED, "Vốn còn thiếu")),
        YearColumns(_NEED),
        NOTE,
    ),
    funding_source="dtpt",
)

INVESTMENT_SIMPLE = AppendixTemplate(
    name="investment_simple",
    label="Dự án đầu tư (tổng mức = cộng các năm)",
    title="DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN ỨNG DỤNG CNTT DỰ KIẾN TRIỂN KHAI",
    columns=(
        TT,
        text_column("name", ColumnRole.NAME, "Tên dự án", 2.5),
        text_column("objective", ColumnRole.OBJECTIVE, "Mục tiêu dự án", 3.0),
        text_column("source", ColumnRole.SOURCE, "Nguồn vốn đầu tư", 1.5),
        money_column("total", ColumnRole.TOTAL, (*_NEED, "Tổng mức đầu tư")),
        YearColumns(_NEED),
    ),
    funding_source="dtpt",
)

RECURRING_TASKS = AppendixTemplate(
    name="recurring_tasks",
    label="Nhiệm vụ chi thường xuyên (nhóm theo cấp ngân sách)",
    title="DANH SÁCH CÁC NHIỆM VỤ, DỰ ÁN ỨNG DỤNG CNTT SỬ DỤNG NGUỒN CHI THƯỜNG XUYÊN",
    columns=(
        TT,
        text_column("name", ColumnRole.NAME, "Nội dung công việc", 2.5),
        text_column("objective", ColumnRole.OBJECTIVE, "Mục tiêu", 3.0),
        text_column("lead_unit", ColumnRole.LEAD_UNIT, "Đơn vị chủ trì thực hiện", 1.3),
        YearColumns(("Nhu cầu kinh phí thường xuyên các năm",)),
        money_column("total", ColumnRole.TOTAL, ("Tổng cộng",)),
        NOTE,
    ),
    funding_source="sn",
)

UNIT_ALLOCATION = AppendixTemplate(
    name="unit_allocation",
    label="Phân bổ kinh phí theo đơn vị (số CBCC, các năm)",
    title="KHÁI TOÁN KINH PHÍ CHI HOẠT ĐỘNG THƯỜNG XUYÊN THEO ĐƠN VỊ",
    columns=(
        text_column("tt", ColumnRole.TT, "STT", 0.4),
        text_column("name", ColumnRole.NAME, "Tên đơn vị", 2.5),
        Column("staff", ColumnKind.NUMBER, ColumnRole.STAFF, ("Số CBCC hiện có",), width=0.8),
        YearColumns(("Phân bổ kinh phí hàng năm",)),
    ),
    funding_source="sn",
    role=AppendixRole.DETAIL,
)

TASKS_BY_YEAR = AppendixTemplate(
    name="tasks_by_year",
    label="Nhiệm vụ theo năm (lĩnh vực, quy mô, thời gian)",
    title="DANH MỤC NHIỆM VỤ ỨNG DỤNG CNTT THEO NĂM",
    columns=(
        TT,
        text_column("name", ColumnRole.NAME, "Tên nhiệm vụ", 2.5),
        text_column("lead_unit", ColumnRole.LEAD_UNIT, "Đơn vị chủ trì", 1.3),
        text_column("field", ColumnRole.FIELD, "Lĩnh vực", 1.0),
        text_column("objective", ColumnRole.OBJECTIVE, "Mục tiêu", 2.5),
        text_column("scale", ColumnRole.SCALE, "Quy mô", 1.2),
        text_column("scope", ColumnRole.SCOPE, "Phạm vi", 1.2),
        text_column("time", ColumnRole.TIME, "Thời gian thực hiện", 1.0),
        money_column("amount", ColumnRole.AMOUNT, ("Kinh phí",)),
        text_column("source", ColumnRole.SOURCE, "Nguồn vốn", 1.2),
    ),
    group_styles=("roman", "arabic"),
    item_numbering="restart",
    year_groups=True,
)

YEARS_BY_SOURCE = AppendixTemplate(
    name="years_by_source",
    label="Nhu cầu vốn các năm theo nguồn vốn (tiêu đề ba tầng)",
    title="NHU CẦU VỐN ĐẦU TƯ ỨNG DỤNG CNTT THEO NĂM VÀ NGUỒN VỐN",
    columns=(
        TT,
        text_column("name", ColumnRole.NAME, "Tên nhiệm vụ, dự án", 2.5),
        text_column("lead_unit", ColumnRole.LEAD_UNIT, "Đơn vị chủ trì", 1.3),
        YearColumns(_NEED, by_source=True),
        SourceTotals(("Tổng cộng",)),
        NOTE,
    ),
)

TEMPLATES: dict[str, AppendixTemplate] = {
    t.name: t
    for t in (
        INVESTMENT_PROJECTS,
        INVESTMENT_SIMPLE,
        RECURRING_TASKS,
        UNIT_ALLOCATION,
        TASKS_BY_YEAR,
        YEARS_BY_SOURCE,
    )
}


def build_appendix(
    template_name: str,
    years: Iterable[int],
    *,
    sources: tuple[str, ...] = DEFAULT_SOURCES,
    title: str | None = None,
) -> Appendix:
    """A new appendix from the template `template_name` (KeyError if unknown)."""
    return TEMPLATES[template_name].build(years, sources=sources, title=title)
