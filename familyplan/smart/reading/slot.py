"""One part of a statement the reader found."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Slot:
    """One part of a statement the reader found: its name, where it is, and its words."""

    name: str
    start: int
    end: int
    text: str
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"slot": self.name, "start": self.start, "end": self.end, "text": self.text}
        if self.note:
            out["note"] = self.note
        return out
