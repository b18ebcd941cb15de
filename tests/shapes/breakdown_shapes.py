"""Appendices with a breakdown beside the total and with several total rows (issue 15 items
2 and 3), in the shapes real plans print, built inline."""

from __future__ import annotations

from itplan_desktop.domain import (
    Appendix,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    RowKind,
    TotalRow,
)
from itplan_desktop.domain.appendix_templates import build_appendix
from itplan_desktop.vn.units import MoneyUnit

TRIEU = 1_000_000
TY = 1_000 * TRIEU
M, Y, B = ColumnKind.MONEY, ColumnRole.YEAR, ColumnRole.BREAKDOWN


def _text(key: str, role: ColumnRole, header: str, width: float = 1.0) -> Column:
    return Column(key, ColumnKind.TEXT, role, (header,), width=width)


def _part(key: str, header: tuple[str, ...], part_of: str, split: str) -> Column:
    return Column(key, M, B, header, part_of=part_of, split=split)


def breakdown_appendix() -> Appendix:
    """Source × period: the project's total, split by source (NS TW / NSĐP) and by period
    (2017 / 2018 - 2020), the year 2017 split again by source. In tỷ đồng.

    Row 2 carries the defect of a real plan: the sources of 2017 add up to 34,99 against that
    year's 38,39. The group row states an NS TW figure the rows do not give.
    """
    columns = [
        _text("tt", ColumnRole.TT, "TT", 0.5),
        _text("name", ColumnRole.NAME, "Tên dự án", 3),
        Column("total", M, ColumnRole.AMOUNT, ("Tổng kinh phí",)),
        _part("total_tw", ("Trong đó", "NS TW"), "total", "nguồn"),
        _part("total_dp", ("Trong đó", "NSĐP"), "total", "nguồn"),
        _part("y2017", ("Phân kỳ", "2017", "Tổng"), "total", "giai đoạn"),
        _part("y2017_tw", ("Phân kỳ", "2017", "NS TW"), "y2017", "nguồn"),
        _part("y2017_dp", ("Phân kỳ", "2017", "NSĐP"), "y2017", "nguồn"),
        _part("p2018", ("Phân kỳ", "2018 - 2020"), "total", "giai đoạn"),
        _text("note", ColumnRole.NOTE, "Ghi chú"),
    ]

    def item(name: str, **values: float) -> AppendixRow:
        cells = {k: round(v * TY) for k, v in values.items()}
        return AppendixRow(RowKind.ITEM, texts={"name": name}, values=cells)

    rows = [
        AppendixRow(
            RowKind.GROUP,
            texts={"name": "Dự án chuyển tiếp"},
            stated={"total_tw": 30 * TY},
        ),
        item(
            "Trung tâm dữ liệu tỉnh",
            total=60,
            total_tw=40,
            total_dp=20,
            y2017=20,
            y2017_tw=15,
            y2017_dp=5,
            p2018=40,
        ),
        item(
            "Hệ thống một cửa điện tử",
            total=46.39,
            total_tw=10,
            total_dp=36.39,
            y2017=38.39,
            y2017_tw=30,
            y2017_dp=4.99,
            p2018=8,
        ),
    ]
    return Appendix(
        title="DANH MỤC DỰ ÁN CÔNG NGHỆ THÔNG TIN PHÂN THEO NGUỒN VÀ GIAI ĐOẠN",
        columns=columns,
        rows=rows,
        unit=MoneyUnit.TY_DONG,
        funding_source="dtpt",
    )


def source_totals_appendix() -> Appendix:
    """Years split by source (2021, 2022 × Vốn ĐTPT / Vốn SN) with groups by source, closed by
    "Tổng vốn ĐTPT", "Tổng vốn SN" and one total row per year across sources above
    "Tổng cộng". The printed "Tổng vốn SN" for 2022 is wrong (45 for 40)."""
    appendix = build_appendix("years_by_source", [2021, 2022])

    def item(name: str, **values: int) -> AppendixRow:
        cells = {k: v * TRIEU for k, v in values.items()}
        return AppendixRow(RowKind.ITEM, texts={"name": name}, values=cells)

    appendix.rows = [
        item("Mua sắm máy chủ", y2021_dtpt=500, y2022_dtpt=300),
        item("Đào tạo cán bộ", y2021_sn=60, y2022_sn=40),
        item("Duy trì cổng thông tin", y2021_dtpt=100, y2021_sn=20),
    ]
    appendix.total_rows = [
        TotalRow("Tổng vốn ĐTPT", source="dtpt"),
        TotalRow("Tổng vốn SN", source="sn", stated={"y2022_sn": 45 * TRIEU}),
        TotalRow("Năm 2021", year=2021),
        TotalRow("Năm 2022", year=2022),
    ]
    return appendix


def group_source_totals_appendix() -> Appendix:
    """Recurring tasks with one column per year, the source on the group rows (I. Vốn ĐTPT,
    II. Vốn SN): the total rows per source pick the groups' rows."""
    columns = [
        _text("tt", ColumnRole.TT, "TT", 0.5),
        _text("name", ColumnRole.NAME, "Nội dung", 3),
        Column("y2021", M, Y, ("Kinh phí", "2021"), year=2021),
        Column("y2022", M, Y, ("Kinh phí", "2022"), year=2022),
        Column("total", M, ColumnRole.TOTAL, ("Kinh phí", "Tổng")),
    ]

    def item(name: str, **values: int) -> AppendixRow:
        cells = {k: v * TRIEU for k, v in values.items()}
        return AppendixRow(RowKind.ITEM, texts={"name": name}, values=cells)

    rows = [
        AppendixRow(RowKind.GROUP, texts={"name": "Vốn đầu tư phát triển"}, source="dtpt"),
        item("Nâng cấp mạng LAN", y2021=200, y2022=100),
        AppendixRow(RowKind.GROUP, texts={"name": "Vốn sự nghiệp"}, source="sn"),
        item("Thuê dịch vụ CNTT", y2021=30, y2022=30),
        item("Đào tạo kỹ năng số", y2022=15),
    ]
    return Appendix(
        title="KINH PHÍ THEO NGUỒN VỐN",
        columns=columns,
        rows=rows,
        total_rows=[
            TotalRow("Tổng vốn ĐTPT", source="dtpt"),
            TotalRow("Tổng vốn SN", source="sn"),
        ],
    )
