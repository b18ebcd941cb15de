"""The dry run of an import: what a verified bundle would change, judged against what is stored.

`build_preview` is pure: the service reads the stored state (plan, last imported hash,
registered key, known comments) and hands it over; applying is the service's job. The rules:
the same bundle twice, or the same content, changes nothing; an older revision than the stored
one is refused as stale; a stored plan edited here since it was last imported (or never
imported: written here) is not replaced without an explicit choice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..domain import Plan, walk_sections
from ..domain.dti_assessment import Assessment
from ..domain.dti_index import DtIndex
from ..messages import UserError, message
from . import bundle_dti
from . import plan_codec as codec
from .bundle_dti import DtiChange, Publication
from .bundle_keys import fingerprint
from .bundle_kinds import BUNDLE_KINDS, UPWARD_KINDS, Payload
from .bundle_manifest import BundleKind, Party
from .bundle_parts import ReviewComment, TargetKind, TemplateInfo
from .bundle_reader import BundleContents
from .plan_diff import Change, PlanDiff, diff_plans


class SignatureStatus(StrEnum):
    """How far the sender is verified. An invalid signature never gets this far (refused)."""

    REGISTERED = "registered"  # valid, by the key registered for the sender's code
    UNKNOWN = "unknown"  # valid, but by a key not registered for that code
    UNSIGNED = "unsigned"


class PlanChange(StrEnum):
    NONE = "none"  # the bundle carries no plan
    NEW = "new"
    REVISION = "revision"
    SAME = "same"  # identical to the stored plan
    CONFLICT = "conflict"  # stored plan edited here since the last import: choose


class Resolution(StrEnum):
    """The user's choice for a conflict."""

    KEEP_LOCAL = "keep_local"
    TAKE_INCOMING = "take_incoming"


@dataclass(frozen=True, slots=True)
class StoredState:
    """What the database holds that matters for one bundle."""

    plan: Plan | None = None
    sync_hash: str | None = None
    already_imported: bool = False
    registered_key: bytes | None = None
    known_comments: frozenset[str] = frozenset()
    template_known: bool = False
    sender_level: str | None = None  # level of the sender's unit ("province", "district" …)
    plan_parent: str | None = None  # parent unit of the stored plan's unit
    synced_revision: int | None = None  # revision of the plan as last imported
    index_same_version: DtIndex | None = None  # the kept index of the bundle's code and version
    index_newest_version: int | None = None  # the newest version kept of the bundle's index
    publication: Publication | None = None  # the last publication of the bundle's index
    assessment: Assessment | None = None  # the kept assessment of the same unit, index, year
    assessment_index_known: bool = True  # the assessment's index version is kept here


@dataclass(frozen=True, slots=True)
class CommentView:
    """A received comment with the place it refers to, as the district will see it."""

    comment: ReviewComment
    target_label: str


