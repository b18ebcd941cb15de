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
    keys._session.clear()  # the next run of the program
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


def test_unlock_keeps_the_passphrase_for_the_session_only_when_it_is_right(tmp_path, monkeypatch):
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    folder = tmp_path / "keys"
    keys.load_or_create_private_key(folder)
    assert not keys.is_protected(folder) and not keys.is_locked(folder)
    keys.protect_private_key("mật khẩu dài", folder)
    keys._session.clear()  # a new session: the passphrase is not known
    assert keys.is_protected(folder) and keys.is_locked(folder)
    with pytest.raises(UserError) as wrong:
        keys.unlock("sai mật khẩu", folder)
    assert wrong.value.key == "bundle.key_wrong_passphrase"
    assert keys.is_locked(folder)
    keys.unlock("mật khẩu dài", folder)
    assert not keys.is_locked(folder)
    keys.load_or_create_private_key(folder)  # signs without asking again


def test_a_short_passphrase_or_two_that_differ_are_refused(monkeypatch):
    from itplan_desktop.services.key_protection import set_key_passphrase

    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    before = (
        (keys.keys_dir() / keys.PRIVATE_KEY_NAME).read_bytes()
        if (keys.keys_dir() / keys.PRIVATE_KEY_NAME).exists()
        else None
    )
    with pytest.raises(UserError) as short:
        set_key_passphrase("ngắn", "ngắn")
    assert short.value.key == "bundle.key_short_passphrase" and "8" in short.value.text
    with pytest.raises(UserError) as differ:
        set_key_passphrase("mật khẩu một", "mật khẩu hai")
    assert differ.value.key == "bundle.key_passphrases_differ"
    path = keys.keys_dir() / keys.PRIVATE_KEY_NAME
    assert before is None or path.read_bytes() == before
    assert not keys.is_protected()


def test_the_command_line_protects_asks_and_unprotects(monkeypatch, capsys):
    """`itplan bundle key --protect`; a script (no terminal) is then refused with the message
    naming the variable; with it the key signs; `--unprotect` writes it in the clear again."""
    import io

    from itplan_desktop.cli import main

    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    assert main(["bundle", "key"]) == 0
    fingerprint = capsys.readouterr().out.split()[-1].strip(".")
    monkeypatch.setattr("sys.stdin", io.StringIO("mật khẩu của xã\n"))
    assert main(["bundle", "key", "--protect", "--passphrase-stdin"]) == 0
    said = capsys.readouterr().out
    assert "bảo vệ" in said and fingerprint in said
    keys._session.clear()  # the next run of the program
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["bundle", "key"]) == 1
    refused = capsys.readouterr().err
    assert "mật khẩu" in refused and keys.PASSPHRASE_ENV in refused
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "mật khẩu của xã")
    assert main(["bundle", "key"]) == 0
    assert fingerprint in capsys.readouterr().out
    assert main(["bundle", "key", "--unprotect"]) == 0
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    keys._session.clear()
    assert not keys.is_protected() and main(["bundle", "key"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["--lang", "en", "bundle", "key", "--protect", "--passphrase-stdin"]) == 1
    assert "at least 8 characters" in capsys.readouterr().err


def _terminal_session(argv: list[str], env: dict[str, str], answers: list[str]) -> str:
    """Run the program on a pseudo-terminal (as a clerk at a console), answering each
    passphrase prompt in turn; everything it printed."""
    import os
    import pty
    import select
    import sys
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: the program, the terminal its controlling one
        os.execve(sys.executable, [sys.executable, "-m", "itplan_desktop.cli", *argv], env)
    out, pending, deadline = b"", list(answers), time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
        if pending and out.count("khóa riêng: ".encode()) > len(answers) - len(pending):
            os.write(fd, (pending.pop(0) + "\n").encode())
    os.waitpid(pid, 0)
    os.close(fd)
    return out.decode("utf-8", "replace")


def test_at_a_terminal_the_passphrase_is_asked_and_a_wrong_one_asked_again(tmp_path):
    import os

    folder = tmp_path / "home"
    key = keys.load_or_create_private_key(folder / "keys")
    fingerprint = keys.fingerprint(keys.public_key_bytes(key))
    keys.protect_private_key("mật khẩu của xã", folder / "keys")
    env = {k: v for k, v in os.environ.items() if k != keys.PASSPHRASE_ENV}
    env["ITPLAN_DATA_DIR"] = str(folder)
    printed = _terminal_session(["bundle", "key"], env, ["sai rồi", "mật khẩu của xã"])
    assert printed.count("Mật khẩu của khóa riêng: ") == 2
    assert "Mật khẩu không đúng" in printed
    assert fingerprint in printed
    assert "mật khẩu của xã" not in printed  # not echoed
