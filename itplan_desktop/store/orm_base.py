"""The declarative base every table of the database file maps onto, and its UTC datetime
type; apart from `models` so that the exchange and index tables (which `models` imports, to
register them on the same metadata) need not import `models` back."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, DateTime, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

__all__ = ["Base", "UTCDateTime"]


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime; SQLite keeps no zone, so it is stripped on write, put back on read."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; store aware UTC times only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    if TYPE_CHECKING:
        # DeclarativeBase types it FromClause (any selectable); every class here declares
        # its columns, so its table is a Table (what the Core inserts of plan_writer take).
        __table__: ClassVar[Table]

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UTCDateTime()}  # noqa: RUF012
