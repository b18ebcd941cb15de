"""Small pieces the exchange screens share: sizes and times as users read them, the names of
bundle kinds, signature and outcome states, colours for "needs attention", opening a folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices

from ..exchange.bundle_manifest import BUNDLE_SUFFIX

if TYPE_CHECKING:
    from ..store.database import Database

MISSING = QColor("#fde2e1")  # a district that has sent nothing, a refused bundle
WARNING = QColor("#fff4d6")  # unsigned / unknown sender, a conflict
GOOD = QColor("#e6f4ea")  # registered signature, applied

# Replaced by tests; the desktop opens the folder in the file manager.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def _t(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def size_text(size: int) -> str:
    """A file size as people read it: "812 byte", "11,2 KB", "1,4 MB" (comma in Vietnamese)."""
    if size < 1024:
        return _t("%1 byte").replace("%1", str(size))
    value, unit = (size / 1024, _t("KB")) if size < 1024 * 1024 else (size / 1048576, _t("MB"))
    number = f"{value:.1f}"
    if _t(",") == ",":  # the decimal mark of the interface language
        number = number.replace(".", ",")
    return f"{number} {unit}"


def time_text(moment: datetime | None) -> str:
    """A stored UTC time shown in local time, "26/11/2026 08:25"."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def kind_label(kind: str | None) -> str:
    labels = {
        "plan_submission": _t("Kế hoạch gửi lên tỉnh"),
        "progress_report": _t("Báo cáo tiến độ"),
        "province_template": _t("Mẫu kế hoạch của tỉnh"),
        "review_comments": _t("Ý kiến góp ý của tỉnh"),
    }
    return labels.get(kind or "", kind or "")


def signature_label(status: str | None) -> str:
    labels = {
        "registered": _t("Hợp lệ (khóa đã đăng ký)"),
        "unknown": _t("Người gửi chưa đăng ký khóa"),
        "unsigned": _t("Không có chữ ký"),
        "refused": _t("Bị từ chối"),
    }
    return labels.get(status or "", status or "")


def validation_label(status: str | None, errors: int, warnings: int) -> str:
    if status == "ok":
        return _t("Đạt")
    if status == "errors":
        return _t("%1 lỗi, %2 cảnh báo").replace("%1", str(errors)).replace("%2", str(warnings))
    if status == "warnings":
        return _t("%1 cảnh báo").replace("%1", str(warnings))
    return ""


def outcome_label(status: str) -> str:
    labels = {
        "applied": _t("Đã nhập"),
        "unchanged": _t("Không thay đổi"),
        "already_imported": _t("Đã nhập trước đây"),
        "kept_local": _t("Giữ bản của tôi"),
        "conflict": _t("Xung đột, chưa nhập"),
        "needs_confirmation": _t("Chưa xác nhận, chưa nhập"),
        "refused": _t("Bị từ chối"),
        "cancelled": _t("Đã hủy"),
    }
    return labels.get(status, status)


def open_folder(path: Path) -> None:
    """Show the folder holding `path` in the system's file manager."""
    open_url(QUrl.fromLocalFile(str(Path(path).parent)))


def bundle_files(paths: list[Path]) -> list[Path]:
    """Bundle files among dropped or chosen paths; a folder gives the bundles inside it."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{BUNDLE_SUFFIX}") if p.is_file()))
        elif path.name.lower().endswith(BUNDLE_SUFFIX):
            found.append(path)
    return list(dict.fromkeys(found))


def province_email(db: Database) -> str:
    """The province's address remembered by `set_province_email` (empty when not set)."""
    from ..services.exchange import PROVINCE_EMAIL_SETTING
    from ..store import exchange_repository

    with db.session() as session:
        return exchange_repository.get_setting(session, PROVINCE_EMAIL_SETTING) or ""
