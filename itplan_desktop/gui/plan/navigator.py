"""The navigator tree: Thông tin chung, Căn cứ, the sections, Kinh phí, each Phụ lục,
Chỉ tiêu, Kiểm tra. Items carry a key ("header", "section:<uuid>", "appendix:<uuid>" …)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...domain import Plan, Section
from ...vn.outline import outline_label, to_roman

KEY_ROLE = Qt.ItemDataRole.UserRole
TOP_KEYS = ("header", "bases", "sections", "budget", "appendices", "indicators", "check")


class Navigator(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setHeaderHidden(True)
        self.items: dict[str, QTreeWidgetItem] = {}

    def rebuild(self, plan: Plan, findings_count: int = 0) -> None:
        """Fill the tree from the plan, keeping the current item where it still exists."""
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        self.items = {}
        titles = {
            "header": self.tr("Thông tin chung"),
            "bases": self.tr("Căn cứ"),
            "sections": self.tr("Nội dung"),
            "budget": self.tr("Kinh phí"),
            "appendices": self.tr("Phụ lục"),
            "indicators": self.tr("Chỉ tiêu (%1)").replace("%1", str(len(plan.indicators))),
            "check": self.tr("Kiểm tra (%1)").replace("%1", str(findings_count)),
        }
        for key in TOP_KEYS:
            item = self._add(None, titles[key], key)
            if key == "sections":
                self._add_sections(item, plan.sections, plan.outline_styles, 1)
            if key == "appendices":
                for number, appendix in enumerate(plan.appendices, start=1):
                    label = to_roman(number) if plan.appendix_numbering == "roman" else str(number)
                    text = (
                        self.tr("Phụ lục %1: %2").replace("%1", label).replace("%2", appendix.title)
                    )
                    self._add(item, text, f"appendix:{appendix.uuid}").setToolTip(0, appendix.title)
        self.expandItem(self.items["sections"])
        self.expandItem(self.items["appendices"])
        self.blockSignals(False)
        self.select(current or "header", emit=False)

    def _add(self, parent: QTreeWidgetItem | None, text: str, key: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, KEY_ROLE, key)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.items[key] = item
        return item

    def _add_sections(
        self, parent: QTreeWidgetItem, sections: list[Section], styles: tuple[str, ...], depth: int
    ) -> None:
        all_styles = (*styles, "dash", "plus")
        style = all_styles[min(depth, len(all_styles)) - 1]
        for index, section in enumerate(sections, start=1):
            label = section.label or outline_label(style, index)
            item = self._add(parent, f"{label} {section.heading}", f"section:{section.uuid}")
            item.setToolTip(0, section.heading)
            if depth < 2:
                self._add_sections(item, section.children, styles, depth + 1)

    def current_key(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(0, KEY_ROLE)

    def select(self, key: str, emit: bool = True) -> None:
        item = self.items.get(key)
        if item is None:
            return
        if not emit:
            self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)
