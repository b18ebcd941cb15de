"""Domain objects ⇄ plain JSON data of the plan file format (no I/O, no validation here)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..domain import (
    Appendix,
    AppendixRole,
    AppendixRow,
    BudgetLine,
    BudgetSummary,
    Column,
    ColumnKind,
    ColumnRole,
    Direction,
    Indicator,
    IndicatorKind,
    LegalBasis,
    Observation,
    Organisation,
    OrgLevel,
    Paragraph,
    ParagraphStyle,
    Plan,
    PlanKind,
    PlanStatus,
    RowKind,
    Section,
    SectionKind,
    Signer,
    TotalRow,
)
from ..domain.kpi_progress import TaskProgress, TaskStatus
from ..domain.organisation import TWO_TIER_SINCE
from ..vn.dates import issue_date_from_iso
from ..vn.units import DEFAULT_UNIT, unit_or_default

Json = dict[str, Any]


def _dt(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def _parse_dt(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _parse_dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


# ---------------------------------------------------------------- to JSON


def paragraph_to_json(p: Paragraph) -> Json:
    return {"style": p.style.value, "text": p.text}


def section_to_json(s: Section) -> Json:
    data: Json = {"uuid": s.uuid, "heading": s.heading}
    if s.label is not None:
        data["label"] = s.label
    if s.kind is not SectionKind.TEXT:
        data["kind"] = s.kind.value
    data["body"] = [paragraph_to_json(p) for p in s.body]
    data["children"] = [section_to_json(c) for c in s.children]
    return data


def column_to_json(c: Column) -> Json:
    data: Json = {
        "key": c.key,
        "kind": c.kind.value,
        "role": c.role.value,
        "header": list(c.header),
        "year": c.year,
        "source": c.source,
        "width": float(c.width),
    }
    if c.part_of is not None:  # format version 2
        data["part_of"] = c.part_of
    if c.split is not None:
        data["split"] = c.split
    return data


def total_row_to_json(t: TotalRow, order: list[str]) -> Json:
    data: Json = {"uuid": t.uuid, "label": t.label}
    if t.source is not None:
        data["source"] = t.source
    if t.year is not None:
        data["year"] = t.year
    if t.stated:
        data["stated"] = {k: t.stated[k] for k in order if k in t.stated}
    return data


def row_to_json(r: AppendixRow, order: list[str]) -> Json:
    data: Json = {"uuid": r.uuid, "kind": r.kind.value, "level": r.level, "label": r.label}
    data["texts"] = {k: r.texts[k] for k in order if k in r.texts}
    data["values"] = {k: r.values[k] for k in order if k in r.values}
    if r.stated:
        data["stated"] = {k: r.stated[k] for k in order if k in r.stated}
    if r.year is not None:
        data["year"] = r.year
    if r.source is not None:
        data["source"] = r.source
    return data


def appendix_to_json(a: Appendix) -> Json:
    order = [c.key for c in a.columns]
    return {
        "uuid": a.uuid,
        "number": a.number,
        "title": a.title,
        "unit": a.unit.label,
        "funding_source": a.funding_source,
        "role": a.role.value,
        "orientation": a.orientation,
        "group_styles": list(a.group_styles),
        "item_styles": list(a.item_styles),
        "item_numbering": a.item_numbering,
        "total_label": a.total_label,
        "signature": a.signature,
        "template": a.template,
        "detail_of": a.detail_of,
        "columns": [column_to_json(c) for c in a.columns],
        "rows": [row_to_json(r, order) for r in a.rows],
        "stated_totals": {k: a.stated_totals[k] for k in order if k in a.stated_totals},
        **(
            {"total_rows": [total_row_to_json(t, order) for t in a.total_rows]}
            if a.total_rows
            else {}
        ),
        **({"decimals": a.decimals} if a.decimals is not None else {}),
    }


def indicator_to_json(i: Indicator) -> Json:
    return {
        "uuid": i.uuid,
        "catalogue_code": i.catalogue_code,
        "group": i.group,
        "name": i.name,
        "kind": i.kind.value,
        "unit": i.unit,
        "direction": i.direction.value,
        "baseline_value": _dec(i.baseline_value),
        "baseline_year": i.baseline_year,
        "targets": {str(y): _dec(v) for y, v in sorted(i.targets.items())},
        "denominator_label": i.denominator_label,
        "objective_text": i.objective_text,
    }


def observation_to_json(o: Observation) -> Json:
    return {
        "uuid": o.uuid,
        "indicator": o.indicator_uuid,
        "organisation_code": o.organisation_code,
        "period": o.period,
        "value": _dec(o.value),
        "numerator": _dec(o.numerator),
        "denominator": _dec(o.denominator),
        "note": o.note,
        "source": o.source,
        "updated_at": _dt(o.updated_at),
    }


def task_progress_to_json(t: TaskProgress) -> Json:
    return {
        "uuid": t.uuid,
        "row": t.row_uuid,
        "status": t.status.value,
        "disbursed": {str(y): t.disbursed[y] for y in sorted(t.disbursed)},
        "note": t.note,
        "updated_at": _dt(t.updated_at),
    }


def budget_to_json(b: BudgetSummary) -> Json:
    return {
        "unit": b.unit.label,
        "total_label": b.total_label,
        "total_stated": b.total_stated,
        "total_words_stated": b.total_words_stated,
        "lines": [
            {
                "uuid": x.uuid,
                "label": x.label,
                "source": x.source,
                "stated": x.stated,
                "level": x.level,
            }
            for x in b.lines
        ],
    }


def _implied_ceased(o: Organisation, districts: set[str]) -> date | None:
    """Districts, and communes under a district, ceased on 2025-07-01 without saying so: a
    file says `ceased_on` only for another day (files written before it existed stay valid)."""
    if o.level is OrgLevel.DISTRICT or (o.level is OrgLevel.COMMUNE and o.parent_code in districts):
        return TWO_TIER_SINCE
    return None


def organisations_to_json(organisations: list[Organisation]) -> list[Json]:
    districts = {o.code for o in organisations if o.level is OrgLevel.DISTRICT}
    return [organisation_to_json(o, _implied_ceased(o, districts)) for o in organisations]


def organisations_from_json(items: list[Json]) -> list[Organisation]:
    found = [organisation_from_json(d) for d in items]
    districts = {o.code for o in found if o.level is OrgLevel.DISTRICT}
    for o, d in zip(found, items, strict=True):
        if "ceased_on" not in d:
            o.ceased_on = _implied_ceased(o, districts)
    return found


def organisation_to_json(o: Organisation, implied_ceased: date | None = None) -> Json:
    return {
        "uuid": o.uuid,
        "code": o.code,
        "name": o.name,
        "level": o.level.value,
        "kind_name": o.kind_name,
        "parent_code": o.parent_code,
        # written only when set, so the files of units without them stay as they were
        **(
            {"ceased_on": o.ceased_on.isoformat() if o.ceased_on else None}
            if o.ceased_on != implied_ceased
            else {}
        ),
        **({"show_parent_line": True} if o.show_parent_line else {}),
    }


def plan_to_json(p: Plan) -> Json:
    return {
        "uuid": p.uuid,
        "revision": p.revision,
        "status": p.status.value,
        "created_at": _dt(p.created_at),
        "updated_at": _dt(p.updated_at),
        "organisation_code": p.organisation_code,
        "kind": p.kind.value,
        "start_year": p.start_year,
        "end_year": p.end_year,
        "doc_type": p.doc_type,
        "number": p.number,
        "symbol": p.symbol,
        "place": p.place,
        "issued_on": p.issued_on.isoformat() if p.issued_on else None,
        "issuer_parent": p.issuer_parent,
        "issuer": p.issuer,
        "issuer_short": p.issuer_short,
        "authority_line": p.authority_line,
        "title": p.title,
        "signer": {
            "authority": p.signer.authority,
            "authority_of": p.signer.authority_of,
            "title": p.signer.title,
            "name": p.signer.name,
        },
        "recipients": list(p.recipients),
        "legal_bases": [b.text for b in p.legal_bases],
        "intro": [paragraph_to_json(x) for x in p.intro],
        "sections": [section_to_json(s) for s in p.sections],
        "closing": [paragraph_to_json(x) for x in p.closing],
        "outline_styles": list(p.outline_styles),
        "appendix_numbering": p.appendix_numbering,
        "budget": budget_to_json(p.budget),
        "appendices": [appendix_to_json(a) for a in p.appendices],
        "indicators": [indicator_to_json(i) for i in p.indicators],
        # canonical order, the one the database gives back
        "observations": [
            observation_to_json(o) for o in sorted(p.observations, key=lambda o: o.uuid)
        ],
        "task_progress": [task_progress_to_json(t) for t in p.task_progress],
    }


# ---------------------------------------------------------------- from JSON


def paragraph_from_json(d: Json) -> Paragraph:
    return Paragraph(text=d["text"], style=ParagraphStyle(d.get("style", "text")))


def section_from_json(d: Json) -> Section:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    return Section(
        heading=d["heading"],
        label=d.get("label"),
        kind=SectionKind(d.get("kind", "text")),
        body=[paragraph_from_json(p) for p in d.get("body", [])],
        children=[section_from_json(c) for c in d.get("children", [])],
        **kwargs,
    )


def column_from_json(d: Json) -> Column:
    return Column(
        key=d["key"],
        kind=ColumnKind(d["kind"]),
        role=ColumnRole(d["role"]),
        header=tuple(d["header"]),
        year=d.get("year"),
        source=d.get("source"),
        width=float(d.get("width", 1.0)),
        part_of=d.get("part_of"),
        split=d.get("split"),
    )


def total_row_from_json(d: Json) -> TotalRow:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    return TotalRow(
        label=d["label"],
        source=d.get("source"),
        year=d.get("year"),
        stated=dict(d.get("stated", {})),
        **kwargs,
    )


def row_from_json(d: Json) -> AppendixRow:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    return AppendixRow(
        kind=RowKind(d["kind"]),
        level=d.get("level", 1),
        label=d.get("label", ""),
        texts=dict(d.get("texts", {})),
        values=dict(d.get("values", {})),
        stated=dict(d.get("stated", {})),
        year=d.get("year"),
        source=d.get("source"),
        **kwargs,
    )


def appendix_from_json(d: Json) -> Appendix:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    return Appendix(
        number=d["number"],
        title=d["title"],
        unit=unit_or_default(d.get("unit", DEFAULT_UNIT)),
        decimals=d.get("decimals"),
        funding_source=d.get("funding_source"),
        role=AppendixRole(d.get("role", "budget")),
        orientation=d.get("orientation", "landscape"),
        group_styles=tuple(d.get("group_styles", ("roman", "arabic"))),
        item_styles=tuple(d.get("item_styles", ("arabic", "dash"))),
        item_numbering=d.get("item_numbering", "continue"),
        total_label=d.get("total_label", "Tổng cộng"),
        signature=d.get("signature", False),
        template=d.get("template"),
        detail_of=d.get("detail_of"),
        columns=[column_from_json(c) for c in d["columns"]],
        rows=[row_from_json(r) for r in d.get("rows", [])],
        stated_totals=dict(d.get("stated_totals", {})),
        total_rows=[total_row_from_json(t) for t in d.get("total_rows", [])],
        **kwargs,
    )


def indicator_from_json(d: Json) -> Indicator:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    return Indicator(
        catalogue_code=d.get("catalogue_code"),
        group=d.get("group", ""),
        name=d["name"],
        kind=IndicatorKind(d["kind"]),
        unit=d.get("unit", ""),
        direction=Direction(d.get("direction", "higher")),
        baseline_value=_parse_dec(d.get("baseline_value")),
        baseline_year=d.get("baseline_year"),
        targets={int(y): Decimal(v) for y, v in d.get("targets", {}).items()},
        denominator_label=d.get("denominator_label", ""),
        objective_text=d.get("objective_text", ""),
        **kwargs,
    )


def observation_from_json(d: Json) -> Observation:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    if d.get("updated_at"):
        kwargs["updated_at"] = _parse_dt(d["updated_at"])
    return Observation(
        indicator_uuid=d["indicator"],
        organisation_code=d["organisation_code"],
        period=d["period"],
        value=_parse_dec(d.get("value")),
        numerator=_parse_dec(d.get("numerator")),
        denominator=_parse_dec(d.get("denominator")),
        note=d.get("note", ""),
        source=d.get("source", ""),
        **kwargs,
    )


def task_progress_from_json(d: Json) -> TaskProgress:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    if d.get("updated_at"):
        kwargs["updated_at"] = _parse_dt(d["updated_at"])
    return TaskProgress(
        row_uuid=d["row"],
        status=TaskStatus(d.get("status", "not_started")),
        disbursed={int(y): int(v) for y, v in d.get("disbursed", {}).items()},
        note=d.get("note", ""),
        **kwargs,
    )


def budget_from_json(d: Json) -> BudgetSummary:
    return BudgetSummary(
        unit=unit_or_default(d.get("unit", DEFAULT_UNIT)),
        total_label=d.get("total_label", BudgetSummary().total_label),
        total_stated=d.get("total_stated"),
        total_words_stated=d.get("total_words_stated", ""),
        lines=[
            BudgetLine(
                label=x["label"],
                source=x["source"],
                stated=x["stated"],
                level=x.get("level", 1),
                **({"uuid": x["uuid"]} if x.get("uuid") else {}),
            )
            for x in d.get("lines", [])
        ],
    )


def organisation_from_json(d: Json) -> Organisation:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    return Organisation(
        code=d["code"],
        name=d["name"],
        level=OrgLevel(d["level"]),
        kind_name=d.get("kind_name", ""),
        parent_code=d.get("parent_code"),
        ceased_on=date.fromisoformat(d["ceased_on"]) if d.get("ceased_on") else None,
        show_parent_line=bool(d.get("show_parent_line", False)),
        **kwargs,
    )


def plan_from_json(d: Json) -> Plan:
    kwargs: Json = {"uuid": d["uuid"]} if d.get("uuid") else {}
    for key in ("created_at", "updated_at"):
        if d.get(key):
            kwargs[key] = _parse_dt(d[key])
    signer = d.get("signer", {})
    return Plan(
        organisation_code=d["organisation_code"],
        title=d["title"],
        start_year=d["start_year"],
        end_year=d["end_year"],
        kind=PlanKind(d.get("kind", "period")),
        doc_type=d.get("doc_type", "KH"),
        number=d.get("number", ""),
        symbol=d.get("symbol", "KH-UBND"),
        place=d.get("place", ""),
        issued_on=issue_date_from_iso(d["issued_on"]) if d.get("issued_on") else None,
        issuer_parent=d.get("issuer_parent", ""),
        issuer=d.get("issuer", ""),
        issuer_short=d.get("issuer_short", ""),
        authority_line=d.get("authority_line", ""),
        signer=Signer(
            authority=signer.get("authority", ""),
            authority_of=signer.get("authority_of", ""),
            title=signer.get("title", ""),
            name=signer.get("name", ""),
        ),
        recipients=list(d.get("recipients", [])),
        legal_bases=[LegalBasis(text=t) for t in d.get("legal_bases", [])],
        intro=[paragraph_from_json(p) for p in d.get("intro", [])],
        sections=[section_from_json(s) for s in d.get("sections", [])],
        closing=[paragraph_from_json(p) for p in d.get("closing", [])],
        outline_styles=tuple(d.get("outline_styles", ("roman", "arabic", "alpha"))),
        appendix_numbering=d.get("appendix_numbering", "roman"),
        budget=budget_from_json(d.get("budget", {})),
        appendices=[appendix_from_json(a) for a in d.get("appendices", [])],
        indicators=[indicator_from_json(i) for i in d.get("indicators", [])],
        observations=[observation_from_json(o) for o in d.get("observations", [])],
        task_progress=[task_progress_from_json(t) for t in d.get("task_progress", [])],
        status=PlanStatus(d.get("status", "draft")),
        revision=d.get("revision", 1),
        **kwargs,
    )
