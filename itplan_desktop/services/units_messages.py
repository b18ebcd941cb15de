"""Messages of the units catalogue, agencies and plan creation (Vietnamese, English)."""

from __future__ import annotations

from ..messages import register_messages

register_messages(
    {
        "units.unknown_province": (
            "Không có tỉnh, thành phố mã “{code}” trong danh mục đơn vị hành chính hiện hành.",
            "There is no current province or city with code “{code}”.",
        ),
        "units.unknown_unit": (
            "Không có đơn vị mã “{code}” (trong danh mục hay trong cơ sở dữ liệu).",
            "There is no unit with code “{code}” (in the catalogue or the database).",
        ),
        "units.agency_no_name": ("Chưa nhập tên cơ quan.", "The agency has no name."),
        "units.agency_exists": (
            "Tỉnh đã có cơ quan “{name}” (mã {code}).",
            "The province already has the agency “{name}” (code {code}).",
        ),
        "units.not_agency": (
            "Đơn vị “{code}” không phải là sở, ban, ngành do tỉnh thêm.",
            "“{code}” is not an agency added by the province.",
        ),
        "units.agency_added": (
            "Đã thêm “{name}” (mã {code}).",
            "Added “{name}” (code {code}).",
        ),
        "units.agency_renamed": ("Đã đổi tên thành “{name}”.", "Renamed to “{name}”."),
        "units.agency_removed": (
            "Đã đưa “{name}” ra khỏi danh sách đơn vị hiện hành từ {day} (kế hoạch và mã {code} "
            "được giữ lại, mã không cấp cho đơn vị khác).",
            "“{name}” is no longer a current unit from {day} (its plans and code {code} are "
            "kept; the code is never given to another unit).",
        ),
        "units.ceased_for_period": (
            "Đơn vị “{name}” đã thôi hoạt động từ {day}; chỉ lập được kế hoạch cho thời kỳ "
            "bắt đầu trước ngày đó.",
            "“{name}” ceased on {day}; it can only own plans for periods starting before then.",
        ),
        "units.consolidated": (
            "Đã tổng hợp {count}/{total} đơn vị vào “{path}”.",
            "Consolidated {count} of {total} units into “{path}”.",
        ),
        "units.bad_period": (
            "Thời kỳ “{text}” không hợp lệ; hãy viết dạng 2026-2030.",
            "Invalid period “{text}”; write it like 2026-2030.",
        ),
        "units.unknown_template": (
            "Không có mẫu kế hoạch “{name}”; các mẫu: {names}.",
            "There is no plan template “{name}”; templates: {names}.",
        ),
        "units.template_not_for_period": (
            "Mẫu “{name}” dùng cho {scope}, không dùng cho {start}-{end}.",
            "Template “{name}” is for {scope}, not for {start}-{end}.",
        ),
    }
)
