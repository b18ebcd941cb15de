"""Reference appendices written inline from ../shared/reference (amounts in triệu đồng)."""

from __future__ import annotations

from datetime import date

from itplan_desktop.domain import (
    Appendix,
    AppendixRow,
    BudgetLine,
    BudgetSummary,
    Plan,
    RowKind,
    Signer,
)
from itplan_desktop.domain.appendix_templates import build_appendix

M = 1_000_000  # one triệu đồng


def item(name: str, label: str = "", stated=None, level: int = 1, **values: int) -> AppendixRow:
    """An item row; `values` in triệu đồng by column key (staff counts as they are)."""
    return AppendixRow(
        RowKind.ITEM,
        texts={"name": name},
        values={k: v if k == "staff" else v * M for k, v in values.items()},
        stated={k: v * M for k, v in (stated or {}).items()},
        level=level,
        label=label,
    )


def group(name: str, label: str = "", stated=None, level: int = 1, **extra) -> AppendixRow:
    return AppendixRow(
        RowKind.GROUP,
        texts={"name": name},
        stated={k: v * M for k, v in (stated or {}).items()},
        level=level,
        label=label,
        **extra,
    )


def years(*amounts: int | None, start: int) -> dict[str, int]:
    return {f"y{start + i}": a for i, a in enumerate(amounts) if a is not None}


def millions(values: dict[str, int]) -> dict[str, int]:
    return {k: v * M for k, v in values.items()}


def nhu_xuan_pl1() -> Appendix:
    """Phụ lục 1 of Như Xuân: four projects, total = sum of the years (vốn ĐTPT)."""
    a = build_appendix("investment_simple", range(2016, 2021))
    a.number = 1
    a.rows = [
        item("Máy chủ", "1", {"total": 1200}, **years(1200, start=2016)),
        item("Máy trạm", "2", {"total": 1500}, **years(500, 500, 500, start=2016)),
        item("Đào tạo", "3", {"total": 400}, **years(100, 200, 100, start=2016)),
        item("Cổng TTĐT", "4", {"total": 2500}, **years(None, 1000, 500, 500, 500, start=2016)),
    ]
    a.stated_totals = millions({"total": 5600} | years(1800, 1700, 1100, 500, 500, start=2016))
    return a


def nhu_xuan_pl2() -> Appendix:
    """Phụ lục 2 of Như Xuân: recurring tasks (vốn sự nghiệp), years then total."""
    a = build_appendix("recurring_tasks", range(2016, 2021))
    a.number = 2
    a.rows = [
        item("Cập nhật văn bản", "1", {"total": 300}, **years(60, 60, 60, 60, 60, start=2016)),
        item("Đào tạo", "2", {"total": 310}, **years(50, 60, 60, 70, 70, start=2016)),
        item("UBND huyện", "3", {"total": 950}, **years(150, 150, 200, 200, 250, start=2016)),
        item("UBND cấp xã", "4", {"total": 2300}, **years(400, 400, 500, 500, 500, start=2016)),
    ]
    a.stated_totals = millions({"total": 3860} | years(660, 670, 820, 830, 880, start=2016))
    return a


def nhu_xuan_plan() -> Plan:
    """The Như Xuân plan as written, with its stated budget (dtpt 560, an error)."""
    return Plan(
        organisation_code="16378",
        title="Ứng dụng công nghệ thông tin ... giai đoạn 2016 - 2020",
        start_year=2016,
        end_year=2020,
        number="131",
        place="Như Xuân",
        issued_on=date(2015, 9, 15),
        issuer="UBND HUYỆN NHƯ XUÂN",
        signer=Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Phương"),
        recipients=["Sở Thông tin và truyền thông (B/c);", "Lưu: VT, VHTT."],
        appendix_numbering="arabic",
        budget=BudgetSummary(
            total_stated=9460 * M,
            total_words_stated="Chín tỷ bốn trăm sáu mươi triệu đồng",
            lines=[
                BudgetLine("Nguồn vốn đầu tư phát triển", "dtpt", 560 * M),
                BudgetLine("Nguồn vốn sự nghiệp", "sn", 3860 * M),
            ],
        ),
        appendices=[nhu_xuan_pl1(), nhu_xuan_pl2()],
    )


