"""The first-page header of the plan (docs/format.md "Header"): a borderless two-column grid, left
40 % (parent body, issuing body with its short rule, number and symbol), right 60 % (Quốc
hiệu, Tiêu ngữ with its rule, place and date), each centred in its column; then the document
type and the title, centred, with a short rule under the title.

Every document kind (plan, report, consolidated plan, KPI comparison) prints its first page
through `HeaderGrid` and `title_block`, so each gets the format of docs/format.md "Header"."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from ...domain.plan import Plan
from ...domain.printed_form import issuer_lines, parent_line
from .fonts import FontFamily
from .measures import (
    HEADER_LEFT_SHARE,
    RULE_WIDTH,
    SHORT_RULE_SHARE,
    SIZES,
    TEXT_ASCENT,
    leading,
)
from .table_cells import clean_text
from .text_metrics import face_metrics
from .wording import MOTTO, NATIONAL_NAME, addressee_lines, number_line, place_date_line

RULE_DROP = 4.0  # from the descender line of a text down to its rule
GAP_AFTER_RULE = 8.0


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    font: str
    size: float
    rule: float = 0.0  # length of a rule under this line (0: none)


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap centred text into as few lines as `width` allows, with lines of similar length
    ("ỦY BAN NHÂN DÂN" / "TỈNH THANH HÓA" rather than a long line and a short one)."""
    metrics = face_metrics(font)
    lines = metrics.wrap(text, width, size)
    if len(lines) < 2:
        return lines
    low, high = width / len(lines), width
    for _ in range(12):
        middle = (low + high) / 2
        if len(metrics.wrap(text, middle, size)) > len(lines):
            low = middle
        else:
            high = middle
    return metrics.wrap(text, high, size)


class CentredBlock(Flowable):
    """Lines centred in the flowable's width, each optionally with a rule under it."""

    def __init__(self, lines: list[Line], space_after: float = 0.0) -> None:
        super().__init__()
        self._lines = lines
        self.spaceAfter = space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = _block_height(self._lines)
        return self.width, self.height

    def draw(self) -> None:
        _draw_lines(self.canv, self._lines, self.width / 2, self.height)


def _block_height(lines: list[Line]) -> float:
    height = sum(leading(line.size) for line in lines)
    if any(line.rule for line in lines):
        height += RULE_DROP + GAP_AFTER_RULE
    return height


def _draw_lines(canvas, lines: list[Line], centre: float, top: float) -> float:
    """Draw centred lines from `top` down; returns the y below the last line (and rule)."""
    y = top
    for line in lines:
        baseline = y - line.size * TEXT_ASCENT
        canvas.setFont(line.font, line.size)
        canvas.drawCentredString(centre, baseline, line.text)
        y -= leading(line.size)
        if line.rule:
            rule_y = baseline + line.size * face_metrics(line.font).descent - RULE_DROP
            canvas.setLineWidth(RULE_WIDTH)
            canvas.line(centre - line.rule / 2, rule_y, centre + line.rule / 2, rule_y)
            y = min(y, rule_y) - GAP_AFTER_RULE
    return y


def _with_rule(lines: list[str], font: str, size: float, share: float | None) -> list[Line]:
    """Lines of one element; the last carries a rule of `share` × the widest line (None: the
    width of the text itself)."""
    metrics = face_metrics(font)
    widest = max((metrics.width(text, size) for text in lines), default=0.0)
    rule = widest if share is None else widest * share
    return [
        Line(text, font, size, rule if index == len(lines) - 1 else 0.0)
        for index, text in enumerate(lines)
    ]


class HeaderGrid(Flowable):
    """The two-column header of the first page."""

    def __init__(self, plan: Plan, family: FontFamily, *, show_parent_line: bool = False) -> None:
        super().__init__()
        self._plan = plan
        self._family = family
        self._show_parent_line = show_parent_line

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        plan, family = self._plan, self._family
        left_width = availWidth * HEADER_LEFT_SHARE
        left: list[Line] = []
        parent = clean_text(parent_line(plan, self._show_parent_line))
        if parent:
            for text in balanced_lines(parent, family.regular, SIZES.parent_body, left_width):
                left.append(Line(text, family.regular, SIZES.parent_body))
        printed = []
        for part in issuer_lines(clean_text(plan.issuer)):
            printed += balanced_lines(part, family.bold, SIZES.issuer, left_width)
        left += _with_rule(printed, family.bold, SIZES.issuer, SHORT_RULE_SHARE)
        right = [Line(NATIONAL_NAME, family.bold, SIZES.national_name)]
        right += _with_rule([MOTTO], family.bold, SIZES.motto, None)
        self._left, self._right = left, right
        self._upper = max(_block_height(left), _block_height(right))
        self.height = self._upper + leading(SIZES.place_date)
        return self.width, self.height

    def draw(self) -> None:
        canvas, family, plan = self.canv, self._family, self._plan
        left_width = self.width * HEADER_LEFT_SHARE
        left_centre = left_width / 2
        right_centre = left_width + (self.width - left_width) / 2
        _draw_lines(canvas, self._left, left_centre, self.height)
        _draw_lines(canvas, self._right, right_centre, self.height)
        baseline = self.height - self._upper - SIZES.number * TEXT_ASCENT
        canvas.setFont(family.regular, SIZES.number)
        canvas.drawCentredString(left_centre, baseline, clean_text(number_line(plan)))
        canvas.setFont(family.italic, SIZES.place_date)
        canvas.drawCentredString(right_centre, baseline, clean_text(place_date_line(plan)))


def title_block(
    plan: Plan, family: FontFamily, doc_type: str, width: float, title: str | None = None
) -> CentredBlock:
    """ "KẾ HOẠCH" (13 bold) and the title (13 bold, as typed; `title` overrides the plan's)
    with a 1/3 rule under it, in balanced lines; then "Kính gửi: …" (13 upright) for a report
    sent upward [NĐ30 II.9.d]."""
    lines = [Line(doc_type.upper(), family.bold, SIZES.doc_type)]
    text = clean_text((plan.title if title is None else title).strip())
    wrapped = balanced_lines(text, family.bold, SIZES.title, width)
    lines += _with_rule(wrapped, family.bold, SIZES.title, SHORT_RULE_SHARE)
    for line in addressee_lines(plan):
        lines.append(Line(clean_text(line), family.regular, SIZES.addressee))
    return CentredBlock(lines, space_after=6.0)
