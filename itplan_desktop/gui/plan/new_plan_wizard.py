"""The "Tạo kế hoạch mới" wizard: unit and period, then a plan template (today's Kế hoạch
chuyển đổi số, or the IT application plan of the periods before 2026; with an optional
appendix), a copy of an earlier plan with its years shifted, or a template of the next plan
received from the province (its outline, indicators and period). The unit chosen is
remembered as the user's own and offered first next time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain.appendix_templates import TEMPLATES
from ...domain.organisation import Organisation
from ...domain.plan import PlanKind
from ...services import plan_templates, units, units_catalogue
from ...services.plan_creation import NewPlan, copy_plan_shifted, create_plan
from ...services.plans import list_plans
from ...store.database import Database
from .. import settings
from ..errors import show_error
from ..screen_fit import fit_to_screen

FIRST_YEAR, LAST_YEAR = 2000, 2100
"""The years a plan may cover (the wizard says so on the page, at once)."""


class PeriodPage(QWizardPage):
    """Unit and period: the current units of the user's province (former ones, marked, only
    for periods starting before July 2025), searchable without accents."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setTitle(self.tr("Đơn vị và thời gian"))
        self.setSubTitle(self.tr("Kế hoạch của đơn vị nào, cho giai đoạn nào hoặc năm nào?"))
        self.own_unit = settings.own_unit()
        self.province = QComboBox()
        self.province.setObjectName("province")
        for province in units_catalogue.current_provinces():
            self.province.addItem(province.full_name, province.code)
        self.province.setCurrentIndex(
            self.province.findData(units.default_province(db, self.own_unit))
        )
        self.search = QLineEdit()
        self.search.setObjectName("unitSearch")
        self.search.setPlaceholderText(self.tr("Tìm đơn vị (gõ không dấu được: nhu xuan)"))
        self.search.setClearButtonEnabled(True)
        self.organisation = QComboBox()
        self.organisation.setObjectName("organisation")
        self.remember = QCheckBox(self.tr("Đây là đơn vị của tôi (chọn sẵn lần sau)"))
        self.remember.setObjectName("rememberUnit")
        self.remember.setChecked(self.own_unit is None)
        self.period = QRadioButton(self.tr("Giai đoạn (thường 5 năm)"))
        self.annual = QRadioButton(self.tr("Một năm"))
        self.annual.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.period)
        group.addButton(self.annual)
        next_year = date.today().year + 1
        # Wide spin ranges, so a typed year out of range is shown with a message (below)
        # instead of being silently replaced by the nearest allowed one.
        self.start = QSpinBox(minimum=1000, maximum=9999, value=next_year)
        self.end = QSpinBox(minimum=1000, maximum=9999, value=next_year)
        self.problem = QLabel()
        self.problem.setObjectName("periodProblem")
        self.problem.setStyleSheet("color: #b71c1c")
        self.problem.setWordWrap(True)
        self.end.setEnabled(False)
        self.start.setObjectName("startYear")
        self.end.setObjectName("endYear")
        self._units: list[Organisation] = []
        self.start.valueChanged.connect(self._start_changed)
        self.annual.toggled.connect(self._kind_changed)
        self.province.currentIndexChanged.connect(self._reload_units)
        self.search.textChanged.connect(self._fill_units)
        form = QFormLayout(self)
        form.addRow(self.tr("Loại kế hoạch:"), self.annual)
        form.addRow("", self.period)
        form.addRow(self.tr("Từ &năm:"), self.start)
        form.addRow(self.tr("Đến nă&m:"), self.end)
        form.addRow(self.tr("&Tỉnh, thành phố:"), self.province)
        form.addRow(self.tr("Tì&m:"), self.search)
        form.addRow(self.tr("Đơn &vị:"), self.organisation)
        form.addRow("", self.remember)
        form.addRow("", self.problem)
        self.start.valueChanged.connect(self._check_years)
        self.end.valueChanged.connect(self._check_years)
        self._reload_units()

    def year_problem(self) -> str:
        """Why the years cannot make a plan ("" when they can), said on the page at once."""
        start, end = self.start.value(), self.end.value()
        for year in (start, end):
            if not FIRST_YEAR <= year <= LAST_YEAR:
                return (
                    self.tr("Năm %1 nằm ngoài khoảng %2–%3.")
                    .replace("%1", str(year))
                    .replace("%2", str(FIRST_YEAR))
                    .replace("%3", str(LAST_YEAR))
                )
        if end < start:
            return (
                self.tr("Năm kết thúc (%1) phải từ năm bắt đầu (%2) trở đi.")
                .replace("%1", str(end))
                .replace("%2", str(start))
            )
        return ""

    def _check_years(self) -> None:
        self.problem.setText(self.year_problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.year_problem() and super().isComplete()

    def _reload_units(self) -> None:
        code = self.province.currentData()
        self._units = units.plan_owner_units(self.db, code, self.start.value()) if code else []
        self._fill_units()

    def _fill_units(self) -> None:
        chosen = self.organisation.currentData() or self.own_unit
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for unit in units.search_units(self._units, self.search.text()):
            text = unit.full_name
            if unit.ceased_on is not None:
                day = unit.ceased_on.strftime("%d/%m/%Y")
                text = self.tr("%1 (đơn vị cũ, đến %2)").replace("%1", text).replace("%2", day)
            self.organisation.addItem(text, unit.code)
        index = self.organisation.findData(chosen) if chosen else -1
        self.organisation.setCurrentIndex(max(index, 0) if self.organisation.count() else -1)
        self.organisation.blockSignals(False)

    def _start_changed(self, value: int) -> None:
        self.end.setValue(value if self.annual.isChecked() else value + 4)
        if not FIRST_YEAR <= value <= LAST_YEAR:
            return  # the message says so; the unit list waits for a real year
        was_former = units.period_starts_before_two_tier(value)
        if any(u.ceased_on is not None for u in self._units) != was_former:
            self._reload_units()

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
            self.tr("Theo mẫu kế hoạch (đề cương, phụ lục, chỉ tiêu và căn cứ đang có hiệu lực)")
        )
        self.plan_template = QComboBox()
        self.plan_template.setObjectName("planTemplate")
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
        for name, appendix_template in TEMPLATES.items():
            self.appendix.addItem(appendix_template.label, name)
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
        form.addRow(self.tr("&Mẫu:"), self.plan_template)
        form.addRow(self.tr("Thêm phụ lục:"), self.appendix)
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

    def fill_templates(self, kind: PlanKind, start: int, end: int) -> None:
        """The templates fitting the period, the default first."""
        self.plan_template.clear()
        default = plan_templates.template_for(kind, start, end)
        self.plan_template.addItem(default.label, default.name)
        for template in plan_templates.templates().values():
            if template.name != default.name and template.fits(kind, start, end):
                self.plan_template.addItem(template.label, template.name)

    def initializePage(self) -> None:
        wizard = self.wizard()
        period = wizard.period_page if isinstance(wizard, NewPlanWizard) else None
        if period is not None:
            self.fill_templates(period.kind(), period.start.value(), period.end.value())

    def _toggled(self) -> None:
        self.plan_template.setEnabled(self.template.isChecked())
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
        period = self.period_page
        self.content_page.fill_templates(period.kind(), period.start.value(), period.end.value())
        fit_to_screen(self, 720, 460)
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
                    template=content.plan_template.currentData(),
                )
                uuid = create_plan(self.db, request)
        except Exception as error:
            show_error(self, error)
            return
        if period.remember.isChecked() and period.organisation.currentData():
            settings.set_own_unit(period.organisation.currentData())
        self.created_uuid = uuid
        super().accept()
        self.plan_created.emit(uuid)
