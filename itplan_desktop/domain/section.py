"""The narrative of a plan: a tree of numbered headings, each with paragraphs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from .ids import new_uuid


class ParagraphStyle(StrEnum):
    """How a body paragraph prints: plain text or one of the two bullet levels."""

    TEXT = "text"
    DASH = "dash"  # "- " first-level bullet
    PLUS = "plus"  # "+ " second-level bullet


class SectionKind(StrEnum):
    """Ordinary text, or the place where the budget summary prints (before the body)."""

    TEXT = "text"
    BUDGET = "budget"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of body text; `text` never contains the bullet character itself."""

    text: str
    style: ParagraphStyle = ParagraphStyle.TEXT


@dataclass(slots=True)
class Section:
    """A heading with its body and sub-sections.

    The printed number ("I.", "1.", "a)") is derived from the position in the tree and the
    plan's outline styles; `label` overrides it where a document numbers by hand. A section of
    kind BUDGET prints the budget summary (total, amount in words, split by source) first.
    """

    heading: str
    body: list[Paragraph] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    label: str | None = None
    kind: SectionKind = SectionKind.TEXT
    uuid: str = field(default_factory=new_uuid)

    def walk(self, depth: int = 1) -> Iterator[tuple[int, Section]]:
        """This section and every descendant, depth-first, with their depth (1 = top)."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


def walk_sections(sections: list[Section]) -> Iterator[tuple[int, Section]]:
    """Every section of a forest, depth-first, with its depth."""
    for section in sections:
        yield from section.walk()
