"""The province's inbox: every current unit of the province (its sở, ban, ngành and its
communes, grouped by kind, searchable without accents) — or, for periods before 2025-07-01,
every district — what each sent last, when, which revision, the signature and validation
status; units that sent nothing are highlighted. From here the officer imports files, opens
a plan, writes review comments on a unit's plan, sends the next plan's template, or
consolidates."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...formats import bundle_messages  # noqa: F401  (registers bundle.inbox.*)
from ...messages import message
from ...vn.collation import contains
from ..screen_fit import fit_to_screen
from .common import (
    MISSING,
    WARNING,
    kind_label,
    signature_label,
    time_text,
    validation_label,
)

if TYPE_CHECKING:
    from ...services.province import InboxRow
    from ...store.database import Database

COLUMNS = 9


def province_codes(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the provinces: those the database holds first, then the others."""
    from ...services import units_catalogue
    from ...services.plan_creation import list_organisations

    stored = [o.code for o in list_organisations(db) if o.parent_code is None]
    provinces = units_catalogue.current_provinces()
    ordered = sorted(provinces, key=lambda p: p.code not in stored)
    return [(p.code, p.name) for p in ordered]


class InboxWindow(QWidget):
    """A window of its own; the main window connects its signals."""

    open_plan_requested = Signal(str)
    consolidate_requested = Signal(str, int)
    import_requested = Signal()
    review_requested = Signal(str)
    template_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("provinceInbox")
        self.db = db
        self.rows: list[InboxRow] = []
        self.province_label = QLabel()
        self.province = QComboBox()
        self.province.setObjectName("inboxProvince")
        for code, name in province_codes(db):
            self.province.addItem(f"{name} ({code})", code)
        self.scope = QComboBox()
        self.scope.setObjectName("inboxScope")
        self.scope.addItem("", "units")
        self.scope.addItem("", "districts")
        self.search = QLineEdit()
        self.search.setObjectName("inboxSearch")
        self.search.setClearButtonEnabled(True)
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(0, 2100)
        self.year.setValue(0)
        self.summary = QLabel()
        self.summary.setObjectName("inboxSummary")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("inboxTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # the district name takes the spare width (no empty band at the right)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_selected())
        self.import_button = QPushButton()
        self.open_button = QPushButton()
        self.consolidate_button = QPushButton()
        self.refresh_button = QPushButton()
        self.review_button = QPushButton()
        self.review_button.setObjectName("inboxReview")
        self.template_button = QPushButton()
        self.template_button.setObjectName("inboxTemplate")
        self.review_button.clicked.connect(self._review)
        self.template_button.clicked.connect(self.template_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.open_button.clicked.connect(self.open_selected)
        self.consolidate_button.clicked.connect(self._consolidate)
        self.refresh_button.clicked.connect(self.refresh)
        self.province.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self._year_changed)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        top = QHBoxLayout()
        for widget in (
            self.province_label,
            self.province,
            self.scope,
            self.year_label,
            self.year,
            self.search,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.open_button, self.review_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.consolidate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1180, 720)
        self.retranslate()
        self._initial_scope()
        self.refresh()

    def _initial_scope(self) -> None:
        """Today's units, or the districts when only districts have sent files (an archive)."""
        from ...services.province import inbox
        from ...services.province_units import units_inbox

        code = self.province_code()
        if code is None:
            return
        districts = any(not r.missing for r in inbox(self.db, code))
        current = any(r.submitted for r in units_inbox(self.db, code))
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(
            self.scope.findData("districts" if districts and not current else "units")
        )
        self.scope.blockSignals(False)

    def province_code(self) -> str | None:
        return self.province.currentData()

    def districts(self) -> bool:
        return self.scope.currentData() == "districts"

    def _year_changed(self, year: int) -> None:
        """A period before July 2025 is the districts'; a later one the units'."""
        if year:
            self.scope.setCurrentIndex(
                self.scope.findData("districts" if year <= 2025 else "units")
            )
        self.refresh()

    def refresh(self) -> None:
        from ...services.province import inbox
        from ...services.province_units import group_label, units_inbox

        code = self.province_code()
        year = self.year.value() or None
        self.groups: list[str] = []
        if code is None:
            self.rows = []
        elif self.districts():
            self.rows = inbox(self.db, code, year)
            self.rows = [r for r in self.rows if contains(r.name, self.search.text())]
            self.groups = [""] * len(self.rows)
        else:
            unit_rows = units_inbox(self.db, code, year, self.search.text())
            self.rows = [replace(r.sent, name=r.unit.full_name) for r in unit_rows]
            self.groups = [group_label(r.group) for r in unit_rows]
        self.table.setRowCount(len(self.rows))
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(self.rows):
            for c, text in enumerate(self._texts(row)):
                item = QTableWidgetItem(text)
                if c in (5, 8):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row.missing:
                    item.setBackground(QBrush(MISSING))
                    if c == 2:
                        item.setFont(bold)
                elif self._attention(row, c):
                    item.setBackground(QBrush(WARNING))
                self.table.setItem(r, c, item)
        self.table.setVerticalHeaderLabels(self.groups)
        header = self.tr("Huyện") if self.districts() else self.tr("Đơn vị")
        self.table.setHorizontalHeaderItem(1, QTableWidgetItem(header))
        self.table.verticalHeader().setVisible(not self.districts())
        self.table.resizeColumnsToContents()
        self._update_buttons()
        self.retranslate_summary()

    @staticmethod
    def _attention(row: InboxRow, column: int) -> bool:
        """An unverified sender, or a plan with errors: worth a second look."""
        if column == 6:
            return row.signature_status != "registered"
        return column == 7 and row.validation_status == "errors"

    def _texts(self, row: InboxRow) -> list[str]:
        if row.missing:
            return [row.code, row.name, message("bundle.inbox.missing"), "", "", "", "", "", "0"]
        return [
            row.code,
            row.name,
            kind_label(row.last_kind),
            time_text(row.received_at),
            time_text(row.created_at),
            "" if row.revision is None else str(row.revision),
            signature_label(row.signature_status),
            validation_label(row.validation_status, row.error_count, row.warning_count),
            str(row.bundle_count),
        ]

    def selected_row(self) -> InboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.plan_uuid:
            self.open_plan_requested.emit(row.plan_uuid)

    def _review(self) -> None:
        row = self.selected_row()
        if row is not None and row.plan_uuid:
            self.review_requested.emit(row.plan_uuid)

    def _consolidate(self) -> None:
        code = self.province_code()
        if code is not None:
            self.consolidate_requested.emit(code, self.year.value())

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(bool(row and row.plan_uuid))
        self.review_button.setEnabled(bool(row and row.plan_uuid))
        self.consolidate_button.setEnabled(self.province_code() is not None)

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate_summary(self) -> None:
        sent = sum(not r.missing for r in self.rows)
        if self.districts():
            text = self.tr("<b>%1/%2 huyện đã gửi</b>; %3 huyện chưa gửi (tô đỏ).")
        else:
            text = self.tr("<b>%1/%2 đơn vị đã gửi</b>; %3 đơn vị chưa gửi (tô đỏ).")
        self.summary.setText(
            text.replace("%1", str(sent))
            .replace("%2", str(len(self.rows)))
            .replace("%3", str(len(self.rows) - sent))
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hộp thư của tỉnh"))
        self.province_label.setText(self.tr("Tỉnh:"))
        self.year_label.setText(self.tr("Giai đoạn bắt đầu năm:"))
        self.year.setSpecialValueText(self.tr("Mọi giai đoạn"))
        self.scope.setItemText(0, self.tr("Sở, ban, ngành và xã, phường"))
        self.scope.setItemText(1, self.tr("Huyện (trước 01/07/2025)"))
        self.search.setPlaceholderText(self.tr("Tìm đơn vị (gõ không dấu được)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Huyện") if self.districts() else self.tr("Đơn vị"),
                self.tr("Đã gửi"),
                self.tr("Nhận lúc"),
                self.tr("Lập lúc"),
                self.tr("Lần sửa"),
                self.tr("Chữ ký"),
                self.tr("Kiểm tra"),
                self.tr("Số tệp"),
            ]
        )
        self.import_button.setText(self.tr("&Nhập tệp…"))
        self.open_button.setText(self.tr("&Mở kế hoạch"))
        self.consolidate_button.setText(self.tr("&Tổng hợp…"))
        self.refresh_button.setText(self.tr("&Làm mới"))
        self.review_button.setText(self.tr("&Góp ý…"))
        self.template_button.setText(self.tr("Gửi mẫu &kế hoạch…"))
        self.refresh_texts()

    def refresh_texts(self) -> None:
        for r, row in enumerate(self.rows):
            for c, text in enumerate(self._texts(row)):
                item = self.table.item(r, c)
                if item is not None:
                    item.setText(text)
        self.table.resizeColumnsToContents()
        self.retranslate_summary()
