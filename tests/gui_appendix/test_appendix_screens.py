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