def thanh_hoa_pl1() -> Appendix:
    """Phụ lục 1 of Thanh Hóa: total, allocated, missing, one column per year."""
    a = build_appendix("investment_projects", range(2011, 2016))
    a.number = 1
    table = [  # total, allocated, missing, 2011..2015
        (4878, 1900, 2978, (2978,)),
        (6000, 0, 6000, (None, 1500, 1500, 1500, 1500)),
        (5000, 0, 5000, (3000, 2000)),
        (6543, 0, 6543, (6543,)),
        (37000, 0, 37000, (None, 9000, 9000, 9000, 10000)),
        (4197, 850, 3347, (3347,)),
        (18000, 0, 18000, (None, 4000, 4000, 4000, 6000)),
        (3851, None, 3851, (3851,)),
        (14500, 0, 14500, (None, 4000, 3500, 3500, 3500)),
        (5000, 0, 5000, (None, 1000, 2000, 2000)),
        (8000, 0, 8000, (3000, 1000, 2000, 2000)),
    ]
    for n, (total, allocated, missing, amounts) in enumerate(table, 1):
        values = years(*amounts, start=2011)
        if allocated is not None:
            values["allocated"] = allocated
        stated = {"total": total, "missing": missing}
        a.rows.append(item(f"Dự án {n}", str(n), stated, **values))
    a.stated_totals = {"total": 112969 * M, "allocated": 2750 * M, "missing": 110219 * M}
    a.stated_totals |= millions(years(*THANH_HOA_PL1_YEARS, start=2011))
    return a


THANH_HOA_PL1_YEARS = (22719, 22500, 22000, 22000, 21000)


def thanh_hoa_pl2() -> Appendix:
    """Phụ lục 2 of Thanh Hóa: groups I (sn.tinh) and II (sn.huyen) with subtotals."""
    a = build_appendix("recurring_tasks", range(2011, 2016))
    a.number = 2
    tinh = [
        (580,),
        (None, 300, 300, 300, 300),
        (220, 220, 220, 220, 220),
        (100, 300, 300, 300, 300),
        (None, 300, 300, 300, 300),
        (1410,),
        (300, 300, 300, 300, 300),
        (250, 250, 250, 250, 250),
        (3330, 3330, 3330, 3330, 3330),
    ]
    group_i = {"total": 26190} | years(6190, 5000, 5000, 5000, 5000, start=2011)
    a.rows.append(group("Ngân sách cấp tỉnh", "I", stated=group_i, source="sn.tinh"))
    for n, amounts in enumerate(tinh, 1):
        a.rows.append(item(f"Nhiệm vụ {n}", str(n), **years(*amounts, start=2011)))
    group_ii = {"total": 14950} | years(2990, 2990, 2990, 2990, 2990, start=2011)
    a.rows.append(group("Ngân sách cấp huyện", "II", stated=group_ii, source="sn.huyen"))
    a.rows.append(item("Chi thường xuyên huyện", "10", **years(*[2990] * 5, start=2011)))
    a.stated_totals = millions({"total": 41140} | years(9180, *[7990] * 4, start=2011))
    return a


THANH_HOA_PL3 = [  # (staff, amount per year) for the 21 departments
    (89, 500), (28, 60), (62, 120), (41, 80), (62, 120), (70, 140), (79, 160), (51, 100),
    (31, 60), (60, 120), (70, 140), (104, 210), (141, 280), (62, 120), (79, 160), (98, 200),
    (34, 390), (25, 50), (47, 90), (28, 60), (85, 170),
]  # fmt: skip


def thanh_hoa_pl3(detail_of: str | None = None) -> Appendix:
    """Phụ lục 3 of Thanh Hóa: per-department allocation, details row 9 of Phụ lục 2."""
    a = build_appendix("unit_allocation", range(2011, 2016))
    a.number = 3
    a.detail_of = detail_of
    for n, (staff, amount) in enumerate(THANH_HOA_PL3, 1):
        a.rows.append(item(f"Sở {n}", str(n), staff=staff, **years(*[amount] * 5, start=2011)))
    a.stated_totals = {"staff": 1346} | {f"y{y}": 3330 * M for y in range(2011, 2016)}
    return a
