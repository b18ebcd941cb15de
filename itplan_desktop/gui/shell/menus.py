"""The menu bar of the main window. Actions are made once; `retranslate` sets their texts so
a language switch takes effect live. Undo/redo come from the undo group (the open plan's
stack) and are re-made on a language switch, since their prefix is fixed at creation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ..plan.plan_workspace import PlanWorkspace
    from .main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey
NAV_KEYS = ("header", "bases", "sections", "budget", "appendices", "indicators", "check")


@dataclass
class Menus:
    window: MainWindow
    file: QMenu
    edit: QMenu
    view: QMenu
    help: QMenu
    actions: dict[str, QAction] = field(default_factory=dict)
    plan_actions: list[QAction] = field(default_factory=list)
    undo: QAction | None = None
    redo: QAction | None = None

    def add(
        self,
        menu: QMenu,
        key: str,
        slot: Callable[..., object],
        shortcut: Shortcut | list[Shortcut] | None = None,
        plan: bool = False,
    ) -> QAction:
        act = QAction(self.window)
        act.setObjectName(f"action_{key}")
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            act.setShortcuts([QKeySequence(k) for k in keys])
        act.triggered.connect(slot)
        menu.addAction(act)
        self.actions[key] = act
        if plan:
            self.plan_actions.append(act)
        return act

    def make_undo_actions(self) -> None:
        """(Re)create Undo/Redo with the current language's prefix, at the top of Edit."""
        for old in (self.undo, self.redo):
            if old is not None:
                self.edit.removeAction(old)
                old.deleteLater()
        group = self.window.undo_group
        self.undo = group.createUndoAction(
            self.window, QCoreApplication.translate("Menus", "Hoàn tác")
        )
        self.redo = group.createRedoAction(
            self.window, QCoreApplication.translate("Menus", "Làm lại")
        )
        self.undo.setObjectName("action_undo")
        self.redo.setObjectName("action_redo")
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        actions = self.edit.actions()
        if actions:
            self.edit.insertAction(actions[0], self.undo)
            self.edit.insertAction(actions[0], self.redo)
        else:
            self.edit.addAction(self.undo)
            self.edit.addAction(self.redo)

    def retranslate(self) -> None:
        self.file.setTitle(QCoreApplication.translate("Menus", "&Tệp"))
        self.edit.setTitle(QCoreApplication.translate("Menus", "&Sửa"))
        self.view.setTitle(QCoreApplication.translate("Menus", "&Xem"))
        self.help.setTitle(QCoreApplication.translate("Menus", "&Trợ giúp"))
        texts = {
            "new_plan": QCoreApplication.translate("Menus", "Tạo kế hoạch &mới…"),
            "import_file": QCoreApplication.translate("Menus", "&Mở/nhập tệp kế hoạch…"),
            "import_excel": QCoreApplication.translate("Menus", "Nhập bảng &Excel…"),
            "close_plan": QCoreApplication.translate("Menus", "Đóng kế hoạch (về trang đầu)"),
            "preview": QCoreApplication.translate("Menus", "&Xem trước khi in…"),
            "print": QCoreApplication.translate("Menus", "&In…"),
            "export_pdf": QCoreApplication.translate("Menus", "Xuất &PDF…"),
            "export_xlsx": QCoreApplication.translate("Menus", "Xuất E&xcel…"),
            "export_plan": QCoreApplication.translate("Menus", "Xuất tệp &kế hoạch…"),
            "settings": QCoreApplication.translate("Menus", "&Cài đặt…"),
            "quit": QCoreApplication.translate("Menus", "&Thoát"),
            "findings": QCoreApplication.translate("Menus", "Bảng &kiểm tra"),
            "next_finding": QCoreApplication.translate("Menus", "Lỗi &tiếp theo"),
            "nav_header": QCoreApplication.translate("Menus", "Thông tin chung"),
            "nav_bases": QCoreApplication.translate("Menus", "Căn cứ"),
            "nav_sections": QCoreApplication.translate("Menus", "Nội dung"),
            "nav_budget": QCoreApplication.translate("Menus", "Kinh phí"),
            "nav_appendices": QCoreApplication.translate("Menus", "Phụ lục"),
            "nav_indicators": QCoreApplication.translate("Menus", "Chỉ tiêu"),
            "nav_check": QCoreApplication.translate("Menus", "Kiểm tra"),
            "log_folder": QCoreApplication.translate("Menus", "Mở thư mục &nhật ký"),
            "guide": QCoreApplication.translate("Menus", "&Hướng dẫn sử dụng"),
            "about": QCoreApplication.translate("Menus", "&Giới thiệu"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.go_menu.setTitle(QCoreApplication.translate("Menus", "Đi &tới"))
        from ..exchange.actions import retranslate_exchange_menu

        retranslate_exchange_menu(self)
        from ..index.actions import retranslate_index_menu

        retranslate_index_menu(self)
        self.make_undo_actions()

    go_menu: QMenu = field(init=False)  # made by build_menus, before the first retranslate


def _navigate_to(key: str) -> Callable[[PlanWorkspace], None]:
    return lambda workspace: workspace.navigate(key)


def build_menus(window: MainWindow) -> Menus:
    bar = window.menuBar()
    menus = Menus(window, bar.addMenu(""), bar.addMenu(""), bar.addMenu(""), bar.addMenu(""))
    files = window.files

    def in_workspace(act: Callable[[PlanWorkspace], object]) -> Callable[[], None]:
        """A slot acting on the open plan's workspace, if a plan is open."""

        def run() -> None:
            if window.workspace is not None:
                act(window.workspace)

        return run

    f = menus.file
    menus.add(f, "new_plan", files.new_plan, QKeySequence.StandardKey.New)
    menus.add(f, "import_file", files.import_plan_file, QKeySequence.StandardKey.Open)
    menus.add(f, "import_excel", files.import_excel, "Ctrl+Shift+O")
    menus.add(f, "close_plan", window.close_plan, "Ctrl+W", plan=True)
    f.addSeparator()
    menus.add(f, "preview", files.preview, "Ctrl+Shift+P", plan=True)
    menus.add(f, "print", files.print_plan, QKeySequence.StandardKey.Print, plan=True)
    menus.add(f, "export_pdf", files.export_pdf, "Ctrl+E", plan=True)
    menus.add(f, "export_xlsx", files.export_xlsx, "Ctrl+Shift+E", plan=True)
    menus.add(f, "export_plan", files.export_plan_file, "Ctrl+Shift+S", plan=True)
    f.addSeparator()
    menus.add(f, "settings", files.settings, "Ctrl+,")
    menus.add(f, "quit", window.close, "Ctrl+Q")  # StandardKey.Quit is empty on Windows
    menus.edit.addSeparator()
    v = menus.view
    menus.add(
        v,
        "findings",
        in_workspace(lambda workspace: workspace.show_findings()),
        "F7",
        plan=True,
    )
    menus.add(
        v,
        "next_finding",
        in_workspace(lambda workspace: workspace.next_finding()),
        "F8",
        plan=True,
    )
    menus.go_menu = v.addMenu("")
    for number, key in enumerate(NAV_KEYS, start=1):
        menus.add(
            menus.go_menu,
            f"nav_{key}",
            in_workspace(_navigate_to(key)),
            f"Ctrl+{number}",
            plan=True,
        )
    from ..exchange.actions import add_exchange_menu

    add_exchange_menu(menus)
    from ..index.actions import add_index_menu

    add_index_menu(menus)
    menus.add(menus.help, "guide", window.show_guide, "F1")  # offline, in the app
    menus.add(menus.help, "log_folder", files.open_log_folder)
    menus.add(menus.help, "about", files.about)
    menus.retranslate()
    return menus
