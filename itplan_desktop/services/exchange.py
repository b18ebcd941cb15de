"""Exchange use cases, sending side: prepare and save a bundle (optionally an .eml draft), this
installation's key, registered keys of others, and the province's review comments.

Importing lives in `exchange_import.py`, the province's inbox and consolidation in
`province.py`; everything is re-exported here for the GUI and CLI.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..domain import Plan, walk_sections
from ..domain.ids import utc_now
from ..formats import bundle_keys as keys
from ..formats.bundle_import import CommentView, target_label
from ..formats.bundle_kinds import BUNDLE_KINDS
from ..formats.bundle_manifest import (
    ACTUALS_PART,
    ATTACHMENT_FOLDER,
    COMMENTS_PART,
    PLAN_PART,
    TEMPLATE_PART,
    BundleKind,
    Manifest,
    Party,
)
from ..formats.bundle_parts import (
    ReviewComment,
    TargetKind,
    TemplateInfo,
    actuals_to_bytes,
    comments_to_bytes,
    template_to_bytes,
)
from ..formats.bundle_writer import BundleContent, bundle_bytes, write_bytes_atomically
from ..formats.eml import write_eml
from ..formats.plan_file import PlanDocument, dumps
from ..messages import UserError, message
from ..store import exchange_repository as exch
from ..store import plan_repository as repo
from ..store.database import Database
from ..store.exchange_models import ReviewCommentRecord
from ..vn.dates import format_date
from .bundle_naming import addressee, bundle_file_name
from .exchange_import import comment_record, import_bundles, preview_bundle
from .plans import get_plan
from .province import consolidate, inbox, kpi_comparison, plan_from_template, received_templates

PROVINCE_EMAIL_SETTING = "exchange.province_email"
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")

__all__ = [
    "ExportResult",
    "PreparedBundle",
    "add_review_comment",
    "consolidate",
    "export_bundle",
    "export_own_key",
    "import_bundles",
    "inbox",
    "kpi_comparison",
    "own_fingerprint",
    "plan_from_template",
    "prepare_bundle",
    "preview_bundle",
    "received_templates",
    "register_key_file",
    "registered_fingerprint",
    "review_comments",
]


@dataclass(frozen=True, slots=True)
class PreparedBundle:
    """A bundle built in memory: the UI shows `size` and `suggested_name` before saving."""

    manifest: Manifest
    data: bytes
    suggested_name: str

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    size: int
    eml_path: Path | None
    manifest: Manifest


def _party(db: Database, code: str | None) -> Party | None:
    if code is None:
        return None
    with db.session() as session:
        org = repo.get_organisation(session, code)
    return Party(code, org.name if org else code)


def _parent_code(db: Database, code: str) -> str | None:
    with db.session() as session:
        org = repo.get_organisation(session, code)
    return None if org is None else org.parent_code


def _plan_part(db: Database, plan: Plan) -> bytes:
    """The plan file without the actuals (they travel in their own part)."""
    bare = replace(plan, observations=[])
    with db.session() as session:
        organisations = repo.organisations_for(session, plan)
    return dumps(PlanDocument(bare, organisations)).encode("utf-8")


def _attachment_parts(attachments: Sequence[Path]) -> list[tuple[str, bytes]]:
    parts = []
    for path in attachments:
        if not Path(path).is_file():
            raise UserError("cli.file_not_found", path=path)
        name = _SAFE.sub("_", Path(path).name).lstrip("._-")[:90] or "attachment"
        parts.append((ATTACHMENT_FOLDER + name, Path(path).read_bytes()))
    return parts


def _parts(
    db: Database, plan: Plan, kind: BundleKind, template: TemplateInfo | None
) -> list[tuple[str, bytes]]:
    if kind is BundleKind.REVIEW_COMMENTS:
        comments = [_comment(r) for r in _comment_records(db, plan.uuid, "out")]
        return [(COMMENTS_PART, comments_to_bytes(comments))]
    parts = [(PLAN_PART, _plan_part(db, plan))]
    if plan.observations or kind is BundleKind.PROGRESS_REPORT:
        parts.append((ACTUALS_PART, actuals_to_bytes(plan.uuid, plan.observations)))
    if kind is BundleKind.PROVINCE_TEMPLATE:
        parts.append((TEMPLATE_PART, template_to_bytes(template or TemplateInfo(None))))
    return parts


def prepare_bundle(
    db: Database,
    plan_ref: str,
    kind: BundleKind | str,
    *,
    attachments: Sequence[Path] = (),
    deadline: date | None = None,
    note: str = "",
) -> PreparedBundle:
    """Build (sign, zip) the bundle of a plan in memory, without writing anything."""
    kind = BundleKind(kind)
    plan = get_plan(db, plan_ref)
    own = plan.organisation_code
    if kind is BundleKind.REVIEW_COMMENTS:  # sent by the province about a district's plan
        own = _parent_code(db, plan.organisation_code) or own
    receiver = plan.organisation_code if own != plan.organisation_code else _parent_code(db, own)
    if kind is BundleKind.PROVINCE_TEMPLATE:
        receiver = None  # for every district of the province
    sender = _party(db, own)
    assert sender is not None
    content = BundleContent(
        sender=sender,
        receiver=_party(db, receiver),
        kind=kind,
        parts=[
            *_parts(db, plan, kind, TemplateInfo(deadline, note)),
            *_attachment_parts(attachments),
        ],
        plan_uuid=plan.uuid,
        plan_revision=plan.revision,
    )
    manifest, data = bundle_bytes(content, keys.load_or_create_private_key())
    with db.session() as session:
        sender_org = repo.get_organisation(session, own)
    name = bundle_file_name(BUNDLE_KINDS[kind].label_id, sender_org, own, plan)
    return PreparedBundle(manifest, data, name)


def export_bundle(
    db: Database,
    plan_ref: str,
    kind: BundleKind | str,
    out: Path,
    *,
    eml: bool = False,
    attachments: Sequence[Path] = (),
    to_address: str | None = None,
    deadline: date | None = None,
    note: str = "",
) -> ExportResult:
    """Save the bundle at `out` (atomically) and, with `eml`, a draft e-mail beside it."""
    prepared = prepare_bundle(
        db, plan_ref, kind, attachments=attachments, deadline=deadline, note=note
    )
    out = Path(out)
    try:
        write_bytes_atomically(out, prepared.data)
    except OSError as error:
        raise UserError("cli.cannot_write", path=out, detail=error.strerror) from None
    extra = [message("bundle.eml.deadline", deadline=format_date(deadline))] if deadline else []
    if note.strip() and BundleKind(kind) is BundleKind.PROVINCE_TEMPLATE:
        extra.append(note.strip())
    eml_path = _write_draft(db, prepared, out, to_address, extra) if eml else None
    return ExportResult(out, prepared.size, eml_path, prepared.manifest)


def _write_draft(
    db: Database, prepared: PreparedBundle, out: Path, to: str | None, extra: Sequence[str] = ()
) -> Path:
    """The draft; `to` defaults to the province's address for what a district sends up (a
    province's bundle to districts leaves To empty unless given). `extra` paragraphs (the
    template's deadline and note) go after the body's first paragraph."""
    manifest = prepared.manifest
    upward = BUNDLE_KINDS[manifest.kind].upward
    if to is None and upward:
        with db.session() as session:
            to = exch.get_setting(session, PROVINCE_EMAIL_SETTING)
    plan = get_plan(db, manifest.plan_uuid or "")
    kind_label = BUNDLE_KINDS[manifest.kind].label
    receiver = None
    if manifest.receiver is not None:
        with db.session() as session:
            org = repo.get_organisation(session, manifest.receiver.code)
        receiver = addressee(org, upward) if org is not None else manifest.receiver.name
    values = {
        "kind_label": kind_label,
        "sender": manifest.sender.name,
        "receiver": receiver or message("bundle.eml.all_districts"),
        "title": plan.title,
        "file": out.name,
        "revision": manifest.plan_revision,
        "fingerprint": keys.fingerprint(keys.decode_key(manifest.public_key or "") or b""),
    }
    return write_eml(
        out.with_name(out.name + ".eml"),
        out,
        to_address=to,
        subject=message("bundle.eml.subject", **values),
        body=_with_paragraphs(message("bundle.eml.body", **values), extra),
    )


def _with_paragraphs(body: str, extra: Sequence[str]) -> str:
    """`extra` paragraphs after the greeting and the sentence naming the attachment."""
    parts = body.split("\n\n")
    parts[2:2] = extra
    return "\n\n".join(parts)


def set_province_email(db: Database, address: str) -> None:
    with db.session() as session:
        exch.set_setting(session, PROVINCE_EMAIL_SETTING, address)


# ---------------------------------------------------------------- keys


def own_fingerprint() -> str:
    """This installation's key fingerprint (the key is made on first use)."""
    return keys.fingerprint(keys.public_key_bytes(keys.load_or_create_private_key()))


