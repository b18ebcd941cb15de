"""The "Tạo kế hoạch mới" wizard: organisation and period, then the built-in outline (with an
optional first appendix), a copy of an earlier plan with its years shifted, or a template of
the next plan received from the province (its outline, indicators and period)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.appendix_templates import TEMPLATES
from ...domain.plan import PlanKind
from ...services.plan_creation import NewPlan, copy_plan_shifted, create_plan, list_organisations
from ...services.plans import list_plans
from ...store.database import Database
from ..errors import show_error


class PeriodPage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Đơn vị và thời gian"))
        self.setSubTitle(self.tr("Kế hoạch của đơn vị nào, cho giai đoạn nào hoặc năm nào?"))
        self.organisation = QComboBox()
        self.organisation.setObjectName("organisation")
        for org in list_organisations(db):
            self.organisation.addItem(org.full_name, org.code)
        self.period = QRadioButton(self.tr("Giai đoạn (thường 5 năm)"))
        self.annual = QRadioButton(self.tr("Một năm"))
        self.period.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.period)
        group.addButton(self.annual)
        next_year = date.today().year + 1
        self.start = QSpinBox(minimum=2000, maximum=2100, value=next_year)
        self.end = QSpinBox(minimum=2000, maximum=2100, value=next_year + 4)
        self.start.setObjectName("startYear")
        self.end.setObjectName("endYear")
        self.start.valueChanged.connect(self._start_changed)
        self.annual.toggled.connect(self._kind_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Đơn &vị:"), self.organisation)
        form.addRow(self.tr("Loại kế hoạch:"), self.period)
        form.addRow("", self.annual)
        form.addRow(self.tr("Từ &năm:"), self.start)
        form.addRow(self.tr("Đến nă&m:"), self.end)

    def _start_changed(self, value: int) -> None:
        self.end.setValue(value if self.annual.isChecked() else value + 4)

    def _kind_changed(self) -> None:
        self.end.setEnabled(not self.annual.isChecked())
        self._start_changed(self.start.value())

    def kind(self) -> PlanKind:
        return PlanKind.ANNUAL if self.annual.isChecked() else PlanKind.PERIOD


class ContentPage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Nội dung ban đầu"))
        self.setSubTitle(self.tr("Bắt đầu từ đề cương mẫu hoặc sao chép một kế hoạch đã có."))
        self.template = QRadioButton(
            self.tr(
                "Đề cương mẫu (đánh giá, mục tiêu, nhiệm vụ, giải "
                "pháp, lộ trình, kinh phí, tổ chức thực hiện)"
            )
        )
        self.copy = QRadioButton(self.tr("Sao chép kế hoạch trước, dời các năm cho khớp"))
        self.template.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.template)
        group.addButton(self.copy)
        self.from_template = QRadioButton(
            self.tr("Theo mẫu kế hoạch của tỉnh (đề cương, chỉ tiêu và giai đoạn theo mẫu)")
        )
        self.from_template.setObjectName("fromProvinceTemplate")
        from ...services.province import received_templates  # exchange code: loaded on use

        group.addButton(self.from_template)
        self.province_template = QComboBox()
        self.province_template.setObjectName("provinceTemplate")
        for template in received_templates(db):
            deadline = template.deadline.strftime("%d/%m/%Y") if template.deadline else "—"
            text = self.tr("%1-%2 — %3 (hạn %4)")
            self.province_template.addItem(
                text.replace("%1", str(template.start_year))
                .replace("%2", str(template.end_year))
                .replace("%3", template.title[:70])
                .replace("%4", deadline),
                template.plan_uuid,
            )
        self.from_template.setEnabled(self.province_template.count() > 0)
        self.from_template.toggled.connect(self._toggled)
        self.appendix = QComboBox()
        self.appendix.setObjectName("appendixTemplate")
        self.appendix.addItem(self.tr("Không tạo phụ lục"), None)
        for name, template in TEMPLATES.items():
            self.appendix.addItem(template.label, name)
        self.source = QComboBox()
        self.source.setObjectName("sourcePlan")
        for plan in list_plans(db):
            self.source.addItem(
                f"{plan.organisation_name}: {plan.start_year}-{plan.end_year} — {plan.title[:70]}",
                (plan.uuid, plan.start_year),
            )
        self.copy.setEnabled(self.source.count() > 0)
        self.copy.toggled.connect(self._toggled)
        self._toggled()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Phụ lục đầu tiên:"), self.appendix)
        layout.addWidget(self.template)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.copy)
        layout.addWidget(self.source)
        self.shift_label = QLabel()
        layout.addWidget(self.shift_label)
        layout.addSpacing(12)
        layout.addWidget(self.from_template)
        layout.addWidget(self.province_template)
        layout.addStretch(1)

    def _toggled(self) -> None:
        self.appendix.setEnabled(self.template.isChecked())
        self.source.setEnabled(self.copy.isChecked())
        self.province_template.setEnabled(self.from_template.isChecked())


class NewPlanWizard(QWizard):
    plan_created = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Tạo kế hoạch mới"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.period_page = PeriodPage(db)
        self.content_page = ContentPage(db)
        self.addPage(self.period_page)
        self.addPage(self.content_page)
        self.resize(720, 460)
        self.created_uuid: str | None = None

    def accept(self) -> None:
        period, content = self.period_page, self.content_page
        try:
            if content.from_template.isChecked():
                from ...services.province import plan_from_template

                template_uuid = content.province_template.currentData()
                organisation = period.organisation.currentData()
                uuid = plan_from_template(self.db, template_uuid, organisation).uuid
            elif content.copy.isChecked():
                source_uuid, source_start = content.source.currentData()
                shift = period.start.value() - source_start
                uuid = copy_plan_shifted(self.db, source_uuid, shift)
            else:
                request = NewPlan(
                    organisation_code=period.organisation.currentData(),
                    kind=period.kind(),
                    start_year=period.start.value(),
                    end_year=period.end.value(),
                    appendix_template=content.appendix.currentData(),
                )
                uuid = create_plan(self.db, request)
        except Exception as error:
            show_error(self, error)
            return
        self.created_uuid = uuid
        super().accept()
        self.plan_created.emit(uuid)
