"""Deleting a plan from the start page: asks (naming the plan), keeps a backup of the
database (`services.appendix_management.delete_plan`) and says where it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..errors import show_error

if TYPE_CHECKING:
    from .main_window import MainWindow


def delete_plan(window: MainWindow, plan_uuid: str) -> bool:
    """True when the plan was deleted. The open plan is closed first."""
    if window.db is None:
        return False
    from ...services.appendix_management import delete_plan as delete
    from ...services.plans import list_plans

    summary = next((p for p in list_plans(window.db) if p.uuid == plan_uuid), None)
    if summary is None:
        return False
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("PlanDeletion", "Xóa kế hoạch"),
        QCoreApplication.translate(
            "PlanDeletion",
            "Xóa hẳn kế hoạch “%1” (%2) cùng các phụ lục, chỉ tiêu và số liệu của nó?\n\n"
            "Một bản sao lưu của cơ sở dữ liệu được giữ lại trước khi xóa.",
        )
        .replace("%1", summary.title)
        .replace("%2", summary.organisation_name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if window.workspace is not None and window.workspace.editor.plan.uuid == plan_uuid:
        window.close_plan()
    try:
        backup = delete(window.db, plan_uuid)
    except Exception as error:
        show_error(window, error)
        return False
    window.refresh_start_page()
    window.update_title()
    window.show_message(
        QCoreApplication.translate("PlanDeletion", "Đã xóa kế hoạch “%1”. Bản sao lưu: %2")
        .replace("%1", summary.title)
        .replace("%2", str(backup)),
        15_000,
    )
    return True
