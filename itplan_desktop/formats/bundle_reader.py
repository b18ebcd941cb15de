"""Reading a bundle safely: every check happens before anything is trusted or stored.

Order: the file (size, zip structure), the entries (names, symlinks, duplicates, count,
declared sizes), the manifest and its signature, then each part (read with a byte cap, size
and SHA-256 against the manifest), then the contents (the plan file and the small parts).
Every refusal is a `UserError` with a message for the user; nothing here touches a database.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.dti_assessment import Assessment
from ..domain.dti_index import DtIndex
from ..messages import UserError
from . import bundle_dti
from . import bundle_messages as _messages  # noqa: F401  (registers "bundle.*" texts)
from . import format_messages as _format_messages  # noqa: F401
from .bundle_keys import decode_key, verify
from .bundle_kinds import BUNDLE_KINDS, Payload
from .bundle_manifest import (
    ACTUALS_PART,
    ASSESSMENT_PART,
    COMMENTS_PART,
    INDEX_PART,
    MANIFEST_NAME,
    PLAN_PART,
    SIGNATURE_NAME,
    TEMPLATE_PART,
    Manifest,
    is_valid_part_name,
    manifest_from_bytes,
)
from .bundle_parts import (
    ReviewComment,
    TemplateInfo,
    actuals_from_bytes,
    comments_from_bytes,
    template_from_bytes,
)
from .plan_file import PlanDocument, document_from_data, loads, parse_json, read_regular_file

_ZIP_MAGIC = b"PK\x03\x04"
_SYMLINK = 0o120000
_FILE_TYPE = 0o170000
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What a bundle may hold; a district bundle is some tens of kilobytes. A self-assessment
    carries one part per evidence file, hence room for some hundreds of entries (the byte
    limits, not the count, are what protects memory)."""

    max_file_bytes: int = 64 * 1024 * 1024
    max_entries: int = 256
    max_part_bytes: int = 32 * 1024 * 1024
    max_total_bytes: int = 64 * 1024 * 1024
    max_manifest_bytes: int = 256 * 1024
    max_signature_bytes: int = 1024


DEFAULT_LIMITS = Limits()


@dataclass(slots=True)
class BundleContents:
    """A verified bundle. `public_key` is set when the signature verified with it."""

    name: str
    manifest: Manifest
    file_sha256: str
    file_size: int
    public_key: bytes | None
    parts: dict[str, bytes]
    document: PlanDocument | None = None
    comments: list[ReviewComment] = field(default_factory=list)
    template: TemplateInfo | None = None
    actual_count: int = 0
    index: DtIndex | None = None
    assessment: Assessment | None = None

    @property
    def signed(self) -> bool:
        return self.public_key is not None


def read_bundle(path: Path, limits: Limits = DEFAULT_LIMITS) -> BundleContents:
    """Read and verify the bundle at `path`, or refuse it with a UserError. A pipe, a device
    or a folder is refused before anything is read, and the size before the file is."""
    path = Path(path)
    try:
        raw = read_regular_file(path, limits.max_file_bytes, "bundle.file_too_large")
    except OSError as error:
        raise UserError("bundle.unreadable", name=path.name, detail=error.strerror) from None
    return read_bundle_bytes(raw, path.name, limits)


def read_bundle_bytes(
    raw: bytes, name: str = "bundle", limits: Limits = DEFAULT_LIMITS
) -> BundleContents:
    """Verify a bundle held in memory (see `read_bundle`). Whatever a hostile file makes the
    zip, inflate or JSON code raise is a refusal naming the file, never a traceback."""
    try:
        return _read_bundle_bytes(raw, name, limits)
    except UserError:
        raise
    except RecursionError:
        raise UserError("bundle.unreadable", name=name, detail="nested too deeply") from None
    except Exception as error:
        detail = f"{type(error).__name__}: {str(error)[:200]}"
        raise UserError("bundle.unreadable", name=name, detail=detail) from None


