"""The `familyplan` command: check plans and statements, list the rules, print the schema."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from familyplan.plan.models import plan_json_schema
from familyplan.smart import (
    Catalogue,
    Finding,
    Kind,
    Report,
    SettingsError,
    Severity,
    check_plan,
    check_statement,
    load_catalogue,
    needs_work,
)
from familyplan.smart.findings import LETTER_NAMES
from familyplan.smart.guide import rules_markdown

app = typer.Typer(
    name="familyplan",
    help="Family Plan: check Early Help family plans against the SMART guidance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_BELOW_THRESHOLD = 1
EXIT_UNREADABLE = 2

_STYLE = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "yellow",
    Severity.HINT: "cyan",
    Severity.PRAISE: "green",
}


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class RulesFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


SettingsOption = Annotated[
    Path | None,
    typer.Option("--settings", help="A council settings file (YAML): rules switched off, extra words."),
]


def _catalogue(settings: Path | None) -> Catalogue:
    try:
        return load_catalogue(settings)
    except SettingsError as error:
        _fail(str(error))
        raise AssertionError from error  # unreachable: _fail exits


def _fail(message: str, code: int = EXIT_UNREADABLE) -> None:
    Console(stderr=True).print(f"[bold red]familyplan:[/] {message}", highlight=False)
    raise typer.Exit(code)


def _parse_today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--today must be a date written YYYY-MM-DD, not '{value}'")
        raise AssertionError from None


@app.command()
def check(
    files: Annotated[list[Path], typer.Argument(help="Plans: .json, .yaml, .docx, .xlsx or .csv")],
    output: Annotated[OutputFormat, typer.Option("--format", help="text or json")] = OutputFormat.text,
    today: Annotated[str | None, typer.Option(help="The date to check against, YYYY-MM-DD.")] = None,
    fail_under: Annotated[
        int | None, typer.Option("--fail-under", help="Exit 1 when a plan's overall score is below this.")
    ] = None,
    settings: SettingsOption = None,
) -> None:
    """Check whole plans and report what to fix."""
    from familyplan.formats import ReadError, read_plan

    day = _parse_today(today)
    catalogue = _catalogue(settings)
    console = Console()
    results: list[dict[str, Any]] = []
    unreadable = False
    below = False
    for path in files:
        try:
            result = read_plan(path, today=day)
        except ReadError as error:
            Console(stderr=True).print(f"[bold red]familyplan:[/] {error}", highlight=False)
            unreadable = True
            continue
        report = check_plan(result.plan, today=day, catalogue=catalogue)
        below = below or (fail_under is not None and report.overall < fail_under)
        problems = [{"where": p.where, "reason": p.reason, "text": p.text} for p in result.problems]
        if output is OutputFormat.json:
            summary = _plan_summary(result.plan)
            results.append({"file": str(path), "plan": summary, "unread_rows": problems, **report.as_dict()})
        else:
            _print_report(console, path, result.plan, report, problems)
    if output is OutputFormat.json:
        json.dump(results if len(files) > 1 else (results[0] if results else {}), sys.stdout, indent=2)
        sys.stdout.write("\n")
    if unreadable:
        raise typer.Exit(EXIT_UNREADABLE)
    if below:
        raise typer.Exit(EXIT_BELOW_THRESHOLD)


def _plan_summary(plan: Any) -> dict[str, Any]:
    return {
        "goals": len(plan.goals),
        "actions": len(plan.actions),
        "goals_detail": [
            {
                "outcome": g.outcome,
                "actions": [
                    {
                        "how": a.how,
                        "who": a.who,
                        "owners": [o.model_dump(mode="json") for o in a.owners],
                        "when": a.when,
                        "due_date": a.due_date.isoformat() if a.due_date else None,
                        "recurrence": a.recurrence,
                        "review_date": a.review_date.isoformat() if a.review_date else None,
                    }
                    for a in g.actions
                ],
            }
            for g in plan.goals
        ],
    }


def _print_report(
    console: Console, path: Path, plan: Any, report: Report, problems: list[dict[str, str]]
) -> None:
    console.rule(f"[bold]{path.name}[/]")
    console.print(
        f"{len(plan.goals)} goal(s), {len(plan.actions)} action(s). "
        f"Overall SMART score: [bold]{report.overall}[/]/100",
        highlight=False,
    )
    scores = Table(show_header=True, header_style="bold", box=None)
    for letter in report.scores:
        scores.add_column(LETTER_NAMES[next(k for k in LETTER_NAMES if k.value == letter)])
    scores.add_row(*(str(v) for v in report.scores.values()))
    console.print(scores)
    if report.top_fixes:
        console.print("\n[bold]Fix these first[/]")
        for i, f in enumerate(report.top_fixes, 1):
            console.print(f"{i}. {f.message}  [dim]({_where(f)})[/]", highlight=False)
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("Where", no_wrap=True)
    table.add_column("Rule")
    table.add_column("What to fix", ratio=3)
    for f in report.findings:
        advice = Text()
        advice.append(f.message, style=_STYLE[f.severity])
        if f.text and f.location and f.location.field not in ("goals",):
            advice.append(f'\n"{f.text}"', style="dim")
        advice.append(f"\n→ {f.suggestion}")
        table.add_row(_where(f), f"{f.rule}\n[dim]{f.letter.value} · {f.severity.value}[/]", advice)
    console.print(table)
    for p in problems:
        console.print(f"[yellow]Not read:[/] {p['where']}: {p['reason']}", highlight=False)


def _where(f: Finding) -> str:
    return f.location.describe() if f.location else "plan"


@app.command("lint-statements")
def lint_statements(
    file: Annotated[Path, typer.Argument(help='JSON lines: {"text": ..., "kind": ...} each.')],
    settings: SettingsOption = None,
    today: Annotated[str | None, typer.Option(help="The date to check against, YYYY-MM-DD.")] = None,
) -> None:
    """Check single statements, one JSON object a line; one verdict a line on stdout."""
    catalogue = _catalogue(settings)
    day = _parse_today(today) if today else None
    try:
        source = sys.stdin if str(file) == "-" else file.open(encoding="utf-8")
    except OSError as error:
        _fail(f"{file}: cannot read ({error.strerror})")
        return
    kinds = ", ".join(k.value for k in Kind)
    with source:
        for number, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, kind = row["text"], Kind(row["kind"])
                if not isinstance(text, str):
                    raise TypeError
            except (json.JSONDecodeError, KeyError, TypeError):
                _fail(f'{file}, line {number}: expected {{"text": "...", "kind": "..."}}')
                return
            except ValueError:
                _fail(f"{file}, line {number}: kind must be one of {kinds}, not '{row['kind']}'")
                return
            findings = check_statement(text, kind, today=day, catalogue=catalogue)
            out = {
                "verdict": "needs-work" if needs_work(findings) else "ok",
                "findings": [
                    {
                        key: f.as_dict()[key]
                        for key in (
                            "rule",
                            "letter",
                            "severity",
                            "message",
                            "suggestion",
                            "start",
                            "end",
                            "seed",
                        )
                    }
                    for f in findings
                ],
            }
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


@app.command()
def rules(
    output: Annotated[
        RulesFormat, typer.Option("--format", help="text, json or markdown")
    ] = RulesFormat.text,
    settings: SettingsOption = None,
) -> None:
    """List the rule catalogue."""
    catalogue = _catalogue(settings)
    if output is RulesFormat.markdown:
        sys.stdout.write(rules_markdown(catalogue))
        return
    if output is RulesFormat.json:
        data = [
            {
                "id": r.id,
                "letter": r.letter.value,
                "severity": r.severity.value,
                "applies_to": list(r.applies_to),
                "message": r.message,
                "suggestion": r.suggestion,
                "seed": r.seed,
                "enabled": catalogue.enabled(r.id),
            }
            for r in catalogue.rules.values()
        ]
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    table = Table(title=f"{len(catalogue.rules)} rules", expand=True)
    table.add_column("Rule", no_wrap=True)
    for column in ("SMART", "Severity", "Checks", "Seed"):
        table.add_column(column)
    for r in catalogue.rules.values():
        state = "" if catalogue.enabled(r.id) else " [dim](off)[/]"
        table.add_row(
            r.id + state, r.letter.value, r.severity.value, ", ".join(r.applies_to), r.seed.split("_")[0]
        )
    Console().print(table)


@app.command()
def schema() -> None:
    """Print the plan's JSON Schema (the interchange format)."""
    json.dump(plan_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")


audit_app = typer.Typer(help="The audit trail of who saw and changed records.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")


def _django() -> None:
    """Set up the web application's settings and database, for commands that use them."""
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyplan.web.settings")
    django.setup()


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit trail's hash chain: exit 1 and say where, if any entry was changed or removed."""
    _django()
    from familyplan.web.audit.models import AuditEvent
    from familyplan.web.audit.services import verify

    problems = list(verify())
    console = Console()
    if problems:
        for problem in problems[:20]:
            where = f"entry {problem.event_id}" if problem.event_id else "the end of the trail"
            console.print(f"[bold red]Broken:[/] {where}: {problem.reason}", highlight=False)
        raise typer.Exit(1)
    console.print(f"The audit trail is intact ({AuditEvent.objects.count()} entries).", highlight=False)


@app.command("backup")
def backup_command(
    path: Annotated[Path, typer.Argument(help="Where to write the backup (a new file).")],
) -> None:
    """Back up the database (SQLite online backup, or pg_dump), and check the copy."""
    _django()
    from familyplan.web.backup import BackupError, backup

    try:
        written = backup(path)
    except BackupError as error:
        _fail(str(error))
        return
    Console().print(f"Backed up to {written} and checked.", highlight=False)


@app.command("restore")
def restore_command(
    path: Annotated[Path, typer.Argument(help="A backup made by `familyplan backup`.")],
) -> None:
    """Put a backup back in place of the database. Stop the web server first."""
    _django()
    from familyplan.web.backup import BackupError, restore

    try:
        restore(path)
    except BackupError as error:
        _fail(str(error))
        return
    Console().print(f"Restored from {path}.", highlight=False)


@app.command("retention")
def retention_command(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would be removed; change nothing.")
    ] = False,
    apply: Annotated[bool, typer.Option("--apply", help="Remove the records listed by --dry-run.")] = False,
    years: Annotated[
        int | None, typer.Option(help="Years to keep closed records (default: the setting).")
    ] = None,
) -> None:
    """Closed records past the retention period: list them, or remove them (audited)."""
    if dry_run == apply:
        _fail("say either --dry-run (to list) or --apply (to remove)")
    _django()
    from django.conf import settings

    from familyplan.web.casework.retention import due_for_removal, remove

    period = years if years is not None else settings.RETENTION_YEARS
    if period < 1:
        _fail("--years must be 1 or more")
    to_remove, held = due_for_removal(period)
    console = Console()
    for item in to_remove:
        console.print(
            f"{item.family} (reference {item.family.reference or 'none'}), closed {item.closed_on:%d/%m/%Y}"
        )
    for item in held:
        console.print(f"{item.family} (legal hold: kept), closed {item.closed_on:%d/%m/%Y}")
    if apply:
        removed = remove(to_remove, period)
        console.print(f"Removed {removed} family record(s) closed more than {period} years ago.")
    else:
        console.print(f"{len(to_remove)} family record(s) would be removed. Nothing has been changed.")


