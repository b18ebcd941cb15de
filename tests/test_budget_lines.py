"""Funding-source choices of budget lines (services/budget_lines.py), without Qt."""

from __future__ import annotations

import pytest

from itplan_desktop.domain import funding
from itplan_desktop.domain.appendix_engine import plan_budget
from itplan_desktop.domain.validation import validate_plan
from itplan_desktop.services.budget_lines import new_line, source_choices, source_for_label


def test_choices_are_every_valid_source_of_the_funding_module():
    keys = [c.key for c in source_choices()]
    assert len(keys) == len(set(keys))
    assert all(funding.is_valid_source(k) for k in keys)
    for kind in funding.CAPITAL_KINDS:
        assert kind in keys
    assert {"dtpt", "sn", "sn.tinh", "sn.xa"} <= set(keys)
    labels = {c.key: c.label for c in source_choices()}
    assert labels["sn.tinh"] == "Vốn sự nghiệp (ngân sách tỉnh)"


@pytest.mark.parametrize(
    ("label", "source"),
    [
        ("Nguồn vốn sự nghiệp", "sn"),
        ("nguon von su nghiep:", "sn"),
        ("Vốn đầu tư phát triển", "dtpt"),
        ("Vốn SN", "sn"),
        ("Vốn sự nghiệp (ngân sách tỉnh)", "sn.tinh"),
        ("Kinh phí chi thường xuyên", None),
        ("Vốn sự nghiệp và vốn đầu tư", None),
        ("", None),
    ],
)
def test_a_label_names_a_source_only_as_a_whole(label, source):
    assert source_for_label(label) == source


def test_new_line_states_zero_for_its_source():
    line = new_line("sn.xa")
    assert (line.label, line.source, line.stated) == ("Vốn sự nghiệp (ngân sách xã)", "sn.xa", 0)
    with pytest.raises(ValueError):
        new_line("nonsense")


def test_a_recurring_plan_line_set_to_sn_clears_bud002(sample_paths):
    from itplan_desktop.formats.plan_file import read_plan_file

    plan = read_plan_file(sample_paths[0]).plan  # Như Xuân: ĐTPT appendix and SN appendix
    plan.appendices = [a for a in plan.appendices if a.funding_source == "sn"]
    sn_total = plan_budget(plan).by_source["sn"]
    plan.budget.total_stated = sn_total
    plan.budget.lines = [new_line("dtpt")]
    plan.budget.lines[0].stated = sn_total
    assert "BUD002" in {f.code for f in validate_plan(plan)}
    plan.budget.lines[0].source = source_for_label("Nguồn vốn sự nghiệp") or ""
    assert "BUD002" not in {f.code for f in validate_plan(plan)}


def test_a_2026_plan_offers_the_sources_of_the_budget_law_of_2025():
    choices = {c.key: c.label for c in source_choices(2026)}
    assert not any(key.endswith(".huyen") for key in choices)
    assert choices["sn.xa"] == "Chi thường xuyên (ngân sách xã)"
    assert {"dtpt", "sn", "xhh", "khac"} <= set(choices)
    assert source_for_label("Chi thường xuyên", 2026) == "sn"
    assert source_for_label("Nguồn vốn sự nghiệp", 2026) == "sn"  # older words still read
    assert new_line("dtpt.tinh", 2026).label == "Chi đầu tư phát triển (ngân sách tỉnh)"
    assert any(c.key == "sn.huyen" for c in source_choices(2020))
