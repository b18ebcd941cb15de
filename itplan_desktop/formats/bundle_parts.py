"""The small JSON parts of a bundle besides the plan: actuals, review comments, template info.

Each part is a JSON object with its own `format` name and `version`. Parsing refuses anything
malformed with `bundle.invalid_part` naming the part.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from ..domain import Observation
from ..domain.ids import new_uuid, utc_now
from ..messages import UserError
from .bundle_manifest import ACTUALS_PART, COMMENTS_PART, TEMPLATE_PART
from .plan_codec import observation_to_json

ACTUALS_FORMAT = "itplan-actuals"
COMMENTS_FORMAT = "itplan-comments"
TEMPLATE_FORMAT = "itplan-template"


class TargetKind(StrEnum):
    """What a review comment is attached to."""

    PLAN = "plan"
    SECTION = "section"
    APPENDIX_ROW = "appendix_row"


@dataclass(frozen=True, slots=True)
class ReviewComment:
    """A reviewer's remark on a plan, a section or an appendix row (by UUID)."""

    plan_uuid: str
    target_kind: TargetKind
    target_uuid: str
    text: str
    author: str = ""
    created_at: datetime = field(default_factory=utc_now)
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """What comes with a province template besides the plan outline: the deadline and a note."""

    deadline: date | None
    note: str = ""


def _dumps(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def _load(raw: bytes, name: str, format_name: str) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError("bundle.invalid_part", entry=name, detail=str(error)) from None
    if not isinstance(data, dict) or data.get("format") != format_name:
        raise UserError("bundle.invalid_part", entry=name, detail="format")
    if data.get("version") != 1:
        raise UserError("bundle.invalid_part", entry=name, detail="version")
    return data


def actuals_to_bytes(plan_uuid: str, observations: list[Observation]) -> bytes:
    items = [observation_to_json(o) for o in sorted(observations, key=lambda o: o.uuid)]
    return _dumps(
        {"format": ACTUALS_FORMAT, "version": 1, "plan_uuid": plan_uuid, "observations": items}
    )


def actuals_from_bytes(raw: bytes) -> list[dict[str, Any]]:
    """The observations as plan-file JSON; the plan file's schema checks them once merged."""
    data = _load(raw, ACTUALS_PART, ACTUALS_FORMAT)
    items = data.get("observations")
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise UserError("bundle.invalid_part", entry=ACTUALS_PART, detail="observations")
    return items


def comments_to_bytes(comments: list[ReviewComment]) -> bytes:
    items = [
        {
            "uuid": c.uuid,
            "plan_uuid": c.plan_uuid,
            "target_kind": c.target_kind.value,
            "target_uuid": c.target_uuid,
            "text": c.text,
            "author": c.author,
            "created_at": c.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        for c in comments
    ]
    return _dumps({"format": COMMENTS_FORMAT, "version": 1, "comments": items})


def comments_from_bytes(raw: bytes) -> list[ReviewComment]:
    data = _load(raw, COMMENTS_PART, COMMENTS_FORMAT)
    try:
        return [_comment(item) for item in data["comments"]]
    except (KeyError, TypeError, ValueError) as error:
        raise UserError("bundle.invalid_part", entry=COMMENTS_PART, detail=str(error)) from None


def _comment(item: dict[str, Any]) -> ReviewComment:
    created = datetime.fromisoformat(str(item["created_at"]).replace("Z", "+00:00"))
    texts = [item["uuid"], item["plan_uuid"], item["target_uuid"], item["text"], item["author"]]
    if created.tzinfo is None or not all(isinstance(t, str) for t in texts):
        raise ValueError("comment")
    return ReviewComment(
        uuid=item["uuid"],
        plan_uuid=item["plan_uuid"],
        target_kind=TargetKind(item["target_kind"]),
        target_uuid=item["target_uuid"],
        text=item["text"],
        author=item["author"],
        created_at=created,
    )


def template_to_bytes(info: TemplateInfo) -> bytes:
    deadline = None if info.deadline is None else info.deadline.isoformat()
    return _dumps(
        {"format": TEMPLATE_FORMAT, "version": 1, "deadline": deadline, "note": info.note}
    )


def template_from_bytes(raw: bytes) -> TemplateInfo:
    data = _load(raw, TEMPLATE_PART, TEMPLATE_FORMAT)
    try:
        deadline = data.get("deadline")
        note = data.get("note", "")
        if not isinstance(note, str):
            raise ValueError("note")
        return TemplateInfo(None if deadline is None else date.fromisoformat(deadline), note)
    except (TypeError, ValueError) as error:
        raise UserError("bundle.invalid_part", entry=TEMPLATE_PART, detail=str(error)) from None
