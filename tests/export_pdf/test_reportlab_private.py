"""ReportLab still has every private name the fast PDF path relies on
(`export/pdf/reportlab_private.py`), and no other module reaches for them itself."""

from __future__ import annotations

import re
from pathlib import Path

import reportlab

from itplan_desktop.export.pdf import reportlab_private

PACKAGE = Path(reportlab_private.__file__).resolve().parents[2]
# The private names of RELIED_ON as other code would reach them (our own `self._doc` aside).
PRIVATE = re.compile(r"(?<!self)\.(_doc|_doSave|_shadingUsed|_colorsUsed|_timeStamp)\b|\buseA85\b")


def test_reportlab_has_every_private_name_we_use():
    missing = reportlab_private.check()
    assert not missing, (
        f"ReportLab {reportlab.Version} changed its private API that the fast PDF path uses: "
        f"{missing}. Adapt itplan_desktop/export/pdf/reportlab_private.py (docs/pdf.md)."
    )


def test_only_the_one_module_uses_them():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "reportlab_private.py":
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if PRIVATE.search(line.split("#")[0]):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert not offenders, offenders


def test_binary_streams_puts_the_switch_back():
    from reportlab import rl_config

    before = rl_config.useA85
    with reportlab_private.binary_streams():
        assert rl_config.useA85 == 0
    assert rl_config.useA85 == before
