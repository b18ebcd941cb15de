"""The findings of the validator as a list: severity, message, where. Activating a finding
(double-click, Enter) asks the workspace to jump to its place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.findings import Finding, LocationKind, Severity

FINDING_ROLE = Qt.ItemDataRole.UserRole


class FindingsPanel(QWidget):
    activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.list = QTreeWidget()
        self.list.setObjectName("findingsList")
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.findings: list[Finding] = []
        self.retranslate()

    def set_findings(self, findings: list[Finding], place_names: dict[str, str]) -> None:
        """Show `findings`; `place_names` names appendices by uuid ("Phụ lục 1")."""
        self.findings = list(findings)
        self.list.clear()
        style = self.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for finding in self.findings:
            item = QTreeWidgetItem(
                [finding.message, self._place(finding, place_names), finding.code]
            )
            item.setIcon(0, icons[finding.severity])
            item.setToolTip(0, finding.message)
            item.setData(0, FINDING_ROLE, finding)
            self.list.addTopLevelItem(item)
        self._summarise()

    def _place(self, finding: Finding, names: dict[str, str]) -> str:
        location = finding.location
        if location.kind is LocationKind.HEADER:
            return self.tr("Thông tin chung")
        if location.kind is LocationKind.BUDGET:
            return self.tr("Kinh phí")
        if location.kind is LocationKind.SECTION:
            return self.tr("Nội dung")
        return names.get(location.appendix or "", self.tr("Phụ lục"))

    def _summarise(self) -> None:
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        warnings = len(self.findings) - errors
        if not self.findings:
            self.summary.setText(self.tr("Không phát hiện lỗi nào."))
        else:
            self.summary.setText(
                self.tr("%1 lỗi, %2 cảnh báo — nhấp đúp để đến chỗ cần sửa.")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
            )

    def counts(self) -> tuple[int, int]:
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        return errors, len(self.findings) - errors

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.activated.emit(item.data(0, FINDING_ROLE))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Nội dung kiểm tra"), self.tr("Ở đâu"), self.tr("Mã")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._summarise()
