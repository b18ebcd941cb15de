"""Checks on an untrusted file before any spreadsheet parser reads it.

A .xlsx is a zip of XML parts. Refused here, each with its own message: files over the size
limit; OLE compound files (signature D0 CF 11 E0: password-encrypted .xlsx or old .xls);
anything that is not a zip; zips whose entry count, total uncompressed size or compression
ratio exceed sane limits (zip bombs); Word/PowerPoint documents; binary .xlsb workbooks.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from ...messages import Phrase, UserError
from . import import_messages  # noqa: F401  (registers the messages)

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_SIGNATURE = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


@dataclass(frozen=True)
class Limits:
    """What an appendix workbook may hold; far above any real plan, far below harm."""

    file_bytes: int = 25 * 1024 * 1024
    zip_entries: int = 1_000
    uncompressed_bytes: int = 250 * 1024 * 1024
    entry_ratio: int = 200  # uncompressed / compressed size of one entry over 1 MiB
    sheets: int = 100
    rows: int = 20_000
    columns: int = 200
    cells: int = 1_000_000


DEFAULT_LIMITS = Limits()


def check_workbook_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise a UserError unless `path` looks like a safe, plain .xlsx workbook."""
    name = path.name
    if not path.is_file():
        raise UserError("cli.file_not_found", path=path)
    size = path.stat().st_size
    if size == 0:
        raise UserError("xlsx.empty_file")
    if size > limits.file_bytes:
        raise UserError("xlsx.too_large", size=size, limit=limits.file_bytes)
    with open(path, "rb") as handle:
        head = handle.read(8)
        if head == OLE_SIGNATURE:
            body = head + handle.read()
            key = "xlsx.encrypted" if _ENCRYPTED_STREAM in body else "xlsx.legacy_xls"
            raise UserError(key, name=name)
    if head[:4] != ZIP_SIGNATURE:
        raise UserError("xlsx.not_spreadsheet", name=name)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UserError("xlsx.not_spreadsheet", name=name) from None
    _check_entries(name, entries, limits)
    _check_kind(name, {entry.filename for entry in entries})


def _check_entries(name: str, entries: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(entries) > limits.zip_entries:
        detail = Phrase("xlsx.zip.entries", count=len(entries), limit=limits.zip_entries)
        raise UserError("xlsx.zip_limits", name=name, detail=detail)
    total = 0
    for entry in entries:
        total += entry.file_size
        if total > limits.uncompressed_bytes:
            detail = Phrase("xlsx.zip.size", limit=limits.uncompressed_bytes)
            raise UserError("xlsx.zip_limits", name=name, detail=detail)
        ratio_limit = max(entry.compress_size, 1) * limits.entry_ratio
        if entry.file_size > 1024 * 1024 and entry.file_size > ratio_limit:
            ratio = entry.file_size // max(entry.compress_size, 1)
            detail = Phrase("xlsx.zip.ratio", name=entry.filename, ratio=ratio)
            raise UserError("xlsx.zip_limits", name=name, detail=detail)


def _check_kind(name: str, names: set[str]) -> None:
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise UserError("xlsx.binary_workbook", name=name)
    if "word/document.xml" in names:
        raise UserError("xlsx.is_word", name=name)
    if any(n.startswith(("ppt/", "word/")) for n in names):
        raise UserError("xlsx.is_other_office", name=name)
    raise UserError("xlsx.not_spreadsheet", name=name)
