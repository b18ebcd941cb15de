"""The import dialog's mapping (services/xlsx_mapping.py) is the CLI's --mapping JSON."""

from __future__ import annotations

from openpyxl import Workbook

from itplan_desktop.formats.xlsx_import import parse_mapping
from itplan_desktop.services.xlsx_import import preview_xlsx
from itplan_desktop.services.xlsx_mapping import Mapping, candidate_years, choice_of


def _book(path):
    book = Workbook()
    sheet = book.active
    sheet.append(["TT", "Nội dung", "Người phụ trách", "2021", "Tổng cộng"])
    sheet.append([1, "Mua máy tính", "Văn phòng", 10, None])
    book.save(path)
    return path


def test_only_changed_columns_are_listed_and_parse_as_a_mapping(tmp_path):
    path = _book(tmp_path / "b.xlsx")
    preview = preview_xlsx(path)
    assert [choice_of(m) for m in preview.columns] == ["tt", "name", "text", "year:2021", "total"]
    assert candidate_years(preview, range(2021, 2024)) == [2021, 2022, 2023]
    mapping = Mapping()
    mapping.set_column(preview, 3, "lead_unit")
    mapping.set_column(preview, 4, "year:2022")
    mapping.set_column(preview, 4, "year:2021")  # back to the suggestion: no entry
    mapping.title = "  Danh mục   mua sắm "
    data = mapping.to_json()
    assert data == {"title": "Danh mục mua sắm", "columns": {"C": "lead_unit"}}
    parse_mapping(data)  # what --mapping accepts
    again = preview_xlsx(path, mapping=data)
    assert [choice_of(m) for m in again.columns][2] == "lead_unit"
    assert again.appendix.title == "Danh mục mua sắm"
    assert again.sample[0] == (1, ["TT", "Nội dung", "Người phụ trách", "2021", "Tổng cộng"])
