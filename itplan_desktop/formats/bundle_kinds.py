"""The bundle kinds, defined once: which way each travels, whether it carries a plan, and its
label (a catalogue message, Vietnamese and English). The writer, the reader's authorisation,
the import, the CLI and the GUI all read this table; a new kind is one `BundleKind` value, one
`KindSpec` here and its label in `bundle_messages`."""

from __future__ import annotations

from dataclasses import dataclass

from ..messages import message
from . import bundle_messages  # noqa: F401  (registers the bundle.kind.* labels)
from .bundle_manifest import BundleKind


@dataclass(frozen=True, slots=True)
class KindSpec:
    """One kind: `upward` is district (or commune) → province; `from_province` only the
    province may send it; `label_id` names its label in the message catalogue."""

    kind: BundleKind
    upward: bool
    from_province: bool = False

    @property
    def label_id(self) -> str:
        return f"bundle.kind.{self.kind.value}"

    @property
    def label(self) -> str:
        """The label in the current language ("Kế hoạch gửi lên tỉnh")."""
        return message(self.label_id)


BUNDLE_KINDS: dict[BundleKind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(BundleKind.PLAN_SUBMISSION, upward=True),
        KindSpec(BundleKind.PROGRESS_REPORT, upward=True),
        KindSpec(BundleKind.PROVINCE_TEMPLATE, upward=False, from_province=True),
        KindSpec(BundleKind.REVIEW_COMMENTS, upward=False),
    )
}
UPWARD_KINDS: tuple[BundleKind, ...] = tuple(k for k, s in BUNDLE_KINDS.items() if s.upward)


def kind_label(kind: BundleKind | str | None) -> str:
    """The label of a kind (or of its stored value); an unknown value is shown as it is."""
    if kind is None:
        return ""
    try:
        return BUNDLE_KINDS[BundleKind(kind)].label
    except ValueError:
        return str(kind)
