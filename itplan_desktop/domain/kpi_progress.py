"""Progress of the plan's tasks (tiến độ thực hiện nhiệm vụ): one record per appendix item row.

A task is not started, in progress or done, with the amount disbursed (giải ngân) per year in
whole đồng, so the periodic report can set budget executed against budget planned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .ids import new_uuid, utc_now


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return TASK_STATUS_LABELS[self]


TASK_STATUS_LABELS: dict[TaskStatus, str] = {
    TaskStatus.NOT_STARTED: "Chưa triển khai",
    TaskStatus.IN_PROGRESS: "Đang triển khai",
    TaskStatus.DONE: "Hoàn thành",
}


@dataclass(slots=True)
class TaskProgress:
    """The progress of the task of appendix row `row_uuid`; `disbursed` maps year → đồng."""

    row_uuid: str
    status: TaskStatus = TaskStatus.NOT_STARTED
    disbursed: dict[int, int] = field(default_factory=dict)
    note: str = ""
    updated_at: datetime = field(default_factory=utc_now)
    uuid: str = field(default_factory=new_uuid)

    def disbursed_until(self, year: int) -> int:
        """Disbursed in every year up to and including `year`."""
        return sum(amount for y, amount in self.disbursed.items() if y <= year)


@dataclass(frozen=True, slots=True)
class TaskLine:
    """One task: where it is, what was planned by year and what was done."""

    appendix_number: int
    appendix_title: str
    row_uuid: str
    label: str
    name: str
    planned: dict[int, int]
    status: TaskStatus
    disbursed: dict[int, int]
    note: str

    def planned_until(self, year: int) -> int:
        return sum(amount for y, amount in self.planned.items() if y <= year)

    def disbursed_until(self, year: int) -> int:
        return sum(amount for y, amount in self.disbursed.items() if y <= year)

    @property
    def planned_total(self) -> int:
        return sum(self.planned.values())

    @property
    def disbursed_total(self) -> int:
        return sum(self.disbursed.values())
