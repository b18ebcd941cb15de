"""Row operators built column by column (the fast path) equal those built row by row."""

from __future__ import annotations

import copy
import io

import pytest
from reportlab.pdfgen.canvas import Canvas
from test_fonts import vietnamese_letters

from itplan_desktop.domain.plan import Plan
from itplan_desktop.export.pdf.appendix_table import AppendixRenderer
from itplan_desktop.export.pdf.fonts import register_fonts
from itplan_desktop.export.pdf.text_stream import FaceEncoder


def _renderer(plan: Plan, index: int = 0) -> AppendixRenderer:
    family = register_fonts()
    canvas = Canvas(io.BytesIO(), initialFontName=family.regular)
    return AppendixRenderer(canvas, plan, plan.appendices[index], family)


def _row_by_row(renderer: AppendixRenderer) -> tuple[list[str | None], list[str | None]]:
    rows = renderer._rows
    count = len(renderer.layout.rows)
    fast = [rows.whole_row(i) for i in range(count)]
    rows._plain = {}
    return fast, [rows.whole_row(i) for i in range(count)]


@pytest.mark.parametrize("plan_name", ["nhu_xuan", "thanh_hoa"])
def test_column_by_column_equals_row_by_row(plan_name: str, request) -> None:
    plan: Plan = request.getfixturevalue(plan_name)
    for index in range(len(plan.appendices)):
        renderer = _renderer(plan, index)
        assert renderer._rows._plain  # the fast path was taken
        fast, slow = _row_by_row(renderer)
        assert fast == slow


def test_delimiters_codes_10_13_and_empty_lines(nhu_xuan: Plan) -> None:
    """Escaped bytes keep their place; a column with an empty line (a blank line in a cell)
    cannot be split by byte 0 runs and takes the row-by-row path, with the same result."""
    plan = copy.deepcopy(nhu_xuan)
    appendix = plan.appendices[0]
    letters = vietnamese_letters()
    share = -(-len(letters) // len(appendix.rows))
    for index, row in enumerate(appendix.rows):
        chunk = letters[index * share : (index + 1) * share]
        row.texts["name"] = "(" + " ".join(chunk) + r") a\b (c))"
    renderer = _renderer(plan)
    fast, slow = _row_by_row(renderer)
    assert fast == slow
    appendix.rows[1].texts["name"] = "Dòng một\n\nDòng ba"
    renderer = _renderer(plan)
    assert not renderer._rows._plain
    fast, slow = _row_by_row(renderer)
    assert fast == slow


def test_encode_cells_matches_encode_lines() -> None:
    family = register_fonts()
    canvas = Canvas(io.BytesIO(), initialFontName=family.regular)
    encoder = FaceEncoder(canvas, family.regular)
    cells = [["(Mua) máy", "a\\b"], [], ["Đơn vị"], [], [], ["x", "y", "z"], []]
    encoder.learn(line for cell in cells for line in cell)
    expected = [encoder.encode_lines(cell) if cell else "" for cell in cells]
    assert encoder.encode_cells(cells) == expected
    assert encoder.encode_cells([["a", ""], ["b"]]) is None
