"""Editor of the document header (thể thức): issuing body, number, date, title, period,
signature block and recipients. The static form comes from `ui/header_form.ui`."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from ...domain.plan import DOCUMENT_TYPES, SIGNER_AUTHORITIES, PlanKind
from ...formats.plan_file import MAX_TITLE
from ...services.plan_editing import HEADER, PlanEditor
from ...vn.dates import DateParseError, IssueDate, format_place_date, parse_issue_date, typed_date
from ..forms.ui_header_form import Ui_HeaderForm
from ..undo import UndoContext
from .commands import SetFieldCommand

# field name (as in findings) -> (widget attribute, target: "plan" or "signer", attribute)
FIELDS: dict[str, tuple[str, str, str]] = {
    "issuer_parent": ("issuerParentEdit", "plan", "issuer_parent"),
    "issuer": ("issuerEdit", "plan", "issuer"),
    "issuer_short": ("issuerShortEdit", "plan", "issuer_short"),
    "place": ("placeEdit", "plan", "place"),
    "number": ("numberEdit", "plan", "number"),
    "symbol": ("symbolEdit", "plan", "symbol"),
    "title": ("titleEdit", "plan", "title"),
    "authority_line": ("authorityLineEdit", "plan", "authority_line"),
    "signer.authority_of": ("authorityOfEdit", "signer", "authority_of"),
    "signer.title": ("signerTitleEdit", "signer", "title"),
    "signer.name": ("signerNameEdit", "signer", "name"),
}
FOCUS_ONLY = {
    "issued_on": "issuedOnEdit",
    "recipients": "recipientsEdit",
    "doc_type": "docTypeCombo",
    "kind": "kindCombo",
    "start_year": "startYearSpin",
    "end_year": "endYearSpin",
    "signer.authority": "authorityCombo",
}


class HeaderEditor(QWidget):
    def __init__(self, context: UndoContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: PlanEditor = context.editor
        self.ui = Ui_HeaderForm()
        self.ui.setupUi(self)
        self._loading = False
        for code in DOCUMENT_TYPES:
            self.ui.docTypeCombo.addItem(f"{code} — {DOCUMENT_TYPES[code]}", code)
        for authority in SIGNER_AUTHORITIES:
            self.ui.authorityCombo.addItem(authority or "—", authority)
        self.ui.kindCombo.addItem("", PlanKind.PERIOD.value)
        self.ui.kindCombo.addItem("", PlanKind.ANNUAL.value)
        self.ui.recipientsEdit.setMaximumHeight(120)
        self.ui.titleEdit.setMaxLength(MAX_TITLE)  # what a plan file may hold, no more
        for name, (widget, _target, _attr) in FIELDS.items():
            line: QLineEdit = getattr(self.ui, widget)
            line.textEdited.connect(lambda text, n=name: self._set_text(n, text))
        self.ui.issuedOnEdit.editingFinished.connect(self._date_finished)
        self.date_problem = QLabel(self)  # a bad date is said on the page, under the field
        self.date_problem.setObjectName("dateProblem")
        self.date_problem.setStyleSheet("color: #b71c1c")
        self.date_problem.setWordWrap(True)
        self.date_problem.hide()
        self.ui.documentLayout.insertRow(4, "", self.date_problem)
        self.ui.recipientsEdit.textChanged.connect(self._recipients_changed)
        self.ui.docTypeCombo.activated.connect(
            lambda _i: self._set("plan", "doc_type", self.ui.docTypeCombo.currentData())
        )
        self.ui.authorityCombo.activated.connect(
            lambda _i: self._set("signer", "authority", self.ui.authorityCombo.currentData())
        )
        self.ui.kindCombo.activated.connect(
            lambda _i: self._set("plan", "kind", PlanKind(self.ui.kindCombo.currentData()))
        )
        self.ui.startYearSpin.valueChanged.connect(lambda v: self._set("plan", "start_year", v))
        self.ui.endYearSpin.valueChanged.connect(lambda v: self._set("plan", "end_year", v))
        context.changed.connect(self._changed)
        self.retranslate()
        self.load()

    # ------------------------------------------------------------ plan -> widgets
    def _target(self, which: str) -> object:
        return self.editor.plan if which == "plan" else self.editor.plan.signer

    def load(self) -> None:
        """Show the plan's values; widgets already showing them are left alone (no cursor
        jumps while typing)."""
        self._loading = True
        try:
            plan = self.editor.plan
            for widget, which, attr in FIELDS.values():
                line: QLineEdit = getattr(self.ui, widget)
                value = getattr(self._target(which), attr)
                if line.text() != value:
                    line.setText(value)
            if not self.ui.issuedOnEdit.hasFocus():
                self.ui.issuedOnEdit.setText(typed_date(plan.issued_on))
            recipients = "\n".join(plan.recipients)
            if self.ui.recipientsEdit.toPlainText() != recipients:
                self.ui.recipientsEdit.setPlainText(recipients)
            _select(self.ui.docTypeCombo, plan.doc_type)
            _select(self.ui.authorityCombo, plan.signer.authority)
            _select(self.ui.kindCombo, plan.kind.value)
            _set_spin(self.ui.startYearSpin, plan.start_year)
            _set_spin(self.ui.endYearSpin, plan.end_year)
            self._show_printed()
        finally:
            self._loading = False

    def _show_printed(self) -> None:
        plan = self.editor.plan
        place_date = format_place_date(plan.place, plan.issued_on) if plan.issued_on else plan.place
        signer = plan.signer
        head = f"{signer.authority} {signer.authority_of}".strip()
        lines = [
            self.tr("<b>Khi in:</b>"),
            f"Số: {plan.number_and_symbol} &nbsp;&nbsp;|&nbsp;&nbsp; <i>{place_date}</i>",
            f"<b>{head.upper()}</b> / <b>{signer.title.upper()}</b> / <b>{signer.name}</b>",
        ]
        self.ui.printedPreview.setText("<br>".join(lines))

    def _changed(self, part: str) -> None:
        if part == HEADER:
            self.load()

    # ------------------------------------------------------------ widgets -> commands
    def _set_text(self, name: str, text: str) -> None:
        _widget, which, attr = FIELDS[name]
        self._set(which, attr, text)

    def _set(self, which: str, attr: str, value: object) -> None:
        if self._loading:
            return
        target = self._target(which)
        if getattr(target, attr) == value:
            return
        label = self._label_for(attr if which == "plan" else f"signer.{attr}")
        text = self.tr("Sửa “%1”").replace("%1", label)
        self.context.push(SetFieldCommand(self.editor, target, attr, value, HEADER, text))

    def _date_finished(self) -> None:
        text = self.ui.issuedOnEdit.text().strip()
        value: IssueDate | None = None
        if text:
            try:
                value = parse_issue_date(text)
            except DateParseError as error:
                reason = error.message
                self.ui.issuedOnEdit.setStyleSheet("QLineEdit { border: 1px solid #c62828; }")
                self.ui.issuedOnEdit.setToolTip(reason)
                self.date_problem.setText(
                    self.tr("%1 Văn bản vẫn in ngày đã lưu trước đó cho đến khi sửa.").replace(
                        "%1", reason
                    )
                )
                self.date_problem.show()
                return
        self.date_problem.hide()
        self.ui.issuedOnEdit.setStyleSheet("")
        self.ui.issuedOnEdit.setToolTip(
            self.tr("Ví dụ: 15/9/2015; bản dự thảo để trống ngày: …/9/2015")
        )
        self._set("plan", "issued_on", value)

    def _recipients_changed(self) -> None:
        if self._loading:
            return
        lines = [line.strip() for line in self.ui.recipientsEdit.toPlainText().splitlines()]
        self._set("plan", "recipients", [line for line in lines if line])

    def _label_for(self, field: str) -> str:
        widget = FIELDS[field][0] if field in FIELDS else FOCUS_ONLY.get(field, "")
        label = self.ui.printedPreview
        for child in self.findChildren(type(label)):
            buddy = child.buddy()
            if buddy is not None and buddy.objectName() == widget:
                return child.text().rstrip(":")
        return field

    # ------------------------------------------------------------ findings
    def focus_field(self, field: str | None) -> None:
        """Put the cursor in the widget of a header field named by a finding."""
        name = FIELDS[field][0] if field in FIELDS else FOCUS_ONLY.get(field or "", "numberEdit")
        widget = getattr(self.ui, name)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.ui.kindCombo.setItemText(0, self.tr("Giai đoạn (nhiều năm)"))
        self.ui.kindCombo.setItemText(1, self.tr("Hằng năm (một năm)"))
        self.ui.issuedOnEdit.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 15/9/2015"))
        self.ui.recipientsEdit.setPlaceholderText(self.tr("- Sở Khoa học và Công nghệ;"))
        if not self._loading and hasattr(self, "editor"):
            self._show_printed()


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)


def _set_spin(spin: QSpinBox, value: int) -> None:
    if spin.value() != value:
        spin.setValue(value)
