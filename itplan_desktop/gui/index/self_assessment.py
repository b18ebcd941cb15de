"""The self-assessment screen: a unit enters its values and evidence and sees its score live.

One row per indicator under its group's heading row. Typed text is kept as typed: a value the
rules refuse turns its cell red with the reason in the tooltip and the status line, and scores
nothing until corrected, so nothing the user typed is lost.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
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

from ...domain.dti_assessment import Assessment, Attachment, Entry, Evidence
from ...domain.dti_index import DtIndex, IndexIndicator, RuleKind
from ...domain.dti_scoring import IndicatorValue, ScoreNote, score_unit
from ...formats import dti_assessment_file
from ...messages import UserError
from ...services import dti_entry
from ...services.dti_documents import (
    export_document,
    issuer_from_name,
    points_text,
    self_assessment_report,
)
from ...vn.dates import DateParseError, parse_date
from ...vn.numbers import format_number
from ..errors import show_error
from ..object_names import named
from .table_sizing import item_at, size_columns

if TYPE_CHECKING:
    from ...store.database import Database

CODE, NAME, MAX, VALUE, DENOMINATOR, DOC_NUMBER, DOC_DATE, LINK, FILES, POINTS, LOST = range(11)
EDITABLE = (VALUE, DENOMINATOR, DOC_NUMBER, DOC_DATE, LINK)
MIN_WIDTHS = {VALUE: 80, DENOMINATOR: 70, DOC_NUMBER: 130, DOC_DATE: 100, LINK: 110, FILES: 150}
ERROR_BRUSH = QBrush(QColor("#f8d7da"))
GROUP_BRUSH = QBrush(QColor("#e8eef7"))
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class SelfAssessmentWindow(QWidget):
    """Enter a unit's values with evidence against `index`; save as an assessment file."""

    score_changed = Signal(Decimal)

    def __init__(
        self,
        index: DtIndex,
        assessment: Assessment | None = None,
        parent: QWidget | None = None,
        db: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("self_assessment")
        self.index = index
        self.db = db
        self.errors: dict[tuple[str, int], str] = {}
        self.attachments: dict[str, Attachment] = {}
        self.files_of: dict[str, list[str]] = {}
        self.rows: dict[str, int] = {}
        self._filling = False

        self.unit_code = named(QLineEdit(), "unit_code")
        self.unit_name = named(QLineEdit(), "unit_name")
        self.period = named(QSpinBox(), "period")
        self.period.setRange(2000, 2100)
        self.period.setValue(index.year)
        form = QFormLayout()
        self.unit_code_label, self.unit_name_label, self.period_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.unit_code_label, self.unit_code)
        form.addRow(self.unit_name_label, self.unit_name)
        form.addRow(self.period_label, self.period)

        self.total = named(QLabel(), "total")
        bold = QFont(self.total.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.total.setFont(bold)
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)

        self.table = named(QTableWidget(0, 11), "indicators")
        self.table.verticalHeader().hide()
        # rows follow the wrapped text as the name column widens or narrows with the window
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._cell_changed)

        self.attach_button = named(QPushButton(), "attach")
        self.attach_button.clicked.connect(self.attach_file)
        self.save_button = named(QPushButton(), "save")
        self.save_button.clicked.connect(self.save_as)
        self.offer_button = named(QPushButton(), "take_kpi_values")
        self.offer_button.clicked.connect(self.take_kpi_values)
        self.offer_button.setVisible(
            db is not None and any(i.kpi_catalogue_code for i in index.indicators)
        )
        self.report_button = named(QPushButton(), "report")
        self.report_button.clicked.connect(self.export_report_as)
        self.send_button = named(QPushButton(), "send")
        self.send_button.clicked.connect(self.send_to_province)
        self.send_button.setVisible(db is not None)
        self.deadline = named(QLabel(), "deadline")
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.offer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.send_button)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        totals = QVBoxLayout()
        totals.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        totals.addWidget(self.deadline, 0, Qt.AlignmentFlag.AlignRight)
        totals.addStretch(1)
        top.addLayout(totals)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._fill()
        if assessment is not None:
            self.load(assessment)
        self.retranslate()
        self._rescore()

    # texts -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Tự đánh giá chuyển đổi số — {name}").format(name=self.index.name)
        )
        self.unit_code_label.setText(self.tr("Mã đơn vị:"))
        self.unit_name_label.setText(self.tr("Tên đơn vị:"))
        self.period_label.setText(self.tr("Năm đánh giá:"))
        self.attach_button.setText(self.tr("Đính kèm tệp minh chứng…"))
        self.save_button.setText(self.tr("Lưu tệp tự đánh giá…"))
        self.report_button.setText(self.tr("Xuất báo cáo tự đánh giá…"))
        self.offer_button.setText(self.tr("Lấy số liệu từ theo dõi chỉ tiêu"))
        self.send_button.setText(self.tr("Gửi lên tỉnh…"))
        self._show_deadline()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Chỉ số"),
                self.tr("Điểm tối đa"),
                self.tr("Giá trị / tử số"),
                self.tr("Mẫu số"),
                self.tr("Số văn bản"),
                self.tr("Ngày văn bản"),
                self.tr("Liên kết"),
                self.tr("Tệp đính kèm"),
                self.tr("Điểm"),
                self.tr("Mất điểm"),
            ]
        )
        self._rescore()
        self._size_columns()

    def _show_deadline(self) -> None:
        """The deadline with which the province published this index, when one was received."""
        publication = None
        if self.db is not None:
            from ...services.dti_exchange import publication as published

            publication = published(self.db, self.index)
        deadline = publication.deadline if publication is not None else None
        self.deadline.setVisible(deadline is not None)
        if deadline is not None:
            self.deadline.setText(
                self.tr("Hạn gửi kết quả tự đánh giá về tỉnh: {date}").format(
                    date=deadline.strftime("%d/%m/%Y")
                )
            )

    def _size_columns(self) -> None:
        """Columns as wide as their header and content; the indicator's name takes the rest."""
        size_columns(self.table, NAME, MIN_WIDTHS)

    def _rule_hint(self, indicator: IndexIndicator) -> str:
        kind = indicator.rule.kind
        if kind is RuleKind.RATIO:
            return self.tr("Nhập tử số và mẫu số; điểm = tử số / mẫu số × điểm tối đa.")
        if kind is RuleKind.STEPS:
            steps = "; ".join(
                self.tr("từ {at} được {points} điểm").format(
                    at=points_text(s.at_least), points=points_text(s.points)
                )
                for s in indicator.rule.steps
            )
            return self.tr("Theo ngưỡng: {steps}.").format(steps=steps)
        if kind is RuleKind.YES_NO:
            return self.tr("Nhập “có” hoặc “không”.")
        if kind is RuleKind.COUNT:
            return self.tr("Nhập số lượng; đạt {target} được điểm tối đa.").format(
                target=points_text(indicator.rule.target or Decimal(1))
            )
        return self.tr("Điểm do Sở Khoa học và Công nghệ thẩm định.")

    # table -----------------------------------------------------------------------------------
    def _item(
        self, text: str, editable: bool = False, align_right: bool = False
    ) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        if align_right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill(self) -> None:
        self._filling = True
        table = self.table
        for group in self.index.groups:
            row = table.rowCount()
            table.insertRow(row)
            heading = self._item(f"{group.code}. {group.name}")
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setBackground(GROUP_BRUSH)
            heading.setData(CODE_ROLE, f"group:{group.code}")
            table.setItem(row, CODE, heading)
            table.setSpan(row, CODE, 1, POINTS)
            for column in (POINTS, LOST):
                cell = self._item("", align_right=True)
                cell.setFont(font)
                cell.setBackground(GROUP_BRUSH)
                table.setItem(row, column, cell)
            for indicator in self.index.indicators_of(group.code):
                row = table.rowCount()
                table.insertRow(row)
                self.rows[indicator.code] = row
                code = self._item(indicator.code)
                code.setData(CODE_ROLE, indicator.code)
                table.setItem(row, CODE, code)
                name = self._item(indicator.name)
                name.setToolTip(self._rule_hint(indicator))
                table.setItem(row, NAME, name)
                table.setItem(
                    row, MAX, self._item(points_text(indicator.max_points), align_right=True)
                )
                ratio = indicator.rule.kind is RuleKind.RATIO
                table.setItem(row, VALUE, self._item("", editable=True, align_right=True))
                table.setItem(row, DENOMINATOR, self._item("", editable=ratio, align_right=True))
                for column in (DOC_NUMBER, DOC_DATE, LINK):
                    table.setItem(row, column, self._item("", editable=True))
                table.setItem(row, FILES, self._item(""))
                table.setItem(row, POINTS, self._item("", align_right=True))
                table.setItem(row, LOST, self._item("", align_right=True))
        self._filling = False

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _set(self, row: int, column: int, text: str) -> None:
        item_at(self.table, row, column).setText(text)

    def load(self, assessment: Assessment) -> None:
        """Show `assessment` (values, evidence, attachments) in the table."""
        self._filling = True
        self.unit_code.setText(assessment.unit_code)
        self.unit_name.setText(assessment.unit_name)
        self.period.setValue(assessment.period)
        self.attachments = {a.sha256: a for a in assessment.attachments}
        for entry in assessment.entries:
            row = self.rows.get(entry.indicator_code)
            if row is None:
                continue
            value = entry.value
            first = value.numerator if value.numerator is not None else value.value
            if value.points is not None:
                first = value.points
            if value.yes is not None:
                self._set(row, VALUE, self.tr("có") if value.yes else self.tr("không"))
            elif first is not None:
                self._set(row, VALUE, points_text(first))
            if value.denominator is not None:
                self._set(row, DENOMINATOR, points_text(value.denominator))
            evidence = entry.evidence
            self._set(row, DOC_NUMBER, evidence.document_number)
            if evidence.document_date:
                self._set(row, DOC_DATE, evidence.document_date.strftime("%d/%m/%Y"))
            self._set(row, LINK, evidence.link)
            self.files_of[entry.indicator_code] = list(evidence.attachments)
            self._show_files(entry.indicator_code)
        self._filling = False
        self._rescore()

    def _show_files(self, code: str) -> None:
        names = [
            self.attachments[h].name for h in self.files_of.get(code, []) if h in self.attachments
        ]
        self._set(self.rows[code], FILES, "; ".join(names))

    # values ----------------------------------------------------------------------------------
    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._rescore()

    def _row_value(self, indicator: IndexIndicator) -> IndicatorValue:
        row = self.rows[indicator.code]
        for column in (VALUE, DENOMINATOR, DOC_DATE):
            self.errors.pop((indicator.code, column), None)
        try:
            value = dti_entry.value_from_text(
                indicator, self._text(row, VALUE), self._text(row, DENOMINATOR)
            )
        except UserError as refused:
            self.errors[(indicator.code, VALUE)] = refused.text
            value = IndicatorValue()
        date_text = self._text(row, DOC_DATE)
        if date_text.strip():
            try:
                parse_date(date_text)
            except DateParseError:
                self.errors[(indicator.code, DOC_DATE)] = self.tr(
                    "“{text}” không phải là ngày (viết 15/3/2026)."
                ).format(text=date_text.strip())
        return value

    def values(self) -> dict[str, IndicatorValue]:
        return {i.code: self._row_value(i) for i in self.index.indicators}

    def _rescore(self) -> None:
        if self._filling or not self.rows:
            return
        self._filling = True
        values = self.values()
        score = score_unit(self.index, self.unit_code.text(), values)
        for indicator_score in score.indicators:
            row = self.rows[indicator_score.code]
            self._set(row, POINTS, points_text(indicator_score.points))
            lost = indicator_score.lost
            self._set(row, LOST, points_text(lost) if lost else "")
            missing = indicator_score.note in (ScoreNote.MISSING, ScoreNote.NOT_ASSESSED)
            tip = self.tr("Chưa nhập giá trị") if missing else ""
            item_at(self.table, row, LOST).setToolTip(tip)
            for column in (VALUE, DOC_DATE):
                cell = item_at(self.table, row, column)
                message = self.errors.get((indicator_score.code, column), "")
                cell.setBackground(ERROR_BRUSH if message else QBrush())
                cell.setToolTip(message)
        for row in range(self.table.rowCount()):
            key = item_at(self.table, row, CODE).data(CODE_ROLE)
            if isinstance(key, str) and key.startswith("group:"):
                group = key.removeprefix("group:")
                points, top = score.group_points(group), self.index.group_max(group)
                self._set(row, POINTS, points_text(points))
                self._set(row, LOST, points_text(top - points) if top - points else "")
        self.total.setText(
            self.tr("Tổng điểm: {points} / {max} ({fraction})").format(
                points=points_text(score.points),
                max=points_text(score.max_points),
                fraction=format_number(score.fraction, decimals=4),
            )
        )
        self.status.setText("\n".join(sorted(set(self.errors.values()))))
        self._filling = False
        self.score_changed.emit(score.points)

    # evidence files -------------------------------------------------------------------------
    def current_code(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, CODE) if row >= 0 else None
        code = item.data(CODE_ROLE) if item is not None else None
        return code if isinstance(code, str) and not code.startswith("group:") else None

    def attach_path(self, code: str, path: Path) -> None:
        """Attach the file at `path` as evidence of indicator `code`."""
        size = path.stat().st_size
        if size > dti_assessment_file.MAX_ATTACHMENT_BYTES:
            raise UserError(
                "assessment.invalid",
                place=path.name,
                detail=self.tr("tệp đính kèm quá lớn (tối đa {limit} MB)").format(
                    limit=dti_assessment_file.MAX_ATTACHMENT_BYTES // (1024 * 1024)
                ),
            )
        attachment = Attachment(path.name, path.read_bytes())
        self.attachments[attachment.sha256] = attachment
        files = self.files_of.setdefault(code, [])
        if attachment.sha256 not in files:
            files.append(attachment.sha256)
        self._filling = True
        self._show_files(code)
        self._filling = False

    def attach_file(self) -> None:
        code = self.current_code()
        if code is None:
            self.status.setText(self.tr("Hãy chọn một chỉ số trước khi đính kèm tệp."))
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp minh chứng"))
        if name:
            try:
                self.attach_path(code, Path(name))
            except (UserError, OSError) as error:
                show_error(self, error)

    # the assessment --------------------------------------------------------------------------
    def assessment(self) -> Assessment:
        """The assessment as entered (refused values are left out, their text stays on screen)."""
        entries = []
        used: set[str] = set()
        values = self.values()
        for indicator in self.index.indicators:
            row = self.rows[indicator.code]
            date_text = self._text(row, DOC_DATE).strip()
            try:
                document_date = parse_date(date_text) if date_text else None
            except DateParseError:
                document_date = None
            files = tuple(self.files_of.get(indicator.code, ()))
            evidence = Evidence(
                self._text(row, DOC_NUMBER).strip(),
                document_date,
                self._text(row, LINK).strip(),
                files,
            )
            value = values[indicator.code]
            if value == IndicatorValue() and evidence.is_empty:
                continue
            used.update(files)
            entries.append(Entry(indicator.code, value, evidence))
        return Assessment(
            unit_code=self.unit_code.text().strip(),
            unit_name=self.unit_name.text().strip(),
            index_code=self.index.code,
            index_version=self.index.version,
            period=self.period.value(),
            entries=tuple(entries),
            attachments=tuple(a for h, a in self.attachments.items() if h in used),
        )

    def save_to(self, path: Path) -> None:
        assessment = self.assessment()
        if not assessment.unit_code:
            raise UserError(
                "assessment.invalid", place="unit.code", detail=self.tr("chưa nhập mã đơn vị")
            )
        temporary = path.with_name(path.name + ".partial")
        temporary.write_text(dti_assessment_file.dumps(assessment), encoding="utf-8")
        temporary.replace(path)

    def save_as(self) -> None:
        unit = self.unit_code.text().strip() or "don-vi"
        suggested = f"{unit}-{self.period.value()}.itplan-assessment.json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp tự đánh giá"), suggested, self.tr("Tệp tự đánh giá (*.json)")
        )
        if not name:
            return
        try:
            self.save_to(Path(name))
        except (UserError, OSError) as error:
            show_error(self, error)
            return
        self.status.setText(self.tr("Đã lưu “{path}”.").format(path=name))

    def send_to_province(self) -> QDialog | None:
        """The "Gửi lên tỉnh" dialog: the assessment on screen kept and bundled, its size shown."""
        if self.db is None:
            return None
        from .send_assessment import SendAssessmentDialog

        assessment = self.assessment()
        if not assessment.unit_code:
            show_error(
                self,
                UserError(
                    "assessment.invalid", place="unit.code", detail=self.tr("chưa nhập mã đơn vị")
                ),
            )
            return None
        dialog = SendAssessmentDialog(self.db, self.index, assessment, self)
        dialog.open()
        return dialog

    def export_report_to(self, target: Path) -> None:
        """The unit's report of this self-assessment (BÁO CÁO, PDF or Excel by suffix)."""
        assessment = self.assessment()
        if not assessment.unit_code or not assessment.unit_name:
            raise UserError(
                "assessment.invalid", place="unit", detail=self.tr("chưa nhập mã và tên đơn vị")
            )
        issuer = issuer_from_name(assessment.unit_code, assessment.unit_name)
        export_document(self_assessment_report(self.index, assessment, issuer), target)

    def export_report_as(self) -> None:
        unit = self.unit_code.text().strip() or "don-vi"
        suggested = f"bao-cao-tu-danh-gia-{unit}-{self.period.value()}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Xuất báo cáo tự đánh giá"),
            suggested,
            self.tr("Tệp PDF (*.pdf);;Tệp Excel (*.xlsx)"),
        )
        if not name:
            return
        try:
            self.export_report_to(Path(name))
        except (UserError, OSError) as error:
            show_error(self, error)
            return
        self.status.setText(self.tr("Đã xuất “{path}”.").format(path=name))

    def take_kpi_values(self) -> int:
        """Fill the empty value cells with what the unit entered in the KPI tracker for the
        year; returns how many were filled. Typed values are never replaced."""
        if self.db is None:
            return 0
        from ...services import dti

        offers = dti.kpi_offers(
            self.db, self.index, self.unit_code.text().strip(), self.period.value()
        )
        filled = 0
        self._filling = True
        for code, value in offers.items():
            row = self.rows[code]
            if self._text(row, VALUE).strip() or self._text(row, DENOMINATOR).strip():
                continue
            if value.numerator is not None and value.denominator is not None:
                self._set(row, VALUE, points_text(value.numerator))
                self._set(row, DENOMINATOR, points_text(value.denominator))
            elif value.yes is not None:
                self._set(row, VALUE, self.tr("có") if value.yes else self.tr("không"))
            elif value.value is not None:
                self._set(row, VALUE, points_text(value.value))
            else:
                continue
            filled += 1
        self._filling = False
        self._rescore()
        self.status.setText(
            self.tr(
                "Đã lấy {count} giá trị từ theo dõi chỉ tiêu; hãy kiểm tra trước khi gửi."
            ).format(count=filled)
        )
        return filled
