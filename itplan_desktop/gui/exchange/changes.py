"""The changes a bundle would make, as a tree the user reads before importing: a new plan, or
the header fields, sections, appendix rows cell by cell, indicators and actual values that
differ (old → new), review comments and a province template (`exchange.plan_diff`)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ...domain import Plan
from ...formats.bundle_import import ImportPreview, PlanChange
from ...formats.bundle_manifest import BundleKind
from ...formats.plan_diff import AppendixChange, Change, FieldChange, ItemChange, PlanDiff
from .common import kind_label, size_text

COLOURS = {
    Change.ADDED: QColor("#1b5e20"),
    Change.REMOVED: QColor("#b00020"),
    Change.CHANGED: QColor("#8a5a00"),
}


def change_label(change: Change) -> str:
    return {
        Change.ADDED: QCoreApplication.translate("ExchangeChanges", "Đã thêm"),
        Change.REMOVED: QCoreApplication.translate("ExchangeChanges", "Đã xóa"),
        Change.CHANGED: QCoreApplication.translate("ExchangeChanges", "Đã sửa"),
    }[change]


def header_label(name: str) -> str:
    """Header fields by the names the header editor shows them with."""
    labels = {
        "title": QCoreApplication.translate("ExchangeChanges", "Tên kế hoạch"),
        "number": QCoreApplication.translate("ExchangeChanges", "Số"),
        "symbol": QCoreApplication.translate("ExchangeChanges", "Ký hiệu"),
        "place": QCoreApplication.translate("ExchangeChanges", "Địa danh"),
        "issued_on": QCoreApplication.translate("ExchangeChanges", "Ngày ban hành"),
        "issuer": QCoreApplication.translate("ExchangeChanges", "Cơ quan ban hành"),
        "issuer_short": QCoreApplication.translate("ExchangeChanges", "Tên ngắn cơ quan"),
        "issuer_parent": QCoreApplication.translate("ExchangeChanges", "Cơ quan chủ quản"),
        "signer": QCoreApplication.translate("ExchangeChanges", "Người ký"),
        "recipients": QCoreApplication.translate("ExchangeChanges", "Nơi nhận"),
        "legal_bases": QCoreApplication.translate("ExchangeChanges", "Căn cứ"),
        "intro": QCoreApplication.translate("ExchangeChanges", "Lời mở đầu"),
        "closing": QCoreApplication.translate("ExchangeChanges", "Lời kết"),
        "budget": QCoreApplication.translate("ExchangeChanges", "Kinh phí"),
        "status": QCoreApplication.translate("ExchangeChanges", "Trạng thái"),
        "start_year": QCoreApplication.translate("ExchangeChanges", "Năm bắt đầu"),
        "end_year": QCoreApplication.translate("ExchangeChanges", "Năm kết thúc"),
    }
    return labels.get(name, name)


def value_text(value: Any) -> str:
    """A value of a field or cell, short enough for one line of the tree."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ExchangeChanges", "có")
            if value
            else QCoreApplication.translate("ExchangeChanges", "không")
        )
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    plain = isinstance(value, str)
    text = value if plain else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 120 else text[:119] + "…"


def _item(parent: QTreeWidget | QTreeWidgetItem, texts: list[str]) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, texts)
    for column, text in enumerate(texts):
        if len(text) > 60:
            item.setToolTip(column, text)
    return item


def _fields(
    parent: QTreeWidgetItem,
    fields: tuple[FieldChange, ...] | list[FieldChange],
    names: dict[str, str] | None = None,
) -> None:
    for change in fields:
        name = (names or {}).get(change.name) or header_label(change.name)
        _item(parent, [name, value_text(change.old), value_text(change.new)])


def _changed_item(parent: QTreeWidgetItem, change: ItemChange, names: dict[str, str]) -> None:
    item = _item(parent, [f"{change_label(change.change)}: {change.label}", "", ""])
    item.setForeground(0, QBrush(COLOURS[change.change]))
    _fields(item, change.fields, names)


def _group(parent: QTreeWidget, title: str, count: int) -> QTreeWidgetItem:
    item = _item(parent, [title.replace("%1", str(count)), "", ""])
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
    return item


