"""Small pieces the exchange screens share: sizes and times as users read them, the names of
bundle kinds, signature and outcome states, colours for "needs attention", opening a folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices

from ...domain.validation import codes as _codes  # noqa: F401  (registers validate.*)
from ...formats import bundle_kinds
from ...messages import message
from .. import i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...services.exchange import ExportResult
    from ...store.database import Database

MISSING = QColor("#fde2e1")  # a district that has sent nothing, a refused bundle
WARNING = QColor("#fff4d6")  # unsigned / unknown sender, a conflict
GOOD = QColor("#e6f4ea")  # registered signature, applied

# Replaced by tests; the desktop opens the folder in the file manager.
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def ask_bundle_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to save a bundle: a save dialog opened in the last folder used, which it
    remembers; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    from .. import settings

    recent = settings.recent("folders")
    folder = Path(recent[0]) if recent else Path.home()
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(folder / suggested),
        QCoreApplication.translate("Exchange", "Tệp trao đổi (*.itplan-bundle)"),
    )
    if not name:
        return None
    settings.add_recent("folders", str(Path(name).parent))
    return Path(name)


def saved_lines(first: str, result: ExportResult) -> list[str]:
    """What a saved bundle reports: `first` (already filled in), then the e-mail draft, if any."""
    lines = [first]
    if result.eml_path is not None:
        lines.append(
            QCoreApplication.translate(
                "Exchange", "Thư nháp: “%1” — mở bằng Outlook hoặc Thunderbird rồi bấm Gửi."
            ).replace("%1", result.eml_path.name)
        )
    return lines


def size_text(size: int) -> str:
    """A file size as people read it: "812 byte", "11,2 KB", "1,4 MB" (comma in Vietnamese)."""
    if size < 1024:
        return QCoreApplication.translate("Exchange", "%1 byte").replace("%1", str(size))
    value, unit = (
        (size / 1024, QCoreApplication.translate("Exchange", "KB"))
        if size < 1024 * 1024
        else (size / 1048576, QCoreApplication.translate("Exchange", "MB"))
    )
    number = f"{value:.1f}"
    if i18n.current_language() == "vi":  # decimal comma in Vietnamese
        number = number.replace(".", ",")
    return f"{number} {unit}"


def time_text(moment: datetime | None) -> str:
    """A stored UTC time shown in local time, "26/11/2026 08:25"."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def kind_label(kind: str | None) -> str:
    """The bundle kind's label from the one registry (formats.bundle_kinds), in the language
    the messages follow (set with the GUI's)."""
    return bundle_kinds.kind_label(kind)


def signature_label(status: str | None) -> str:
    labels = {
        "registered": QCoreApplication.translate("Exchange", "Hợp lệ (khóa đã đăng ký)"),
        "unknown": QCoreApplication.translate("Exchange", "Người gửi chưa đăng ký khóa"),
        "unsigned": QCoreApplication.translate("Exchange", "Không có chữ ký"),
        "refused": QCoreApplication.translate("Exchange", "Bị từ chối"),
    }
    return labels.get(status or "", status or "")


def validation_label(status: str | None, errors: int, warnings: int) -> str:
    if status == "ok":
        return QCoreApplication.translate("Exchange", "Đạt")
    if status == "errors":
        return message("validate.summary", errors=errors, warnings=warnings)
    if status == "warnings":
        return QCoreApplication.translate("Exchange", "%1 cảnh báo").replace("%1", str(warnings))
    return ""


def outcome_label(status: str) -> str:
    labels = {
        "applied": QCoreApplication.translate("Exchange", "Đã nhập"),
        "unchanged": QCoreApplication.translate("Exchange", "Không thay đổi"),
        "already_imported": QCoreApplication.translate("Exchange", "Đã nhập trước đây"),
        "kept_local": QCoreApplication.translate("Exchange", "Giữ bản của tôi"),
        "conflict": QCoreApplication.translate("Exchange", "Xung đột, chưa nhập"),
        "needs_confirmation": QCoreApplication.translate("Exchange", "Chưa xác nhận, chưa nhập"),
        "refused": QCoreApplication.translate("Exchange", "Bị từ chối"),
        "cancelled": QCoreApplication.translate("Exchange", "Đã hủy"),
    }
    return labels.get(status, status)


def open_folder(path: Path) -> None:
    """Show the folder holding `path` in the system's file manager."""
    open_url(QUrl.fromLocalFile(str(Path(path).parent)))


def bundle_files(paths: list[Path]) -> list[Path]:
    """Bundle files among dropped or chosen paths; a folder gives the bundles inside it."""
    from ...formats.bundle_manifest import BUNDLE_SUFFIX  # not at import: start-up stays light

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{BUNDLE_SUFFIX}") if p.is_file()))
        elif path.name.lower().endswith(BUNDLE_SUFFIX):
            found.append(path)
    return list(dict.fromkeys(found))


def province_email(db: Database) -> str:
    """The province's address remembered by `set_province_email` (empty when not set)."""
    from ...services.exchange import PROVINCE_EMAIL_SETTING
    from ...store import exchange_repository

    with db.session() as session:
        return exchange_repository.get_setting(session, PROVINCE_EMAIL_SETTING) or ""
