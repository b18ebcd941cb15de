"""Screenshots of the appendix editor on every appendix of both samples (CI artifacts)."""

from __future__ import annotations

import pytest
from appendix_helpers import screens_dir


@pytest.mark.parametrize("sample", ["nhu_xuan", "thanh_hoa"])
def test_screenshots_of_sample_appendices(request, make_editor, sample):
    plan_editor = request.getfixturevalue(sample)
    target = screens_dir()
    for number, appendix in enumerate(plan_editor.plan.appendices, 1):
        widget = make_editor(plan_editor, number - 1)
        assert widget.header.grid.depth >= 1
        assert widget.header.height() >= widget.header.grid.depth * widget.fontMetrics().height()
        if target is not None:
            widget.grab().save(str(target / f"appendix_{sample}_{number}.png"))
        assert widget.model.rowCount() == len(appendix.rows) + 1


def test_screenshot_of_three_level_header(nhu_xuan, make_editor):
    from itplan_desktop.domain import AppendixRow, RowKind
    from itplan_desktop.domain.appendix_templates import build_appendix

    appendix = build_appendix("years_by_source", range(2021, 2024))
    appendix.rows = [
        AppendixRow(RowKind.GROUP, texts={"name": "Hạ tầng kỹ thuật"}),
        AppendixRow(
            RowKind.ITEM,
            texts={"name": "Nâng cấp mạng LAN UBND huyện", "lead_unit": "Phòng VH-TT"},
            values={"y2021_dtpt": 450_000_000, "y2022_sn": 120_500_000},
        ),
    ]
    nhu_xuan.plan.appendices.append(appendix)
    widget = make_editor(nhu_xuan, len(nhu_xuan.plan.appendices) - 1)
    assert widget.header.grid.depth == 3
    heights = widget.header._level_heights
    assert len(heights) == 3 and min(heights) >= widget.fontMetrics().height()
    target = screens_dir()
    if target is not None:
        widget.grab().save(str(target / "appendix_three_level_header.png"))
