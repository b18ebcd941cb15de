"""Administrative units and agencies: province (tỉnh), district (huyện, before 2025-07-01),
commune (xã, phường, đặc khu; thị trấn before 2025-07-01) and a province's agencies (sở, ban,
ngành, Văn phòng UBND), which have no official code."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .ids import new_uuid

TWO_TIER_SINCE = date(2025, 7, 1)
"""The day districts ceased (Luật Tổ chức chính quyền địa phương 72/2025/QH15)."""


class OrgLevel(StrEnum):
    """Level of a unit in the Vietnamese state hierarchy."""

    PROVINCE = "province"  # tỉnh / thành phố trực thuộc trung ương
    DISTRICT = "district"  # huyện / quận / thị xã / thành phố thuộc tỉnh (ceased 2025-07-01)
    COMMUNE = "commune"  # xã / phường / đặc khu (thị trấn before 2025-07-01)
    AGENCY = "agency"  # sở / ban / ngành / Văn phòng UBND of a province


@dataclass(slots=True)
class Organisation:
    """A unit identified by its code: the official administrative code (mã đơn vị hành chính)
    for provinces, districts and communes, a local stable code ("38-S01") for an agency.

    `kind_name` is the Vietnamese word for the kind of unit ("huyện", "xã", "phường",
    "đặc khu", "sở" …), which documents print before the name: "xã Như Xuân". An agency's
    `name` is its whole name ("Sở Y tế") and its kind is printed as part of it.
    `ceased_on` is the day a former unit stopped existing (None while current);
    `show_parent_line` prints the parent body above the unit in a document header.
    """

    code: str
    name: str
    level: OrgLevel
    kind_name: str
    parent_code: str | None = None
    uuid: str = field(default_factory=new_uuid)
    ceased_on: date | None = None
    show_parent_line: bool = False

    @property
    def full_name(self) -> str:
        """ "huyện Như Xuân", as used inside sentences; an agency's own name ("Sở Y tế")."""
        if self.level is OrgLevel.AGENCY:
            return self.name
        return f"{self.kind_name} {self.name}".strip()

    @property
    def official_name(self) -> str:
        """The full official name of the body: "Ủy ban nhân dân xã Như Xuân", "Sở Y tế"."""
        if self.level is OrgLevel.AGENCY:
            return self.name
        return f"Ủy ban nhân dân {self.full_name}"

    def current_on(self, day: date) -> bool:
        """Whether the unit existed on `day` (former units until the day before `ceased_on`)."""
        return self.ceased_on is None or day < self.ceased_on