def _user_named(username: str, where: str = "--as") -> Any:
    from familyplan.web.accounts.models import User

    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        _fail(f"{where}: no active user called '{username}'")
    return user


@app.command("two-factor-off")
def two_factor_off_command(
    username: Annotated[str, typer.Argument(help="Whose two-factor sign-in to turn off.")],
) -> None:
    """Turn off someone's two-factor sign-in when they have lost their phone (audited)."""
    _django()
    from familyplan.web.accounts import two_factor

    user = _user_named(username, where="two-factor-off")
    if two_factor.turn_off(user, how="by an administrator, from the command line"):
        Console().print(
            f"Two-factor sign-in is off for {username}. They can now set it up again.",
            highlight=False,
        )
    else:
        Console().print(
            f"{username} did not have two-factor sign-in turned on. Nothing has changed.", highlight=False
        )


@app.command("import")
def import_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders of .json, .yaml, .docx, .xlsx or .csv plans.")
    ],
    as_user: Annotated[
        str, typer.Option("--as", help="The username the imported families are recorded against.")
    ],
    today: Annotated[str | None, typer.Option(help="The date to read dates against, YYYY-MM-DD.")] = None,
) -> None:
    """Import plans into the database: each file whole or not at all; files seen before are skipped."""
    from rich.progress import Progress

    _django()
    from familyplan.web.casework.importing import files_in, import_file

    user = _user_named(as_user)
    day = _parse_today(today)
    files = files_in(paths)
    if not files:
        _fail("no plan files found in " + ", ".join(str(p) for p in paths))
    results = []
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("Importing", total=len(files))
        for path in files:
            results.append(import_file(path, user, day))
            progress.advance(task)
    table = Table(title="Import", expand=True)
    for column in ("File", "Result", "Family", "Why / rows not imported"):
        table.add_column(column)
    for r in results:
        notes = [r.reason] if r.reason else []
        notes += [f"{p.where}: {p.reason}" for p in r.problems]
        family = f"{r.family} (#{r.family.pk})" if r.family else ""
        style = {"imported": "green", "already imported": "yellow", "failed": "bold red"}[r.status]
        table.add_row(r.path.name, f"[{style}]{r.status}[/]", family, "\n".join(notes))
    console = Console()
    console.print(table)
    counts = {
        status: sum(r.status == status for r in results)
        for status in ("imported", "already imported", "failed")
    }
    console.print(
        f"{counts['imported']} imported, {counts['already imported']} already imported, "
        f"{counts['failed']} failed.",
        highlight=False,
    )
    if counts["failed"]:
        raise typer.Exit(1)


