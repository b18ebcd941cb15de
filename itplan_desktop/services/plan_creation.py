"""Creating plans: from the built-in outline (docs/design.md "What a plan contains") or by copying
a previous plan with its years shifted. The GUI wizard and tests call these use cases."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TypedDict

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
from . import plan_templates, units

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


SKHCN_SINCE = date(2025, 3, 1)
"""Each province's Sở Thông tin và Truyền thông merged into the Sở Khoa học và Công nghệ,
working from this day: plans dated from then on report to the latter."""

BUDGET_LAW_FROM_YEAR = 2026
"""Luật Ngân sách nhà nước 89/2025/QH15 applies from this budget year: no district budget."""


@dataclass(frozen=True)
class NewPlan:
    """What the wizard asks: unit, period or year, template, an optional first appendix.

    `template` names a plan template (None: the one for the period); `today` is the plan's
    date for the defaults that depend on it (recipients, legal bases in force)."""

    organisation_code: str
    kind: PlanKind
    start_year: int
    end_year: int
    appendix_template: str | None = None
    template: str | None = None
    today: date | None = None


def list_organisations(db: Database) -> list[Organisation]:
    """Organisations of the database that can own a plan (all but the communes of a former
    district, which report through it), ordered by code."""
    with db.session() as session:
        found = repo.list_organisations(session)
    districts = {o.code for o in found if o.level is OrgLevel.DISTRICT}
    return [
        o
        for o in found
        if o.level is not OrgLevel.COMMUNE
        or (o.ceased_on is None and o.parent_code not in districts)
    ]


def _area(organisation: Organisation) -> str:
    if organisation.level is OrgLevel.AGENCY:
        return f"của {organisation.name}"
    return f"trên địa bàn {organisation.full_name}"


def default_title(organisation: Organisation, kind: PlanKind, start: int, end: int) -> str:
    template = plan_templates.template_for(kind, start, end)
    return _fill_title(template.title, organisation, kind, start, end)


def _fill_title(text: str, organisation: Organisation, kind: PlanKind, start: int, end: int) -> str:
    when = f"năm {start}" if kind is PlanKind.ANNUAL else f"giai đoạn {start} - {end}"
    values = {
        "area": _area(organisation),
        "full_name": organisation.full_name,
        "when": when,
        "start": str(start),
        "end": str(end),
    }
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def outline_sections() -> list[Section]:
    """A fresh copy of the built-in outline (the IT application plan's)."""
    return [
        Section(heading, kind=kind, children=[Section(child) for child in children])
        for heading, kind, children in OUTLINE
    ]


def _abbreviation(name: str) -> str:
    """ "Sở Khoa học và Công nghệ" -> "SKHCN" (the symbol of its documents: KH-SKHCN)."""
    words = [w for w in name.split() if w.lower() not in {"và", "-", "–"}]
    return "".join(w[0].upper() for w in words)


class HeaderDefaults(TypedDict):
    """The header fields of a new plan that follow from its unit (Plan's keyword arguments)."""

    place: str
    issuer: str
    issuer_short: str
    issuer_parent: str
    symbol: str


def header_defaults(organisation: Organisation, parent: Organisation | None) -> HeaderDefaults:
    """Place, issuing body, parent body and symbol derived from the unit (docs/format.md).

    A commune or province prints "ỦY BAN NHÂN DÂN XÃ NHƯ XUÂN" (the full official name, the
    parent line only when the unit's setting asks for it); a sở prints its own name under
    its province's UBND. A district (before 2025-07-01) keeps the reference plans' header."""
    if organisation.level is OrgLevel.DISTRICT or organisation.ceased_on is not None:
        return {
            "place": organisation.name,
            "issuer": f"UBND {organisation.full_name.upper()}",
            "issuer_short": f"UBND {organisation.full_name}",
            "issuer_parent": f"UBND {parent.full_name.upper()}" if parent else "",
            "symbol": "KH-UBND",
        }
    if organisation.level is OrgLevel.AGENCY:
        return {
            "place": parent.name if parent else "",
            "issuer": organisation.name.upper(),
            "issuer_short": organisation.name,
            "issuer_parent": f"UBND {parent.full_name.upper()}" if parent else "",
            "symbol": f"KH-{_abbreviation(organisation.name)}",
        }
    show_parent = organisation.show_parent_line and parent is not None
    return {
        "place": organisation.name,
        "issuer": organisation.official_name.upper(),
        "issuer_short": organisation.official_name,
        "issuer_parent": parent.official_name.upper() if show_parent and parent else "",
        "symbol": "KH-UBND",
    }


def default_recipients(
    organisation: Organisation, parent: Organisation | None, on: date
) -> list[str]:
    """ "Nơi nhận": the province's Sở KH&CN (Sở TT&TT for plans dated before 2025-03-01)."""
    department = "Sở Khoa học và Công nghệ" if on >= SKHCN_SINCE else "Sở Thông tin và Truyền thông"
    recipients = []
    if organisation.level in (OrgLevel.COMMUNE, OrgLevel.AGENCY) and parent is not None:
        recipients.append(f"{parent.official_name} (b/c);")
    if organisation.name != department:
        recipients.append(f"{department} (b/c);")
    recipients.append("Lưu: VT.")
    return recipients


def _signer(organisation: Organisation) -> Signer:
    if organisation.level is OrgLevel.AGENCY:
        return Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "")
    return Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "")


