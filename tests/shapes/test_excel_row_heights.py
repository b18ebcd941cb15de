"""Issue 15, item 5: Excel row heights come from the wrapped text, measured with the printed
face (not a count of characters), so neither a wide upper-case title with stacked Vietnamese
marks nor a two-line header cell is cut; every line gets Excel's own line height."""

from __future__ import annotations

import copy

from openpyxl import load_workbook

from itplan_desktop.export.pdf.fonts import register_fonts
from itplan_desktop.export.pdf.text_metrics import face_metrics
from itplan_desktop.export.xlsx.sizing import (
    LINE_HEIGHT,
    TEXT_SIZE,
    row_height,
    text_lines,
    text_width_points,
)
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.xlsx_export import export_plan_xlsx


def test_wide_letters_take_more_lines_than_narrow_ones_of_the_same_count():
    assert text_lines("ỀỄẴẪ " * 12, 20) > text_lines("iíìỉ " * 12, 20)
    assert text_lines("ĐẦU TƯ NÂNG CẤP", 10, bold=True) >= text_lines("đầu tư nâng cấp", 10)


def test_a_line_is_tall_enough_for_stacked_marks():
    face = face_metrics(register_fonts().bold)
    glyph_extent = (face.ascent - face.descent) * TEXT_SIZE  # "Ễ" stays inside the em box
    assert glyph_extent + 2 <= LINE_HEIGHT


def test_every_row_of_the_samples_holds_its_wrapped_text(tmp_path):
    """For every cell with text, the row is at least as high as its lines, wrapped with the
    face's real widths in the cell's width."""
    regular = face_metrics(register_fonts().regular)
    for stem in ("thanh_hoa_2011_2015", "nhu_xuan_2016_2020"):
        plan = read_plan_file(samples_dir() / f"{stem}.itplan.json").plan
        (path,) = export_plan_xlsx(copy.deepcopy(plan), tmp_path / f"{stem}.xlsx")
        for sheet in load_workbook(path).worksheets:
            merged = {c for r in sheet.merged_cells.ranges for row in r.rows for c in row}
            widths = {
                letter: dim.width for letter, dim in sheet.column_dimensions.items() if dim.width
            }
            for row in sheet.iter_rows(min_row=6):
                for cell in row:
                    if not isinstance(cell.value, str) or cell.value.startswith("="):
                        continue
                    if (cell.row, cell.column) in merged:
                        continue
                    width = widths.get(cell.column_letter)
                    lines = regular.wrap(cell.value, text_width_points(width), TEXT_SIZE)
                    height = sheet.row_dimensions[cell.row].height
                    assert height >= len(lines) * LINE_HEIGHT, (sheet.title, cell.coordinate)
    assert row_height([]) == LINE_HEIGHT + 3