def export_own_key(db: Database, path: Path, org_code: str) -> str:
    """Write this installation's public key file for `org_code`; returns the fingerprint."""
    party = _party(db, org_code)
    assert party is not None
    raw = keys.public_key_bytes(keys.load_or_create_private_key())
    keys.export_public_key(Path(path), party.code, party.name, raw)
    return keys.fingerprint(raw)


def registered_fingerprint(db: Database, org_code: str) -> str | None:
    """The fingerprint of the key registered for `org_code`, None when there is none."""
    with db.session() as session:
        return exch.registered_fingerprint(session, org_code)


def register_key_file(
    db: Database, path: Path, org_code: str | None = None, *, replace: bool = False
) -> keys.PublicKeyFile:
    """Register a district's public key file (for `org_code`, default the one in the file).

    A different key already registered for the unit is replaced only with `replace` (the CLI's
    `--replace`, the GUI's second confirmation showing both fingerprints); otherwise
    UserError("bundle.key_replace_needed") names both fingerprints."""
    key_file = keys.read_public_key_file(Path(path))
    code = org_code or key_file.org_code
    with db.session() as session:
        if repo.get_organisation(session, code) is None:
            raise UserError("bundle.unknown_org", code=code)
        old = exch.registered_fingerprint(session, code)
        if old is not None and old != key_file.fingerprint and not replace:
            raise UserError(
                "bundle.key_replace_needed", code=code, old=old, new=key_file.fingerprint
            )
        exch.register_key(
            session, code, keys.encode_key(key_file.public_key), key_file.fingerprint, utc_now()
        )
    return key_file


