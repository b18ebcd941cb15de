"""Issue 17, item 6: the private key can be kept encrypted with a passphrase."""

from __future__ import annotations

import pytest

from itplan_desktop.formats import bundle_keys as keys
from itplan_desktop.messages import UserError


def test_a_key_protected_by_a_passphrase(tmp_path, monkeypatch):
    folder = tmp_path / "keys"
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    plain = keys.load_or_create_private_key(folder)
    fingerprint = keys.fingerprint(keys.public_key_bytes(plain))
    path = keys.protect_private_key("mật khẩu dài", folder)
    assert b"ENCRYPTED" in path.read_bytes()
    with pytest.raises(UserError) as locked:
        keys.load_or_create_private_key(folder)
    assert locked.value.key == "bundle.key_locked"
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "sai")
    with pytest.raises(UserError) as wrong:
        keys.load_or_create_private_key(folder)
    assert wrong.value.key == "bundle.key_bad_passphrase"
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "mật khẩu dài")
    again = keys.load_or_create_private_key(folder)
    assert keys.fingerprint(keys.public_key_bytes(again)) == fingerprint


def test_a_new_key_is_written_encrypted_when_a_passphrase_is_set(tmp_path, monkeypatch):
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "pp")
    keys.load_or_create_private_key(tmp_path)
    assert b"ENCRYPTED" in (tmp_path / keys.PRIVATE_KEY_NAME).read_bytes()
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    with pytest.raises(UserError):
        keys.load_or_create_private_key(tmp_path)
