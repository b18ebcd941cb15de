"""The start screen: the plans of this database (recently opened first) and the ways to
begin — a new plan, a plan file or an Excel table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the window is shown
    from ...store.plan_repository import PlanSummary


UUID_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """Lists plans; emits what the user chose. The main window does the work."""

    open_plan = Signal(str)
    new_plan = Signal()
    import_file = Signal()
    import_excel = Signal()
    delete_plan = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.plans_label = QLabel()
        self.plans = QTreeWidget()
        self.plans.setRootIsDecorated(False)
        self.plans.setAlternatingRowColors(True)
        self.plans.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plans.setUniformRowHeights(True)
        self.plans.itemActivated.connect(self._activated)
        self.plans.itemSelectionChanged.connect(self._selection_changed)
        self.plans_label.setBuddy(self.plans)

        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.import_button = QPushButton()
        self.excel_button = QPushButton()
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deletePlan")
        self.delete_button.clicked.connect(self._delete_selected)
        self.delete_button.setEnabled(False)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.plans)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_selected)
        self.new_button.clicked.connect(self.new_plan)
        self.open_button.clicked.connect(self._open_selected)
        self.import_button.clicked.connect(self.import_file)
        self.excel_button.clicked.connect(self.import_excel)
        self.open_button.setEnabled(False)

        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.import_button, self.excel_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.delete_button.setMinimumHeight(36)
        buttons.addWidget(self.delete_button)
        body = QHBoxLayout()
        body.addWidget(self.plans, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.plans_label)
        layout.addLayout(body, 1)
        self.setTabOrder(self.plans, self.new_button)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.import_button)
        self.setTabOrder(self.import_button, self.excel_button)
        self._database = ""
        self.retranslate()

    def set_plans(self, plans: list[PlanSummary], recent: list[str], database: str) -> None:
        """Show `plans`, those in `recent` (UUIDs, most recent first) at the top."""
        self._database = database
        order = {uuid: i for i, uuid in enumerate(recent)}
        ranked = sorted(plans, key=lambda p: (order.get(p.uuid, len(order)), -p.start_year))
        self.plans.clear()
        for plan in ranked:
            period = f"{plan.start_year} - {plan.end_year}"
            if plan.start_year == plan.end_year:
                period = str(plan.start_year)
            item = QTreeWidgetItem(
                [plan.organisation_name, plan.title, period, plan.number_and_symbol]
            )
            item.setData(0, UUID_ROLE, plan.uuid)
            item.setToolTip(1, plan.title)
            self.plans.addTopLevelItem(item)
        first = self.plans.topLevelItem(0)
        if ranked and first is not None:
            self.plans.setCurrentItem(first)
        for column in (0, 2, 3):
            self.plans.resizeColumnToContents(column)
        self.plans.setColumnWidth(1, max(320, self.plans.columnWidth(1)))
        self.retranslate()

    def selected_uuid(self) -> str | None:
        item = self.plans.currentItem()
        return None if item is None else item.data(0, UUID_ROLE)

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.open_plan.emit(item.data(0, UUID_ROLE))

    def _open_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.open_plan.emit(uuid)

    def _delete_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.delete_plan.emit(uuid)

    def _selection_changed(self) -> None:
        selected = self.selected_uuid() is not None
        self.open_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kế hoạch ứng dụng công nghệ thông tin"))
        self.subtitle.setText(self.tr("Cơ sở dữ liệu: %1").replace("%1", self._database))
        self.plans_label.setText(self.tr("&Các kế hoạch (%n)", "", self.plans.topLevelItemCount()))
        self.plans.setHeaderLabels(
            [self.tr("Đơn vị"), self.tr("Kế hoạch"), self.tr("Giai đoạn"), self.tr("Số, ký hiệu")]
        )
        self.new_button.setText(self.tr("Tạo kế hoạch mới…"))
        self.open_button.setText(self.tr("Mở kế hoạch"))
        self.import_button.setText(self.tr("Nhập tệp kế hoạch…"))
        self.excel_button.setText(self.tr("Nhập bảng Excel…"))
        self.delete_button.setText(self.tr("Xóa kế hoạch…"))
