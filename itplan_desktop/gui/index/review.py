"""The province's check of one unit's assessment (thẩm định): accept, or correct with a reason.

One row per indicator the unit reported: its value and evidence as sent, the attachments
(opened with the system's viewer), then the province's corrected value, the reason and
"accepted". The unit's own value is never overwritten: a correction is kept beside it, and
the corrected value is what is scored.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.dti_assessment import Assessment, Correction, Entry
from ...domain.dti_index import DtIndex, RuleKind
from ...domain.dti_scoring import IndicatorValue, score_indicator, score_unit
from ...messages import UserError
from ...services import dti_entry
from ...services.dti_documents import points_text, value_text
from ..errors import show_error
from ..object_names import named
from .table_sizing import item_at, size_columns

CODE, NAME, VALUE, EVIDENCE, FILES, POINTS, CORRECTED, REASON, ACCEPTED = range(9)
ERROR_BRUSH = QBrush(QColor("#f8d7da"))
MIN_WIDTHS = {VALUE: 90, EVIDENCE: 160, FILES: 120, POINTS: 50, CORRECTED: 120, REASON: 220}


def shown(value: IndicatorValue) -> str:
    """A value as the province types a correction: "15/20", "có", "150,5"."""
    return value_text(value, yes="có", no="không")


def split_fraction(text: str) -> tuple[str, str]:
    """ "15/20" → ("15", "20"): a ratio's correction is typed as the unit's value is shown."""
    numerator, _slash, denominator = text.partition("/")
    return numerator.strip(), denominator.strip()


class ReviewWindow(QWidget):
    """Check `assessment` against `index`; `keep` stores the assessment with corrections."""

    def __init__(
        self,
        index: DtIndex,
        assessment: Assessment,
        keep: Callable[[Assessment], None],
        reviewer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review")
        self.keep = keep
        self.index = index
        self.assessment = assessment
        self.reviewer = reviewer
        self.errors: dict[str, str] = {}
        self.rows: dict[str, int] = {}
        self._filling = False
        self.heading = named(QLabel(), "heading")
        self.total = named(QLabel(), "total")
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.table = named(QTableWidget(0, 9), "entries")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._rescore())
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.open_button = named(QPushButton(), "open_attachment")
        self.open_button.clicked.connect(self.open_current_attachment)
        self.save_button = named(QPushButton(), "save_review")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._fill()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Thẩm định kết quả tự đánh giá — {unit}").format(
                unit=self.assessment.unit_name or self.assessment.unit_code
            )
        )
        self.heading.setText(
            self.tr("{unit} ({code}), năm {period}").format(
                unit=self.assessment.unit_name,
                code=self.assessment.unit_code,
                period=self.assessment.period,
            )
        )
        self.open_button.setText(self.tr("Mở tệp minh chứng"))
        self.save_button.setText(self.tr("Lưu kết quả thẩm định"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Chỉ số"),
                self.tr("Đơn vị báo cáo"),
                self.tr("Minh chứng"),
                self.tr("Tệp"),
                self.tr("Điểm"),
                self.tr("Giá trị thẩm định"),
                self.tr("Lý do điều chỉnh"),
                self.tr("Chấp nhận"),
            ]
        )
        self._rescore()
        size_columns(self.table, NAME, MIN_WIDTHS)

    def _item(self, text: str, editable: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        return item

    def _fill(self) -> None:
        self._filling = True
        names = {a.sha256: a.name for a in self.assessment.attachments}
        for indicator in self.index.indicators:
            entry = self.assessment.entry(indicator.code)
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.rows[indicator.code] = row
            evidence = ""
            files = ""
            if entry is not None:
                e = entry.evidence
                parts = [e.document_number]
                if e.document_date:
                    parts.append(e.document_date.strftime("%d/%m/%Y"))
                parts.append(e.link)
                evidence = " · ".join(p for p in parts if p)
                files = "; ".join(names.get(h, h[:12]) for h in e.attachments)
            self.table.setItem(row, CODE, self._item(indicator.code))
            self.table.setItem(row, NAME, self._item(indicator.name))
            self.table.setItem(row, VALUE, self._item(shown(entry.value) if entry else ""))
            self.table.setItem(row, EVIDENCE, self._item(evidence))
            self.table.setItem(row, FILES, self._item(files))
            self.table.setItem(row, POINTS, self._item(""))
            corrected = entry.correction if entry else None
            self.table.setItem(
                row, CORRECTED, self._item(shown(corrected.value) if corrected else "", True)
            )
            self.table.setItem(row, REASON, self._item(corrected.reason if corrected else "", True))
            accepted = self._item("")
            accepted.setFlags(accepted.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = entry is not None and entry.accepted
            accepted.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, ACCEPTED, accepted)
        self._filling = False

    def _text(self, row: int, column: int) -> str:
        return item_at(self.table, row, column).text().strip()

    def _corrected_value(self, code: str) -> IndicatorValue | None:
        row = self.rows[code]
        text = self._text(row, CORRECTED)
        if not text:
            return None
        indicator = self.index.indicator(code)
        if indicator.rule.kind is RuleKind.RATIO:
            numerator, denominator = split_fraction(text)
            return dti_entry.value_from_text(indicator, numerator, denominator)
        return dti_entry.value_from_text(indicator, text)

    def reviewed(self) -> Assessment:
        """The assessment with the province's corrections and acceptances (refused cells left
        out: their text stays on screen with the reason)."""
        self.errors.clear()
        result = self.assessment
        for indicator in self.index.indicators:
            code = indicator.code
            row = self.rows[code]
            entry = result.entry(code) or Entry(code, IndicatorValue())
            try:
                value = self._corrected_value(code)
            except UserError as refused:
                self.errors[code] = refused.text
                value = None
            reason = self._text(row, REASON)
            accepted = item_at(self.table, row, ACCEPTED).checkState() == Qt.CheckState.Checked
            if value is not None and not reason:
                self.errors[code] = self.tr("Chỉ số {code}: hãy ghi lý do điều chỉnh.").format(
                    code=code
                )
                value = None
            correction = None
            if value is not None:
                kept = entry.correction
                same = kept is not None and kept.value == value and kept.reason == reason
                correction = kept if same else Correction(value, reason, by=self.reviewer)
            if result.entry(code) is None and correction is None and not accepted:
                continue
            result = result.with_entry(
                replace(entry, correction=correction, accepted=accepted and correction is None)
            )
        return result

    def _rescore(self) -> None:
        if self._filling or not self.rows:
            return
        self._filling = True
        reviewed = self.reviewed()
        values = reviewed.values()
        for indicator in self.index.indicators:
            row = self.rows[indicator.code]
            score = score_indicator(indicator, values.get(indicator.code))
            item_at(self.table, row, POINTS).setText(points_text(score.points))
            cell = item_at(self.table, row, CORRECTED)
            message = self.errors.get(indicator.code, "")
            cell.setBackground(ERROR_BRUSH if message else QBrush())
            cell.setToolTip(message)
        own = score_unit(self.index, self.assessment.unit_code, self.assessment.values())
        checked = score_unit(self.index, reviewed.unit_code, values)
        self.total.setText(
            self.tr("Tự đánh giá: {own} — sau thẩm định: {checked} / {max}").format(
                own=points_text(own.points),
                checked=points_text(checked.points),
                max=points_text(checked.max_points),
            )
        )
        self.status.setText("\n".join(self.errors.values()))
        self._filling = False

    def _double_clicked(self, row: int, column: int) -> None:
        if column == FILES:
            self.open_current_attachment()

    def attachment_path(self, code: str) -> Path | None:
        """The first attachment of indicator `code`, written to a temporary file."""
        entry = self.assessment.entry(code)
        if entry is None or not entry.evidence.attachments:
            return None
        files = {a.sha256: a for a in self.assessment.attachments}
        attachment = files.get(entry.evidence.attachments[0])
        if attachment is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="itplan-minh-chung-"))
        target = folder / Path(attachment.name).name
        target.write_bytes(attachment.content)
        return target

    def open_current_attachment(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        code = item_at(self.table, row, CODE).text()
        path = self.attachment_path(code)
        if path is None:
            self.status.setText(self.tr("Chỉ số {code} không có tệp minh chứng.").format(code=code))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save(self) -> None:
        reviewed = self.reviewed()
        if self.errors:
            self._rescore()
            return
        try:
            self.keep(reviewed)
        except (UserError, OSError) as error:
            show_error(self, error)
            return
        self.assessment = reviewed
        self.status.setText(self.tr("Đã lưu kết quả thẩm định."))