@dataclass(slots=True)
class ImportPreview:
    """Everything the dry run shows: the bundle, its sender, the signature, the changes."""

    contents: BundleContents
    signature: SignatureStatus
    plan_change: PlanChange
    stored_revision: int | None = None
    diff: PlanDiff | None = None
    comments: list[CommentView] = field(default_factory=list)
    already_imported: bool = False
    dti_change: DtiChange = DtiChange.NONE
    new_publication: bool = False  # an index bundle whose deadline or note is news here
    merged_assessment: Assessment | None = None  # what is kept: the unit's values, our checks
    review_kept: int = 0
    review_redo: int = 0

    @property
    def name(self) -> str:
        return self.contents.name

    @property
    def kind(self) -> BundleKind:
        return self.contents.manifest.kind

    @property
    def sender(self) -> Party:
        return self.contents.manifest.sender

    @property
    def fingerprint(self) -> str | None:
        key = self.contents.public_key
        return None if key is None else fingerprint(key)

    @property
    def plan(self) -> Plan | None:
        document = self.contents.document
        return None if document is None else document.plan

    @property
    def template(self) -> TemplateInfo | None:
        return self.contents.template

    @property
    def index(self) -> DtIndex | None:
        return self.contents.index

    @property
    def assessment(self) -> Assessment | None:
        return self.contents.assessment

    @property
    def needs_confirmation(self) -> bool:
        return self.signature is not SignatureStatus.REGISTERED

    @property
    def no_changes(self) -> bool:
        if self.already_imported:
            return True
        if self.index is not None:
            return self.dti_change is DtiChange.SAME and not self.new_publication
        if self.assessment is not None:
            return self.dti_change is DtiChange.SAME
        return (
            self.plan_change in (PlanChange.NONE, PlanChange.SAME)
            and not self.comments
            and self.template is None
        )

    def signature_text(self) -> str:
        key = f"bundle.sig.{self.signature.value}"
        return message(key, fingerprint=self.fingerprint or "", code=self.sender.code)

    def summary(self) -> str:
        """One line of what would change, in the current language."""
        parts: list[str] = []
        plan = self.plan
        if plan is not None and self.plan_change is PlanChange.NEW:
            parts.append(message("bundle.change.new_plan", title=plan.title))
        elif plan is not None and self.plan_change in (PlanChange.REVISION, PlanChange.CONFLICT):
            count = self.diff.count if self.diff else 0
            parts.append(
                message(
                    "bundle.change.revision",
                    old=self.stored_revision,
                    new=plan.revision,
                    title=plan.title,
                    count=count,
                )
            )
        new, changed = self.actual_counts()
        if new or changed:
            parts.append(message("bundle.change.actuals", new=new, changed=changed))
        if self.comments:
            parts.append(message("bundle.change.comments", count=len(self.comments)))
        if self.template is not None and plan is not None:
            deadline = self.template.deadline.isoformat() if self.template.deadline else "—"
            parts.append(message("bundle.change.template", title=plan.title, deadline=deadline))
        parts.extend(
            bundle_dti.change_summary(
                self.index,
                self.assessment,
                self.dti_change,
                self.template,
                kept=self.review_kept,
                redo=self.review_redo,
            )
        )
        return "; ".join(parts)

    def actual_counts(self) -> tuple[int, int]:
        """(new, changed) actual values; all of them are new for a new plan."""
        if self.plan_change is PlanChange.NEW and self.plan is not None:
            return len(self.plan.observations), 0
        if self.diff is None:
            return 0, 0
        new = sum(1 for a in self.diff.actuals if a.change is Change.ADDED)
        changed = sum(1 for a in self.diff.actuals if a.change is Change.CHANGED)
        return new, changed

    def to_json(self) -> dict[str, Any]:
        manifest = self.contents.manifest
        plan = self.plan
        return {
            "file": self.name,
            "bundle_uuid": manifest.bundle_uuid,
            "kind": manifest.kind.value,
            "sender": {"code": manifest.sender.code, "name": manifest.sender.name},
            "created_at": manifest.created_at.isoformat().replace("+00:00", "Z"),
            "size": self.contents.file_size,
            "signature": self.signature.value,
            "fingerprint": self.fingerprint,
            "needs_confirmation": self.needs_confirmation,
            "already_imported": self.already_imported,
            "plan": None
            if plan is None
            else {"uuid": plan.uuid, "title": plan.title, "revision": plan.revision},
            "plan_change": self.plan_change.value,
            "stored_revision": self.stored_revision,
            "no_changes": self.no_changes,
            "summary": self.summary(),
            "diff": None if self.diff is None else self.diff.to_json(),
            "comments": [
                {"target": c.target_label, "text": c.comment.text, "author": c.comment.author}
                for c in self.comments
            ],
            "attachments": [p.name for p in manifest.attachments],
            "index": None
            if self.index is None
            else {"code": self.index.code, "version": self.index.version, "name": self.index.name},
            "assessment": None
            if self.assessment is None
            else {
                "unit_code": self.assessment.unit_code,
                "index_code": self.assessment.index_code,
                "period": self.assessment.period,
                "entries": len(self.assessment.entries),
                "attachments": len(self.assessment.attachments),
            },
            "dti_change": self.dti_change.value,
        }


