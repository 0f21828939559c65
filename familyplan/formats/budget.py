"""The rows and cells of one file counted as they are read, so that a file past the limits is
refused where it passes them, before it is read whole."""

from __future__ import annotations

from collections.abc import Sequence

from familyplan.plan.limits import LimitExceeded, Limits, count, current


class CellBudget:
    """Counts the rows and cells of one file as they are read, and stops at the limits."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or current()
        self.cells = 0

    def row(self, where: str, number: int, cells: Sequence[str]) -> None:
        """Row ``number`` (from 1) of table ``where`` has been read: refuse it if it is over a limit."""
        limits = self.limits
        if number > limits.rows:
            raise LimitExceeded(f"{where}, row {count(number)}", f"{count(limits.rows)} rows", "rows")
        self.cells += len(cells)
        if self.cells > limits.cells:
            raise LimitExceeded(
                f"{where}, row {count(number)}", f"{count(limits.cells)} cells in the file", "cells"
            )
        for column, text in enumerate(cells, start=1):
            if len(text) > limits.cell_chars:
                raise LimitExceeded(
                    f"{where}, row {count(number)}, column {column}",
                    f"{count(limits.cell_chars)} characters in a cell",
                    "cell_chars",
                )
