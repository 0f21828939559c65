"""The `familyplan` command: check plans and statements, list the rules, print the schema.

The web application's commands (backup, import, remind...) are Django management commands
of the apps that own them; `familyplan` runs them too (see WEB_COMMANDS).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from familyplan.quality.command import quality_report
from familyplan.smart.findings import Kind
from familyplan.stderr import say

if TYPE_CHECKING:
    from familyplan.smart import Catalogue

# Each command imports the checker, the plan models and the readers it uses when it
# runs, so that `familyplan --help` and a mistyped option answer at once.

app = typer.Typer(
    name="familyplan",
    help="Family Plan: check Early Help family plans against the SMART guidance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_BELOW_THRESHOLD = 1
EXIT_UNREADABLE = 2


def _show_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version

        print(f"familyplan {version('familyplan')}")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and stop."),
    ] = False,
) -> None:
    """Family Plan: check Early Help family plans against the SMART guidance."""


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
    from familyplan.smart import SettingsError, load_catalogue

    try:
        return load_catalogue(settings)
    except SettingsError as error:
        _fail(str(error))
        raise AssertionError from error  # unreachable: _fail exits


def _fail(message: str, code: int = EXIT_UNREADABLE) -> None:
    say(message)
    raise typer.Exit(code)


def _parse_today(value: str | None) -> dt.date:
    from familyplan.plan.parsing import day_or_today

    try:
        return day_or_today(value)
    except ValueError as error:
        _fail(str(error))
        raise AssertionError from None


@app.command()
def check(
    # Each file is opened by the reader, which says in one line why one cannot be read and goes on
    # to the next; not refused as a whole run by the argument parser.
    files: Annotated[
        list[Path], typer.Argument(help="Plans: .json, .yaml, .docx, .xlsx or .csv", readable=False)
    ],
    output: Annotated[OutputFormat, typer.Option("--format", help="text or json")] = OutputFormat.text,
    today: Annotated[str | None, typer.Option(help="The date to check against, YYYY-MM-DD.")] = None,
    fail_under: Annotated[
        int | None,
        typer.Option(
            "--fail-under", min=0, max=100, help="Exit 1 when a plan's overall score (0-100) is below this."
        ),
    ] = None,
    settings: SettingsOption = None,
) -> None:
    """Check whole plans and report what to fix."""
    from familyplan.smart import check_plan
    from familyplan.terminal import print_report

    day = _parse_today(today)
    catalogue = _catalogue(settings)
    console = Console()
    results: list[dict[str, Any]] = []
    unreadable = False
    below = False
    for path in files:
        result, reason = _read(path, day)
        if result is None:
            say(f"{path}: {reason}")  # the path as given, so that files of the same name are told apart
            # In the JSON too, so that a script reading it sees each file that was not checked, and why.
            results.append({"file": str(path), "error": reason})
            unreadable = True
            continue
        report = check_plan(result.plan, today=day, catalogue=catalogue)
        if fail_under is not None and report.overall < fail_under:
            say(
                f"{path}: scored {report.overall}, under {fail_under}", label="[yellow]Below --fail-under:[/]"
            )
            below = True
        problems = [{"where": p.where, "reason": p.reason, "text": p.text} for p in result.problems]
        notes = [{"where": p.where, "reason": p.reason} for p in result.notes]
        if output is OutputFormat.json:
            summary = _plan_summary(result.plan)
            read = {"unread_rows": problems, "notes": notes}
            results.append({"file": str(path), "plan": summary, **read, **report.as_dict()})
        else:
            print_report(console, path, result.plan, report, problems, notes)
    if output is OutputFormat.json:
        json.dump(results if len(files) > 1 else results[0], sys.stdout, indent=2)
        sys.stdout.write("\n")
    if unreadable:
        raise typer.Exit(EXIT_UNREADABLE)
    if below:
        raise typer.Exit(EXIT_BELOW_THRESHOLD)


def _read(path: Path, day: dt.date | None) -> tuple[Any, str]:
    """The file's plan as read, or None and why it could not be read."""
    from familyplan.formats import ReadError, read_plan

    if path.is_dir():
        command = f"familyplan quality-report {path} --html report.html"
        return None, f"is a folder; `{command}` checks every plan in it"
    try:
        return read_plan(path, today=day), ""
    except ReadError as error:
        return None, error.reason