def _column_names(plan: Plan | None, appendix_uuid: str) -> dict[str, str]:
    if plan is None:
        return {}
    for appendix in plan.appendices:
        if appendix.uuid == appendix_uuid:
            return {c.key: " / ".join(c.header) or c.key for c in appendix.columns}
    return {}


def _appendix(parent: QTreeWidgetItem, change: AppendixChange, plan: Plan | None) -> None:
    item = _item(parent, [f"{change_label(change.change)}: {change.title}", "", ""])
    item.setForeground(0, QBrush(COLOURS[change.change]))
    _fields(item, change.fields)
    names = _column_names(plan, change.uuid)
    names.update(
        position=QCoreApplication.translate("ExchangeChanges", "Vị trí dòng"),
        kind=QCoreApplication.translate("ExchangeChanges", "Loại dòng"),
        level=QCoreApplication.translate("ExchangeChanges", "Cấp"),
    )
    for row in change.rows:
        _changed_item(item, row, names)


def _diff(tree: QTreeWidget, diff: PlanDiff, plan: Plan | None) -> None:
    if diff.header:
        _fields(
            _group(
                tree,
                QCoreApplication.translate("ExchangeChanges", "Thông tin chung (%1 trường)"),
                len(diff.header),
            ),
            diff.header,
        )
    if diff.sections:
        group = _group(
            tree,
            QCoreApplication.translate("ExchangeChanges", "Nội dung: %1 mục"),
            len(diff.sections),
        )
        for change in diff.sections:
            _changed_item(
                group,
                change,
                {
                    "heading": QCoreApplication.translate("ExchangeChanges", "Tiêu đề"),
                    "body": QCoreApplication.translate("ExchangeChanges", "Nội dung"),
                },
            )
    if diff.appendices:
        group = _group(
            tree,
            QCoreApplication.translate("ExchangeChanges", "Phụ lục: %1 bảng"),
            len(diff.appendices),
        )
        for appendix in diff.appendices:
            _appendix(group, appendix, plan)
    if diff.indicators:
        group = _group(
            tree,
            QCoreApplication.translate("ExchangeChanges", "Chỉ tiêu: %1"),
            len(diff.indicators),
        )
        for change in diff.indicators:
            _changed_item(group, change, {})
    if diff.actuals:
        group = _group(
            tree,
            QCoreApplication.translate("ExchangeChanges", "Số liệu thực hiện: %1"),
            len(diff.actuals),
        )
        for change in diff.actuals:
            _changed_item(group, change, {})


def _new_plan(tree: QTreeWidget, plan: Plan) -> None:
    group = _group(tree, QCoreApplication.translate("ExchangeChanges", "Kế hoạch mới"), 0)
    _item(group, [QCoreApplication.translate("ExchangeChanges", "Tên kế hoạch"), "", plan.title])
    _item(
        group,
        [
            QCoreApplication.translate("ExchangeChanges", "Giai đoạn"),
            "",
            f"{plan.start_year}–{plan.end_year}",
        ],
    )
    _item(
        group,
        [
            QCoreApplication.translate("ExchangeChanges", "Số mục nội dung"),
            "",
            str(_count_sections(plan.sections)),
        ],
    )
    for appendix in plan.appendices:
        rows = QCoreApplication.translate("ExchangeChanges", "%1 dòng").replace(
            "%1", str(len(appendix.rows))
        )
        _item(group, [appendix.title or str(appendix.number), "", rows])
    _item(
        group,
        [QCoreApplication.translate("ExchangeChanges", "Chỉ tiêu"), "", str(len(plan.indicators))],
    )
    _item(
        group,
        [
            QCoreApplication.translate("ExchangeChanges", "Số liệu thực hiện"),
            "",
            str(len(plan.observations)),
        ],
    )
    group.setExpanded(True)


def _count_sections(sections: list[Any]) -> int:
    return sum(1 + _count_sections(s.children) for s in sections)


