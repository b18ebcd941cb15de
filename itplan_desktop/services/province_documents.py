"""The frame every document of the province shares (the consolidated plan, the KPI comparison,
any later one): the issuing body's official full name, place, signature authority and Nơi
nhận, the same for all (docs/format.md "Header", "Closing"). Only the body differs per document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from ..domain import Organisation
from ..domain.plan import Signer
from ..domain.printed_form import PEOPLES_COMMITTEE

SO_KHCN_SINCE = 2025
"""The Sở Thông tin và Truyền thông merged into the Sở Khoa học và Công nghệ in March 2025
(docs/design.md): documents of earlier years keep the old names."""


@dataclass(frozen=True, slots=True)
class ProvinceFrame:
    """Header and closing fields of a province document (the Plan fields of the same names)."""

    issuer: str
    issuer_short: str
    place: str
    signer: Signer
    recipients: list[str]


def province_frame(province: Organisation, year: int) -> ProvinceFrame:
    """ "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", signed "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" (the name
    is left for the signer), sent to the ministry for report and to the units, archived by the
    records office and the drafting department."""
    ministry, drafter = (
        ("Bộ Khoa học và Công nghệ", "KHCN")
        if year >= SO_KHCN_SINCE
        else ("Bộ Thông tin và Truyền thông", "TTTT")
    )
    return ProvinceFrame(
        issuer=f"{PEOPLES_COMMITTEE} {province.full_name.upper()}",
        issuer_short=f"Ủy ban nhân dân {province.full_name}",
        place=province.name,
        signer=Signer(authority="TM.", authority_of=PEOPLES_COMMITTEE, title="CHỦ TỊCH"),
        recipients=[
            f"{ministry} (b/c);",
            "Thường trực Tỉnh ủy, HĐND tỉnh (b/c);",
            "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
            "Các sở, ban, ngành cấp tỉnh;",
            "UBND các huyện, thị xã, thành phố;" if year < SO_KHCN_SINCE else "UBND các xã;",
            f"Lưu: VT, {drafter}.",
        ],
    )


class FrameFields(TypedDict):
    """The province's frame as keyword arguments of `Plan`."""

    issuer: str
    issuer_short: str
    place: str
    signer: Signer
    recipients: list[str]


def frame_fields(frame: ProvinceFrame) -> FrameFields:
    """The frame as keyword arguments of `Plan`."""
    return {
        "issuer": frame.issuer,
        "issuer_short": frame.issuer_short,
        "place": frame.place,
        "signer": frame.signer,
        "recipients": list(frame.recipients),
    }
