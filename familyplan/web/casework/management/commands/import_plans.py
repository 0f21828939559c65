"""`familyplan import PATH... --as USERNAME`: plans from files, each file whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from familyplan.web.accounts.commands import day_given, refuse, user_named
from familyplan.web.casework.importing import FileResult, files_in, import_batch

STYLES = {"imported": "green", "would import": "cyan", "already imported": "yellow", "failed": "bold red"}


def _table(results: list[FileResult]) -> Table:
    table = Table(title="Import", expand=True)
    for column in ("File", "Result", "Family", "Why, and what did not come in as written"):
        table.add_column(column)
    for r in results:
        notes = [r.reason] if r.reason else []
        if r.status == "would import":
            notes.append(f"{r.goals} goal(s), {r.actions} action(s)")
        notes += [f"{p.where}: {p.reason}" + (f' "{p.text}"' if p.text else "") for p in r.problems]
        would_make = f"{r.family_name} family" if r.family_name else ""
        family = f"{r.family} (#{r.family.pk})" if r.family else would_make
        # What the files say is shown as written: a "[" in it is not taken for a style.
        table.add_row(
            Text(r.path.name), f"[{STYLES[r.status]}]{r.status}[/]", Text(family), Text("\n".join(notes))
        )
    return table


class Command(BaseCommand):
    help = "Import plans into the database: each file whole or not at all; files seen before are skipped."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "paths",
            nargs="+",
            type=Path,
            help="Files or folders of .json, .yaml, .docx, .xlsx or .csv plans.",
        )
        parser.add_argument(
            "--as",
            dest="as_user",
            required=True,
            help="The username the imported families are recorded against.",
        )
        parser.add_argument("--today", help="The date to read dates against, YYYY-MM-DD.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read every file and say what would be imported, changing nothing.",
        )

    def handle(
        self,
        *args: Any,
        paths: list[Path],
        as_user: str,
        today: str | None,
        dry_run: bool = False,
        **options: Any,
    ) -> None:
        user = user_named(as_user)
        day = day_given(today)
        files = files_in(paths)
        if not files:
            raise refuse("no plan files found in " + ", ".join(str(p) for p in paths))
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("Importing", total=len(files))
            results = import_batch(files, user, day, dry_run=dry_run, advance=lambda: progress.advance(task))
        console = Console()
        console.print(_table(results))
        counts = {status: sum(r.status == status for r in results) for status in STYLES}
        done = f"{counts['would import']} would be imported" if dry_run else f"{counts['imported']} imported"
        console.print(
            f"{done}, {counts['already imported']} already imported, {counts['failed']} failed."
            + (" Nothing was changed (--dry-run)." if dry_run else ""),
            highlight=False,
        )
        if counts["failed"]:
            raise refuse("", code=1)  # each failed file is listed above
