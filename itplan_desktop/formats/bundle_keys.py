"""Ed25519 keys of an installation: the bundle signature and the fingerprint read over the phone.

Each installation makes one key pair on first use and keeps it in the user's data folder
(`keys/bundle_ed25519.pem`, private, mode 0600). The province registers each district's public
key once, after both officers have read the fingerprint to each other over the phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..messages import UserError
from ..paths import data_dir
from . import bundle_messages as _messages  # noqa: F401  (registers "bundle.*" texts)

PRIVATE_KEY_NAME = "bundle_ed25519.pem"
PASSPHRASE_ENV = "ITPLAN_KEY_PASSPHRASE"
"""For scripts: the passphrase of an encrypted private key (PKCS#8, the best encryption
`cryptography` offers), used when this process has not been given one with `unlock`; a new
key is written encrypted with it."""
MIN_PASSPHRASE = 8
"""Fewest characters of a passphrase set with `protect_private_key`."""
_session: dict[str, bytes] = {}  # the passphrase given in this process, by key file
PUBLIC_KEY_FORMAT = "itplan-public-key"
PUBLIC_KEY_SUFFIX = ".itplan-key"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


def keys_dir() -> Path:
    return data_dir() / "keys"


def load_or_create_private_key(folder: Path | None = None) -> Ed25519PrivateKey:
    """This installation's private key, created (mode 0600) the first time it is needed."""
    path = (folder or keys_dir()) / PRIVATE_KEY_NAME
    if path.exists():
        return _read_private_key(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    _write_private_key(path, key, _passphrase(path))
    return key


def _passphrase(path: Path | None = None) -> bytes | None:
    """The passphrase given to this process for the key at `path` (`unlock`), else the
    environment's."""
    if path is not None and str(path) in _session:
        return _session[str(path)]
    text = os.environ.get(PASSPHRASE_ENV, "")
    return text.encode("utf-8") if text else None


def is_protected(folder: Path | None = None) -> bool:
    """Whether the private key is kept encrypted with a passphrase."""
    path = (folder or keys_dir()) / PRIVATE_KEY_NAME
    return path.exists() and b"ENCRYPTED" in path.read_bytes()[:64]


def is_locked(folder: Path | None = None) -> bool:
    """Whether the private key is encrypted and this process has no passphrase that opens it
    (the user must be asked before anything is signed)."""
    if not is_protected(folder):
        return False
    try:
        load_or_create_private_key(folder)
    except UserError:
        return True
    return False


def unlock(passphrase: str, folder: Path | None = None) -> None:
    """Keep `passphrase` for this process once it opens the key; `bundle.key_bad_passphrase`
    when it does not (nothing is kept)."""
    path = (folder or keys_dir()) / PRIVATE_KEY_NAME
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase.encode())
    except (TypeError, ValueError):
        raise UserError("bundle.key_wrong_passphrase") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError("bundle.key_invalid", path=path)
    _session[str(path)] = passphrase.encode("utf-8")


def protect_private_key(passphrase: str, folder: Path | None = None) -> Path:
    """Re-write this installation's private key encrypted with `passphrase`, or in the clear
    when it is "" (the key, and so its fingerprint, stay the same). The key must be open (see
    `unlock`); this process keeps the new passphrase."""
    if passphrase and len(passphrase) < MIN_PASSPHRASE:
        raise UserError("bundle.key_short_passphrase", count=MIN_PASSPHRASE)
    path = (folder or keys_dir()) / PRIVATE_KEY_NAME
    key = load_or_create_private_key(folder)
    _write_private_key(path, key, passphrase.encode("utf-8") or None)
    if passphrase:
        _session[str(path)] = passphrase.encode("utf-8")
    else:
        _session.pop(str(path), None)
    return path


def _write_private_key(path: Path, key: Ed25519PrivateKey, passphrase: bytes | None) -> None:
    encryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    temporary.replace(path)


def _read_private_key(path: Path) -> Ed25519PrivateKey:
    passphrase = _passphrase(path)
    raw = path.read_bytes()
    try:
        key = serialization.load_pem_private_key(raw, password=passphrase)
    except TypeError:  # encrypted and no passphrase given, or a passphrase for a plain key
        if passphrase is None:
            raise UserError("bundle.key_locked", path=path, env=PASSPHRASE_ENV) from None
        key = serialization.load_pem_private_key(raw, password=None)
    except ValueError:
        raise UserError("bundle.key_bad_passphrase", path=path, env=PASSPHRASE_ENV) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UserError("bundle.key_invalid", path=path)
    return key


def public_key_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The raw 32 bytes of a public key (of a private key's pair)."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(*_RAW)


def encode_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def decode_key(text: str) -> bytes | None:
    """Raw public key bytes from base64, or None when it is not a 32-byte key."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    return raw if len(raw) == 32 else None


def fingerprint(raw_public_key: bytes) -> str:
    """ "K3QD-7XWA-M2PF-QJ5N": four groups of four base32 letters of SHA-256 of the raw key,
    short enough to read over the phone, long enough (80 bits) not to be forged."""
    digest = base64.b32encode(hashlib.sha256(raw_public_key).digest()).decode("ascii")
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def verify(raw_public_key: bytes, signature: bytes, data: bytes) -> bool:
    """Whether `signature` is a valid signature of `data` by that key."""
    try:
        Ed25519PublicKey.from_public_bytes(raw_public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class PublicKeyFile:
    """A public key as exchanged once between a district and the province."""

    org_code: str
    org_name: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def export_public_key(path: Path, org_code: str, org_name: str, raw_public_key: bytes) -> Path:
    """Write this installation's public key file (JSON; the fingerprint is there to read)."""
    data = {
        "format": PUBLIC_KEY_FORMAT,
        "version": 1,
        "org_code": org_code,
        "org_name": org_name,
        "public_key": encode_key(raw_public_key),
        "fingerprint": fingerprint(raw_public_key),
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_public_key_file(path: Path) -> PublicKeyFile:
    """Read a public key file; anything else is refused with a clear message."""
    try:
        if path.stat().st_size > 64 * 1024:
            raise UserError("bundle.key_invalid", path=path)
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise UserError("bundle.key_invalid", path=path) from None
    if not isinstance(data, dict) or data.get("format") != PUBLIC_KEY_FORMAT:
        raise UserError("bundle.key_invalid", path=path)
    raw = decode_key(data.get("public_key") or "")
    code, name = data.get("org_code"), data.get("org_name", "")
    if raw is None or not isinstance(code, str) or not isinstance(name, str):
        raise UserError("bundle.key_invalid", path=path)
    return PublicKeyFile(code, name, raw)
