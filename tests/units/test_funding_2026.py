"""Funding sources from budget year 2026 (Luật Ngân sách nhà nước 89/2025/QH15): no district
budget, the spending type (chi đầu tư phát triển / chi thường xuyên) as its own words; earlier
years and existing keys unchanged."""

from __future__ import annotations

from itplan_desktop.domain import funding
from itplan_desktop.services.budget_lines import source_choices


def test_no_district_budget_from_2026():
    assert "sn.huyen" in funding.sources_for_year(2025)
    assert "sn.huyen" not in funding.sources_for_year(2026)
    assert funding.sources_for_year(2027) == [
        "dtpt", "dtpt.tw", "dtpt.tinh", "dtpt.xa", "sn", "sn.tw", "sn.tinh", "sn.xa", "xhh", "khac",
    ]  # fmt: skip
    assert [c.key for c in source_choices(2027) if c.key.endswith(".huyen")] == []
    assert any(c.key == "sn.huyen" for c in source_choices())


def test_labels_of_the_plan_year():
    assert funding.source_label("sn.xa", 2027) == "Chi thường xuyên (ngân sách xã)"
    assert funding.source_label("dtpt.tinh", 2026) == "Chi đầu tư phát triển (ngân sách tỉnh)"
    assert funding.source_label("xhh", 2026) == "Nguồn xã hội hóa"
    assert funding.source_label("sn.huyen") == "Vốn sự nghiệp (ngân sách huyện)"
    assert funding.source_label("sn.huyen", 2020) == "Vốn sự nghiệp (ngân sách huyện)"
