"""Reading and checking many plan files, on every core when there are more than a few.

A file's team is the first folder under the folder named on the command line
(``plans/North/smith.docx`` is team "North"); files named one by one, or lying
directly in the folder, have none.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from familyplan.plan import limits
from familyplan.quality.limits import POOL_FROM_FILES
from familyplan.quality.report import REPORT_FORMAT, REPORT_TITLE, summarise_plan

SUPPORTED = (".json", ".yaml", ".yml", ".docx", ".xlsx", ".csv")
# Plans saved in the older Word and Excel formats: not skipped as "not a plan", but read, and so
# refused with the reader's reason (save it as .docx or .xlsx), as `familyplan check` refuses them.
OLDER_OFFICE = (".doc", ".xls")
# Word and Excel keep a lock file beside a document that is open ("~$plan.docx").
_LOCK_PREFIX = "~$"


class TooManyFiles(ValueError):
    """More files than one report reads."""


@dataclass(frozen=True)
class PlanFile:
    path: Path
    name: str  # as shown in the report: relative to the folder named
    team: str = ""


@dataclass
class Found:
    files: list[PlanFile] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _skip_reason(path: Path) -> str | None:
    if path.name.startswith(_LOCK_PREFIX):
        return "a lock file left by Word or Excel"
    if path.name.startswith("."):
        return "a hidden file"
    if path.suffix.lower() not in SUPPORTED + OLDER_OFFICE:
        kind = f"'{path.suffix.lower()}' files" if path.suffix else "files with no extension"
        return f"not a plan file ({kind} are not read)"
    return None


def _in_folder(folder: Path, found: Found, seen: set[Path]) -> Iterator[PlanFile]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            path = Path(dirpath) / filename
            relative = path.relative_to(folder)
            reason = _skip_reason(path)
            if reason and path.resolve() not in seen:
                seen.add(path.resolve())
                found.skipped.append((str(relative), reason))
            if reason:
                continue
            team = relative.parts[0] if len(relative.parts) > 1 else ""
            yield PlanFile(path, str(relative), team)


def find_plan_files(paths: list[Path]) -> Found:
    """Every plan file named or under a folder named, and the files passed over with why."""
    found = Found()
    most = limits.current().report_files
    # A file reached twice ("plans" and "plans/North" both named) is read once, for its first path.
    seen: set[Path] = set()
    # Folders before files, and a folder before the folders inside it ("plans" before "plans/North"),
    # so that each plan's team is the folder under the widest folder named, however they are given.
    for path in sorted(paths, key=lambda p: (not p.is_dir(), len(p.resolve().parts))):
        if path.is_dir():
            for plan_file in _in_folder(path, found, seen):
                if plan_file.path.resolve() in seen:
                    continue
                seen.add(plan_file.path.resolve())
                found.files.append(plan_file)
                if len(found.files) > most:
                    raise TooManyFiles(
                        f"more than {limits.count(most)} plan files (limit FAMILYPLAN_LIMIT_REPORT_FILES): "
                        "report on fewer folders at a time"
                    )
        elif path.resolve() not in seen:
            # Named on its own: read (or refused with the reader's reason), never silently passed over.
            seen.add(path.resolve())
            found.files.append(PlanFile(path, str(path)))
    return found


# A report saved among the plans it reports on is passed over on the next run, not refused.
EARLIER_REPORT = "a quality report, not a plan"


def is_a_report(path: Path) -> bool:
    """A quality report's JSON or workbook, told by the mark each carries (looked for only in a
    file the readers refused, so plans cost nothing)."""
    import zipfile

    try:
        if path.suffix.lower() == ".json":
            with path.open("rb") as file:
                return REPORT_FORMAT.encode() in file.read(4096)
        if path.suffix.lower() == ".xlsx":
            with zipfile.ZipFile(path) as book, book.open("docProps/core.xml") as core:
                return REPORT_TITLE.encode() in core.read(16_384)
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    return False


# --- checking, in worker processes -------------------------------------------------------------

_settings: dict[str, Any] = {}


def _start_worker(today: dt.date, settings: Path | None) -> None:
    from familyplan.smart import load_catalogue

    _settings["today"] = today
    _settings["catalogue"] = load_catalogue(settings)


def _check_one(plan_file: PlanFile) -> tuple[PlanFile, dict[str, Any] | None, str]:
    """One file read and checked: its summary, or the one-line reason it was refused."""
    from familyplan.formats import ReadError, read_plan
    from familyplan.smart import check_plan

    today = _settings["today"]
    try:
        result = read_plan(plan_file.path, today=today)
    except ReadError as error:
        return plan_file, None, EARLIER_REPORT if is_a_report(plan_file.path) else error.reason
    except Exception as error:  # one damaged file must not stop a run over thousands
        return plan_file, None, f"could not be read ({type(error).__name__})"
    report = check_plan(result.plan, today=today, catalogue=_settings["catalogue"])
    return plan_file, summarise_plan(result.plan, report, today=today, team=plan_file.team), ""


def _load_checker() -> None:
    from familyplan.plan.models import Action, Goal, Plan
    from familyplan.smart import check_plan

    sample = Plan(
        goals=[Goal(outcome="Ben will be in school every day.", actions=[Action(how="Walk to school.")])],
        contingency="Grandma will help.",
    )
    check_plan(sample, today=_settings["today"], catalogue=_settings["catalogue"])


@dataclass
class Checked:
    summaries: list[dict[str, Any]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def check_files(
    files: list[PlanFile],
    *,
    today: dt.date,
    settings: Path | None = None,
    advance: Callable[[], None] = lambda: None,
    processes: int | None = None,
) -> Checked:
    """Read and check every file; with more than a few, in a pool of processes (one per core)."""
    results: list[tuple[PlanFile, dict[str, Any] | None, str]] = []
    workers = processes or os.cpu_count() or 1
    if len(files) < POOL_FROM_FILES or workers == 1:
        _start_worker(today, settings)
        for plan_file in files:
            results.append(_check_one(plan_file))
            advance()
    else:
        import multiprocessing

        # Load the checker's word lists and dictionaries once, here: the workers are forked
        # from this process and share them, instead of each loading its own copy.
        _start_worker(today, settings)
        _load_checker()
        chunk = max(1, min(16, len(files) // (workers * 8)))
        with multiprocessing.get_context("fork").Pool(workers, _start_worker, (today, settings)) as pool:
            for result in pool.imap_unordered(_check_one, files, chunksize=chunk):
                results.append(result)
                advance()
    results.sort(key=lambda r: r[0].name)
    checked = Checked()
    for plan_file, summary, reason in results:
        if reason == EARLIER_REPORT:
            checked.skipped.append((plan_file.name, reason))
        elif summary is None:
            checked.refused.append((plan_file.name, reason))
        else:
            checked.summaries.append(summary)
    return checked