def content_hash(plan: Plan) -> str:
    """SHA-256 of the plan's canonical JSON: equal exactly when the plans are equal."""
    text = json.dumps(codec.plan_to_json(plan), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def signature_status(contents: BundleContents, registered_key: bytes | None) -> SignatureStatus:
    if contents.public_key is None:
        return SignatureStatus.UNSIGNED
    if registered_key is not None and registered_key == contents.public_key:
        return SignatureStatus.REGISTERED
    return SignatureStatus.UNKNOWN


_UPWARD = UPWARD_KINDS


def authorise(contents: BundleContents, stored: StoredState) -> None:
    """Refuse what the sender may not send (see docs/exchange.md, trust model).

    The sender is the unit named in the manifest, proven by its registered key (or accepted
    on first contact): a key other than the registered one is never accepted; plans and
    actuals go up only for the sender's own unit; templates and comments come only from
    the unit above."""
    sender = contents.manifest.sender
    registered = stored.registered_key
    if registered is not None and contents.public_key != registered:
        if contents.public_key is None:
            raise UserError(
                "bundle.unsigned_registered", code=sender.code, registered=fingerprint(registered)
            )
        raise UserError(
            "bundle.key_mismatch",
            code=sender.code,
            name=sender.name,
            registered=fingerprint(registered),
            got=fingerprint(contents.public_key),
        )
    kind = contents.manifest.kind
    spec = BUNDLE_KINDS[kind]
    if spec.payload is Payload.ASSESSMENT:
        assert contents.assessment is not None  # the reader refuses the kind without it
        bundle_dti.authorise_assessment(contents.assessment, sender.code)
        return
    if spec.payload is Payload.INDEX:
        if (stored.sender_level or _document_level(contents, sender.code)) != "province":
            raise UserError("bundle.kind_not_allowed", sender=sender.code, kind=kind.value)
        return
    plan = None if contents.document is None else contents.document.plan
    if kind in _UPWARD:
        owners = {plan.organisation_code} if plan is not None else set()
        if stored.plan is not None:
            owners.add(stored.plan.organisation_code)
        for owner in sorted(owners - {sender.code}):
            raise UserError("bundle.not_own_plan", sender=sender.code, owner=owner)
        if contents.comments or contents.template is not None:
            raise UserError("bundle.kind_not_allowed", sender=sender.code, kind=kind.value)
        return
    level = stored.sender_level or _document_level(contents, sender.code)
    from_above = level == "province" or (
        stored.plan_parent is not None and stored.plan_parent == sender.code
    )
    if BUNDLE_KINDS[kind].from_province and level != "province":
        raise UserError("bundle.kind_not_allowed", sender=sender.code, kind=kind.value)
    if not from_above:
        raise UserError("bundle.kind_not_allowed", sender=sender.code, kind=kind.value)
    for comment in contents.comments:
        if comment.plan_uuid != contents.manifest.plan_uuid:
            raise UserError("bundle.comment_other_plan", sender=sender.code)


def _document_level(contents: BundleContents, code: str) -> str | None:
    """The sender's level as the bundle's plan file states it (for a sender unknown here)."""
    if contents.document is None:
        return None
    for organisation in contents.document.organisations:
        if organisation.code == code:
            return organisation.level.value
    return None


def build_preview(contents: BundleContents, stored: StoredState) -> ImportPreview:
    """The dry run; refuses (UserError) what the sender may not send and stale revisions."""
    authorise(contents, stored)
    preview = ImportPreview(
        contents=contents,
        signature=signature_status(contents, stored.registered_key),
        plan_change=PlanChange.NONE,
        already_imported=stored.already_imported,
    )
    if not stored.already_imported:
        _judge_dti(preview, stored)
    incoming = preview.plan
    if incoming is not None and not _is_template(contents) and not stored.already_imported:
        _judge_plan(preview, incoming, stored)
    target_plan = stored.plan if stored.plan is not None else incoming
    preview.comments = [
        CommentView(c, target_label(target_plan, c))
        for c in contents.comments
        if c.uuid not in stored.known_comments
    ]
    if _is_template(contents) and stored.template_known:
        contents.template = None  # already received: nothing new
    return preview


def _judge_dti(preview: ImportPreview, stored: StoredState) -> None:
    """An index: new or kept already (older or changed-in-place refused), and whether its
    deadline is news. An assessment: new, newer (our checks kept where the unit's value is
    unchanged) or the same; older refused; its index must be kept here."""
    contents = preview.contents
    index, assessment = contents.index, contents.assessment
    if index is not None:
        preview.dti_change = bundle_dti.judge_index(
            index, stored.index_same_version, stored.index_newest_version
        )
        preview.new_publication = bundle_dti.is_new_publication(
            contents.template, stored.publication, contents.manifest.created_at
        )
    if assessment is not None:
        judgement = bundle_dti.judge_assessment(
            assessment, stored.assessment, index_known=stored.assessment_index_known
        )
        preview.dti_change = judgement.change
        preview.merged_assessment = judgement.merged
        preview.review_kept, preview.review_redo = judgement.kept, judgement.redo


def _is_template(contents: BundleContents) -> bool:
    return contents.manifest.kind is BundleKind.PROVINCE_TEMPLATE


def _judge_plan(preview: ImportPreview, incoming: Plan, stored: StoredState) -> None:
    """Newest wins, never silently. The revision the bundle must beat is the one last
    imported from its sender (or, for a plan never imported, the stored one): older is
    refused as stale; the same revision is the same version (nothing new) or, with other
    content, refused too (two versions cannot share a revision: revisions rise on every
    save). A stored plan edited here since its last import is a conflict to resolve."""
    local = stored.plan
    if local is None:
        preview.plan_change = PlanChange.NEW
        return
    preview.stored_revision = local.revision
    base = stored.synced_revision if stored.synced_revision is not None else local.revision
    if incoming.revision < base:
        raise UserError("bundle.stale", have=base, got=incoming.revision)
    if local == incoming:
        preview.plan_change = PlanChange.SAME
        return
    incoming_hash = content_hash(incoming)
    if incoming.revision == base:
        if stored.sync_hash == incoming_hash:  # what was imported; edited here since
            preview.plan_change = PlanChange.SAME
            return
        raise UserError("bundle.same_revision", revision=incoming.revision)
    preview.diff = diff_plans(local, incoming)
    edited_here = stored.sync_hash is None or stored.sync_hash != content_hash(local)
    preview.plan_change = PlanChange.CONFLICT if edited_here else PlanChange.REVISION


def target_label(plan: Plan | None, comment: ReviewComment) -> str:
    """ "Mục: Mục tiêu cụ thể" / "Phụ lục 2, dòng: Đào tạo …" / the plan title."""
    if plan is None or comment.target_kind is TargetKind.PLAN:
        return plan.title if plan is not None else comment.plan_uuid
    if comment.target_kind is TargetKind.SECTION:
        for _depth, section in walk_sections(plan.sections):
            if section.uuid == comment.target_uuid:
                return section.heading
    else:
        for appendix in plan.appendices:
            for index, row in enumerate(appendix.rows):
                if row.uuid == comment.target_uuid:
                    name = row.texts.get("name") or row.label or str(index + 1)
                    return f"{appendix.number}: {name}"
    return comment.target_uuid
