"""Picking indicators from the built-in catalogue: the entries grouped (hạ tầng, ứng dụng nội
bộ, dịch vụ công …), searched without accents, ticked, each with its target for the plan's
end year (suggested, editable here and later). Entries the plan already has are greyed."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.indicator import Indicator
from ...messages import UserError
from ...services.kpi_catalogue import CatalogueEntry, indicator_from_catalogue, load_catalogue
from ...services.kpi_indicator_edit import parse_target, suggested_target
from ...vn.collation import contains
from ..screen_fit import fit_to_screen
from .indicator_form import RoomyItemDelegate, kind_labels, target_text

NAME, KIND, TARGET = 0, 1, 2
CodeRole = Qt.ItemDataRole.UserRole + 1


class CataloguePicker(QDialog):
    """Tick catalogue entries; `indicators()` makes them after OK."""

    def __init__(
        self,
        end_year: int,
        have_codes: set[str],
        communes: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.end_year = end_year
        self.entries = {e.code: e for e in load_catalogue()}
        self.setWindowTitle(self.tr("Chọn chỉ tiêu từ danh mục"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên, nhóm hoặc mã chỉ tiêu (gõ không dấu cũng được)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                self.tr("Chỉ tiêu"),
                self.tr("Loại"),
                self.tr("Mục tiêu năm %1").replace("%1", str(end_year)),
            ]
        )
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(RoomyItemDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(TARGET, 130)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._fill(have_codes, communes)
        self.tree.itemChanged.connect(self._item_changed)
        self.count = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Thêm vào kế hoạch"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Đánh dấu các chỉ tiêu cần đưa vào kế hoạch; bấm đúp vào cột mục tiêu để sửa "
                "(có thể sửa lại sau trong “Sửa chỉ tiêu…”)."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 640)
        self._update_count()

    def _fill(self, have_codes: set[str], communes: int) -> None:
        bold = QFont()
        bold.setBold(True)
        groups: dict[str, QTreeWidgetItem] = {}
        labels = kind_labels()
        for entry in self.entries.values():
            group = groups.get(entry.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [entry.group])
                group.setFont(NAME, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(True)
                groups[entry.group] = group
            target = suggested_target(entry, communes)
            item = QTreeWidgetItem(group, [entry.name, labels[entry.kind]])
            item.setData(NAME, CodeRole, entry.code)
            item.setText(TARGET, target_text(entry.kind, target))
            item.setTextAlignment(TARGET, Qt.AlignmentFlag.AlignCenter)
            tip = f"{entry.name}\n{entry.code}" + (f"\n{entry.example}" if entry.example else "")
            item.setToolTip(NAME, tip)
            if entry.code in have_codes:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(KIND, self.tr("đã có trong kế hoạch"))
            else:
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsEditable
                )
                item.setCheckState(NAME, Qt.CheckState.Unchecked)
            self.items[entry.code] = item
        self.tree.expandAll()

    # ------------------------------------------------------------ searching, ticking
    def filter(self, text: str) -> None:
        """Show the entries whose name, group, code or example contain `text` (no accents)."""
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None  # index < topLevelItemCount()
            shown = 0
            for child_index in range(group.childCount()):
                item = group.child(child_index)
                assert item is not None  # child_index < childCount()
                entry = self.entries[item.data(NAME, CodeRole)]
                haystack = " ".join((entry.name, entry.group, entry.code, entry.example))
                hide = bool(text.strip()) and not contains(haystack, text)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def visible_codes(self) -> list[str]:
        return [code for code, item in self.items.items() if not item.isHidden()]

    def set_checked(self, code: str, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.items[code].setCheckState(NAME, state)

    def set_target(self, code: str, text: str) -> None:
        self.items[code].setText(TARGET, text)

    def checked_codes(self) -> list[str]:
        return [
            code
            for code, item in self.items.items()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState(NAME) == Qt.CheckState.Checked
        ]

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == NAME:
            self._update_count()

    def _update_count(self) -> None:
        count = len(self.checked_codes())
        self.count.setText(self.tr("Đã chọn %1 chỉ tiêu.").replace("%1", str(count)))
        self.ok.setEnabled(count > 0)

    # ------------------------------------------------------------ result
    def targets(self) -> dict[str, Decimal | None]:
        """The end-year target of each ticked entry; UserError on a bad one."""
        result: dict[str, Decimal | None] = {}
        for code in self.checked_codes():
            entry: CatalogueEntry = self.entries[code]
            result[code] = parse_target(entry.kind, self.items[code].text(TARGET), entry.name)
        return result

    def indicators(self) -> list[Indicator]:
        made = []
        for code, target in self.targets().items():
            targets = {} if target is None else {self.end_year: target}
            made.append(indicator_from_catalogue(code, targets))
        return made

    def accept(self) -> None:
        try:
            self.targets()
        except UserError as error:
            self.message.setText(error.text)
            return
        super().accept()
