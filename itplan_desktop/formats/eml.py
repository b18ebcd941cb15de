"""An e-mail draft (.eml) with the bundle attached, for the user to send from their own mail
program. `X-Unsent: 1` makes Outlook open it as a draft ready to send; Thunderbird opens it
with "Edit as new"."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path

from .bundle_writer import write_bytes_atomically

BUNDLE_MIME = ("application", "octet-stream")


def draft_message(
    bundle_path: Path,
    *,
    to_address: str | None,
    subject: str,
    body: str,
    from_address: str | None = None,
) -> EmailMessage:
    """The draft: To (may be empty for the user to fill), subject, body, the bundle attached."""
    mail = EmailMessage(policy=SMTP)
    if to_address:
        mail["To"] = to_address
    if from_address:
        mail["From"] = from_address
    mail["Subject"] = subject
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain="itplan.local")
    mail["X-Unsent"] = "1"
    mail.set_content(body, charset="utf-8")
    mail.add_attachment(
        bundle_path.read_bytes(),
        maintype=BUNDLE_MIME[0],
        subtype=BUNDLE_MIME[1],
        filename=bundle_path.name,
    )
    return mail


def write_eml(
    path: Path,
    bundle_path: Path,
    *,
    to_address: str | None,
    subject: str,
    body: str,
    from_address: str | None = None,
) -> Path:
    """Write the draft atomically beside the bundle (or wherever `path` says)."""
    mail = draft_message(
        bundle_path, to_address=to_address, subject=subject, body=body, from_address=from_address
    )
    write_bytes_atomically(path, mail.as_bytes())
    return path
