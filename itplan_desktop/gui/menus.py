"""The menu bar of the main window. Actions are made once; `retranslate` sets their texts so
a language switch takes effect live. Undo/redo come from the undo group (the open plan's
stack) and are re-made on a language switch, since their prefix is fixed at creation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow

NAV_KEYS = ("header", "bases", "sections", "budget", "appendices", "indicators", "check")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


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
        self, menu: QMenu, key: str, slot: object, shortcut: object = None, plan: bool = False
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
        self.undo = group.createUndoAction(self.window, _tr("Hoàn tác"))
        self.redo = group.createRedoAction(self.window, _tr("Làm lại"))
        self.undo.setObjectName("action_undo")
        self.redo.setObjectName("action_redo")
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        first = self.edit.actions()[0] if self.edit.actions() else None
        self.edit.insertAction(first, self.undo)
        self.edit.insertAction(first, self.redo)

    def retranslate(self) -> None:
        self.file.setTitle(_tr("&Tệp"))
        self.edit.setTitle(_tr("&Sửa"))
        self.view.setTitle(_tr("&Xem"))
        self.help.setTitle(_tr("&Trợ giúp"))
        texts = {
            "new_plan": _tr("Tạo kế hoạch &mới…"),
            "import_file": _tr("&Mở/nhập tệp kế hoạch…"),
            "import_excel": _tr("Nhập bảng &Excel…"),
            "close_plan": _tr("Đóng kế hoạch (về trang đầu)"),
            "preview": _tr("&Xem trước khi in…"),
            "print": _tr("&In…"),
            "export_pdf": _tr("Xuất &PDF…"),
            "export_xlsx": _tr("Xuất E&xcel…"),
            "export_plan": _tr("Xuất tệp &kế hoạch…"),
            "settings": _tr("&Cài đặt…"),
            "quit": _tr("&Thoát"),
            "findings": _tr("Bảng &kiểm tra"),
            "next_finding": _tr("Lỗi &tiếp theo"),
            "nav_header": _tr("Thông tin chung"),
            "nav_bases": _tr("Căn cứ"),
            "nav_sections": _tr("Nội dung"),
            "nav_budget": _tr("Kinh phí"),
            "nav_appendices": _tr("Phụ lục"),
            "nav_indicators": _tr("Chỉ tiêu"),
            "nav_check": _tr("Kiểm tra"),
            "log_folder": _tr("Mở thư mục &nhật ký"),
            "about": _tr("&Giới thiệu"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.go_menu.setTitle(_tr("Đi &tới"))
        self.make_undo_actions()

    go_menu: QMenu = None  # type: ignore[assignment]


def build_menus(window: MainWindow) -> Menus:
    bar = window.menuBar()
    menus = Menus(window, bar.addMenu(""), bar.addMenu(""), bar.addMenu(""), bar.addMenu(""))
    files = window.files
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
    menus.add(f, "quit", window.close, QKeySequence.StandardKey.Quit)
    menus.edit.addSeparator()
    v = menus.view
    menus.add(
        v,
        "findings",
        lambda: window.workspace and window.workspace.show_findings(),
        "F7",
        plan=True,
    )
    menus.add(
        v,
        "next_finding",
        lambda: window.workspace and window.workspace.next_finding(),
        "F8",
        plan=True,
    )
    menus.go_menu = v.addMenu("")
    for number, key in enumerate(NAV_KEYS, start=1):
        menus.add(
            menus.go_menu,
            f"nav_{key}",
            lambda _checked=False, k=key: window.workspace and window.workspace.navigate(k),
            f"Ctrl+{number}",
            plan=True,
        )
    menus.add(menus.help, "log_folder", files.open_log_folder)
    menus.add(menus.help, "about", files.about, QKeySequence.StandardKey.HelpContents)
    menus.retranslate()
    return menus
