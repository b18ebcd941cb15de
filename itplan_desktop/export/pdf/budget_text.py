"""The budget summary as the plan's text states it: "Tổng kinh phí … dự kiến là: 9.460 triệu
đồng (Bằng chữ: Chín tỷ bốn trăm sáu mươi triệu đồng)", then "Trong đó:" and one line per
funding source.

The figures printed are the plan's *stated* figures (the validator compares them with the
appendices); when no total is stated, the total the appendix engine computes is printed.
The words are always spelt from the printed figure, so they can never disagree with it.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ...domain.appendix_engine import plan_budget
from ...domain.appendix_layout import format_amount
from ...domain.plan import Plan
from ...vn.amount_words import amount_to_words
from ...vn.units import MoneyUnit
from .styles import DocumentStyles, bold, italic, markup
from .table_cells import clean_text
from .wording import IN_WHICH


def amount_text(amount: int, unit: MoneyUnit) -> str:
    """ "9.460 triệu đồng"."""
    return f"{format_amount(amount, unit)} {unit.label}"


def words_text(amount: int) -> str:
    """ "Bằng chữ: Chín tỷ bốn trăm sáu mươi triệu đồng"."""
    return f"Bằng chữ: {amount_to_words(amount)}"


def budget_paragraphs(
    plan: Plan, label: str, bold_label: bool, styles: DocumentStyles
) -> list[Paragraph]:
    """The total sentence (after the section's number `label` when the section has no
    heading), then the split by source."""
    budget = plan.budget
    total = budget.total_stated if budget.total_stated is not None else plan_budget(plan).total
    sentence = clean_text(budget.total_label.strip().rstrip(":"))
    prefix = (bold(label) if bold_label else markup(label)) + " " if label else ""
    text = (
        f"{prefix}{markup(sentence)}: {markup(amount_text(total, budget.unit))} "
        f"({italic(words_text(total))})."
    )
    paragraphs = [Paragraph(text, styles.body)]
    if budget.lines:
        paragraphs.append(Paragraph(f"<b>{italic(IN_WHICH)}</b>", styles.body))
    for index, line in enumerate(budget.lines):
        bullet = "-" if line.level <= 1 else "+"
        end = "." if index == len(budget.lines) - 1 else ";"
        figure = amount_text(line.stated, budget.unit)
        paragraphs.append(
            Paragraph(markup(f"{bullet} {clean_text(line.label)}: {figure}{end}"), styles.body)
        )
    return paragraphs
