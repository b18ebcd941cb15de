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
    "export.too_large_for_page": (
        "Không xuất được: một đoạn văn bản in liền một khối quá dài, không vừa một trang (dài "
        "nhất là «{start}…», {count} ký tự). Hãy rút gọn.",
        "Cannot export: a text printed as one block is too long to fit on a page (the longest "
        "is «{start}…», {count} characters). Please shorten it.",
    ),
    "export.value_too_large": (
        "Không xuất được: có số tiền hoặc số liệu quá lớn ({detail}); hãy kiểm tra lại số liệu.",
        "Cannot export: an amount or figure is too large ({detail}); please check the figures.",
    ),
    "planfile.text_too_long": (
        "{what} dài {length} ký tự, quá giới hạn {limit}.",
        "{what} is {length} characters long, over the limit of {limit}.",
    ),
    "planfile.amount_too_large": (
        "Số {value}… có {digits} chữ số, quá lớn (tối đa {limit} chữ số).",
        "The number {value}… has {digits} digits, too large (at most {limit} digits).",
    ),
    "bundle.unreadable": (
        "Không đọc được gói dữ liệu “{name}”: {detail}; không nhập.",
        "Could not read the bundle “{name}”: {detail}; not imported.",
    ),
}

if not has_message("planfile.number_too_long"):
    register_messages(MESSAGES)
