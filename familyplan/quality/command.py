"""`familyplan quality-report`: every plan in a council's folders checked, and the report written."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer

from familyplan.stderr import console, say

EXIT_UNREADABLE = 2


def _fail(message: str) -> None:
    say(message)
    raise typer.Exit(EXIT_UNREADABLE)


def quality_report(
    paths: Annotated[
        list[Path], typer.Argument(help="Folders of plans (read with their sub-folders), or files.")
    ],
    html: Annotated[Path | None, typer.Option("--html", help="Write the report as a web page here.")] = None,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", help="Write the figures as an Excel workbook here.")
    ] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the figures as JSON here.")] = None,
    since: Annotated[
        Path | None, typer.Option("--since", help="An earlier report's JSON: say what improved or got worse.")
    ] = None,
    today: Annotated[str | None, typer.Option(help="The date to check against, YYYY-MM-DD.")] = None,
    settings: Annotated[
        Path | None,
        typer.Option("--settings", help="A council settings file (YAML): rules switched off, extra words."),
    ] = None,
) -> None:
    """Check every plan in a council's folders and report plan quality, as a QA lead reads it."""
    from familyplan.smart import SettingsError, load_catalogue

    if not (html or xlsx or json_path):
        _fail("say where to write the report: --html, --xlsx and/or --json")
    try:
        day = dt.date.fromisoformat(today) if today else dt.date.today()
    except ValueError:
        _fail(f"--today must be a date written YYYY-MM-DD, not '{today}'")
        return
    try:
        catalogue = load_catalogue(settings)
    except SettingsError as error:
        _fail(str(error))
        return
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    outputs = [p for p in (json_path, html, xlsx) if p is not None]
    _check_outputs(outputs)
    report = _report(paths, since, day, settings, catalogue)
    if not report["files"]["read"]:
        _fail("no plan could be read, so no report was written")
    _write_outputs(report, html, xlsx, json_path)
    say(f"Written: {', '.join(str(p) for p in outputs)}", label="[green]Report[/]")


def _check_outputs(outputs: list[Path]) -> None:
    """Refuse, before hours of reading, a report that could not be written where it is asked for."""
    for path in outputs:
        folder = path.parent if str(path.parent) else Path(".")
        if path.is_dir():
            _fail(f"{path}: is a folder; give the report a file name")
        if not folder.is_dir():
            _fail(f"{path}: cannot write the report there (no folder called {folder})")
        if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            _fail(f"{path}: cannot write the report there (permission denied)")


def _report(
    paths: list[Path], since: Path | None, day: dt.date, settings: Path | None, catalogue: Any
) -> dict[str, Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from familyplan.quality.files import TooManyFiles, check_files, find_plan_files
    from familyplan.quality.report import ReportFileError, build_report, compare, load_report

    earlier = None
    try:
        earlier = load_report(since) if since is not None else None
        found = find_plan_files(paths)
    except (ReportFileError, TooManyFiles) as error:
        _fail(str(error))
        raise AssertionError from error  # unreachable: _fail exits
    err = console()
    columns = (TextColumn("Checking plans"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("Checking plans", total=len(found.files))
        checked = check_files(
            found.files, today=day, settings=settings, advance=lambda: progress.advance(task)
        )
    report = build_report(
        checked.summaries,
        today=day,
        refused=checked.refused,
        skipped=found.skipped + checked.skipped,
        catalogue=catalogue,
    )
    if earlier is not None:
        report["since"] = compare(report, earlier)
    files = report["files"]
    err.print(
        f"{files['read']} plan(s) read, {files['refused']} refused, {files['skipped']} skipped.",
        highlight=False,
    )
    for name, reason in checked.refused[:20]:
        say(f"{name}: {reason}", label="[yellow]Refused:[/]")
    if len(checked.refused) > 20:
        err.print(f"... and {len(checked.refused) - 20} more (all are in the report).", highlight=False)
    return report


def _write_outputs(
    report: dict[str, Any], html: Path | None, xlsx: Path | None, json_path: Path | None
) -> None:
    from familyplan.quality.html import render_html
    from familyplan.quality.xlsx import write_xlsx

    try:
        if json_path:
            json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if html:
            html.write_text(render_html(report), encoding="utf-8")
        if xlsx:
            write_xlsx(report, xlsx)
    except OSError as error:
        _fail(f"{error.filename}: cannot write the report ({error.strerror})")
