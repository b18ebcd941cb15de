"""The one message catalogue of services and the CLI (the GUI uses Qt's tr()).

Each message has a stable id, the Vietnamese text (the default) and the English text.
Messages are whole sentences with named placeholders, never assembled from fragments.
"""

from __future__ import annotations

import os

_CATALOGUE: dict[str, tuple[str, str]] = {
    # plan file
    "planfile.not_json": (
        "Tệp không phải là tệp kế hoạch hợp lệ (JSON lỗi ở dòng {line}, cột {column}): {detail}",
        "The file is not a valid plan file (JSON error at line {line}, column {column}): {detail}",
    ),
    "planfile.not_text": (
        "Tệp không phải là văn bản UTF-8; có thể đây không phải tệp kế hoạch.",
        "The file is not UTF-8 text; it is probably not a plan file.",
    ),
    "planfile.wrong_format": (
        "Tệp không phải là tệp kế hoạch của itplan-desktop (định dạng: {found}).",
        "The file is not an itplan-desktop plan file (format: {found}).",
    ),
    "planfile.newer_version": (
        "Tệp kế hoạch được tạo bởi phiên bản mới hơn (định dạng {found}, phiên bản này đọc "
        "được đến {supported}). Hãy cập nhật phần mềm.",
        "The plan file was made by a newer version (format {found}; this version reads up to "
        "{supported}). Please update the application.",
    ),
    "planfile.invalid": (
        "Tệp kế hoạch không hợp lệ tại {place}: {detail}",
        "Invalid plan file at {place}: {detail}",
    ),
    "planfile.too_large": (
        "Tệp quá lớn ({size} byte; tối đa {limit} byte).",
        "The file is too large ({size} bytes; at most {limit} bytes).",
    ),
    "planfile.duplicate_uuid": ("Mã định danh {uuid} bị trùng.", "Duplicate identifier {uuid}."),
    "planfile.duplicate_column": ("Khóa cột “{key}” bị trùng.", "Duplicate column key “{key}”."),
    "planfile.unknown_column": (
        "Ô tham chiếu đến cột “{key}” không có trong bảng.",
        "A cell refers to column “{key}”, which the table does not have.",
    ),
    "planfile.wrong_column_kind": (
        "Cột “{key}” không nhận loại giá trị này.",
        "Column “{key}” does not take this kind of value.",
    ),
    "planfile.unknown_organisation": (
        "Đơn vị có mã “{code}” không có trong danh sách đơn vị của tệp.",
        "Organisation code “{code}” is not among the file's organisations.",
    ),
    "planfile.unknown_indicator": (
        "Số liệu tham chiếu đến chỉ tiêu {uuid} không có trong kế hoạch.",
        "An observation refers to indicator {uuid}, which the plan does not have.",
    ),
    "planfile.bad_years": (
        "Năm bắt đầu {start} lớn hơn năm kết thúc {end}.",
        "Start year {start} is after end year {end}.",
    ),
    # database
    "db.not_sqlite": (
        "Tệp “{path}” không phải là cơ sở dữ liệu của itplan-desktop.",
        "“{path}” is not an itplan-desktop database.",
    ),
    "db.corrupt": (
        "Cơ sở dữ liệu “{path}” bị hỏng ({detail}). Hãy khôi phục từ bản sao lưu trong "
        "thư mục “{backups}”.",
        "The database “{path}” is damaged ({detail}). Restore it from a backup in “{backups}”.",
    ),
    "db.too_new": (
        "Cơ sở dữ liệu “{path}” được tạo bởi phiên bản mới hơn của phần mềm (lược đồ {found}). "
        "Hãy cập nhật phần mềm; dữ liệu không bị thay đổi.",
        "The database “{path}” was made by a newer version of the application (schema {found}). "
        "Please update the application; the data was not changed.",
    ),
    # services / CLI
    "plan.not_found": ("Không tìm thấy kế hoạch “{ref}”.", "Plan “{ref}” not found."),
    "plan.ambiguous": (
        "“{ref}” khớp với nhiều kế hoạch; hãy dùng mã đầy đủ.",
        "“{ref}” matches several plans; use the full id.",
    ),
    "plan.imported": ("Đã nhập kế hoạch {title} (mã {id}).", "Imported plan {title} (id {id})."),
    "plan.import_unchanged": (
        "Kế hoạch {title} (mã {id}) đã có, không thay đổi gì.",
        "Plan {title} (id {id}) is already here; nothing changed.",
    ),
    "plan.import_stale": (
        "Cơ sở dữ liệu đang có phiên bản {have} của kế hoạch này, mới hơn phiên bản {got} "
        "trong tệp; không nhập.",
        "The database holds revision {have} of this plan, newer than revision {got} in the "
        "file; not imported.",
    ),
    "plan.import_same_revision": (
        "Kế hoạch “{title}” trong tệp có cùng phiên bản {revision} với bản đang lưu nhưng nội "
        "dung khác (một trong hai bản đã được sửa mà không lưu thành phiên bản mới). Không "
        "nhập; chỉ thay bản đang lưu khi chắc chắn tệp là bản đúng (dòng lệnh: --replace).",
        "The plan “{title}” in the file has the same revision {revision} as the stored one but "
        "different content (one of them was changed without becoming a new revision). Not "
        "imported; replace the stored plan only if you are sure the file is right (command "
        "line: --replace).",
    ),
    "plan.import_replaced": (
        "Bản đang lưu đã được thay bằng nội dung của tệp, thành phiên bản {revision}.",
        "The stored plan was replaced by the file's content, as revision {revision}.",
    ),
    "plan.import_unit_id_taken": (
        "Tệp ghi đơn vị {code} ({name}) với mã định danh của đơn vị {other} đã có trong cơ sở "
        "dữ liệu; không nhập. Dữ liệu không bị thay đổi.",
        "The file gives unit {code} ({name}) the identifier of unit {other}, already in the "
        "database; not imported. Nothing was changed.",
    ),
    "plan.import_unit_kept": (
        "Đơn vị {code} ({name}) đã có trong cơ sở dữ liệu với mã định danh khác với tệp; giữ "
        "đơn vị đã có (kế hoạch vẫn gắn với mã đơn vị {code}).",
        "Unit {code} ({name}) is already in the database under an identifier other than the "
        "file's; the stored unit is kept (the plan stays with unit code {code}).",
    ),
    "plan.import_foreign_ids": (
        "Không nhập được kế hoạch “{title}”: tệp dùng lại mã định danh của các mục thuộc một "
        "kế hoạch khác trong cơ sở dữ liệu (có thể tệp được sửa tay từ một kế hoạch có sẵn). "
        "Dữ liệu không bị thay đổi.",
        "Cannot import the plan “{title}”: the file reuses identifiers of items that belong to "
        "another plan in the database (perhaps it was edited by hand from an existing plan). "
        "Nothing was changed.",
    ),
    "plan.exported": ("Đã xuất kế hoạch ra “{path}”.", "Exported the plan to “{path}”."),
    "demo.created": (
        "Đã tạo cơ sở dữ liệu mẫu “{path}” với {count} kế hoạch.",
        "Created the demo database “{path}” with {count} plans.",
    ),
    "cli.file_not_found": ("Không tìm thấy tệp “{path}”.", "File “{path}” not found."),
    "cli.cannot_write": (
        "Không ghi được tệp “{path}”: {detail}",
        "Cannot write “{path}”: {detail}",
    ),
    "cli.os_error": (
        "Không đọc/ghi được “{path}”: {detail}",
        "Cannot read or write “{path}”: {detail}",
    ),
    "cli.no_plans": ("Chưa có kế hoạch nào.", "There are no plans yet."),
    "gui.file_needs_cli": (
        "“{path}”: hãy dùng “itplan import-xlsx” hoặc “itplan bundle import” để nhập tệp này.",
        "“{path}”: use “itplan import-xlsx” or “itplan bundle import” for this file.",
    ),
    "gui.no_display": (
        "Không có màn hình đồ họa (biến DISPLAY trống). Giao diện dòng lệnh vẫn dùng được: "
        "chạy “itplan --help”. Các kế hoạch trong cơ sở dữ liệu “{path}”:",
        "No graphical display is available (DISPLAY is empty). The command line still works: "
        "run “itplan --help”. Plans in the database “{path}”:",
    ),
}

