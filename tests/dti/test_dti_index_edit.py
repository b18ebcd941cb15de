"""Editing an index (services/dti_index_edit): each edit gives the next index, a refusal
names the field, and what the editor accepts the index file accepts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from itplan_desktop.domain.dti_index import EvidenceKind, RuleKind, Step
from itplan_desktop.formats import dti_index_file
from itplan_desktop.messages import UserError
from itplan_desktop.services import dti
from itplan_desktop.services import dti_index_edit as edit

SAMPLE = dti.find_index("cds-xa-thanh-hoa")


def refusal(call, *args) -> str:
    with pytest.raises(UserError) as caught:
        call(*args)
    return caught.value.text


def test_points_are_typed_the_vietnamese_way_and_checked_against_the_thresholds():
    index = edit.set_indicator(SAMPLE, "A.2", "max_points", "12,5")
    assert index.indicator("A.2").max_points == Decimal("12.5")
    assert index.max_points == SAMPLE.max_points - 100 + Decimal("12.5")
    assert "không phải là một số" in refusal(edit.set_indicator, SAMPLE, "A.2", "max_points", "x")
    assert "lớn hơn 0" in refusal(edit.set_indicator, SAMPLE, "A.2", "max_points", "0")
    # B.2's highest threshold gives 70 points: the maximum may not go below it
    assert "(70)" in refusal(edit.set_indicator, SAMPLE, "B.2", "max_points", "69")


def test_thresholds_rise_and_stay_within_the_maximum_the_row_is_named():
    rows = [("50", "20"), ("100", "45"), ("", ""), ("300", "70")]
    index = edit.set_steps(SAMPLE, "B.2", rows)
    assert index.indicator("B.2").rule.steps == (
        Step(Decimal(50), Decimal(20)),
        Step(Decimal(100), Decimal(45)),
        Step(Decimal(300), Decimal(70)),
    )
    assert "dòng 2" in refusal(edit.set_steps, SAMPLE, "B.2", [("50", "20"), ("50", "30")])
    assert "dòng 1" in refusal(edit.set_steps, SAMPLE, "B.2", [("50", "71")])
    assert "Dòng 1" in refusal(edit.set_steps, SAMPLE, "B.2", [("50", "")])


def test_rule_changes_keep_the_index_valid_at_every_step():
    index = edit.set_rule_kind(SAMPLE, "A.1", RuleKind.STEPS)
    assert index.indicator("A.1").rule.steps == (Step(Decimal(0), Decimal(30)),)
    index = edit.set_rule_kind(index, "A.1", RuleKind.COUNT)
    assert index.indicator("A.1").rule.target == 1
    assert "lớn hơn 0" in refusal(edit.set_indicator, index, "A.1", "target", "0")
    index = edit.set_evidence(index, "A.1", {EvidenceKind.LINK, EvidenceKind.DOCUMENT})
    assert index.indicator("A.1").evidence == (EvidenceKind.DOCUMENT, EvidenceKind.LINK)
    assert edit.check_index(index) == index
    assert dti_index_file.loads(dti_index_file.dumps(index)) == index


def test_groups_and_indicators_codes_unique_a_group_code_carries_its_indicators():
    index, group = edit.add_group(SAMPLE)
    assert group == "G" and index.groups[-1].name == "Nhóm mới"
    index, code = edit.add_indicator(index, "G")
    assert code == "G.1" and index.indicator("G.1").group_code == "G"
    assert "đã được dùng" in refusal(edit.set_group, index, "G", "code", "A")
    index = edit.set_group(index, "G", "code", "H")
    assert index.indicator("G.1").group_code == "H"
    assert "đã được dùng" in refusal(edit.set_indicator, index, "G.1", "code", "A.1")
    assert "không hợp lệ" in refusal(edit.set_indicator, index, "G.1", "code", "G 1")
    assert "Chưa nhập tên" in refusal(edit.set_indicator, index, "G.1", "name", "   ")
    index = edit.remove_group(index, "H")
    assert index == SAMPLE
    moved = edit.move_indicator(SAMPLE, "A.1", 1)
    assert [i.code for i in moved.indicators_of("A")] == ["A.2", "A.1", "A.3"]
    assert edit.move_indicator(moved, "A.1", -1) == SAMPLE
    assert "năm" in refusal(edit.set_header, SAMPLE, "year", "1999").lower()
    assert edit.set_header(SAMPLE, "version", "2").version == 2
