"""The closing of a document: "Nơi nhận" on the left, the signature block on the right, on the
same level (docs/format.md, "Closing"). Also printed alone under an appendix that asks for it."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ...domain.plan import Plan
from .fonts import FontFamily
from .measures import HEADER_LEFT_SHARE, SIGNATURE_SPACE_LINES, SIZES, TEXT_ASCENT, leading
from .table_cells import clean_text
from .text_metrics import face_metrics
from .wording import RECIPIENTS_HEADING, authority_lines, recipient_lines


class SignatureBlock(Flowable):
    """Nơi nhận (12 bold italic heading, 11 pt lines) beside the authority, title, room for
    signature and seal, and the signer's name (13 bold), each column centred in itself."""

    def __init__(self, plan: Plan, family: FontFamily, *, recipients: bool = True) -> None:
        super().__init__()
        self._family = family
        self._authority = [clean_text(line) for line in authority_lines(plan)]
        self._name = clean_text(plan.signer.name.strip())
        self._recipients = (
            [clean_text(line) for line in recipient_lines(plan)] if recipients else []
        )
        self._with_recipients = recipients
        self._left_lines: list[str] = []

    def _right_height(self) -> float:
        step = leading(SIZES.signer)
        lines = len(self._authority) + SIGNATURE_SPACE_LINES + (1 if self._name else 0)
        return lines * step

    def _left_height(self) -> float:
        if not self._with_recipients:
            return 0.0
        return leading(SIZES.recipients_heading) + len(self._left_lines) * leading(SIZES.recipients)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        left_width = availWidth * HEADER_LEFT_SHARE
        metrics = face_metrics(self._family.regular)
        self._left_lines = []
        for line in self._recipients:
            self._left_lines += metrics.wrap(line, left_width, SIZES.recipients)
        self.height = max(self._right_height(), self._left_height())
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        if self._with_recipients:
            self._draw_recipients(top)
        left = self.width * HEADER_LEFT_SHARE if self._with_recipients else self.width / 2
        centre = left + (self.width - left) / 2
        size = SIZES.signer
        step = leading(size)
        canvas.setFont(self._family.bold, size)
        y = top - size * TEXT_ASCENT
        for line in self._authority:
            canvas.drawCentredString(centre, y, line)
            y -= step
        y -= SIGNATURE_SPACE_LINES * step
        if self._name:
            canvas.drawCentredString(centre, y, self._name)

    def _draw_recipients(self, top: float) -> None:
        canvas = self.canv
        size = SIZES.recipients_heading
        canvas.setFont(self._family.bold_italic, size)
        y = top - size * TEXT_ASCENT
        canvas.drawString(0, y, RECIPIENTS_HEADING)
        y -= leading(size)
        canvas.setFont(self._family.regular, SIZES.recipients)
        for line in self._left_lines:
            canvas.drawString(0, y, line)
            y -= leading(SIZES.recipients)
