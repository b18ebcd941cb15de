"""Third-party notices: every package the application runs on, its licence and licence text,
read from the installed distributions' metadata.

`python build/build.py` writes them into the bundle (`itplan_desktop/resources/
THIRD-PARTY-NOTICES.txt`, shipped by the installer too); the About box shows that file, or
the same text generated from the running installation when there is none (source tree, wheel).

    python -m itplan_desktop.notices [OUTPUT]
"""

from __future__ import annotations

import re
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .paths import resource

PROJECT = "itplan-desktop"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
# Distributions whose wheels carry no licence file: the licence text we ship for them.
LICENCE_TEXTS = {
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "pyside6-pdf": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
}
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Notice:
    """One component: name, version, licence (SPDX expression or the metadata's words), texts."""

    name: str
    version: str
    licence: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(requirements: list[str]) -> list[metadata.Distribution]:
    """The installed distributions `requirements` pull in, without optional extras (other
    markers are not evaluated: a requirement for another platform is simply not installed)."""
    found: dict[str, metadata.Distribution] = {}
    todo = _names(requirements)
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[_key(name)] = dist
        todo += _names(dist.requires or [])
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def _names(requirements: list[str]) -> list[str]:
    """The distribution names of requirement lines, leaving out those of optional extras."""
    names = []
    for line in requirements:
        requirement, _semicolon, marker = line.partition(";")
        match = _REQUIREMENT_NAME.match(requirement.strip())
        if match and "extra" not in marker:
            names.append(match.group(0))
    return names


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get_all("License-Expression") or []
    if expression:
        return str(expression[0])
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    words = str((meta.get_all("License") or [""])[0]).strip().splitlines()
    return "; ".join(filter(None, [words[0] if words else "", *classifiers])) or "unknown"


def _texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    texts = []
    for file in dist.files or []:
        if ".dist-info" in str(file) and _LICENCE_FILE.search(file.name):
            located = Path(str(dist.locate_file(file)))
            if located.is_file():
                texts.append((file.name, located.read_text("utf-8", errors="replace")))
    for name in LICENCE_TEXTS.get(_key(dist.metadata["Name"]), ()):
        texts.append((name, resource("licenses", name).read_text("utf-8")))
    return tuple(texts)


def python_notice() -> Notice:
    """The Python interpreter and standard library (PSF licence)."""
    licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    text = licence.read_text("utf-8", errors="replace") if licence.is_file() else ""
    version = ".".join(str(n) for n in sys.version_info[:3])
    return Notice("Python", version, "PSF-2.0", (("LICENSE.txt", text),) if text else ())


def collect_notices(requirements: list[str] | None = None) -> list[Notice]:
    """Python, every distribution `requirements` pull in (by default the installed project's
    own), and the shipped fonts."""
    if requirements is None:
        requirements = metadata.distribution(PROJECT).requires or []
    notices = [python_notice()]
    for dist in runtime_distributions(requirements):
        if _key(dist.metadata["Name"]) != _key(PROJECT):
            notices.append(
                Notice(dist.metadata["Name"], dist.version, _licence(dist), _texts(dist))
            )
    font = resource("fonts", "LICENSE-LiberationSerif.txt")
    notices.append(
        Notice(
            "Liberation Serif fonts",
            "2.1",
            "OFL-1.1",
            (("LICENSE-LiberationSerif.txt", font.read_text("utf-8")),),
        )
    )
    notices += data_notices()
    return notices


UNITS_CURRENT = """\
resources/units/current.json: the codes, names and kinds of the 34 provinces and 3.321
communes in force since 1 July 2025 — the official list of the General Statistics Office of
Viet Nam (Cục Thống kê, https://danhmuchanhchinh.gso.gov.vn/) as packaged by vietnam-provinces
2025.10.1 (Nguyễn Hồng Quân, https://github.com/sunshine-tech/VietnamProvinces, licensed
GPL-3.0-or-later). Only these facts were extracted, by tools/units_catalogue.py; no code or
other content of vietnam-provinces is included, and it is not a dependency of the program.
/ Mã, tên, loại của 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu từ 01/07/2025 theo danh
mục của Cục Thống kê, lấy từ gói vietnam-provinces 2025.10.1 (GPL-3.0-or-later); chỉ trích
các dữ kiện này, không kèm mã nguồn của gói.
"""
UNITS_FORMER = """\
resources/units/former.json: the 63 provinces, 696 districts and 10.035 communes before
1 July 2025 and the current commune(s) each former commune went into, from vietnamadminunits
1.0.4 (Tran Ngoc Minh Hieu, https://github.com/tranngocminhhieu/vietnamadminunits: dataset.db,
converter_2025.json), MIT licence below; current-commune codes re-resolved against the list
above where the two differ. / Đơn vị hành chính trước 01/07/2025 và đơn vị mới mà mỗi xã cũ
hợp nhất vào, lấy từ gói vietnamadminunits 1.0.4 (giấy phép MIT).
"""


def data_notices() -> list[Notice]:
    """The data copied into the program (the units catalogue): where each file came from,
    under which licence, with the licence text where it asks to be kept (MIT)."""
    mit = resource("licenses", "MIT-vietnamadminunits.txt").read_text("utf-8")
    return [
        Notice("Danh mục đơn vị hành chính (data: vietnam-provinces)", "2025.10.1",
               "official list (Cục Thống kê); package GPL-3.0-or-later",
               (("units/current.json", UNITS_CURRENT),)),
        Notice("Đơn vị hành chính cũ (data: vietnamadminunits)", "1.0.4", "MIT",
               (("units/former.json", UNITS_FORMER), ("LICENSE", mit))),
    ]  # fmt: skip


def render(notices: list[Notice], extra: str = "") -> str:
    """The notices file: a summary table, then each component with its licence texts."""
    lines = [
        "itplan-desktop — third-party notices / Thông báo về phần mềm của bên thứ ba",
        "",
        "itplan-desktop itself is MIT-licensed. It bundles the components below, each under its",
        "own licence. Qt and PySide6 are used under the GNU LGPL version 3: they are shipped",
        "as separate shared libraries, which you may replace with your own build.",
        "",
    ]
    width = max(len(n.name) for n in notices)
    lines += [f"  {n.name.ljust(width)}  {n.version:<12} {n.licence}" for n in notices]
    for notice in notices:
        lines += ["", "=" * 78, f"{notice.name} {notice.version} — {notice.licence}", "=" * 78]
        if not notice.texts:
            lines.append("(the distribution ships no licence file)")
        for name, text in notice.texts:
            lines += ["", f"--- {name} ---", "", text.rstrip()]
    if extra:
        lines += ["", extra.rstrip()]
    return "\n".join(lines) + "\n"


def shipped_notices() -> str | None:
    """The notices file written into the bundle by the build, if this is a bundle."""
    shipped = resource(NOTICES_FILE)
    return shipped.read_text("utf-8") if shipped.is_file() else None


def notices_text() -> str:
    """What the About box shows: the shipped file, else the notices of this installation."""
    return shipped_notices() or render(collect_notices())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render(collect_notices())
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
