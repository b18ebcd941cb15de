"""The plan document (portrait A4): header grid, document type and title, legal bases, the
section tree with its outline numbers, the budget with the amount in words, the closing and
the signature block beside "Nơi nhận". Laid out by platypus (it is short and all prose)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ...domain.plan import Plan
from ...domain.printed_form import heading_bold, heading_text, label_style, legal_basis_texts
from ...domain.section import Paragraph as BodyParagraph
from ...domain.section import ParagraphStyle as BodyStyle
from ...domain.section import Section, SectionKind
from ...vn.outline import outline_label
from .budget_text import budget_paragraphs
from .fonts import FontFamily
from .header_grid import HeaderGrid, title_block
from .options import DEFAULT_OPTIONS, PdfOptions
from .signature_block import SignatureBlock
from .styles import DocumentStyles, bold, document_styles, markup
from .table_cells import clean_text
from .wording import DECIDES, document_type_name

_BULLETS = {BodyStyle.DASH: "- ", BodyStyle.PLUS: "+ "}
_BOLD_STYLES = frozenset({"roman", "arabic", "article"})  # numbers of these levels are bold


def body_paragraph(paragraph: BodyParagraph, style) -> Paragraph:
    """A body paragraph; dash and plus paragraphs get their bullet."""
    text = _BULLETS.get(paragraph.style, "") + clean_text(paragraph.text)
    return Paragraph(markup(text), style)


def section_label(plan: Plan, section: Section, depth: int, index: int) -> tuple[str, str]:
    """The printed number ("I.", "1.", "a)", "Điều 1.") and the outline style of the level;
    a section's own `label` overrides the computed number."""
    styles = plan.outline_styles or ("roman",)
    style = styles[min(depth, len(styles)) - 1]
    label = section.label.strip() if section.label else outline_label(style, index)
    return label, label_style(section.label, style)


def _heading(label: str, style: str, heading: str, styles: DocumentStyles) -> Paragraph:
    """ "I. MỤC TIÊU" (Roman: upper case, bold), "1. Mục tiêu cụ thể" (Arabic with a title:
    bold), "1. Các sở … có trách nhiệm …" (a sentence: upright), "a) …" upright, "Điều 1."
    always bold and its text bold only when it is a title — the case and weight are
    presentation; the stored text is not changed (`printed_form`)."""
    heading = heading_text(style, clean_text(heading.strip()))
    if style == "article":
        text = markup(heading) if not heading_bold("arabic", heading) else bold(heading)
        return Paragraph(f"{bold(label)} {text}".strip(), styles.body)
    text = f"{label} {heading}".strip()
    return Paragraph(bold(text) if heading_bold(style, heading) else markup(text), styles.body)


def _section_flowables(
    plan: Plan, sections: list[Section], depth: int, styles: DocumentStyles
) -> list[tuple[Flowable, bool]]:
    """(flowable, keep with next) for a list of sibling sections and everything under them."""
    out: list[tuple[Flowable, bool]] = []
    for index, section in enumerate(sections, start=1):
        label, style = section_label(plan, section, depth, index)
        if section.kind is SectionKind.BUDGET:
            lead = label if not section.heading.strip() else ""
            if section.heading.strip():
                out.append((_heading(label, style, section.heading, styles), True))
            paragraphs = budget_paragraphs(plan, lead, style in _BOLD_STYLES, styles)
            out += [(p, i < len(paragraphs) - 1) for i, p in enumerate(paragraphs)]
        else:
            introduces = bool(section.body or section.children)  # else it reads as a paragraph
            out.append((_heading(label, style, section.heading, styles), introduces))
        out += [(body_paragraph(p, styles.body), False) for p in section.body]
        out += _section_flowables(plan, section.children, depth + 1, styles)
    return out


KEEP_CHAIN = 3
"""At most this many headings in a row are held together with the text after them."""


def _keep_with_next(items: list[tuple[Flowable, bool]]) -> list[Flowable]:
    """Group every heading with what follows it, so that no heading ends a page."""
    story: list[Flowable] = []
    group: list[Flowable] = []
    for flowable, keep in items:
        group.append(flowable)
        if not keep or len(group) > KEEP_CHAIN:
            story.append(group[0] if len(group) == 1 else KeepTogether(group))
            group = []
    if group:
        story.append(KeepTogether(group))
    return story


def plan_story(
    plan: Plan, family: FontFamily, width: float, options: PdfOptions = DEFAULT_OPTIONS
) -> list[Flowable]:
    """Every flowable of the plan document, in order."""
    styles = document_styles(family)
    is_decision = plan.doc_type == "QĐ"
    header = HeaderGrid(plan, family, show_parent_line=options.show_parent_line)
    story: list[Flowable] = [header, Spacer(0, 10)]
    story.append(title_block(plan, family, document_type_name(plan), width))
    if plan.authority_line.strip():
        authority = clean_text(plan.authority_line.strip().upper())
        story.append(Paragraph(markup(authority), styles.centred_bold))
    bases = legal_basis_texts([clean_text(b.text) for b in plan.legal_bases])
    story += [Paragraph(markup(text), styles.legal_basis) for text in bases]
    story += [body_paragraph(p, styles.body) for p in plan.intro]
    if is_decision:
        story.append(Paragraph(markup(DECIDES), styles.centred_bold))
    story += _keep_with_next(_section_flowables(plan, plan.sections, 1, styles))
    story += [body_paragraph(p, styles.body) for p in plan.closing]
    # The signature never stands alone on a page: it keeps the last paragraph with it.
    last = story.pop()
    story.append(KeepTogether([last, Spacer(0, 6), SignatureBlock(plan, family)]))
    return story
