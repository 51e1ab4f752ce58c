"""Outgoing mail: SMTP by ``SMTP_URL``, or files under ./var/mail/ without it."""

from __future__ import annotations

import asyncio
import smtplib
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from urllib.parse import unquote, urlparse

from core.settings import Settings


def _message(settings: Settings, to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    msg["Message-ID"] = f"<{uuid.uuid4()}@porosia>"
    msg.set_content(body)
    return msg


def _send_smtp(url: str, msg: EmailMessage) -> None:
    parsed = urlparse(url)
    cls = smtplib.SMTP_SSL if parsed.scheme == "smtps" else smtplib.SMTP
    with cls(parsed.hostname or "localhost", parsed.port or 0, timeout=30) as smtp:
        if parsed.scheme == "smtp" and parsed.port == 587:
            smtp.starttls()
        if parsed.username:
            smtp.login(unquote(parsed.username), unquote(parsed.password or ""))
        smtp.send_message(msg)


def _write_file(settings: Settings, msg: EmailMessage) -> None:
    folder = settings.var_dir / "mail"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    (folder / f"{stamp}-{uuid.uuid4().hex[:8]}.eml").write_bytes(bytes(msg))


async def send_mail(settings: Settings, to: str, subject: str, body: str) -> None:
    msg = _message(settings, to, subject, body)
    if settings.smtp_url:
        await asyncio.to_thread(_send_smtp, settings.smtp_url, msg)
    else:
        await asyncio.to_thread(_write_file, settings, msg)
