"""Plans built inline for the Excel tests (the samples cover the reference documents)."""

from __future__ import annotations

from datetime import date

from itplan_desktop.domain import AppendixRow, Plan, RowKind
from itplan_desktop.domain.appendix_templates import build_appendix
from itplan_desktop.vn.units import MoneyUnit

TY = 1_000_000_000
TRIEU = 1_000_000


def nested_plan() -> Plan:
    """Years split by source, in tỷ đồng, with a group holding sub-groups and its own items,
    empty cells, a fraction of a tỷ, and user text that looks like formulas."""
    appendix = build_appendix("years_by_source", [2021, 2022])
    appendix.unit = MoneyUnit.TY_DONG
    appendix.number = 1
    y = {c.key: c.key for c in appendix.columns}
    assert {"y2021_dtpt", "y2021_sn", "y2022_dtpt", "y2022_sn"} <= set(y)

    def item(name: str, **values: int) -> AppendixRow:
        return AppendixRow(RowKind.ITEM, texts={"name": name}, values=values)

    appendix.rows = [
        AppendixRow(RowKind.GROUP, texts={"name": "Ngân sách tỉnh"}, level=1),
        item('=HYPERLINK("http://x","bấm")', y2021_dtpt=1_234_500_000, y2022_sn=2 * TY),
        AppendixRow(RowKind.GROUP, texts={"name": "Sở TTTT"}, level=2),
        item("+Phần mềm", y2021_dtpt=500 * TRIEU, y2021_sn=250 * TRIEU),
        item("-Máy chủ", y2022_dtpt=3 * TY),
        AppendixRow(RowKind.GROUP, texts={"name": "Sở Nội vụ"}, level=2),
        item("@Đào tạo", y2021_sn=125 * TRIEU),
        AppendixRow(RowKind.GROUP, texts={"name": "Ngân sách huyện"}, level=1),
        item("Chưa có số liệu"),
        item("Hạ tầng mạng", y2022_dtpt=7 * TY),
    ]
    appendix.rows[1].texts["lead_unit"] = "=1+1"
    return Plan(
        organisation_code="38",
        title="Kế hoạch thử",
        start_year=2021,
        end_year=2022,
        number="5",
        issued_on=date(2021, 2, 3),
        issuer_short="UBND tỉnh Thanh Hóa",
        appendices=[appendix],
    )