transfer_app = typer.Typer(
    help="Move a family's whole record to or from another council.", no_args_is_help=True
)
app.add_typer(transfer_app, name="transfer")


@transfer_app.command("export")
def transfer_export(
    family_id: Annotated[int, typer.Argument(help="The family's number, as in its page address.")],
    path: Annotated[Path, typer.Argument(help="The file to write.")],
) -> None:
    """Write a family's whole record (plans, reviews, progress, history) to one file."""
    _django()
    from familyplan.web.audit import services as audit
    from familyplan.web.casework.importing import transfer_document
    from familyplan.web.casework.models import Family

    family = Family.objects.filter(pk=family_id).first()
    if family is None:
        _fail(f"no family number {family_id}")
        return
    if path.exists():
        _fail(f"{path} already exists: choose a new file name")
    path.write_text(json.dumps(transfer_document(family), indent=2, ensure_ascii=False), encoding="utf-8")
    audit.record(
        "export", object_type="transfer", object_id=family.pk, family_id=family.pk, detail={"file": path.name}
    )
    Console().print(f"Wrote {family}'s record to {path}.", highlight=False)


@transfer_app.command("import")
def transfer_import_command(
    path: Annotated[Path, typer.Argument(help="A file written by `familyplan transfer export`.")],
    as_user: Annotated[str, typer.Option("--as", help="The username the family is recorded against.")],
) -> None:
    """Take in a family's record from another council as a new family, with its history."""
    _django()
    from familyplan.formats import ReadError
    from familyplan.web.casework.importing import transfer_import

    user = _user_named(as_user)
    try:
        family = transfer_import(path, user)
    except ReadError as error:
        _fail(str(error))
        return
    Console().print(f"Imported {family} (#{family.pk}) with {family.plans.count()} plan(s).", highlight=False)


@app.command("remind")
def remind_command(
    today: Annotated[str | None, typer.Option(help="The date to remind about, YYYY-MM-DD.")] = None,
) -> None:
    """Email leads about reviews due within 7 days or overdue, and owners about overdue actions.

    Run it daily from cron or a systemd timer. Email goes through the configured backend.
    """
    _django()
    from familyplan.web.oversight.reminders import send_reminders

    sent = send_reminders(_parse_today(today))
    Console().print(f"Sent {sent} reminder email(s).", highlight=False)


@app.command("generate-demo")
def generate_demo_command(
    families: Annotated[
        int, typer.Option("--families", min=1, max=1_000_000, help="How many families to make.")
    ],
    seed: Annotated[int, typer.Option(help="The same seed makes the same families.")] = 1,
) -> None:
    """Fill the database with realistic made-up families, plans, reviews and actions."""
    from rich.progress import Progress

    _django()
    from familyplan.web.oversight.generate import generate

    with Progress(console=Console(stderr=True)) as progress:
        task = progress.add_task("Making families", total=families)
        made = generate(families, seed=seed, progress=lambda n: progress.advance(task, n))
    Console().print(f"Made {made} families.", highlight=False)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
