"""Messages of the database layer beyond the core ones (ids "db.…", "plan.changed_…"),
Vietnamese first, English second."""

from __future__ import annotations

from ..messages import has_message, register_messages

MESSAGES: dict[str, tuple[str, str]] = {
    "db.repaired": (
        "Cơ sở dữ liệu “{path}” bị hỏng do lần cập nhật trước bị ngắt giữa chừng; đã khôi phục "
        "từ bản sao lưu “{backup}”. Tệp hỏng được giữ ở “{damaged}”.",
        "The database “{path}” was damaged by an interrupted update; it was restored from the "
        "backup “{backup}”. The damaged file is kept as “{damaged}”.",
    ),
    "db.migration_failed": (
        "Không cập nhật được cơ sở dữ liệu “{path}” ({detail}); tệp không bị thay đổi. Hãy "
        "khôi phục từ bản sao lưu trong thư mục “{backups}”.",
        "Could not update the database “{path}” ({detail}); the file was not changed. Restore "
        "it from a backup in “{backups}”.",
    ),
    "db.not_a_file": (
        "“{path}” không phải là một tệp thông thường; không mở.",
        "“{path}” is not a regular file; not opened.",
    ),
    "plan.changed_elsewhere": (
        "Kế hoạch “{title}” vừa được thay đổi bởi một chương trình khác (phiên bản {have} "
        "trên đĩa, bản đang sửa là {mine}); chưa lưu để không ghi đè. Hãy tải lại kế hoạch.",
        "Plan “{title}” was just changed by another program (revision {have} on disk, the one "
        "being edited is {mine}); not saved, so as not to overwrite it. Reload the plan.",
    ),
}

if not has_message("db.repaired"):
    register_messages(MESSAGES)
