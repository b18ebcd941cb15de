"""Tables of the digital-transformation index (schema 0005): indices, assessments, attachments.

An index and an assessment are kept as their file documents (JSON, the formats of
`formats/dti_index_file.py` and `formats/dti_assessment_file.py`, attachments left out), with
the columns a listing needs beside them; evidence files are kept once each, by SHA-256.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .orm_base import Base


class DtiIndexRecord(Base):
    __tablename__ = "dti_index"
    __table_args__ = (UniqueConstraint("code", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    document: Mapped[dict[str, Any]]
    saved_at: Mapped[datetime]


class DtiAssessmentRecord(Base):
    __tablename__ = "dti_assessment"
    __table_args__ = (UniqueConstraint("index_code", "unit_code", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    index_code: Mapped[str] = mapped_column(String(64))
    index_version: Mapped[int] = mapped_column(Integer)
    unit_code: Mapped[str] = mapped_column(String(20), index=True)
    unit_name: Mapped[str] = mapped_column(Text)
    period: Mapped[int] = mapped_column(Integer)
    document: Mapped[dict[str, Any]]
    saved_at: Mapped[datetime]


class DtiAttachmentRecord(Base):
    __tablename__ = "dti_attachment"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
