"""Issue 17, finding 5 through the window: a folder with one corrupt bundle (a damaged deflate
stream) and three valid ones lists all four, the corrupt one with its reason."""

from __future__ import annotations

import struct
from pathlib import Path

from bundle_fixtures import district_database, province_database

from itplan_desktop.gui import i18n
from itplan_desktop.gui.application import make_application
from itplan_desktop.services import exchange as ex


def _corrupt_deflate(raw: bytes) -> bytes:
    data = bytearray(raw)
    at = raw.find(b"PK\x03\x04", raw.find(b"PK\x03\x04") + 4)  # the second entry's data
    name_length, extra_length = struct.unpack_from("<HH", data, at + 26)
    start = at + 30 + name_length + extra_length
    for offset in range(8):
        data[start + offset] ^= 0x5A
    return bytes(data)


def test_a_corrupt_bundle_does_not_hide_the_valid_ones(qtbot, tmp_path: Path, monkeypatch):
    from itplan_desktop.gui.shell.main_window import MainWindow

    folder = tmp_path / "inbox"
    folder.mkdir()
    for code, name in (("402", "Như Xuân"), ("403", "Như Thanh"), ("404", "Thường Xuân")):
        home = tmp_path / f"home-{code}"
        monkeypatch.setenv("ITPLAN_DATA_DIR", str(home))
        db, plan_uuid = district_database(home / "d.sqlite", code, name)
        ex.export_bundle(db, plan_uuid, "plan_submission", folder / f"{code}.itplan-bundle")
        db.close()
    good = (folder / "402.itplan-bundle").read_bytes()
    (folder / "000-corrupt.itplan-bundle").write_bytes(_corrupt_deflate(good))
    monkeypatch.setenv("ITPLAN_DATA_DIR", str(tmp_path / "province-home"))
    province = province_database(tmp_path / "p.sqlite")
    make_application()
    i18n.set_language("vi")
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.show()
    window.exchange.import_bundles([folder])
    dialog = window.exchange.import_dialog
    qtbot.waitUntil(lambda: len(dialog.entries) == 4 and not dialog.loading, timeout=20_000)
    names = [e.path.name for e in dialog.entries]
    assert sorted(names) == sorted(p.name for p in folder.iterdir())
    corrupt = next(e for e in dialog.entries if e.path.name.startswith("000"))
    assert corrupt.preview is None and corrupt.error  # listed, with the reason
    assert sum(1 for e in dialog.entries if e.preview is not None) == 3
    dialog.close()
    window.close()
    province.close()
