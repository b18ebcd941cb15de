"""The plan (kế hoạch) aggregate: header of the official document and everything in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from ..vn.dates import DraftDate
from .appendix import Appendix
from .budget import BudgetSummary
from .ids import new_uuid, utc_now
from .indicator import Indicator, Observation
from .kpi_progress import TaskProgress
from .section import Paragraph, Section

DOCUMENT_TYPES: dict[str, str] = {
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "BC": "Báo cáo",
    "TTr": "Tờ trình",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
}

# Authorities of the signature block (docs/format.md): on behalf of, deputy, acting, by order, by
# delegation.
SIGNER_AUTHORITIES: tuple[str, ...] = ("", "TM.", "KT.", "Q.", "TL.", "TUQ.")


class PlanKind(StrEnum):
    PERIOD = "period"  # giai đoạn, usually five years
    ANNUAL = "annual"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"


@dataclass(slots=True)
class Signer:
    """Signature block: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Nguyễn Văn Phương".

    `authority` is one of SIGNER_AUTHORITIES, `authority_of` the head it signs for
    ("CHỦ TỊCH", or "ỦY BAN NHÂN DÂN" after TM.), `title` the signer's own title.
    """

    authority: str = ""
    authority_of: str = ""
    title: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class LegalBasis:
    """One legal basis clause as printed ("Căn cứ Luật Công nghệ thông tin số 67/2006/QH11 …")."""

    text: str


@dataclass(slots=True)
class Plan:
    """A whole IT application plan of one organisation.

    Header fields follow the official document (Nghị định 30/2020/NĐ-CP): `issuer_parent` is
    the parent body ("UBND TỈNH THANH HÓA"), `issuer` the issuing body ("UBND HUYỆN NHƯ XUÂN"),
    `issuer_short` the name used inside sentences ("UBND huyện Như Xuân"). `authority_line`
    is the line some documents print before the legal bases ("CHỦ TỊCH UBND TỈNH THANH HÓA"),
    `intro` the paragraphs after them and `closing` those before "Nơi nhận".
    """

    organisation_code: str
    title: str
    start_year: int
    end_year: int
    kind: PlanKind = PlanKind.PERIOD
    doc_type: str = "KH"
    number: str = ""
    symbol: str = "KH-UBND"
    place: str = ""
    issued_on: date | DraftDate | None = None  # a draft leaves the day (and month) blank
    issuer_parent: str = ""
    issuer: str = ""
    issuer_short: str = ""
    authority_line: str = ""
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)
    legal_bases: list[LegalBasis] = field(default_factory=list)
    intro: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    budget: BudgetSummary = field(default_factory=BudgetSummary)
    appendices: list[Appendix] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)
    task_progress: list[TaskProgress] = field(default_factory=list)
    outline_styles: tuple[str, ...] = ("roman", "arabic", "alpha")
    appendix_numbering: str = "roman"
    status: PlanStatus = PlanStatus.DRAFT
    revision: int = 1
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    uuid: str = field(default_factory=new_uuid)

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)

    @property
    def number_and_symbol(self) -> str:
        """ "131/KH-UBND"; numbers below 10 get a leading zero ("05/KH-UBND")."""
        number = self.number.strip()
        if number.isdigit() and int(number) < 10:
            number = f"{int(number):02d}"
        return f"{number}/{self.symbol}" if number else f"/{self.symbol}"

    def appendix(self, uuid: str) -> Appendix:
        for appendix in self.appendices:
            if appendix.uuid == uuid:
                return appendix
        raise KeyError(uuid)