LANGUAGES = ("vi", "en")
_language = (
    os.environ.get("ITPLAN_LANG", "vi") if os.environ.get("ITPLAN_LANG") in LANGUAGES else "vi"
)


def set_language(language: str) -> None:
    """Choose "vi" (default) or "en" for every later message."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(language)
    _language = language


def message(message_id: str, /, **values: object) -> str:
    """The message `message_id` in the current language, with its placeholders filled."""
    vi, en = _CATALOGUE[message_id]
    return (vi if _language == "vi" else en).format(**values)


def vietnamese(message_id: str, /, **values: object) -> str:
    """The message in Vietnamese whatever the interface language: for what leaves the
    machine for a Vietnamese office (a bundle's file name)."""
    return _CATALOGUE[message_id][0].format(**values)


def register_messages(entries: dict[str, tuple[str, str]]) -> None:
    """Add a module's messages (e.g. validation findings) to the one catalogue."""
    clash = set(entries) & set(_CATALOGUE)
    if clash:
        raise ValueError(f"message ids defined twice: {sorted(clash)}")
    _CATALOGUE.update(entries)


def has_message(key: str) -> bool:
    return key in _CATALOGUE


class UserError(Exception):
    """An error whose text is meant for the user: a catalogue key and its values.

    A value may itself be a UserError (the detail of a refusal): it is formatted by its text
    in the language current when the outer message is shown, like the outer message.
    """

    def __init__(self, message_id: str, /, **values: object) -> None:
        self.key = message_id
        self.values = values
        super().__init__(message(message_id, **values))

    @property
    def text(self) -> str:
        """The message in the language current now (not the one of the moment it was raised)."""
        return message(self.key, **self.values)

    def __str__(self) -> str:
        return self.text

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled as its key and values (a refusal sent back by a worker process)."""
        return (_user_error, (self.key, self.values))


def _user_error(key: str, values: dict[str, object]) -> UserError:
    return UserError(key, **values)


class TextReadError(ValueError):
    """A typed text that cannot be read (a number, a date, a period, an amount in words):
    `text` is what was typed, `key` and `values` name the catalogue message, and `message`
    (also `str()`) is that message in the current language, looked up when shown."""

    def __init__(self, text: str, message_id: str, /, **values: object) -> None:
        super().__init__(message_id)
        self.text = text
        self.key = message_id
        self.values = values

    @property
    def message(self) -> str:
        return message(self.key, **self.values)

    def __str__(self) -> str:
        return self.message


class Phrase:
    """A catalogue message used as a value of another ("… : {detail}"): it is put into words
    in the language current when the outer message is shown, not when it was raised."""

    __slots__ = ("key", "values")

    def __init__(self, message_id: str, /, **values: object) -> None:
        self.key = message_id
        self.values = values

    def __str__(self) -> str:
        return message(self.key, **self.values)

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, **{self.values!r})"
