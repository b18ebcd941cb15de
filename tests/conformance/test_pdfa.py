"""docs/format.md "PDF files": PDF/A-1b (TCVN 14159-1:2024) as an export option, every kind."""

from __future__ import annotations

import struct

import pytest
from kinds import ALL
from pdfa_check import check_pdfa_1b

from itplan_desktop.export.pdf.icc_profile import srgb_profile


@pytest.mark.parametrize("kind", ALL)
def test_TCVN_14159_1_pdfa_1b_archival_copy(archival, kind):
    assert check_pdfa_1b(archival[kind].path) == []


@pytest.mark.parametrize("kind", ["plan-nhu_xuan", "kpi_report", "appendix-nhu_xuan-1"])
def test_TCVN_14159_1_ordinary_copy_is_not_claimed_pdfa(documents, kind):
    """Without the option the file is not PDF/A (the checker sees it), so it can fail."""
    problems = check_pdfa_1b(documents[kind].path)
    assert "no XMP metadata in the catalog" in problems and "no output intent" in problems


@pytest.mark.parametrize("kind", ["plan-nhu_xuan", "appendix-thanh_hoa-4", "kpi_comparison"])
def test_TCVN_14159_1_pdfa_prints_the_same_pages(documents, archival, kind):
    """The archival copy has the same pages and text as the ordinary one."""
    plain, pdfa = documents[kind], archival[kind]
    assert len(plain.pages) == len(pdfa.pages)
    assert [p.text for p in plain.pages] == [p.text for p in pdfa.pages]


def test_srgb_profile_is_a_version_2_display_profile():
    """The profile computed from IEC 61966-2-1: v2.1, 'mntr', RGB -> XYZ, the nine tags of a
    matrix/TRC profile, each inside the file."""
    data = srgb_profile()
    assert struct.unpack(">I", data[:4])[0] == len(data)
    assert (
        data[8:10] == bytes((2, 0x10)) and data[12:24] == b"mntrRGB XYZ " and data[36:40] == b"acsp"
    )
    (count,) = struct.unpack(">I", data[128:132])
    tags = {}
    for index in range(count):
        signature, offset, size = struct.unpack(">4sII", data[132 + 12 * index : 144 + 12 * index])
        assert offset + size <= len(data) and offset % 4 == 0
        tags[signature] = data[offset : offset + size]
    assert set(tags) == {
        b"desc",
        b"cprt",
        b"wtpt",
        b"rXYZ",
        b"gXYZ",
        b"bXYZ",
        b"rTRC",
        b"gTRC",
        b"bTRC",
    }
    white = [v / 65536 for v in struct.unpack(">3i", tags[b"wtpt"][8:20])]
    primaries = [struct.unpack(">3i", tags[k][8:20]) for k in (b"rXYZ", b"gXYZ", b"bXYZ")]
    summed = [sum(p[i] for p in primaries) / 65536 for i in range(3)]
    assert all(abs(a - b) < 0.002 for a, b in zip(white, summed, strict=True))  # D50
    curve = struct.unpack(">I1024H", tags[b"rTRC"][8:])
    assert curve[0] == 1024 and curve[1] == 0 and curve[-1] == 65535
    assert abs(curve[1 + 512] / 65535 - ((512 / 1023 + 0.055) / 1.055) ** 2.4) < 1e-4


def test_TCVN_14159_1_pdfa_from_the_command_line(province_db, tmp_path):
    """`--pdfa` of `itplan export pdf`, `itplan kpi report` and `itplan kpi-compare`."""
    from itplan_desktop.cli import main

    db = ["--db", str(province_db.path)]
    plan = "698731bc"  # the Như Xuân sample
    commands = {
        "plan.pdf": ["export", "pdf", "--plan", plan],
        "report.pdf": ["kpi", "report", "--plan", plan, "--period", "2017-H1"],
        "compare.pdf": ["kpi-compare", "--province", "38", "--period", "2018"],
    }
    for name, command in commands.items():
        out = tmp_path / name
        assert main([*command, "--out", str(out), "--pdfa", *db]) == 0, name
        assert check_pdfa_1b(out) == [], name
        assert main([*command, "--out", str(tmp_path / f"plain-{name}"), *db]) == 0
        assert "no output intent" in check_pdfa_1b(tmp_path / f"plain-{name}")
