"""Administrative units: province (tỉnh), district (huyện) and commune (xã)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .ids import new_uuid


class OrgLevel(StrEnum):
    """Level of an administrative unit in the Vietnamese state hierarchy."""

    PROVINCE = "province"  # tỉnh / thành phố trực thuộc trung ương
    DISTRICT = "district"  # huyện / thị xã / thành phố thuộc tỉnh
    COMMUNE = "commune"  # xã / phường / thị trấn


@dataclass(slots=True)
class Organisation:
    """A unit identified by its official administrative code (mã đơn vị hành chính).

    `kind_name` is the Vietnamese word for the kind of unit ("huyện", "thị xã", "xã",
    "thị trấn" …), which documents print before the name: "huyện Như Xuân".
    """

    code: str
    name: str
    level: OrgLevel
    kind_name: str
    parent_code: str | None = None
    uuid: str = field(default_factory=new_uuid)

    @property
    def full_name(self) -> str:
        """ "huyện Như Xuân", as used inside sentences."""
        return f"{self.kind_name} {self.name}".strip()
