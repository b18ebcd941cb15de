"""The province's review comments on the open plan, as the district sees them: each with the
section or appendix row it refers to; double-click (or Enter) goes there in the workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...formats.bundle_parts import TargetKind
from ..screen_fit import fit_to_screen
from .common import time_text

if TYPE_CHECKING:
    from ...formats.bundle_import import CommentView
    from ..shell.main_window import MainWindow


class ReviewCommentsDialog(QDialog):
    """Non-modal: the officer keeps it open beside the plan while working through it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reviewCommentsDialog")
        self.window_ = window
        self.comments: list[CommentView] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("reviewComments")
        self.list.setColumnCount(4)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.go_button = QPushButton()
        self.go_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWindowFlag(Qt.WindowType.Tool, True)
        fit_to_screen(self, 760, 380)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        """Read the comments received on the open plan."""
        from ...services.exchange import review_comments

        workspace = self.window_.workspace
        self.list.clear()
        if workspace is None or self.window_.db is None:
            self.comments = []
        else:
            self.comments = review_comments(self.window_.db, workspace.editor.plan.uuid, "in")
        for view in self.comments:
            comment = view.comment
            item = QTreeWidgetItem(
                self.list,
                [view.target_label, comment.text, comment.author, time_text(comment.created_at)],
            )
            item.setToolTip(1, comment.text)
        self.list.resizeColumnToContents(0)
        self.list.setColumnWidth(0, min(self.list.columnWidth(0), 260))
        self.list.setColumnWidth(1, 300)
        first = self.list.topLevelItem(0)
        if self.comments and first is not None:
            self.list.setCurrentItem(first)
        self.retranslate()

    def navigation_key(self, view: CommentView) -> str:
        """The workspace key of the comment's target: "section:<uuid>", "appendix:<uuid>"."""
        plan = self.window_.workspace.editor.plan if self.window_.workspace else None
        kind = view.comment.target_kind
        if kind is TargetKind.SECTION:
            return f"section:{view.comment.target_uuid}"
        if kind is TargetKind.APPENDIX_ROW and plan is not None:
            for appendix in plan.appendices:
                if any(r.uuid == view.comment.target_uuid for r in appendix.rows):
                    return f"appendix:{appendix.uuid}"
        return "header"

    def _activated(self, item: QTreeWidgetItem | None) -> None:
        workspace = self.window_.workspace
        if item is None or workspace is None:
            return
        view = self.comments[self.list.indexOfTopLevelItem(item)]
        key = self.navigation_key(view)
        workspace.navigate(key)
        if key.startswith("appendix:"):
            page = workspace.page(key)
            focus = getattr(page, "focus_cell", None)
            if focus is not None:
                focus(view.comment.target_uuid, None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ý kiến góp ý của tỉnh"))
        self.list.setHeaderLabels(
            [self.tr("Vị trí"), self.tr("Ý kiến"), self.tr("Người góp ý"), self.tr("Ngày")]
        )
        if self.comments:
            text = self.tr("%1 ý kiến. Nhấp đúp vào một ý kiến để đến mục hoặc dòng đó.")
            self.heading.setText(text.replace("%1", str(len(self.comments))))
        else:
            self.heading.setText(self.tr("Chưa nhận được ý kiến góp ý nào cho kế hoạch này."))
        self.go_button.setText(self.tr("Đến &vị trí"))
        self.close_button.setText(self.tr("Đóng"))
