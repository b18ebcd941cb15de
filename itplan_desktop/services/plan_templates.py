"""Plan templates and the legal-bases library, kept as versioned data files
(`resources/plan_templates/*.json`, `resources/legal_bases.json`): a new year's guidance is a
data update, not a code change.

Templates: `cds-nam` (Kế hoạch chuyển đổi số năm N, from 2026: Phần I results of N−1 with a
status per target, detail in Phụ lục I), `cds-giai-doan` (2026–2030) and `ud-cntt` (the IT
application plan of the periods before 2026, the outline of the reference plans).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from ..domain import Indicator, IndicatorKind, Section, SectionKind
from ..domain.appendix import (
    Appendix,
    AppendixRole,
    AppendixRow,
    Column,
    ColumnKind,
    ColumnRole,
    RowKind,
)
from ..domain.appendix_templates import build_appendix
from ..domain.legal_library import LegalDocument
from ..domain.plan import PlanKind
from ..domain.section import Paragraph
from ..messages import UserError
from ..paths import resource
from . import units_messages  # noqa: F401  (registers the units.* messages)

RESULT_STATUSES = ("hoàn thành", "chưa hoàn thành", "không thực hiện", "chưa có thông tin")
"""How Phần I of a yearly plan marks each target of the year before."""

UNKNOWN_RESULT = RESULT_STATUSES[-1]


def _resource(*parts: str) -> str:
    return resource(*parts).read_text("utf-8")


@cache
def legal_library() -> dict[str, LegalDocument]:
    """Every document of the library by key."""
    data = json.loads(_resource("legal_bases.json"))
    found = {}
    for d in data["documents"]:
        until = d.get("in_force_until")
        found[d["key"]] = LegalDocument(
            key=d["key"],
            kind=d["kind"],
            number=d["number"],
            signed_on=date.fromisoformat(d["signed_on"]),
            issuer=d["issuer"],
            title=d["title"],
            citation=d["citation"],
            in_force_from=date.fromisoformat(d["in_force_from"]),
            in_force_until=date.fromisoformat(until) if until else None,
            confirmed=bool(d.get("confirmed", False)),
            years=tuple(d.get("years", ())),
            note=d.get("note", ""),
        )
    return found


@dataclass(frozen=True)
class PlanTemplate:
    """One template file: what a new plan of its kind and period starts with."""

    name: str
    revision: str
    label: str
    guidance: str
    kind: PlanKind | None
    from_year: int | None
    until_year: int | None
    title: str
    legal_bases: tuple[str, ...]
    outline: tuple[dict, ...]
    appendices: tuple[dict, ...]
    indicators: tuple[dict, ...]

    def fits(self, kind: PlanKind, start: int, end: int) -> bool:
        return (
            (self.kind is None or self.kind is kind)
            and (self.from_year is None or start >= self.from_year)
            and (self.until_year is None or end <= self.until_year)
        )

    @property
    def scope(self) -> str:
        low = self.from_year or "…"
        high = self.until_year or "…"
        return f"{low}-{high}"


TEMPLATE_FILES = ("cds_nam.json", "cds_giai_doan.json", "ud_cntt.json")


@cache
def templates() -> dict[str, PlanTemplate]:
    found = {}
    for name in TEMPLATE_FILES:
        d = json.loads(_resource("plan_templates", name))
        found[d["name"]] = PlanTemplate(
            name=d["name"],
            revision=d["revision"],
            label=d["label"],
            guidance=d.get("guidance", ""),
            kind=PlanKind(d["kind"]) if d.get("kind") else None,
            from_year=d.get("from_year"),
            until_year=d.get("until_year"),
            title=d["title"],
            legal_bases=tuple(d["legal_bases"]),
            outline=tuple(d["outline"]),
            appendices=tuple(d.get("appendices", ())),
            indicators=tuple(d.get("indicators", ())),
        )
    return found


def template_for(kind: PlanKind, start: int, end: int, name: str | None = None) -> PlanTemplate:
    """The named template (checked against the period), else the first that fits."""
    known = templates()
    if name is not None:
        template = known.get(name)
        if template is None:
            raise UserError("units.unknown_template", name=name, names=", ".join(known))
        if not template.fits(kind, start, end):
            raise UserError(
                "units.template_not_for_period",
                name=name,
                scope=template.scope,
                start=start,
                end=end,
            )
        return template
    for template in known.values():
        if template.fits(kind, start, end):
            return template
    return known["ud-cntt"]


def proposed_legal_bases(template: PlanTemplate, on: date, start_year: int) -> list[LegalDocument]:
    """The template's bases in force on `on` (and guiding plans of `start_year`)."""
    library = legal_library()
    return [
        library[key]
        for key in template.legal_bases
        if key in library and library[key].applies_to(on, start_year)
    ]


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _section(d: dict, values: dict[str, str]) -> Section:
    kind = SectionKind(d.get("kind", "text"))
    return Section(
        _fill(d["heading"], values),
        kind=kind,
        body=[Paragraph(_fill(text, values)) for text in d.get("body", ())],
        children=[_section(child, values) for child in d.get("children", ())],
    )


def outline(template: PlanTemplate, values: dict[str, str]) -> list[Section]:
    return [_section(d, values) for d in template.outline]


def indicators(template: PlanTemplate, years: range) -> list[Indicator]:
    """The template's indicators, each targeting its value in the plan's last year."""
    found = []
    for d in template.indicators:
        target = d.get("target")
        found.append(
            Indicator(
                name=d["name"],
                kind=IndicatorKind(d["kind"]),
                group=d.get("group", ""),
                unit=d.get("unit", ""),
                targets={years[-1]: Decimal(target)} if target else {},
            )
        )
    return found


def results_appendix(title: str, names: list[str]) -> Appendix:
    """Phụ lục I of a yearly plan: each target of the year before with its result and status
    (hoàn thành / chưa hoàn thành / không thực hiện / chưa có thông tin)."""
    columns = [
        Column("tt", ColumnKind.TEXT, ColumnRole.TT, ("TT",), width=0.45),
        Column("name", ColumnKind.TEXT, ColumnRole.NAME, ("Chỉ tiêu, nhiệm vụ",), width=2.4),
        Column("target", ColumnKind.TEXT, ColumnRole.TEXT, ("Kế hoạch",), width=0.9),
        Column("result", ColumnKind.TEXT, ColumnRole.TEXT, ("Kết quả thực hiện",), width=1.2),
        Column("status", ColumnKind.TEXT, ColumnRole.TEXT, ("Đánh giá",), width=1.0),
        Column("note", ColumnKind.TEXT, ColumnRole.NOTE, ("Ghi chú",), width=0.8),
    ]
    rows = [
        AppendixRow(RowKind.ITEM, texts={"name": name, "status": UNKNOWN_RESULT}) for name in names
    ]
    return Appendix(title=title, columns=columns, rows=rows, role=AppendixRole.DETAIL)


def appendices(template: PlanTemplate, values: dict[str, str], years: range) -> list[Appendix]:
    found = []
    for d in template.appendices:
        title = _fill(d["title"], values)
        if d["shape"] == "results":
            names = [i["name"] for i in template.indicators]
            found.append(results_appendix(title, names))
        else:
            found.append(build_appendix(d["shape"], years, title=title))
    return found
