"""Writing a bundle: the parts, their manifest, its signature, in one deterministic zip.

Entry order is fixed (manifest.json, manifest.sig, then the parts in manifest order) and every
entry carries the bundle's creation time and plain file permissions, so the same content
always gives the same bytes. The file is written atomically.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .. import __version__
from ..domain.ids import new_uuid, utc_now
from .bundle_keys import encode_key, public_key_bytes, sign
from .bundle_manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    BundleKind,
    Manifest,
    Part,
    Party,
    is_valid_part_name,
    manifest_to_bytes,
)

_FILE_MODE = 0o100644 << 16  # a regular file, rw-r--r--


@dataclass(frozen=True, slots=True)
class BundleContent:
    """What goes into a bundle, before it is hashed, signed and zipped."""

    sender: Party
    receiver: Party | None
    kind: BundleKind
    parts: Sequence[tuple[str, bytes]]
    plan_uuid: str | None = None
    plan_revision: int | None = None


def build_manifest(
    content: BundleContent,
    key: Ed25519PrivateKey | None,
    *,
    created_at: datetime | None = None,
    bundle_uuid: str | None = None,
) -> Manifest:
    """The manifest of `content`: hashes and sizes of the parts, the signer's public key."""
    names = [name for name, _data in content.parts]
    if len(set(names)) != len(names) or not all(is_valid_part_name(n) for n in names):
        raise ValueError(f"bad part names: {names}")
    return Manifest(
        sender=content.sender,
        receiver=content.receiver,
        kind=content.kind,
        plan_uuid=content.plan_uuid,
        plan_revision=content.plan_revision,
        parts=tuple(
            Part(name, hashlib.sha256(data).hexdigest(), len(data)) for name, data in content.parts
        ),
        app_version=__version__,
        public_key=None if key is None else encode_key(public_key_bytes(key)),
        created_at=created_at or utc_now(),
        bundle_uuid=bundle_uuid or new_uuid(),
    )


def bundle_bytes(
    content: BundleContent,
    key: Ed25519PrivateKey | None,
    *,
    created_at: datetime | None = None,
    bundle_uuid: str | None = None,
) -> tuple[Manifest, bytes]:
    """The manifest and the zip bytes of a bundle; unsigned when `key` is None."""
    manifest = build_manifest(content, key, created_at=created_at, bundle_uuid=bundle_uuid)
    raw_manifest = manifest_to_bytes(manifest)
    entries: list[tuple[str, bytes]] = [(MANIFEST_NAME, raw_manifest)]
    if key is not None:
        entries.append((SIGNATURE_NAME, sign(key, raw_manifest)))
    entries.extend(content.parts)
    return manifest, zip_entries(entries, manifest.created_at)


def zip_entries(entries: Sequence[tuple[str, bytes]], when: datetime) -> bytes:
    """A zip of `entries` in the given order, every entry stamped with `when`."""
    buffer = io.BytesIO()
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = _FILE_MODE
            info.create_system = 3  # Unix, so the mode bits above are meaningful
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, then rename over it: never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:  # disk full, no permission …: no half file left beside the target
        temporary.unlink(missing_ok=True)
        raise


def write_bundle(
    path: Path, content: BundleContent, key: Ed25519PrivateKey | None
) -> tuple[Manifest, int]:
    """Write the bundle file atomically; returns its manifest and size in bytes."""
    manifest, data = bundle_bytes(content, key)
    write_bytes_atomically(path, data)
    return manifest, len(data)
