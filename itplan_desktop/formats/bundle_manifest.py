"""The manifest of an exchange bundle: what the bundle is, who sent it, and its parts.

A bundle (`.itplan-bundle`) is a zip holding `manifest.json`, `manifest.sig` (an Ed25519
signature over the exact manifest bytes) and the parts the manifest lists with their SHA-256
and size. The manifest is written canonically (sorted keys, UTF-8), so the signature is over
bytes that any reader sees identically.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from ..domain.ids import new_uuid, utc_now
from ..messages import UserError

FORMAT_NAME = "itplan-bundle"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".itplan-bundle"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
PLAN_PART = "plan.itplan.json"
ACTUALS_PART = "actuals.json"
COMMENTS_PART = "comments.json"
TEMPLATE_PART = "template.json"
INDEX_PART = "index.itplan-index.json"
ASSESSMENT_PART = "assessment.itplan-assessment.json"
ATTACHMENT_FOLDER = "attachments/"

_PART_NAME = re.compile(r"^(?:attachments/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BundleKind(StrEnum):
    """What a bundle carries, and so which way it travels."""

    PLAN_SUBMISSION = "plan_submission"  # district → province: the plan (and actuals)
    PROGRESS_REPORT = "progress_report"  # district → province: actual KPI values
    PROVINCE_TEMPLATE = "province_template"  # province → district: outline of the next plan
    REVIEW_COMMENTS = "review_comments"  # province → district: comments on sections/rows
    DTI_INDEX = "dti_index"  # province → units: its digital-transformation index, a deadline
    DTI_ASSESSMENT = "dti_assessment"  # unit → province: its self-assessment with evidence


@dataclass(frozen=True, slots=True)
class Party:
    """A sender or receiver: official organisation code and name ("402", "Như Xuân")."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Part:
    """One file inside the bundle, with the hash and size the reader checks."""

    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Manifest:
    """Everything a receiver needs to know before reading the parts.

    `public_key` is the sender's raw Ed25519 public key (base64) the signature verifies
    with; whether that key is registered for the sender is the receiver's business.
    """

    sender: Party
    receiver: Party | None
    kind: BundleKind
    plan_uuid: str | None
    plan_revision: int | None
    parts: tuple[Part, ...]
    app_version: str
    public_key: str | None = None
    created_at: datetime = field(default_factory=utc_now)
    bundle_uuid: str = field(default_factory=new_uuid)
    format: str = FORMAT_NAME
    version: int = FORMAT_VERSION

    def part(self, name: str) -> Part | None:
        for part in self.parts:
            if part.name == name:
                return part
        return None

    @property
    def attachments(self) -> list[Part]:
        return [p for p in self.parts if p.name.startswith(ATTACHMENT_FOLDER)]


def is_valid_part_name(name: str) -> bool:
    """A plain file name, or one inside `attachments/`: no traversal, no drive, no backslash."""
    return bool(_PART_NAME.match(name)) and ".." not in name


def manifest_to_bytes(manifest: Manifest) -> bytes:
    """Canonical UTF-8 JSON: what is signed and what is stored in the zip."""
    data: dict[str, Any] = {
        "format": manifest.format,
        "version": manifest.version,
        "app_version": manifest.app_version,
        "bundle_uuid": manifest.bundle_uuid,
        "created_at": manifest.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "kind": manifest.kind.value,
        "sender": {"code": manifest.sender.code, "name": manifest.sender.name},
        "receiver": None
        if manifest.receiver is None
        else {"code": manifest.receiver.code, "name": manifest.receiver.name},
        "plan": None
        if manifest.plan_uuid is None
        else {"uuid": manifest.plan_uuid, "revision": manifest.plan_revision},
        "public_key": manifest.public_key,
        "parts": [{"name": p.name, "sha256": p.sha256, "size": p.size} for p in manifest.parts],
    }
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def manifest_from_bytes(raw: bytes) -> Manifest:
    """Parse and check a manifest; a foreign, newer or malformed one is a UserError."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError("bundle.manifest_invalid", detail="JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise UserError("bundle.not_bundle")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise UserError("bundle.manifest_invalid", detail="version")
    if version > FORMAT_VERSION:
        raise UserError("bundle.newer_version", found=version, supported=FORMAT_VERSION)
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError) as error:
        raise UserError(
            "bundle.manifest_invalid", detail=str(error) or type(error).__name__
        ) from None


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(name)
    return value


def _party(value: Any, name: str) -> Party:
    if not isinstance(value, dict):
        raise ValueError(name)
    return Party(_text(value["code"], name + ".code"), _text(value["name"], name + ".name"))


def _parse(data: dict[str, Any]) -> Manifest:
    bundle_uuid = _text(data["bundle_uuid"], "bundle_uuid")
    if not _UUID.match(bundle_uuid):
        raise ValueError("bundle_uuid")
    created = datetime.fromisoformat(_text(data["created_at"], "created_at").replace("Z", "+00:00"))
    if created.tzinfo is None:
        raise ValueError("created_at")
    plan = data.get("plan")
    plan_uuid = plan_revision = None
    if plan is not None:
        plan_uuid = _text(plan["uuid"], "plan.uuid")
        plan_revision = plan["revision"]
        if not isinstance(plan_revision, int) or isinstance(plan_revision, bool):
            raise ValueError("plan.revision")
    public_key = data.get("public_key")
    if public_key is not None:
        _text(public_key, "public_key")
    return Manifest(
        format=FORMAT_NAME,
        version=data["version"],
        app_version=_text(data["app_version"], "app_version"),
        bundle_uuid=bundle_uuid,
        created_at=created,
        kind=BundleKind(data["kind"]),
        sender=_party(data["sender"], "sender"),
        receiver=None if data.get("receiver") is None else _party(data["receiver"], "receiver"),
        plan_uuid=plan_uuid,
        plan_revision=plan_revision,
        public_key=public_key,
        parts=tuple(_part(p) for p in data["parts"]),
    )


def _part(value: Any) -> Part:
    if not isinstance(value, dict):
        raise ValueError("parts")
    name = _text(value["name"], "parts.name")
    sha = _text(value["sha256"], "parts.sha256")
    size = value["size"]
    if not is_valid_part_name(name) or not _SHA256.match(sha):
        raise ValueError(f"parts: {name}")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValueError(f"parts: {name}")
    return Part(name, sha, size)
