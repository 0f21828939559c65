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
    """A table row that did not become part of the plan, and why."""

    where: str
    reason: str
    text: str = ""