# ---------------------------------------------------------------- review comments


def _target_kind(plan: Plan, target_uuid: str) -> TargetKind:
    if target_uuid == plan.uuid:
        return TargetKind.PLAN
    if any(s.uuid == target_uuid for _d, s in walk_sections(plan.sections)):
        return TargetKind.SECTION
    if any(r.uuid == target_uuid for a in plan.appendices for r in a.rows):
        return TargetKind.APPENDIX_ROW
    raise UserError("plan.not_found", ref=target_uuid)


def add_review_comment(
    db: Database, plan_ref: str, target_uuid: str, text: str, author: str = ""
) -> ReviewComment:
    """A comment of ours on a plan, one of its sections or appendix rows (sent later)."""
    plan = get_plan(db, plan_ref)
    comment = ReviewComment(plan.uuid, _target_kind(plan, target_uuid), target_uuid, text, author)
    with db.session() as session:
        exch.add_comment(session, comment_record(comment, "out", None))
    return comment


def _comment(record: ReviewCommentRecord) -> ReviewComment:
    return ReviewComment(
        uuid=record.uuid,
        plan_uuid=record.plan_uuid,
        target_kind=TargetKind(record.target_kind),
        target_uuid=record.target_uuid,
        text=record.text,
        author=record.author,
        created_at=record.created_at,
    )


def _comment_records(db: Database, plan_uuid: str, direction: str) -> list[ReviewCommentRecord]:
    with db.session() as session:
        return exch.comments_for(session, plan_uuid, direction)


def review_comments(db: Database, plan_ref: str, direction: str = "in") -> list[CommentView]:
    """Comments received on a plan, each with the heading or row it refers to."""
    plan = get_plan(db, plan_ref)
    return [
        CommentView(_comment(r), target_label(plan, _comment(r)))
        for r in _comment_records(db, plan.uuid, direction)
    ]