def _read_bundle_bytes(raw: bytes, name: str, limits: Limits) -> BundleContents:
    if len(raw) > limits.max_file_bytes:
        raise UserError("bundle.file_too_large", size=len(raw), limit=limits.max_file_bytes)
    archive = _open_zip(raw, name)
    with archive:
        if _foreign_zip(archive):
            raise UserError("bundle.not_a_bundle", name=name)
        infos = _checked_entries(archive, limits)
        manifest_raw = _read_entry(archive, infos, MANIFEST_NAME, limits.max_manifest_bytes)
        if manifest_raw is None:
            raise UserError("bundle.manifest_missing")
        manifest = manifest_from_bytes(manifest_raw)
        public_key = _verified_key(archive, infos, manifest, manifest_raw, limits)
        parts = _read_parts(archive, infos, manifest, name, limits)
    contents = BundleContents(
        name=name,
        manifest=manifest,
        file_sha256=hashlib.sha256(raw).hexdigest(),
        file_size=len(raw),
        public_key=public_key,
        parts=parts,
    )
    _decode_parts(contents)
    return contents


def _open_zip(raw: bytes, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        key = "bundle.truncated" if raw.startswith(_ZIP_MAGIC) else "bundle.not_zip"
        raise UserError(key, name=name) from None


OFFICE_MARKERS = ("[Content_Types].xml", "mimetype")
"""Entries that make a zip an Office Open XML (.xlsx, .docx) or OpenDocument file."""


def _foreign_zip(archive: zipfile.ZipFile) -> bool:
    """Another program's zip (an .xlsx renamed .itplan-bundle …): Office markers, or no
    manifest and none of our part names. Said as "not a bundle", not as an attack."""
    names = archive.namelist()
    if any(marker in names for marker in OFFICE_MARKERS):
        return True
    return MANIFEST_NAME not in names and not any(is_valid_part_name(n) for n in names)


def unsafe_name(entry: str) -> bool:
    """Traversal, absolute paths, drive letters, backslashes, or anything not a part name."""
    if entry in (MANIFEST_NAME, SIGNATURE_NAME):
        return False
    if "\\" in entry or entry.startswith("/") or _DRIVE.match(entry) or ".." in entry.split("/"):
        return True
    return not is_valid_part_name(entry)


def _checked_entries(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise UserError("bundle.too_many_parts", count=len(infos), limit=limits.max_entries)
    found: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        entry = info.filename
        if (info.external_attr >> 16) & _FILE_TYPE == _SYMLINK:
            raise UserError("bundle.symlink", entry=entry)
        if unsafe_name(entry) or info.is_dir():
            raise UserError("bundle.bad_name", entry=entry)
        if entry in found:
            raise UserError("bundle.duplicate_entry", entry=entry)
        if info.file_size > limits.max_part_bytes:
            raise UserError("bundle.too_large", entry=entry, limit=limits.max_part_bytes)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise UserError("bundle.too_large", entry=entry, limit=limits.max_total_bytes)
        found[entry] = info
    return found


def _read_entry(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], entry: str, cap: int
) -> bytes | None:
    """The entry's bytes, counting while decompressing: more than its declared size (or the
    cap) is refused as a zip bomb without inflating the rest."""
    info = infos.get(entry)
    if info is None:
        return None
    limit = min(info.file_size, cap)
    probe = copy.copy(info)
    probe.file_size = 1 << 62  # let zipfile inflate past a lying size; we count ourselves
    chunks: list[bytes] = []
    produced = 0
    try:
        with archive.open(probe) as handle:
            while chunk := handle.read(_CHUNK):
                produced += len(chunk)
                if produced > limit:
                    raise UserError("bundle.too_large", entry=entry, limit=limit)
                chunks.append(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as error:
        raise UserError("bundle.truncated", name=f"{entry}: {error}") from None
    except (NotImplementedError, RuntimeError) as error:  # compression method, encryption
        raise UserError("bundle.unreadable", name=entry, detail=str(error)[:200]) from None
    data = b"".join(chunks)
    if len(data) != info.file_size:
        raise UserError("bundle.size_mismatch", entry=entry)
    return data


def _verified_key(
    archive: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    manifest: Manifest,
    manifest_raw: bytes,
    limits: Limits,
) -> bytes | None:
    """The signer's raw public key when the bundle is signed; a bad signature is refused."""
    signature = _read_entry(archive, infos, SIGNATURE_NAME, limits.max_signature_bytes)
    if signature is None:
        return None
    key = decode_key(manifest.public_key or "")
    if key is None or not verify(key, signature, manifest_raw):
        raise UserError("bundle.signature_invalid")
    return key


def _read_parts(
    archive: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    manifest: Manifest,
    name: str,
    limits: Limits,
) -> dict[str, bytes]:
    listed = {p.name for p in manifest.parts}
    for entry in infos:
        if entry not in listed and entry not in (MANIFEST_NAME, SIGNATURE_NAME):
            raise UserError("bundle.unlisted_entry", entry=entry)
    parts: dict[str, bytes] = {}
    for part in manifest.parts:
        if part.name in parts:
            raise UserError("bundle.duplicate_entry", entry=part.name)
        data = _read_entry(archive, infos, part.name, limits.max_part_bytes)
        if data is None:
            raise UserError("bundle.missing_part", entry=part.name)
        if len(data) != part.size:
            raise UserError("bundle.size_mismatch", entry=part.name)
        if hashlib.sha256(data).hexdigest() != part.sha256:
            raise UserError("bundle.hash_mismatch", entry=part.name)
        parts[part.name] = data
    return parts


def _decode_parts(contents: BundleContents) -> None:
    parts, manifest = contents.parts, contents.manifest
    spec = BUNDLE_KINDS[manifest.kind]
    for name in parts:
        if not spec.allows(name):
            raise UserError("bundle.part_not_allowed", entry=name, kind=spec.label)
    if INDEX_PART in parts:
        contents.index = bundle_dti.decode_index(parts[INDEX_PART])
    if ASSESSMENT_PART in parts:
        contents.assessment = bundle_dti.decode_assessment(parts)
    elif spec.payload is Payload.ASSESSMENT:
        raise UserError("bundle.missing_part", entry=ASSESSMENT_PART)
    if spec.payload is Payload.INDEX and contents.index is None:
        raise UserError("bundle.missing_part", entry=INDEX_PART)
    if PLAN_PART in parts:
        contents.document, contents.actual_count = _plan_document(
            parts[PLAN_PART], parts.get(ACTUALS_PART)
        )
        plan = contents.document.plan
        if plan.uuid != manifest.plan_uuid or plan.revision != manifest.plan_revision:
            raise UserError("bundle.plan_mismatch")
    elif ACTUALS_PART in parts:
        raise UserError("bundle.missing_part", entry=PLAN_PART)
    if COMMENTS_PART in parts:
        contents.comments = comments_from_bytes(parts[COMMENTS_PART])
    if TEMPLATE_PART in parts:
        contents.template = template_from_bytes(parts[TEMPLATE_PART])


def _plan_document(plan_raw: bytes, actuals_raw: bytes | None) -> tuple[PlanDocument, int]:
    """The plan file, with the actuals merged in before the plan file's own checks run."""
    count = 0
    try:
        if actuals_raw is None:
            return loads(plan_raw), 0
        observations = actuals_from_bytes(actuals_raw)
        count = len(observations)
        data = parse_json(plan_raw.decode("utf-8"))
        if isinstance(data, dict) and isinstance(data.get("plan"), dict):
            data["plan"]["observations"] = observations
        return document_from_data(data), count
    except UserError as error:
        if error.key.startswith("bundle."):
            raise
        raise UserError("bundle.invalid_plan", detail=error.text) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError("bundle.invalid_plan", detail=str(error)) from None
