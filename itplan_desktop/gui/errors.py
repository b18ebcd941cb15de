"""Errors a district officer understands: a Vietnamese sentence, the details folded away."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..messages import UserError

log = logging.getLogger("itplan_desktop.gui")
shown: list[str] = []  # texts of the boxes shown in this session (tests read it)
_open_boxes: list[QMessageBox] = []


def error_text(error: BaseException) -> str:
    """The sentence to show: a UserError's catalogue text, otherwise a general apology."""
    if isinstance(error, UserError):
        return error.text
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "ErrorBox",
            "Không có quyền ghi hoặc đọc tệp. Hãy chọn thư mục khác hoặc đóng tệp đang mở.",
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "ErrorBox", "Không đọc hoặc ghi được tệp. Hãy kiểm tra đĩa và đường dẫn."
        )
    return QCoreApplication.translate(
        "ErrorBox", "Đã xảy ra lỗi không mong muốn. Công việc đã lưu không bị mất."
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Log `error` and show it in a message box with the technical details expandable."""
    if not isinstance(error, UserError):
        log.error("Error shown to the user", exc_info=error)
    if QApplication.instance() is None:
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorBox", "Có lỗi"))
    box.setText(error_text(error))
    if not isinstance(error, UserError):  # a UserError is the whole answer: no traceback
        box.setInformativeText(
            QCoreApplication.translate(
                "ErrorBox", "Nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ."
            )
        )
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shown.append(box.text())
    _open_boxes.append(box)
    box.finished.connect(lambda _result, b=box: _open_boxes.remove(b))
    box.open()  # window-modal but non-blocking: the event loop (and autosave) keep running
