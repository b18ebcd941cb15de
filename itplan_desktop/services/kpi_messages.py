"""Messages of the KPI tracker and the progress report (Vietnamese first, English second)."""

from __future__ import annotations

from ..messages import register_messages

register_messages(
    {
        "kpi.unknown_catalogue_code": (
            "Danh mục chỉ tiêu không có mã “{code}”.",
            "The indicator catalogue has no code “{code}”.",
        ),
        "kpi.unknown_organisation": (
            "Không có đơn vị mã “{code}”.",
            "There is no organisation with code “{code}”.",
        ),
        "kpi.not_district_or_commune": (
            "Đơn vị “{code}” không phải là huyện của kế hoạch hay một xã của huyện.",
            "“{code}” is neither the plan's district nor one of its communes.",
        ),
        "kpi.commune_bad_code": (
            "Mã xã “{code}” không hợp lệ (không được để trống, tối đa 20 ký tự).",
            "Commune code “{code}” is invalid (required, at most 20 characters).",
        ),
        "kpi.commune_no_name": ("Chưa nhập tên xã.", "The commune has no name."),
        "kpi.commune_bad_kind": (
            "Loại đơn vị “{kind}” không hợp lệ; chọn một trong: {kinds}.",
            "Unknown kind of unit “{kind}”; choose one of: {kinds}.",
        ),
        "kpi.commune_code_taken": (
            "Mã “{code}” đã được dùng cho một đơn vị khác.",
            "Code “{code}” is already used by another organisation.",
        ),
        "kpi.bad_period": ("{detail}", "Invalid reporting period: {detail}"),
        "kpi.unknown_indicator": (
            "Kế hoạch không có chỉ tiêu “{ref}”.",
            "The plan has no indicator “{ref}”.",
        ),
        "kpi.ambiguous_indicator": (
            "“{ref}” khớp với nhiều chỉ tiêu; hãy dùng số thứ tự hoặc mã đầy đủ.",
            "“{ref}” matches several indicators; use the number or the full id.",
        ),
        "kpi.bad_number": ("{detail}", "{detail}"),
        "kpi.no_value": (
            "Hãy nhập giá trị, hoặc cả tử số và mẫu số.",
            "Enter a value, or both the numerator and the denominator.",
        ),
        "kpi.value_and_fraction": (
            "Chỉ nhập giá trị hoặc tử số/mẫu số, không nhập cả hai.",
            "Enter either a value or a numerator/denominator, not both.",
        ),
        "kpi.fraction_not_allowed": (
            "Chỉ tiêu “{name}” không nhập theo tử số/mẫu số.",
            "Indicator “{name}” does not take a numerator and denominator.",
        ),
        "kpi.denominator_not_positive": (
            "Mẫu số phải lớn hơn 0 (đã nhập {value}).",
            "The denominator must be greater than 0 (got {value}).",
        ),
        "kpi.negative": (
            "Giá trị không được âm (đã nhập {value}).",
            "The value cannot be negative (got {value}).",
        ),
        "kpi.numerator_over_denominator": (
            "Tử số ({numerator}) không được lớn hơn mẫu số ({denominator}).",
            "The numerator ({numerator}) cannot exceed the denominator ({denominator}).",
        ),
        "kpi.percent_range": (
            "Tỷ lệ phải từ 0 đến 100% (đã nhập {value}).",
            "A percentage must be between 0 and 100 (got {value}).",
        ),
        "kpi.not_whole": (
            "Chỉ tiêu “{name}” đếm số lượng: hãy nhập số nguyên (đã nhập {value}).",
            "Indicator “{name}” counts units: enter a whole number (got {value}).",
        ),
        "kpi.bad_boolean": (
            "Hãy nhập “Có” hoặc “Không” (đã nhập “{text}”).",
            "Enter “Có” (yes) or “Không” (no) (got “{text}”).",
        ),
        "kpi.district_is_derived": (
            "Số liệu của huyện cho chỉ tiêu “{name}” được tổng hợp từ các xã; hãy sửa số liệu "
            "của xã.",
            "The district's figure of “{name}” is rolled up from its communes; edit the "
            "communes' figures.",
        ),
        "kpi.paste_too_large": (
            "Vùng dán quá lớn ({rows} dòng × {columns} cột; tối đa {limit} ô).",
            "The pasted block is too large ({rows} rows × {columns} columns; at most {limit} "
            "cells).",
        ),
        "kpi.paste_outside": (
            "Ô ở dòng {row}, cột {column} nằm ngoài bảng; đã bỏ qua.",
            "The cell at row {row}, column {column} is outside the table; skipped.",
        ),
        "kpi.paste_cell": (
            "Dòng {row}, cột {column}: {detail}",
            "Row {row}, column {column}: {detail}",
        ),
        "kpi.unknown_task": (
            "Không tìm thấy nhiệm vụ (dòng phụ lục) “{ref}”.",
            "Task (appendix row) “{ref}” not found.",
        ),
        "kpi.bad_amount": (
            "Số tiền giải ngân “{text}” không hợp lệ: hãy nhập số đồng không âm.",
            "Disbursed amount “{text}” is invalid: enter a non-negative number of đồng.",
        ),
        "kpi.bad_year": (
            "Năm {year} nằm ngoài thời gian của kế hoạch ({start}–{end}).",
            "Year {year} is outside the plan's years ({start}–{end}).",
        ),
        "kpi.report_bad_suffix": (
            "Tệp báo cáo phải có đuôi .pdf hoặc .xlsx (đã nhập “{path}”).",
            "The report file must end in .pdf or .xlsx (got “{path}”).",
        ),
        "kpi.cannot_write": (
            "Không ghi được tệp “{path}”: {detail}",
            "Cannot write “{path}”: {detail}",
        ),
        "kpi.set_done": (
            "Đã ghi số liệu chỉ tiêu “{name}”, {period}, {org}: {value}.",
            "Saved “{name}”, {period}, {org}: {value}.",
        ),
        "kpi.report_written": ("Đã ghi báo cáo “{path}”.", "Report written to “{path}”."),
        "kpi.no_indicators": (
            "Kế hoạch chưa có chỉ tiêu nào.",
            "The plan has no indicators yet.",
        ),
    }
)
