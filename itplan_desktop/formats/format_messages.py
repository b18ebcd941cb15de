"""Refusals of the file readers beyond the core ones: numbers and nesting past the limits,
special files, anything a reader could not make sense of. Vietnamese first, English second."""

from __future__ import annotations

from ..messages import has_message, register_messages

MESSAGES: dict[str, tuple[str, str]] = {
    "planfile.number_too_long": (
        "Tệp chứa một số có {digits} chữ số (tối đa {limit}); không phải tệp kế hoạch hợp lệ.",
        "The file holds a number of {digits} digits (at most {limit}); not a valid plan file.",
    ),
    "planfile.too_deep": (
        "Tệp lồng nhau quá sâu (quá {limit} cấp); không phải tệp kế hoạch hợp lệ.",
        "The file is nested too deeply (over {limit} levels); not a valid plan file.",
    ),
    "planfile.unreadable": (
        "Tệp kế hoạch không hợp lệ: {detail}",
        "Invalid plan file: {detail}",
    ),
    "file.not_regular": (
        "“{path}” không phải là một tệp thông thường (thư mục, thiết bị hoặc đường ống); "
        "không đọc.",
        "“{path}” is not a regular file (a folder, a device or a pipe); not read.",
    ),
    "file.refused": (
        "Không nhập “{name}”: {reason}",
        "“{name}” not imported: {reason}",
    ),
    "bundle.unreadable": (
        "Không đọc được gói dữ liệu “{name}”: {detail}; không nhập.",
        "Could not read the bundle “{name}”: {detail}; not imported.",
    ),
}

if not has_message("planfile.number_too_long"):
    register_messages(MESSAGES)
