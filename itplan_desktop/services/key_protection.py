"""The passphrase of this installation's private key: whether one is set, asking for it once
per session, setting, changing and removing it. The key and its fingerprint never change."""

from __future__ import annotations

from ..formats import bundle_keys as keys
from ..messages import UserError

MIN_PASSPHRASE = keys.MIN_PASSPHRASE


def key_is_protected() -> bool:
    """Whether the private key is kept encrypted with a passphrase."""
    return keys.is_protected()


def key_is_locked() -> bool:
    """Whether the passphrase must be asked before anything is signed in this session."""
    return keys.is_locked()


def unlock_key(passphrase: str) -> None:
    """Open the key for this session; `bundle.key_wrong_passphrase` when it does not."""
    keys.unlock(passphrase)


def set_key_passphrase(passphrase: str, repeated: str) -> str:
    """Protect the key with `passphrase` (at least `MIN_PASSPHRASE` characters) after checking
    the two entries agree; the key must be open. Returns the (unchanged) fingerprint."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError("bundle.key_short_passphrase", count=MIN_PASSPHRASE)
    if passphrase != repeated:
        raise UserError("bundle.key_passphrases_differ")
    keys.protect_private_key(passphrase)
    return _fingerprint()


def remove_key_passphrase() -> str:
    """Write the key in the clear again (it must be open); returns its fingerprint."""
    keys.protect_private_key("")
    return _fingerprint()


def _fingerprint() -> str:
    return keys.fingerprint(keys.public_key_bytes(keys.load_or_create_private_key()))
