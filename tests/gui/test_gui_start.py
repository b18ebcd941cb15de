"""Start page, new-plan wizard, language switch, drag-and-drop import."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from itplan_desktop.domain.plan import PlanKind
from itplan_desktop.gui import i18n
from itplan_desktop.paths import samples_dir
from itplan_desktop.services.plans import list_plans

SAMPLE = samples_dir()


def test_start_page_lists_the_demo_plans(window, shot) -> None:
    assert window.start_page.plans.topLevelItemCount() == 4
    assert "demo.sqlite" in window.windowTitle()
    shot(window, "01-start")


def test_wizard_creates_a_plan_from_the_outline(window, qtbot, shot) -> None:
    """Since 2025-07-01 a 2026-2030 plan belongs to a current unit and starts from the
    5-year Kế hoạch chuyển đổi số (issue 13; a district only owns plans of earlier periods)."""
    window.files.new_plan()
    wizard = window.wizard
    period = wizard.period_page
    period.period.setChecked(True)
    period.start.setValue(2026)
    assert period.end.value() == 2030
    assert period.organisation.findText("huyện Như Xuân") == -1
    period.organisation.setCurrentIndex(period.organisation.findText("xã Như Xuân"))
    wizard.next()
    assert wizard.content_page.plan_template.currentData() == "cds-giai-doan"
    wizard.content_page.appendix.setCurrentIndex(
        wizard.content_page.appendix.findData("recurring_tasks")
    )
    shot(wizard, "02-wizard")
    with qtbot.waitSignal(window.plan_opened):
        wizard.accept()
    plan = window.workspace.editor.plan
    assert (plan.start_year, plan.end_year, plan.kind) == (2026, 2030, PlanKind.PERIOD)
    assert plan.issuer == "ỦY BAN NHÂN DÂN XÃ NHƯ XUÂN"
    assert [s.heading for s in plan.sections][:2] == [
        "Đánh giá kết quả chuyển đổi số giai đoạn 2021 - 2025",
        "Quan điểm, mục tiêu",
    ]
    assert len(plan.appendices) == 2
    assert "2026 - 2030" in window.windowTitle()


def test_wizard_creates_a_district_plan_of_an_earlier_period(window, qtbot) -> None:
    window.files.new_plan()
    wizard = window.wizard
    period = wizard.period_page
    period.period.setChecked(True)
    period.start.setValue(2021)
    period.organisation.setCurrentIndex(period.organisation.findData("402"))
    wizard.next()
    assert wizard.content_page.plan_template.currentData() == "ud-cntt"
    with qtbot.waitSignal(window.plan_opened):
        wizard.accept()
    plan = window.workspace.editor.plan
    assert plan.issuer == "UBND HUYỆN NHƯ XUÂN"
    assert [s.heading for s in plan.sections][:2] == [
        "Đánh giá tình hình ứng dụng công nghệ thông tin giai đoạn trước",
        "Mục tiêu",
    ]


def test_wizard_copies_a_plan_with_years_shifted(window, qtbot) -> None:
    window.files.new_plan()
    wizard = window.wizard
    wizard.period_page.start.setValue(2021)
    wizard.next()
    content = wizard.content_page
    content.copy.setChecked(True)
    nhu_xuan = next(  # the start page lists today's sample first (issue 13)
        i for i in range(content.source.count()) if content.source.itemData(i)[1] == 2016
    )
    content.source.setCurrentIndex(nhu_xuan)
    with qtbot.waitSignal(window.plan_opened):
        wizard.accept()
    plan = window.workspace.editor.plan
    assert plan.start_year == 2021 and "2021 - 2025" in plan.title
    assert len(plan.appendices) == 2


def test_language_switch_is_live(window, shot) -> None:
    assert window.menus.file.title() == "&Tệp"
    i18n.set_language("en")
    assert window.menus.file.title() == "&File"
    assert window.menus.actions["new_plan"].text() == "&New plan…"
    assert window.start_page.new_button.text() == "New plan…"
    shot(window, "03-start-english")
    i18n.set_language("vi")
    assert window.menus.edit.title() == "&Sửa"


def test_qt_standard_buttons_are_vietnamese(window) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy"}


def test_settings_dialog_switches_language(window, shot) -> None:
    window.files.settings()
    dialog = window.settings_dialog
    shot(dialog, "04-settings")
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.accept()
    assert window.menus.help.title() == "&Help"
    i18n.set_language("vi")


def test_drop_a_plan_file_imports_it(window, qtbot, tmp_path) -> None:
    from itplan_desktop.services.plans import export_plan

    target = tmp_path / "copy.itplan.json"
    export_plan(window.db, "698731bc", target)
    data = target.read_text(encoding="utf-8").replace('"revision": 1', '"revision": 2', 1)
    target.write_text(data, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.plan_opened, timeout=10_000):
        window.dropEvent(event)
    assert window.files.last_result.outcome.value == "updated"
    assert len(list_plans(window.db)) == 4  # the samples; the drop updated one