def _dti_details(tree: QTreeWidget, preview: ImportPreview) -> None:
    """An index (name, version, indicators, deadline, note) or an assessment (unit, year,
    indicators, each evidence file with its size) as the bundle brings it."""
    index, assessment = preview.index, preview.assessment
    if index is None and assessment is None:
        return
    same = QCoreApplication.translate("ExchangeChanges", "Giống hệt bản đang có: không thay đổi.")
    summary = preview.summary() or same
    rows = [(QCoreApplication.translate("ExchangeChanges", "Thay đổi"), "", summary)]
    if index is not None:
        info = preview.template
        deadline = info.deadline.strftime("%d/%m/%Y") if info and info.deadline else "—"
        indicators = len(index.indicators)
        rows += [
            (QCoreApplication.translate("ExchangeChanges", "Bộ chỉ số"), "", index.name),
            (QCoreApplication.translate("ExchangeChanges", "Phiên bản"), "", str(index.version)),
            (QCoreApplication.translate("ExchangeChanges", "Số chỉ số"), "", str(indicators)),
            (QCoreApplication.translate("ExchangeChanges", "Hạn nộp"), "", deadline),
        ]
        if info is not None and info.note:
            rows.append((QCoreApplication.translate("ExchangeChanges", "Ghi chú"), "", info.note))
    if assessment is not None:
        count, year = str(len(assessment.entries)), str(assessment.period)
        rows += [
            (QCoreApplication.translate("ExchangeChanges", "Đơn vị"), "", assessment.unit_name),
            (QCoreApplication.translate("ExchangeChanges", "Năm đánh giá"), "", year),
            (QCoreApplication.translate("ExchangeChanges", "Số chỉ số"), "", count),
        ]
        evidence = QCoreApplication.translate("ExchangeChanges", "Tệp minh chứng")
        for attachment in assessment.attachments:
            rows.append((evidence, "", f"{attachment.name} ({size_text(attachment.size)})"))
    group = _group(tree, kind_label(preview.kind.value), 0)
    for row in rows:
        _item(group, list(row))
    group.setExpanded(True)


def fill_changes(tree: QTreeWidget, preview: ImportPreview) -> None:
    """Show in `tree` (three columns: what, old, new) what importing `preview` would change."""
    tree.clear()
    plan = preview.plan
    if preview.already_imported:
        _item(
            tree,
            [
                QCoreApplication.translate(
                    "ExchangeChanges", "Tệp này đã được nhập trước đây: không có gì thay đổi."
                ),
                "",
                "",
            ],
        )
    elif preview.plan_change is PlanChange.NEW and plan is not None:
        _new_plan(tree, plan)
    elif preview.plan_change is PlanChange.SAME:
        _item(
            tree,
            [
                QCoreApplication.translate(
                    "ExchangeChanges", "Kế hoạch giống hệt bản đang có: không thay đổi."
                ),
                "",
                "",
            ],
        )
    elif preview.diff is not None:
        revision = QCoreApplication.translate("ExchangeChanges", "Lần sửa %1 → %2").replace(
            "%1", str(preview.stored_revision)
        )
        _item(tree, [revision.replace("%2", str(plan.revision if plan else "")), "", ""])
        _diff(tree, preview.diff, plan)
    if preview.comments:
        group = _group(
            tree,
            QCoreApplication.translate("ExchangeChanges", "Ý kiến góp ý: %1"),
            len(preview.comments),
        )
        for view in preview.comments:
            _item(group, [view.target_label, "", view.comment.text])
        group.setExpanded(True)
    if not preview.already_imported:
        _dti_details(tree, preview)
    template = preview.template
    if template is not None and plan is not None:
        deadline = template.deadline.strftime("%d/%m/%Y") if template.deadline else "—"
        group = _group(tree, kind_label(BundleKind.PROVINCE_TEMPLATE), 0)
        _item(
            group, [QCoreApplication.translate("ExchangeChanges", "Tên kế hoạch"), "", plan.title]
        )
        _item(group, [QCoreApplication.translate("ExchangeChanges", "Hạn nộp"), "", deadline])
        if template.note:
            _item(
                group, [QCoreApplication.translate("ExchangeChanges", "Ghi chú"), "", template.note]
            )
        group.setExpanded(True)
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        assert top is not None  # index < topLevelItemCount()
        if top.childCount() <= 20:
            top.setExpanded(True)
    tree.resizeColumnToContents(0)
    tree.setColumnWidth(0, min(tree.columnWidth(0), 360))
    tree.setColumnWidth(1, 150)
