"""The budget figures a plan states in its text (mục Kinh phí thực hiện).

They are *stated* figures: typed by a person, so they may be wrong. The validator compares
them with the appendix totals; nothing here is computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..vn.units import DEFAULT_UNIT, MoneyUnit
from .ids import new_uuid


@dataclass(slots=True)
class BudgetLine:
    """One stated figure, e.g. "Nguồn vốn đầu tư phát triển: 560 triệu đồng".

    `source` is a funding-source key (see `funding.py`); `level` is the indentation in the
    text (1 = "-" line, 2 = "+" line). Amounts are whole đồng.
    """

    label: str
    source: str
    stated: int
    level: int = 1
    uuid: str = field(default_factory=new_uuid)


@dataclass(slots=True)
class BudgetSummary:
    """Total and split by source, as written in the plan, with the words typed for the total.

    `total_label` is the sentence that introduces the total ("Tổng kinh phí cho ứng dụng CNTT
    … giai đoạn 2016-2020 dự kiến là").
    """

    unit: MoneyUnit = DEFAULT_UNIT
    total_label: str = "Tổng kinh phí thực hiện kế hoạch dự kiến là"
    total_stated: int | None = None
    total_words_stated: str = ""
    lines: list[BudgetLine] = field(default_factory=list)
