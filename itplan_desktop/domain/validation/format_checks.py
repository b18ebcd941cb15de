"""What the print normalises in the plan's own text (docs/format.md, `printed_form`): the stored
text stays as typed, and these findings say what the PDF and Excel print instead."""

from __future__ import annotations

from ...vn.outline import outline_label
from ..findings import Finding, Location, LocationKind
from ..plan import Plan
from ..printed_form import (
    heading_text,
    is_titled,
    issuer_expanded,
    issuer_lines,
    label_style,
    legal_basis_texts,
    recipient_lines,
)
from ..section import Section
from .codes import finding


def check_format(plan: Plan) -> list[Finding]:
    """FMT001-FMT005: abbreviated issuer, Roman heading case, sentence items, legal basis
    endings, the archive line of Nơi nhận."""
    out: list[Finding] = []
    header = Location(LocationKind.HEADER, field="issuer")
    if issuer_expanded(plan.issuer):
        printed = " ".join(issuer_lines(plan.issuer))
        out.append(finding("FMT001", header, issuer=plan.issuer.strip(), printed=printed))
    out += _section_findings(plan, plan.sections, 1)
    texts = [b.text for b in plan.legal_bases if b.text.strip()]
    for number, (typed, printed) in enumerate(
        zip(texts, legal_basis_texts(texts), strict=True), start=1
    ):
        if " ".join(typed.split()) != printed:
            location = Location(LocationKind.HEADER, field="legal_bases")
            end = typed.rstrip()[-1:] or " "
            out.append(finding("FMT004", location, number=number, end=end, printed=printed[-1]))
    items = [r for r in plan.recipients if r.strip()]
    if items and not any(line.startswith("- Lưu") for line in _typed_archive(items)):
        last = recipient_lines(plan)[-1]
        if last == "- Lưu: VT.":
            out.append(finding("FMT005", Location(LocationKind.HEADER, field="recipients")))
    return out


def _typed_archive(items: list[str]) -> list[str]:
    return ["- " + r.strip().removeprefix("-").strip() for r in items]


def _section_findings(plan: Plan, sections: list[Section], depth: int) -> list[Finding]:
    styles = plan.outline_styles or ("roman",)
    level_style = styles[min(depth, len(styles)) - 1]
    out: list[Finding] = []
    for index, section in enumerate(sections, start=1):
        heading = " ".join(section.heading.split())
        location = Location(LocationKind.SECTION, section=section.uuid)
        label = section.label.strip() if section.label else outline_label(level_style, index)
        style = label_style(section.label, level_style)
        if heading and heading_text(style, heading) != heading:
            printed = f"{label} {heading_text(style, heading)}"
            out.append(finding("FMT002", location, heading=heading, printed=printed))
        if heading and style == "arabic" and not is_titled(heading):
            out.append(finding("FMT003", location, heading=f"{label} {heading}"))
        out += _section_findings(plan, section.children, depth + 1)
    return out
