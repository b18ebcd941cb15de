"""The bundle kinds, defined once: which way each travels, what it carries, which parts it may
hold, and its label (a catalogue message, Vietnamese and English). The writer, the reader,
the authorisation, the import, the CLI and the GUI all read this table; a new kind is one
`BundleKind` value, one `KindSpec` here and its label in `bundle_messages`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..messages import message
from . import bundle_messages  # noqa: F401  (registers the bundle.kind.* labels)
from .bundle_manifest import (
    ACTUALS_PART,
    ASSESSMENT_PART,
    ATTACHMENT_FOLDER,
    COMMENTS_PART,
    INDEX_PART,
    PLAN_PART,
    TEMPLATE_PART,
    BundleKind,
)


class Payload(StrEnum):
    """What a bundle of a kind is about."""

    PLAN = "plan"  # a plan (its outline, actuals or the comments on it)
    INDEX = "index"  # a digital-transformation index (docs/index.md)
    ASSESSMENT = "assessment"  # a unit's self-assessment against an index, with evidence


@dataclass(frozen=True, slots=True)
class KindSpec:
    """One kind: `upward` is commune (or sở, or district) → province; `from_province` only a
    province may send it; `parts` the named parts it may hold (attachments under
    `attachments/` are allowed for every kind); `label_id` names its label in the catalogue."""

    kind: BundleKind
    upward: bool
    parts: frozenset[str]
    from_province: bool = False
    payload: Payload = Payload.PLAN

    @property
    def label_id(self) -> str:
        return f"bundle.kind.{self.kind.value}"

    @property
    def label(self) -> str:
        """The label in the current language ("Kế hoạch gửi lên tỉnh")."""
        return message(self.label_id)

    def allows(self, part_name: str) -> bool:
        return part_name in self.parts or part_name.startswith(ATTACHMENT_FOLDER)


_PLAN_PARTS = frozenset({PLAN_PART, ACTUALS_PART})

BUNDLE_KINDS: dict[BundleKind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(BundleKind.PLAN_SUBMISSION, upward=True, parts=_PLAN_PARTS),
        KindSpec(BundleKind.PROGRESS_REPORT, upward=True, parts=_PLAN_PARTS),
        KindSpec(
            BundleKind.PROVINCE_TEMPLATE,
            upward=False,
            parts=_PLAN_PARTS | {TEMPLATE_PART},
            from_province=True,
        ),
        KindSpec(BundleKind.REVIEW_COMMENTS, upward=False, parts=frozenset({COMMENTS_PART})),
        KindSpec(
            BundleKind.DTI_INDEX,
            upward=False,
            parts=frozenset({INDEX_PART, TEMPLATE_PART}),
            from_province=True,
            payload=Payload.INDEX,
        ),
        KindSpec(
            BundleKind.DTI_ASSESSMENT,
            upward=True,
            parts=frozenset({ASSESSMENT_PART}),
            payload=Payload.ASSESSMENT,
        ),
    )
}
PLAN_KINDS: tuple[BundleKind, ...] = tuple(
    k for k, s in BUNDLE_KINDS.items() if s.payload is Payload.PLAN
)
"""The kinds carrying a plan: what `itplan bundle export --kind` offers."""
UPWARD_KINDS: tuple[BundleKind, ...] = tuple(k for k in PLAN_KINDS if BUNDLE_KINDS[k].upward)
"""A unit's plan going up: the province inbox's submissions, the send dialog's choices, and
the kinds whose plan must be the sender's own."""


def kind_label(kind: BundleKind | str | None) -> str:
    """The label of a kind (or of its stored value); an unknown value is shown as it is."""
    if kind is None:
        return ""
    try:
        return BUNDLE_KINDS[BundleKind(kind)].label
    except ValueError:
        return str(kind)
