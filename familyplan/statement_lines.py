"""`familyplan lint-statements`: each line of input read into a statement and checked, in order.

A malformed line gets an error line of its own and the run goes on. Long inputs are
checked in batches by a pool of processes, one per core, forked after the checker's
word lists and dictionaries are loaded so that each process shares them; the output
keeps the order of the input.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import Any

from familyplan.smart import Catalogue, Context, Kind, check_cells, explain_statement

_KINDS = ", ".join(k.value for k in Kind)
# Lines a process checks at a time: enough that handing batches out costs little.
BATCH_LINES = 500

# What every batch is checked against; set before the pool forks, so each process has it.
_job: dict[str, Any] = {}


def text_lines(raw: io.BufferedReader | Any) -> io.TextIOWrapper:
    """The lines of a file as text: UTF-8, with or without the mark Windows puts at its start, or
    UTF-16 as some Windows programs save it (told by its mark)."""
    start = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    utf16 = start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    return io.TextIOWrapper(raw, encoding="utf-16" if utf16 else "utf-8-sig", newline=None)


def read_line(line: str, number: int) -> tuple[str, Kind, Context, tuple[str, ...]] | str:
    """The statement, its kind, its action's cells and which of them the line gives (an empty
    cell given is checked as a plan's empty cell is); or, for a malformed line, what is wrong."""
    try:
        row = json.loads(line)
        text, kind = row["text"], Kind(row["kind"])
        context = Context(who=str(row.get("who") or ""), when=str(row.get("when") or ""))
        given = tuple(cell for cell in ("who", "when") if cell in row)
        if not isinstance(text, str):
            raise TypeError
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
        return f'line {number}: expected {{"text": "...", "kind": "..."}}'
    except ValueError:
        return f"line {number}: kind must be one of {_KINDS}, not '{row['kind']}'"
    return text, kind, context, given


def verdict_lines(
    source: Iterable[str], catalogue: Catalogue, today: dt.date | None, processes: int | None = None
) -> Iterator[tuple[str, bool]]:
    """For each non-blank input line, in order: its output line, and whether the input was malformed."""
    _job.update(catalogue=catalogue, today=today)
    numbered = ((n, line) for n, line in enumerate(source, 1) if line.strip())
    batches = _batches(numbered)
    first, second = next(batches, []), next(batches, None)
    workers = processes or os.cpu_count() or 1
    if second is None or workers == 1:
        for batch in chain([first], [second] if second else [], batches):
            yield from _check_batch(batch)
        return
    import multiprocessing

    _check_batch([(0, '{"text": "Mum will walk Ben to school every day.", "kind": "action"}')])
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending = chain([first, second], batches)
        # A few batches per process at a time: the input is never all held in memory.
        while window := list(islice(pending, workers * 4)):
            for results in pool.imap(_check_batch, window):
                yield from results


def _batches(numbered: Iterator[tuple[int, str]]) -> Iterator[list[tuple[int, str]]]:
    while batch := list(islice(numbered, BATCH_LINES)):
        yield batch


def _check_batch(batch: list[tuple[int, str]]) -> list[tuple[str, bool]]:
    catalogue: Catalogue = _job["catalogue"]
    today: dt.date | None = _job["today"]
    out = []
    for number, line in batch:
        parsed = read_line(line, number)
        if isinstance(parsed, str):
            out.append((json.dumps({"error": parsed}, ensure_ascii=False), True))
            continue
        text, kind, context, given = parsed
        explained = explain_statement(text, kind, today=today, catalogue=catalogue, context=context)
        cells = check_cells(kind, context, today=today, catalogue=catalogue, given=given, action=text)
        verdict = explained.as_dict(cells)
        out.append((json.dumps(verdict, ensure_ascii=False), False))
    return out
