"""E-mail drafts of what the province sends down: the template's deadline and note in the
body, the districts as addressees, no To unless given (the province address is for bundles
going up)."""

from __future__ import annotations

import email
from datetime import date
from email import policy
from pathlib import Path

from itplan_desktop.services import exchange as ex


def _draft(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)  # type: ignore[return-value]


def test_template_draft_carries_deadline_and_note(province, tmp_path: Path):
    ex.set_province_email(province, "so@thanhhoa.gov.vn")
    out = tmp_path / "mau.itplan-bundle"
    result = ex.export_bundle(
        province, "dad9f2b9", "province_template", out, eml=True,
        deadline=date(2026, 12, 31), note="Gửi kèm bản quét có chữ ký.",
    )  # fmt: skip
    draft = _draft(result.eml_path)
    assert draft["To"] is None  # not the province's own address
    body = draft.get_body(("plain",)).get_content()
    assert body.splitlines()[0] == "Kính gửi: các đơn vị cấp huyện"
    assert "trước ngày 31 tháng 12 năm 2026" in body and "Gửi kèm bản quét có chữ ký." in body
    assert body.index("trước ngày 31") < body.index("Dấu vân tay")
    result = ex.export_bundle(
        province, "dad9f2b9", "province_template", out, eml=True, to_address="huyen@tt.vn"
    )
    assert _draft(result.eml_path)["To"] == "huyen@tt.vn"
