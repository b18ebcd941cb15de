"""The export service: atomic files, progress, cancel, appendix selection, messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from itplan_desktop.domain.plan import Plan
from itplan_desktop.messages import UserError
from itplan_desktop.services.pdf_export import export_plan_pdf, render_plan_pdf_bytes


def test_progress_reaches_total(nhu_xuan: Plan, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = export_plan_pdf(nhu_xuan, tmp_path / "x.pdf", progress=lambda d, t: seen.append((d, t)))
    assert path.is_file() and PdfReader(path).pages
    dones = [d for d, _t in seen]
    assert dones == sorted(dones) and seen[-1][0] == seen[-1][1]
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_cancel_leaves_no_file_and_keeps_an_old_one(nhu_xuan: Plan, tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(UserError) as error:
        export_plan_pdf(nhu_xuan, target, cancel=cancel)
    assert error.value.key == "pdf.cancelled"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_unknown_appendix_is_a_user_error(nhu_xuan: Plan, tmp_path: Path) -> None:
    with pytest.raises(UserError) as error:
        export_plan_pdf(nhu_xuan, tmp_path / "x.pdf", appendix=3)
    assert error.value.key == "pdf.no_such_appendix"
    assert "không có phụ lục số 3" in error.value.text
    assert list(tmp_path.iterdir()) == []


def test_bytes_for_the_preview(nhu_xuan: Plan) -> None:
    data = render_plan_pdf_bytes(nhu_xuan, appendix=1)
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
