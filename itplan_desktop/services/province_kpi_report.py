"""The KPI comparison across districts as a printable document: a report (BC) of the province
holding one appendix — one row per district, one column per indicator ("actual / target" and
the status word) — so the plan exporters print it in the official format (PDF, Excel)."""

from __future__ import annotations

import uuid as uuid_module
from pathlib import Path

from ..domain import Appendix, AppendixRow, Column, ColumnKind, ColumnRole, Plan, RowKind
from ..domain.appendix import AppendixRole
from ..domain.kpi_periods import Period, PeriodError, parse_period
from ..domain.kpi_status import Status
from ..domain.plan import PlanKind
from ..domain.section import Paragraph
from ..messages import UserError, register_messages
from ..store import plan_repository as repo
from ..store.database import Database
from .province import KpiCell, KpiComparison, kpi_comparison
from .province_documents import frame_fields, province_frame

register_messages(
    {
        "kpi_compare.bad_period": (
            "Kỳ “{period}” không hợp lệ: {detail}",
            "Invalid period “{period}”: {detail}",
        ),
        "kpi_compare.bad_suffix": (
            "Chỉ xuất được tệp .pdf hoặc .xlsx, không phải “{path}”.",
            "Only .pdf or .xlsx files can be written, not “{path}”.",
        ),
        "kpi_compare.exported": (
            "Đã xuất bảng so sánh chỉ tiêu ({districts} huyện × {indicators} chỉ tiêu) ra "
            "“{path}”.",
            "Exported the indicator comparison ({districts} districts × {indicators} "
            "indicators) to “{path}”.",
        ),
    }
)

_NAMESPACE = uuid_module.UUID("0b8f5a1e-6a55-4d8e-9a43-5f3f6a7c2d19")
NO_PLAN = "Chưa có kế hoạch"
REACHED = (Status.ACHIEVED, Status.ON_TRACK)
REACHED_LABEL = "Đạt, đúng tiến độ"
GROUP_HEADER = "Chỉ tiêu: thực hiện / kế hoạch, đánh giá"


def _stable(*parts: object) -> str:
    return str(uuid_module.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


def cell_text(cell: KpiCell | None) -> str:
    """ "85,5% / 100%" and the status word on a second line; "" when the district's plan has
    no such indicator."""
    if cell is None:
        return ""
    figures = f"{cell.actual_text or '—'} / {cell.target_text or '—'}"
    return f"{figures}\n{cell.status.label}" if cell.status is not None else figures


def indicator_columns(appendix: Appendix) -> list[Column]:
    """The appendix's indicator columns (between the district and the note)."""
    return [c for c in appendix.columns if c.role is ColumnRole.TEXT]


def comparison_appendix(comparison: KpiComparison, district_names: dict[str, str]) -> Appendix:
    """STT, district, one text column per indicator, a note for districts without a plan."""
    columns = [
        Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("STT",), width=0.45),
        Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Đơn vị",), width=1.5),
    ]
    for number, key in enumerate(comparison.indicators, start=1):
        name = comparison.names.get(key, key)
        columns.append(
            Column(
                f"k{number}", ColumnKind.TEXT, ColumnRole.TEXT, (GROUP_HEADER, f"{number}. {name}")
            )
        )
    columns.append(Column("note", ColumnKind.TEXT, ColumnRole.NOTE, ("Ghi chú",), width=0.9))
    appendix = Appendix(
        title="KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ỨNG DỤNG CÔNG NGHỆ THÔNG TIN CỦA UBND CẤP HUYỆN",
        columns=columns,
        role=AppendixRole.DETAIL,
        uuid=_stable(comparison.period, "appendix"),
    )
    names = dict(comparison.districts)
    groups = comparison.groups or [("", [code for code, _name in comparison.districts])]
    for label, codes in groups:
        if label:
            appendix.rows.append(_group_row(comparison, label, codes))
        for code in codes:
            texts = {"name": district_names.get(code, names[code])}
            for number, key in enumerate(comparison.indicators, start=1):
                texts[f"k{number}"] = cell_text(comparison.cells.get((key, code)))
            if not _has_plan(comparison, code):
                texts["note"] = NO_PLAN
            appendix.rows.append(
                AppendixRow(RowKind.ITEM, texts=texts, uuid=_stable(comparison.period, code))
            )
    return appendix


def _has_plan(comparison: KpiComparison, code: str) -> bool:
    return any((key, code) in comparison.cells for key in comparison.indicators)


def group_summary(comparison: KpiComparison, key: str, codes: list[str]) -> str:
    """The subtotal of one indicator over a group of units: how many of the units whose plan
    has it reached it or are on track ("Đạt, đúng tiến độ: 3/5 đơn vị"); "" when none has it."""
    cells = [comparison.cells[(key, code)] for code in codes if (key, code) in comparison.cells]
    if not cells:
        return ""
    reached = sum(1 for cell in cells if cell.status in REACHED)
    return f"{REACHED_LABEL}: {reached}/{len(cells)} đơn vị"


