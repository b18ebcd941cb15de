"""Table of task progress (schema 0003): one row per appendix item row a district reports on.

Same `Base` as the plan tables; created by migration 0003. Disbursed amounts are a JSON object
year → whole đồng, the shape of the plan file codec.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class TaskProgressRecord(Base):
    __tablename__ = "task_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    row_uuid: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16))
    disbursed: Mapped[dict[str, Any]]
    note: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
