"""The communes (xã, thị trấn) of the plan's district: add, rename, change the kind or the
code, remove when unused, and install the built-in list. Communes are organisation data, not
part of the plan, so changes are written at once through the services (no undo)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.organisation import Organisation
from ...domain.plan import Plan
from ...messages import UserError
from ...services.kpi_commune_admin import change_commune_code, commune_in_use, remove_commune
from ...services.kpi_communes import (
    COMMUNE_KINDS,
    add_commune,
    builtin_communes,
    install_builtin_communes,
    list_communes,
    update_commune,
)
from ...store.database import Database
from ..screen_fit import fit_to_screen

CODE, KIND, NAME = 0, 1, 2


class CommuneListDialog(QDialog):
    """Edits the communes of `district_code`; `changed` fires after each change."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        district_code: str,
        district_name: str,
        plans: Iterable[Plan] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.district = db, district_code
        self.plans = list(plans)
        self.communes: list[Organisation] = []
        self.setWindowTitle(self.tr("Danh sách xã, thị trấn của %1").replace("%1", district_name))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Loại"), self.tr("Tên")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(CODE, 110)
        header.resizeSection(KIND, 100)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.kind = QComboBox()
        self.kind.addItems(list(COMMUNE_KINDS))
        self.name = QLineEdit()
        self.add_button = QPushButton(self.tr("Thêm xã mới"))
        self.save_button = QPushButton(self.tr("Lưu thay đổi"))
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.builtin_button = QPushButton(self.tr("Thêm danh sách có sẵn"))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.builtin_button.clicked.connect(self.install_builtin)
        self.builtin_button.setVisible(bool(builtin_communes(district_code)))
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._lay_out()
        fit_to_screen(self, 640, 600)
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Mã:"), self.code)
        form.addRow(self.tr("Loại:"), self.kind)
        form.addRow(self.tr("Tên:"), self.name)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.builtin_button)
        note = QLabel(
            self.tr(
                "Mã là mã đơn vị hành chính (tối đa 20 ký tự). Chỉ đổi mã hoặc xóa được xã "
                "chưa có số liệu."
            )
        )
        note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)

    # ------------------------------------------------------------ showing
    def refresh(self, select_code: str | None = None) -> None:
        """Read the communes again, in Vietnamese alphabetical order of their names."""
        current = self.current()
        select_code = select_code or (current.code if current else None)
        self.communes = list_communes(self.db, self.district, by_name=True)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.communes))
        for row, commune in enumerate(self.communes):
            used = commune_in_use(self.db, commune.code, self.plans)
            for column, text in (
                (CODE, commune.code),
                (KIND, commune.kind_name),
                (NAME, commune.name),
            ):
                item = QTableWidgetItem(text)
                if used:
                    item.setToolTip(self.tr("Đã có số liệu: không đổi mã, không xóa được."))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        codes = [c.code for c in self.communes]
        if select_code in codes:
            self.table.setCurrentCell(codes.index(select_code), NAME)
        self.count.setText(self.tr("%1 xã, thị trấn").replace("%1", str(len(self.communes))))
        self._show_current()

    def current(self) -> Organisation | None:
        row = self.table.currentRow()
        return self.communes[row] if 0 <= row < len(self.communes) else None

    def _show_current(self) -> None:
        commune = self.current()
        used = commune is not None and commune_in_use(self.db, commune.code, self.plans)
        self.save_button.setEnabled(commune is not None)
        self.remove_button.setEnabled(commune is not None and not used)
        if commune is not None:
            self.code.setText(commune.code)
            self.kind.setCurrentText(commune.kind_name)
            self.name.setText(commune.name)

    # ------------------------------------------------------------ editing
    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet("color: #b71c1c" if error else "color: #1b5e20")
        self.message.setText(text)

    def _done(self, select_code: str | None) -> None:
        self.message.clear()
        self.refresh(select_code)
        self.changed.emit()

    def add(self) -> bool:
        """Add a commune from the fields."""
        try:
            commune = add_commune(
                self.db, self.district, self.code.text(), self.name.text(), self.kind.currentText()
            )
        except UserError as error:
            self._say(error.text)
            return False
        self._done(commune.code)
        return True

    def save_current(self) -> bool:
        """Rename, change the kind and (when unused) the code of the selected commune."""
        commune = self.current()
        if commune is None:
            return False
        try:
            code = commune.code
            if self.code.text().strip() != code:
                code = change_commune_code(self.db, code, self.code.text(), self.plans).code
            update_commune(self.db, code, self.name.text(), self.kind.currentText())
        except UserError as error:
            self._say(error.text)
            return False
        self._done(code)
        return True

    def remove_current(self) -> bool:
        commune = self.current()
        if commune is None:
            return False
        try:
            remove_commune(self.db, commune.code, self.plans)
        except UserError as error:
            self._say(error.text)
            return False
        self._done(None)
        return True

    def install_builtin(self) -> int:
        try:
            added = install_builtin_communes(self.db, self.district)
        except UserError as error:
            self._say(error.text)
            return 0
        self._done(None)
        self._say(self.tr("Đã thêm %1 xã, thị trấn.").replace("%1", str(added)), error=False)
        return added

    def select(self, code: str) -> None:
        codes = [c.code for c in self.communes]
        self.table.setCurrentCell(codes.index(code), NAME)
