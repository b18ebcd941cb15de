"""Creating plans: from the built-in outline (DESIGN.md "What a plan contains") or by copying
a previous plan with its years shifted. The GUI wizard and tests call these use cases."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace

from ..domain import (
    Column,
    LegalBasis,
    Organisation,
    OrgLevel,
    Plan,
    PlanKind,
    PlanStatus,
    Section,
    SectionKind,
    Signer,
    walk_sections,
)
from ..domain.appendix_templates import TEMPLATES, build_appendix
from ..domain.ids import new_uuid, utc_now
from ..messages import UserError
from ..store import plan_repository as repo
from ..store.database import Database

# The common outline of a plan: (heading, kind, children). Level 1 prints "I.", level 2 "1.".
OUTLINE: tuple[tuple[str, SectionKind, tuple[str, ...]], ...] = (
    (
        "Đánh giá tình hình ứng dụng công nghệ thông tin giai đoạn trước",
        SectionKind.TEXT,
        ("Kết quả đạt được", "Tồn tại, hạn chế và nguyên nhân"),
    ),
    ("Mục tiêu", SectionKind.TEXT, ("Mục tiêu tổng quát", "Mục tiêu cụ thể")),
    (
        "Nhiệm vụ",
        SectionKind.TEXT,
        (
            "Phát triển hạ tầng kỹ thuật",
            "Ứng dụng công nghệ thông tin trong nội bộ cơ quan nhà nước",
            "Ứng dụng công nghệ thông tin phục vụ người dân và doanh nghiệp",
            "Bảo đảm an toàn thông tin",
            "Phát triển nguồn nhân lực",
        ),
    ),
    ("Giải pháp", SectionKind.TEXT, ()),
    ("Lộ trình thực hiện", SectionKind.TEXT, ()),
    ("Kinh phí thực hiện", SectionKind.BUDGET, ()),
    ("Tổ chức thực hiện", SectionKind.TEXT, ()),
)

LEGAL_BASES_TEMPLATE = (
    "Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;",
    "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công nghệ "
    "thông tin trong hoạt động của cơ quan nhà nước;",
)


@dataclass(frozen=True)
class NewPlan:
    """What the wizard asks: organisation, period or year, and an optional first appendix."""

    organisation_code: str
    kind: PlanKind
    start_year: int
    end_year: int
    appendix_template: str | None = None


def list_organisations(db: Database) -> list[Organisation]:
    """Organisations that can own a plan (provinces and districts), ordered by code."""
    with db.session() as session:
        found = repo.list_organisations(session)
    return [o for o in found if o.level is not OrgLevel.COMMUNE]


def default_title(organisation: Organisation, kind: PlanKind, start: int, end: int) -> str:
    period = f"năm {start}" if kind is PlanKind.ANNUAL else f"giai đoạn {start} - {end}"
    return (
        "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước "
        f"trên địa bàn {organisation.full_name} {period}"
    )


def outline_sections() -> list[Section]:
    """A fresh copy of the built-in outline."""
    return [
        Section(heading, kind=kind, children=[Section(child) for child in children])
        for heading, kind, children in OUTLINE
    ]


def header_defaults(organisation: Organisation, parent: Organisation | None) -> dict[str, str]:
    """Place, issuing body and parent body derived from the organisation (FORMAT.md)."""
    issuer = f"UBND {organisation.full_name.upper()}"
    return {
        "place": organisation.name,
        "issuer": issuer,
        "issuer_short": f"UBND {organisation.full_name}",
        "issuer_parent": f"UBND {parent.full_name.upper()}" if parent else "",
    }


def create_plan(db: Database, request: NewPlan) -> str:
    """Store a new plan with the built-in outline; returns its UUID."""
    if request.start_year > request.end_year:
        raise UserError("planfile.bad_years", start=request.start_year, end=request.end_year)
    with db.session() as session:
        organisation = repo.get_organisation(session, request.organisation_code)
        if organisation is None:
            raise UserError("plan.not_found", ref=request.organisation_code)
        parent = (
            repo.get_organisation(session, organisation.parent_code)
            if organisation.parent_code
            else None
        )
        plan = Plan(
            organisation_code=organisation.code,
            title=default_title(organisation, request.kind, request.start_year, request.end_year),
            start_year=request.start_year,
            end_year=request.end_year,
            kind=request.kind,
            signer=Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", ""),
            recipients=["Sở Thông tin và Truyền thông (b/c);", "Lưu: VT."],
            legal_bases=[LegalBasis(text) for text in LEGAL_BASES_TEMPLATE],
            sections=outline_sections(),
            **header_defaults(organisation, parent),
        )
        if request.appendix_template:
            if request.appendix_template not in TEMPLATES:
                raise UserError("plan.not_found", ref=request.appendix_template)
            plan.appendices.append(build_appendix(request.appendix_template, plan.years))
        repo.save_plan(session, plan)
    return plan.uuid


_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


def shift_years_in_text(text: str, shift: int) -> str:
    """ "giai đoạn 2016 - 2020" -> "giai đoạn 2021 - 2025" for a shift of 5."""
    return _YEAR.sub(lambda m: str(int(m.group(0)) + shift), text)


def copy_plan_shifted(db: Database, source_uuid: str, shift: int) -> str:
    """A new draft copying `source_uuid` with every year moved by `shift`; returns its UUID.

    Sections, budget lines, appendices (rows and amounts) and indicators are copied with new
    identities; number, date, observations and stated appendix totals are not carried over.
    """
    with db.session() as session:
        source = repo.load_plan(session, source_uuid)
        if source is None:
            raise UserError("plan.not_found", ref=source_uuid)
        plan = _shifted_copy(source, shift)
        repo.save_plan(session, plan)
    return plan.uuid


def _shifted_copy(source: Plan, shift: int) -> Plan:
    plan = copy.deepcopy(source)
    now = utc_now()
    plan.uuid, plan.revision, plan.status = new_uuid(), 1, PlanStatus.DRAFT
    plan.created_at = plan.updated_at = now
    plan.number, plan.issued_on, plan.observations = "", None, []
    plan.start_year += shift
    plan.end_year += shift
    plan.title = shift_years_in_text(plan.title, shift)
    for _depth, section in walk_sections(plan.sections):
        section.uuid = new_uuid()
        section.heading = shift_years_in_text(section.heading, shift)
    plan.budget.total_label = shift_years_in_text(plan.budget.total_label, shift)
    for line in plan.budget.lines:
        line.uuid = new_uuid()
    row_ids: dict[str, str] = {}
    for appendix in plan.appendices:
        appendix.uuid = new_uuid()
        appendix.stated_totals = {}
        appendix.title = shift_years_in_text(appendix.title, shift)
        appendix.columns = [_shift_column(column, shift) for column in appendix.columns]
        for row in appendix.rows:
            row_ids[row.uuid] = row.uuid = new_uuid()
            row.stated = {}
            if row.year is not None:
                row.year += shift
            row.texts = {k: shift_years_in_text(v, shift) for k, v in row.texts.items()}
    for appendix in plan.appendices:
        if appendix.detail_of:
            appendix.detail_of = row_ids.get(appendix.detail_of)
    for indicator in plan.indicators:
        indicator.uuid = new_uuid()
        indicator.targets = {year + shift: value for year, value in indicator.targets.items()}
    return plan


def _shift_column(column: Column, shift: int) -> Column:
    if column.year is None:
        return column
    header = tuple(shift_years_in_text(cell, shift) for cell in column.header)
    return replace(column, year=column.year + shift, header=header)
