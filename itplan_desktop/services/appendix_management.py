"""Appendices (phụ lục) of a plan as a list: add from a template or blank, rename, remove,
move — and the removal of a whole plan, after a backup of the database.

The appendix operations change the in-memory `Plan` held by a `PlanEditor` and return what
their undo needs; the GUI wraps each in a `QUndoCommand`. Appendices are numbered by their
position (Phụ lục I, II …): every operation renumbers, and the undo restores the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain import Appendix, Plan
from ..domain.appendix import AppendixRole, Column, ColumnKind, ColumnRole
from ..domain.appendix_templates import TEMPLATES, build_appendix
from ..messages import UserError, register_messages
from ..store import plan_repository as repo
from ..store.backup import backup_database
from ..store.database import Database

register_messages(
    {
        "appendix.unknown_template": (
            "Không có mẫu phụ lục “{name}”.",
            "There is no appendix template “{name}”.",
        ),
        "appendix.not_found": (
            "Kế hoạch không có phụ lục “{ref}”.",
            "The plan has no appendix “{ref}”.",
        ),
        "appendix.empty_title": (
            "Tên phụ lục không được để trống.",
            "The appendix title must not be empty.",
        ),
        "appendix.cannot_move": (
            "Không chuyển được phụ lục: đã ở đầu hoặc cuối danh sách.",
            "The appendix cannot move: it is already first or last.",
        ),
    }
)

BLANK = "blank"
"""The template name of a blank appendix: TT, Nội dung, Kinh phí, Ghi chú."""

BLANK_TITLE = "PHỤ LỤC"


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    """One way to start an appendix: a template of `domain.appendix_templates`, or blank."""

    name: str
    label: str
    title: str


def template_choices() -> list[TemplateChoice]:
    """Every appendix template (in the registry's order), then the blank table."""
    choices = [TemplateChoice(t.name, t.label, t.title) for t in TEMPLATES.values()]
    choices.append(TemplateChoice(BLANK, "Bảng trống (TT, nội dung, kinh phí, ghi chú)", ""))
    return choices


def blank_appendix(title: str = BLANK_TITLE) -> Appendix:
    """A plain budget table the clerk shapes with "Bố cục cột…"."""
    return Appendix(
        title=title,
        columns=[
            Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("TT",), width=0.4),
            Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Nội dung",), width=3.0),
            Column("amount", ColumnKind.MONEY, ColumnRole.AMOUNT, ("Kinh phí",), width=1.0),
            Column("note", ColumnKind.TEXT, ColumnRole.NOTE, ("Ghi chú",), width=1.2),
        ],
        role=AppendixRole.BUDGET,
        template=None,
    )


def new_appendix(plan: Plan, template: str, title: str | None = None) -> Appendix:
    """A new, empty appendix for the plan's years; `template` is a template name or BLANK."""
    title = title.strip() if title else None
    if template == BLANK:
        return blank_appendix(title or BLANK_TITLE)
    if template not in TEMPLATES:
        raise UserError("appendix.unknown_template", name=template)
    return build_appendix(template, plan.years, title=title or None)


def numbers(plan: Plan) -> list[int]:
    """The appendices' numbers in order (what an undo restores)."""
    return [a.number for a in plan.appendices]


def renumber(plan: Plan) -> list[int]:
    """Number the appendices 1, 2 … by position; returns the numbers before."""
    old = numbers(plan)
    for position, appendix in enumerate(plan.appendices, start=1):
        appendix.number = position
    return old


def restore_numbers(plan: Plan, old: list[int]) -> None:
    for appendix, number in zip(plan.appendices, old, strict=True):
        appendix.number = number


def _index(plan: Plan, uuid: str) -> int:
    for index, appendix in enumerate(plan.appendices):
        if appendix.uuid == uuid:
            return index
    raise UserError("appendix.not_found", ref=uuid)


def insert_appendix(plan: Plan, appendix: Appendix, index: int | None = None) -> int:
    """Insert at `index` (default: after the last) and renumber; returns the index."""
    position = len(plan.appendices) if index is None else max(0, min(index, len(plan.appendices)))
    plan.appendices.insert(position, appendix)
    renumber(plan)
    return position


def remove_appendix(plan: Plan, uuid: str) -> tuple[int, Appendix]:
    """Take the appendix out (renumbering the rest); returns what `restore_appendix` needs."""
    index = _index(plan, uuid)
    appendix = plan.appendices.pop(index)
    renumber(plan)
    return index, appendix


def restore_appendix(plan: Plan, index: int, appendix: Appendix, old_numbers: list[int]) -> None:
    """Undo of `remove_appendix`: the appendix back at its place, every number as before."""
    plan.appendices.insert(index, appendix)
    restore_numbers(plan, old_numbers)


def rename_appendix(plan: Plan, uuid: str, title: str) -> str:
    """Set the title (the line printed under "Phụ lục I"); returns the old one."""
    title = " ".join(title.split())
    if not title:
        raise UserError("appendix.empty_title")
    appendix = plan.appendices[_index(plan, uuid)]
    old, appendix.title = appendix.title, title
    return old


def can_move(plan: Plan, uuid: str, delta: int) -> bool:
    index = _index(plan, uuid)
    return 0 <= index + delta < len(plan.appendices)


def move_appendix(plan: Plan, uuid: str, delta: int) -> int:
    """Move one place up (-1) or down (+1) and renumber; returns the new index.
    Moving it back by `-delta` undoes it (numbers follow positions)."""
    index = _index(plan, uuid)
    target = index + delta
    if not 0 <= target < len(plan.appendices):
        raise UserError("appendix.cannot_move")
    appendix = plan.appendices.pop(index)
    plan.appendices.insert(target, appendix)
    renumber(plan)
    return target


# -- whole plans ---------------------------------------------------------------------------


def delete_plan(db: Database, plan_uuid: str) -> Path:
    """Remove a plan (sections, appendices, indicators and figures) after a backup copy of
    the whole database file; returns the backup's path (restoring it brings the plan back)."""
    with db.session() as session:
        if repo.plan_revision(session, plan_uuid) is None:
            raise UserError("plan.not_found", ref=plan_uuid)
    backup = backup_database(Path(db.path), "before-delete-plan")
    with db.session() as session:
        repo.delete_plan(session, plan_uuid)
    return backup
