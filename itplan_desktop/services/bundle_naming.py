"""How a bundle and its e-mail draft name things for a person: the file name a clerk recognises
in a folder or an attachment list ("ke-hoach-gui-len-tinh_xa-nhu-thanh_2026-2030_phien-ban-1
.itplan-bundle": the Vietnamese kind and unit without accents, so every mail program and file
system keeps it), and the body the draft greets ("Kính gửi: Sở Khoa học và Công nghệ tỉnh
Thanh Hóa" — since 1 March 2025 the Sở KH&CN receives the units' plans for the province)."""

from __future__ import annotations

import re

from ..domain import Plan
from ..domain.organisation import Organisation, OrgLevel
from ..formats.bundle_manifest import BUNDLE_SUFFIX
from ..messages import message, register_messages, vietnamese
from ..vn.collation import fold

MESSAGES = {
    "bundle.eml.province_body": (
        "Sở Khoa học và Công nghệ {province}",
        "Department of Science and Technology of {province}",
    ),
    "bundle.eml.people_committee": ("Ủy ban nhân dân {unit}", "People's Committee of {unit}"),
    "bundle.file.revision": ("phiên bản {revision}", "revision {revision}"),
}
register_messages(MESSAGES)
MAX_PART = 48  # characters of one part of the file name (a long unit name is cut)


def slug(text: str) -> str:
    """ "Kế hoạch gửi lên tỉnh" -> "ke-hoach-gui-len-tinh": lower case ASCII words joined by
    hyphens; nothing a file system or a mail program could refuse or mangle."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words)[:MAX_PART].strip("-")


def bundle_file_name(kind_label_id: str, sender: Organisation | None, code: str, plan: Plan) -> str:
    """The suggested file name of a bundle (see the module docstring); the unit's code when
    the unit is unknown. Always in Vietnamese, whatever the interface: the file travels to
    a Vietnamese office. `kind_label_id` is the catalogue id of the kind's label."""
    unit = slug(sender.full_name) if sender is not None else ""
    revision = slug(vietnamese("bundle.file.revision", revision=plan.revision))
    parts = [slug(vietnamese(kind_label_id)) or "goi", unit or slug(code) or "don-vi"]
    parts += [f"{plan.start_year}-{plan.end_year}", revision]
    return "_".join(parts) + BUNDLE_SUFFIX


def addressee(receiver: Organisation | None, upward: bool) -> str | None:
    """Whom the draft greets: the province's Sở KH&CN for what a unit sends up, a unit's
    People's Committee (or an agency itself) for what the province sends down; None when
    the bundle goes to every unit."""
    if receiver is None:
        return None
    if upward and receiver.level is OrgLevel.PROVINCE:
        return message("bundle.eml.province_body", province=receiver.full_name)
    if receiver.level is OrgLevel.AGENCY:
        return receiver.name
    return message("bundle.eml.people_committee", unit=receiver.full_name)
