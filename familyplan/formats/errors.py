"""What a reader says when a file, or part of one, cannot become a plan."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ReadError(Exception):
    """A file that cannot be read as a plan. ``str()`` is one line: "FILE: reason"."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = " ".join(reason.split())
        super().__init__(f"{self.path.name}: {self.reason}")


@dataclass(frozen=True)
class RowProblem:
    """Part of a file that did not come in as written, and why: a table row left out, or a value
    the database keeps otherwise (a second lead, a review kind it does not know)."""

    where: str
    reason: str
    text: str = ""
