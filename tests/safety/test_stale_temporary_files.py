"""Issue 17, finding 7: an export killed half-way leaves its hidden temporary file beside the
target; the next start removes it (and only the files of dead processes)."""

from __future__ import annotations

import os

from plan_factories import SAMPLES

from itplan_desktop.export.temp_files import clean_stale, tracked
from itplan_desktop.formats.plan_file import read_plan_file
from itplan_desktop.services.pdf_export import export_plan_pdf


def test_a_killed_pdf_export_leaves_a_file_the_next_start_removes(tmp_path):
    plan = read_plan_file(SAMPLES / "nhu_xuan_2016_2020.itplan.json").plan
    out = tmp_path / "out"
    out.mkdir()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child, killed as by a power cut half-way

        def progress(done: int, total: int) -> None:
            os._exit(9)

        export_plan_pdf(plan, out / "plan.pdf", progress=progress)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 9
    left = list(out.iterdir())
    assert left and all(p.name.startswith(".plan.pdf.") for p in left)
    removed = clean_stale()
    assert set(removed) >= set(left)
    assert list(out.iterdir()) == []


def test_the_files_of_a_live_export_are_kept(tmp_path):
    mine = tmp_path / ".x.xlsx.tmp"
    mine.write_bytes(b"partial")
    with tracked(mine):
        assert clean_stale() == [] or mine not in clean_stale()
        assert mine.exists()
    assert clean_stale() == [] or mine not in clean_stale()