def _group_row(comparison: KpiComparison, label: str, codes: list[str]) -> AppendixRow:
    """A kind of unit (sở, ban, ngành; phường; xã; đặc khu) with its subtotals: per indicator
    the units that reached it, and in the note how many units have a plan."""
    texts = {"name": label}
    for number, key in enumerate(comparison.indicators, start=1):
        texts[f"k{number}"] = group_summary(comparison, key, codes)
    planned = sum(1 for code in codes if _has_plan(comparison, code))
    texts["note"] = f"{planned}/{len(codes)} đơn vị có kế hoạch"
    return AppendixRow(
        RowKind.GROUP, texts=texts, level=1, uuid=_stable(comparison.period, "group", label)
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def kpi_comparison_plan(db: Database, province_code: str, period: str) -> Plan:
    """The comparison as a report of the province for `period` ("2016", "2016-H1" …)."""
    return kpi_comparison_document(db, province_code, period)[1]


def kpi_comparison_document(
    db: Database, province_code: str, period: str
) -> tuple[KpiComparison, Plan]:
    """The comparison and the report printing it: the districts for periods before 2026,
    today's units from 2026 (grouped by kind, with a group row each). The GUI shows the
    report's appendix, so the screen, the PDF and the Excel file hold the same rows."""
    try:
        parsed = parse_period(period)
    except PeriodError as error:
        raise UserError("kpi_compare.bad_period", period=period, detail=error.message) from None
    if parsed.year >= 2026:  # today's units (issue 13)
        return _units_plan(db, province_code, parsed)
    comparison = kpi_comparison(db, province_code, parsed.code)
    with db.session() as session:
        province = repo.get_organisation(session, province_code)
        organisations = repo.list_organisations(session, parent_code=province_code)
    assert province is not None  # kpi_comparison refused an unknown province
    names = {o.code: f"UBND {o.full_name}" for o in organisations}
    label = _lower_first(parsed.label)
    reported = sum(
        1
        for code, _name in comparison.districts
        if any((key, code) in comparison.cells for key in comparison.indicators)
    )
    intro = (
        f"Tổng hợp kết quả thực hiện {len(comparison.indicators)} chỉ tiêu ứng dụng công nghệ "
        f"thông tin {label} của {reported}/{len(comparison.districts)} đơn vị cấp huyện có kế "
        "hoạch; mỗi ô ghi số thực hiện / chỉ tiêu kế hoạch và đánh giá (chi tiết tại Phụ lục "
        "kèm theo)."
    )
    return comparison, Plan(
        organisation_code=province_code,
        title="Tổng hợp kết quả thực hiện chỉ tiêu ứng dụng công nghệ thông tin của UBND cấp "
        f"huyện {label}",
        start_year=parsed.year,
        end_year=parsed.year,
        kind=PlanKind.ANNUAL,
        doc_type="BC",
        symbol="BC-UBND",
        **frame_fields(province_frame(province, parsed.year)),
        intro=[Paragraph(intro)],
        appendices=[comparison_appendix(comparison, names)],
        uuid=_stable(province_code, parsed.code, "plan"),
    )


def _units_plan(db: Database, province_code: str, parsed: Period) -> tuple[KpiComparison, Plan]:
    """From 2026: one column per current unit (sở, ban, ngành, then the communes)."""
    from .province_units import current_units, kpi_comparison_units
    from .units import ensure_unit

    comparison = kpi_comparison_units(db, province_code, parsed.code)
    with db.session() as session:
        province = ensure_unit(session, province_code)
    names = {
        u.code: u.name if u.level.value == "agency" else f"UBND {u.full_name}"
        for u in current_units(db, province_code)
    }
    label = _lower_first(parsed.label)
    reported = sum(
        1
        for code, _name in comparison.districts
        if any((key, code) in comparison.cells for key in comparison.indicators)
    )
    intro = (
        f"Tổng hợp kết quả thực hiện {len(comparison.indicators)} chỉ tiêu chuyển đổi số "
        f"{label} của {reported}/{len(comparison.districts)} đơn vị (sở, ban, ngành và Ủy ban "
        "nhân dân cấp xã); mỗi ô ghi số thực hiện / chỉ tiêu kế hoạch và đánh giá (chi tiết "
        "tại Phụ lục kèm theo)."
    )
    appendix = comparison_appendix(comparison, names)
    appendix.title = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ"
    return comparison, Plan(
        organisation_code=province_code,
        title=f"Tổng hợp kết quả thực hiện chỉ tiêu chuyển đổi số của các đơn vị {label}",
        start_year=parsed.year,
        end_year=parsed.year,
        kind=PlanKind.ANNUAL,
        doc_type="BC",
        symbol="BC-UBND",
        **frame_fields(province_frame(province, parsed.year)),
        intro=[Paragraph(intro)],
        appendices=[appendix],
        uuid=_stable(province_code, parsed.code, "units-plan"),
    )


def export_kpi_comparison(
    db: Database,
    province_code: str,
    period: str,
    target: Path,
    *,
    pdfa: bool = False,
    **options: object,
) -> Plan:
    """Write the comparison to `target` (.pdf or .xlsx) through the plan exporters; `pdfa`:
    an archival PDF/A-1b file."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError("kpi_compare.bad_suffix", path=target)
    plan = kpi_comparison_plan(db, province_code, period)
    if suffix == ".pdf":
        from .pdf_export import export_plan_pdf, pdf_options_for

        pdf_options = pdf_options_for(db, plan, pdfa=pdfa)
        export_plan_pdf(plan, target, options=pdf_options, **options)  # type: ignore[arg-type]
    else:
        from .xlsx_export import export_plan_xlsx

        export_plan_xlsx(plan, target, **options)  # type: ignore[arg-type]
    return plan
