"""What the `familyplan` command says on stderr: each message on one line, whatever the terminal's
width, so that a script or a log reads it whole; and its text as written, so that a file named
"[draft] plan.docx" keeps its brackets."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape


def console() -> Console:
    return Console(stderr=True, soft_wrap=True, highlight=False)


def say(message: str, label: str = "[bold red]familyplan:[/]") -> None:
    """``message`` after a label in markup; the message itself is printed as plain text."""
    console().print(f"{label} {escape(message)}")
