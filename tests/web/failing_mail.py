"""A mail backend whose server refuses every message, as a mail server that is down does."""

from __future__ import annotations

from smtplib import SMTPException
from typing import Any

from django.core.mail.backends.base import BaseEmailBackend


class Backend(BaseEmailBackend):
    def send_messages(self, email_messages: Any) -> int:
        raise SMTPException("the mail server is down")
