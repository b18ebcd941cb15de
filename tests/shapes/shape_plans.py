"""Appendices in the shapes of real plans (issue 15), built inline: unnumbered year groups,
a source × period breakdown, per-source total rows, a blank-day draft, long codes in narrow
columns. Each factory returns a whole Plan so every renderer can take it."""

from __future__ import annotations

from datetime import date

from itplan_desktop.domain import (
    Appendix,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    Organisation,
    OrgLevel,
    Plan,
    RowKind,
    Signer,
)
from itplan_desktop.formats.plan_file import PlanDocument

TRIEU = 1_000_000


def text(key: str, role: ColumnRole, header: str, width: float = 1.0) -> Column:
    return Column(key, ColumnKind.TEXT, role, (header,), width=width)


def item(name: str, **values: int) -> AppendixRow:
    return AppendixRow(RowKind.ITEM, texts={"name": name}, values=values)


def group(name: str, *, year: int | None = None, level: int = 1, **stated: int) -> AppendixRow:
    return AppendixRow(RowKind.GROUP, texts={"name": name}, year=year, level=level, stated=stated)


def year_groups_appendix() -> Appendix:
    """Tasks grouped by year under unnumbered group rows ("Năm 2021", no I./II.)."""
    return Appendix(
        title="DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ THEO NĂM",
        funding_source="sn",
        columns=[
            text("tt", ColumnRole.TT, "TT", 0.5),
            text("name", ColumnRole.NAME, "Tên nhiệm vụ", 3),
            text("lead_unit", ColumnRole.LEAD_UNIT, "Đơn vị chủ trì", 1.3),
            Column("amount", ColumnKind.MONEY, ColumnRole.AMOUNT, ("Kinh phí",)),
        ],
        rows=[
            group("Năm 2021", year=2021),
            item("Nâng cấp mạng LAN", amount=120 * TRIEU),
            item("Đào tạo kỹ năng số", amount=30 * TRIEU),
            group("Năm 2022", year=2022),
            item("Triển khai chữ ký số", amount=45 * TRIEU),
        ],
        group_styles=("none",),
        item_numbering="restart",
    )


def organisations() -> list[Organisation]:
    return [
        Organisation("38", "Thanh Hóa", OrgLevel.PROVINCE, "tỉnh"),
        Organisation("16012", "Quảng Phú", OrgLevel.COMMUNE, "xã", parent_code="38"),
    ]


def shape_plan(*appendices: Appendix, issued_on: date | None = date(2020, 9, 15)) -> Plan:
    """A commune plan 2021–2025 holding the given appendices (numbered in order)."""
    for number, appendix in enumerate(appendices, start=1):
        appendix.number = number
    return Plan(
        organisation_code="16012",
        title="Chuyển đổi số giai đoạn 2021 - 2025",
        start_year=2021,
        end_year=2025,
        number="12",
        place="Quảng Phú",
        issued_on=issued_on,
        issuer_parent="UBND TỈNH THANH HÓA",
        issuer="UBND XÃ QUẢNG PHÚ",
        issuer_short="UBND xã Quảng Phú",
        signer=Signer("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn B"),
        recipients=["UBND tỉnh (b/c);", "Lưu: VT."],
        appendices=list(appendices),
    )


def shape_document(plan: Plan) -> PlanDocument:
    return PlanDocument(plan=plan, organisations=organisations())


def pdftotext(path, *args: str) -> str:
    """The text of a PDF by poppler, words joined by single spaces."""
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return out


def squash(text: str) -> str:
    return " ".join(text.split())