def _plan_summary(plan: Any) -> dict[str, Any]:
    return {
        "goals": len(plan.goals),
        "actions": len(plan.actions),
        # The plan's details, from its own fields or the lines around its tables ("Date of plan: ...").
        **plan.model_dump(
            mode="json", include={"family_name", "family_reference", "started_on", "next_review_date"}
        ),
        # What was read of the people, so that a file's tables of them can be seen to have come in.
        "family_members": [
            m.model_dump(mode="json", include={"name", "relationship", "is_child"})
            for m in plan.family_members
        ],
        "practitioners": [
            p.model_dump(mode="json", include={"name", "role", "agency", "is_lead"})
            for p in plan.practitioners
        ],
        "goals_detail": [
            {
                "outcome": g.outcome,
                "measure_of_success": g.measure_of_success,
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


@app.command("lint-statements")
def lint_statements(
    file: Annotated[Path, typer.Argument(help='JSON lines: {"text": ..., "kind": ...} each.')],
    settings: SettingsOption = None,
    today: Annotated[str | None, typer.Option(help="The date to check against, YYYY-MM-DD.")] = None,
) -> None:
    """Check single statements, one JSON object a line; one verdict a line on stdout."""
    from familyplan.statement_lines import text_lines, verdict_lines

    catalogue = _catalogue(settings)
    day = _parse_today(today) if today else None
    try:
        source = text_lines(sys.stdin.buffer if str(file) == "-" else file.open("rb"))
    except OSError as error:
        _fail(f"{file}: cannot read ({error.strerror})")
        return
    malformed = 0
    with source:
        try:
            for out, bad in verdict_lines(source, catalogue, day):
                malformed += bad
                sys.stdout.write(out + "\n")
        except UnicodeDecodeError:
            _fail(f"{file}: not UTF-8 or UTF-16 text after the lines above; save it as UTF-8")
    if malformed:
        _fail(f"{file}: {malformed} line(s) could not be read; each has an error line in the output")


app.command("quality-report")(quality_report)


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="One statement of a plan, in quotes.")],
    kind: Annotated[
        Kind, typer.Option("--kind", help="outcome, action, who, when or contingency")
    ] = Kind.OUTCOME,
    who: Annotated[
        str | None, typer.Option(help="For an action: its 'who' cell, if the plan has one (checked too).")
    ] = None,
    when: Annotated[
        str | None, typer.Option(help="For an action: its 'when' cell, if the plan has one (checked too).")
    ] = None,
    output: Annotated[OutputFormat, typer.Option("--format", help="text or json")] = OutputFormat.text,
    today: Annotated[str | None, typer.Option(help="The date to check against, YYYY-MM-DD.")] = None,
    settings: SettingsOption = None,
) -> None:
    """Show how the checker reads a statement (its parts, with where they are) and what it says."""
    from familyplan.smart import Context, check_cells, explain_statement
    from familyplan.terminal import print_explanation

    catalogue = _catalogue(settings)
    day = _parse_today(today) if today else None
    context = Context(who=who or "", when=when or "")
    explained = explain_statement(text, kind, today=day, catalogue=catalogue, context=context)
    # The cells are checked as lint-statements and a plan's check check them: one given empty is empty.
    given = [cell for cell, value in (("who", who), ("when", when)) if value is not None]
    cells = check_cells(kind, context, today=day, catalogue=catalogue, given=given, action=text)
    if output is OutputFormat.json:
        json.dump({"text": text, **explained.as_dict(cells)}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    print_explanation(Console(), text, explained, cells)


@app.command()
def rules(
    output: Annotated[
        RulesFormat, typer.Option("--format", help="text, json or markdown")
    ] = RulesFormat.text,
    settings: SettingsOption = None,
) -> None:
    """List the rule catalogue."""
    from familyplan.smart.guide import rules_markdown

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
    from familyplan.terminal import print_rules

    print_rules(Console(), catalogue)


@app.command()
def schema() -> None:
    """Print the plan's JSON Schema (the interchange format)."""
    from familyplan.plan.models import plan_json_schema

    json.dump(plan_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")


# The web application's commands are management commands of the apps that own them
# (familyplan/web/<app>/management/commands/), run here as `manage.py <command>` runs them.
WEB_COMMANDS = {
    "audit": ("audit", "The audit trail of who saw and changed records: `familyplan audit verify`."),
    "backup": ("backup", "Back up the database (SQLite online backup, or pg_dump), and check the copy."),
    "restore": ("restore", "Put a backup back in place of the database. Stop the web server first."),
    "retention": ("retention", "Closed records past the retention period: list them, or remove them."),
    "two-factor-off": ("two_factor_off", "Turn off someone's two-factor sign-in (audited)."),
    "import": ("import_plans", "Import plans into the database, each file whole or not at all."),
    "transfer": ("transfer", "Move a family's whole record to or from another council: export or import."),
    "remind": ("remind", "Email leads and owners about reviews and actions due or overdue (daily)."),
    "refresh-reports": (
        "refresh_reports",
        "Check again each live plan whose SMART report is not from today (daily).",
    ),
    "generate-demo": ("generate_demo", "Fill the database with realistic made-up families (--families N)."),
}


def _django(*, for_help: bool = False) -> None:
    """Set up the web application's settings and database, for commands that use them.

    A command's help needs no secret and no database, so it is shown with the development
    settings when none are chosen: someone reading how to run a backup should not first be
    asked for the server's secret key.
    """
    import os

    import django

    chosen = "familyplan.web.settings" if for_help else "familyplan.web.settings_production"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", chosen)
    try:
        django.setup()
    except RuntimeError as error:  # production settings that cannot work: say which, not a traceback
        _fail(str(error))


def _run_web_command(name: str, args: list[str], *, typed: str = "") -> None:
    asks_for_help = bool({"-h", "--help"} & set(args))
    _django(for_help=asks_for_help)
    from django.core.management import CommandError, call_command, get_commands, load_command_class

    if asks_for_help:  # named as typed, "familyplan backup", not as Django's own runner names it
        command = load_command_class(get_commands()[name], name)
        command.run_from_argv(["familyplan", typed or name, *args])  # argparse prints it and exits
        return
    try:
        call_command(name, *args)
    except CommandError as error:
        if str(error):
            _fail(str(error).removeprefix("Error: "), error.returncode)
        raise typer.Exit(error.returncode) from error


def _web_command(name: str, command: str, help_text: str) -> None:
    def run(ctx: typer.Context) -> None:
        _run_web_command(command, list(ctx.args), typed=name)

    app.command(
        name,
        help=help_text,
        add_help_option=False,
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    )(run)


for _name, (_command, _help) in WEB_COMMANDS.items():
    _web_command(_name, _command, _help)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