def create_plan(db: Database, request: NewPlan) -> str:
    """Store a new plan from its template; returns its UUID.

    Any unit can own a plan: a former unit (district, pre-2025 commune) only for periods
    starting before the day it ceased."""
    if request.start_year > request.end_year:
        raise UserError("planfile.bad_years", start=request.start_year, end=request.end_year)
    on = request.today or date.today()
    template = plan_templates.template_for(
        request.kind, request.start_year, request.end_year, request.template
    )
    with db.session() as session:
        organisation = units.ensure_unit(session, request.organisation_code)
        if (
            organisation.ceased_on is not None
            and date(request.start_year, 1, 1) >= organisation.ceased_on
        ):
            raise UserError(
                "units.ceased_for_period",
                name=organisation.full_name,
                day=f"{organisation.ceased_on:%d/%m/%Y}",
            )
        parent = (
            repo.get_organisation(session, organisation.parent_code)
            if organisation.parent_code
            else None
        )
        plan = _new_plan(request, template, organisation, parent, on)
        if request.appendix_template:
            if request.appendix_template not in TEMPLATES:
                raise UserError("plan.not_found", ref=request.appendix_template)
            plan.appendices.append(build_appendix(request.appendix_template, plan.years))
        repo.save_plan(session, plan)
    return plan.uuid


def _new_plan(
    request: NewPlan,
    template: plan_templates.PlanTemplate,
    organisation: Organisation,
    parent: Organisation | None,
    on: date,
) -> Plan:
    start, end = request.start_year, request.end_year
    years = range(start, end + 1)
    values = {
        "start": str(start),
        "end": str(end),
        "prev": str(start - 1),
        "prev_period": f"{start - 5} - {start - 1}",
    }
    if template.name == "ud-cntt":  # the reference plans' outline and bases, as before
        sections = outline_sections()
        bases = [LegalBasis(text) for text in LEGAL_BASES_TEMPLATE]
    else:
        sections = plan_templates.outline(template, values)
        bases = [
            LegalBasis(doc.citation)
            for doc in plan_templates.proposed_legal_bases(template, on, start)
        ]
    return Plan(
        organisation_code=organisation.code,
        title=_fill_title(template.title, organisation, request.kind, start, end),
        start_year=start,
        end_year=end,
        kind=request.kind,
        signer=_signer(organisation),
        recipients=default_recipients(organisation, parent, on),
        legal_bases=bases,
        sections=sections,
        appendices=plan_templates.appendices(template, values, years),
        indicators=plan_templates.indicators(template, years),
        **header_defaults(organisation, parent),
    )


def create_plan_for_unit(
    db: Database,
    code: str,
    start: int,
    end: int,
    *,
    template: str | None = None,
    today: date | None = None,
) -> str:
    """`itplan new-plan`: a yearly plan when start == end, else a period plan."""
    kind = PlanKind.ANNUAL if start == end else PlanKind.PERIOD
    return create_plan(db, NewPlan(code, kind, start, end, template=template, today=today))


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
