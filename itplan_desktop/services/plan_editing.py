"""An open plan being edited: the in-memory aggregate, its computations, and autosave.

The GUI edits `PlanEditor.plan` (under its undo commands), tells the editor which part it
touched, and calls `save()` — typically from a short idle timer — which writes exactly the
touched parts in one transaction. Nothing typed is lost: the database is the document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..domain import Appendix, Plan
from ..domain.appendix_engine import AppendixComputation, PlanBudget, plan_budget
from ..domain.findings import Finding
from ..domain.ids import utc_now
from ..domain.validation import validate_plan
from ..messages import UserError
from ..store import plan_parts
from ..store import plan_repository as repo
from ..store.database import Database
from ..store.kpi_store import save_task_progress

HEADER, SECTIONS, BUDGET, INDICATORS, APPENDIX_ORDER, TASK_PROGRESS = (
    "header",
    "sections",
    "budget",
    "indicators",
    "appendix_order",
    "task_progress",
)


@dataclass(frozen=True)
class SaveReport:
    parts: tuple[str, ...]


class PlanChangedElsewhere(UserError):
    """The stored plan is not the one this editor loaded (another program, or an import,
    changed it): saving would write a stale copy over it."""

    def __init__(self, title: str, have: int, mine: int) -> None:
        super().__init__("plan.changed_elsewhere", title=title, have=have, mine=mine)


class PlanEditor:
    """Holds one plan for editing. Parts: "header", "sections", "budget", "indicators",
    "task_progress", "appendix_order" and "appendix:<uuid>" for one appendix's layout and rows."""

    def __init__(self, db: Database, plan_uuid: str) -> None:
        self.db = db
        with db.session() as session:
            plan = repo.load_plan(session, plan_uuid)
        if plan is None:
            raise UserError("plan.not_found", ref=plan_uuid)
        self.plan: Plan = plan
        self._computations: dict[str, AppendixComputation] = {}
        self._dirty: set[str] = set()
        self.listeners: list[Callable[[str], None]] = []

    # ------------------------------------------------------------ computations
    def appendix(self, appendix_uuid: str) -> Appendix:
        return self.plan.appendix(appendix_uuid)

    def computation(self, appendix_uuid: str) -> AppendixComputation:
        """The live computation of an appendix; cell edits update it incrementally."""
        computation = self._computations.get(appendix_uuid)
        if computation is None:
            computation = AppendixComputation(self.appendix(appendix_uuid))
            self._computations[appendix_uuid] = computation
        return computation

    def budget(self) -> PlanBudget:
        return plan_budget(self.plan)

    def findings(self) -> list[Finding]:
        from .validation import today_findings

        return validate_plan(self.plan) + today_findings(self.db, self.plan)

    # ------------------------------------------------------------ dirty tracking
    def touch(self, part: str) -> None:
        """Record that `part` changed in memory; listeners hear of it (e.g. live findings)."""
        self._dirty.add(part)
        for listener in list(self.listeners):
            listener(part)

    def touch_appendix(self, appendix_uuid: str, *, structure: bool = False) -> None:
        """A cell changed (the computation was updated incrementally) or, with `structure`,
        rows or columns changed and the computation must be rebuilt."""
        if structure and appendix_uuid in self._computations:
            self._computations[appendix_uuid].rebuild()
        self.touch(f"appendix:{appendix_uuid}")

    def forget_computation(self, appendix_uuid: str) -> None:
        self._computations.pop(appendix_uuid, None)

    @property
    def dirty(self) -> bool:
        return bool(self._dirty)

    # ------------------------------------------------------------ saving
    def save(self, *, force: bool = False) -> SaveReport:
        """Write every touched part in one transaction; nothing is written on error.

        Every save raises the plan's revision by one (so a bundle made after it is newer
        than any made before). Optimistic check: the stored plan must still have the
        revision and time stamp this editor loaded or last wrote, else PlanChangedElsewhere
        (another process or an import changed it) and nothing is written; `force` writes
        over it all the same (the user chose to keep this copy)."""
        if not self._dirty:
            return SaveReport(())
        parts = tuple(sorted(self._dirty))
        loaded = (self.plan.revision, self.plan.updated_at)
        try:
            with self.db.session(immediate=True) as session:
                stored = plan_parts.stored_version(session, self.plan.uuid)
                if stored is None:
                    raise UserError("plan.not_found", ref=self.plan.uuid)
                if stored != loaded and not force:
                    raise PlanChangedElsewhere(self.plan.title, stored[0], loaded[0])
                self.plan.revision = max(stored[0], loaded[0]) + 1
                self.plan.updated_at = utc_now()
                self._write(session, parts)
        except BaseException:
            self.plan.revision, self.plan.updated_at = loaded
            raise
        self._dirty.clear()
        return SaveReport(parts)

    def _write(self, session: Session, parts: tuple[str, ...]) -> None:
        plan_parts.save_plan_fields(session, self.plan)
        if SECTIONS in self._dirty:
            plan_parts.save_sections(session, self.plan)
        if APPENDIX_ORDER in self._dirty:
            plan_parts.save_appendix_order(session, self.plan)
        existing = {a.uuid for a in self.plan.appendices}
        for part in parts:
            uuid = part.removeprefix("appendix:")
            if part.startswith("appendix:") and uuid in existing:
                plan_parts.save_appendix(session, self.plan, uuid)
        if INDICATORS in self._dirty:
            plan_parts.save_indicators(session, self.plan)
        if TASK_PROGRESS in self._dirty:
            save_task_progress(session, self.plan)

    def discard_changes(self) -> None:
        """Forget what was not saved (before reloading a plan changed elsewhere)."""
        self._dirty.clear()

    def reload(self) -> None:
        """Drop unsaved changes and read the plan again."""
        with self.db.session() as session:
            plan = repo.load_plan(session, self.plan.uuid)
        assert plan is not None
        self.plan = plan
        self._computations.clear()
        self._dirty.clear()
