"""What the `familyplan` command shows in a terminal: a checked plan's report, and how the checker
read one statement."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from familyplan.smart import Finding, Report, Severity
from familyplan.smart.findings import LETTER_NAMES

# How each severity of finding is coloured.
STYLE = {
    Severity.ERROR: "bold red",
    Severity.WARNING: "yellow",
    Severity.HINT: "cyan",
    Severity.PRAISE: "green",
}


def print_report(
    console: Console,
    path: Path,
    plan: Any,
    report: Report,
    problems: list[dict[str, str]],
    notes: Sequence[dict[str, str]] = (),
) -> None:
    console.rule(f"[bold]{escape(path.name)}[/]")
    console.print(
        f"{len(plan.goals)} goal(s), {len(plan.actions)} action(s). "
        f"Overall SMART score: [bold]{report.overall}[/]/100",
        highlight=False,
    )
    scores = Table(show_header=True, header_style="bold", box=None)
    for letter in report.scores:
        scores.add_column(LETTER_NAMES[letter])
    scores.add_row(*(str(v) for v in report.scores.values()))
    console.print(scores)
    if report.top_fixes:
        console.print("\n[bold]Fix these first[/]")
        for i, f in enumerate(report.top_fixes, 1):
            console.print(f"{i}. {escape(f.message)}  [dim]({escape(_where(f))})[/]", highlight=False)
    if console.width >= _TABLE_WIDTH:
        console.print(_findings_table(report.findings))
    else:
        _print_findings(console, report.findings)
    # What a file says is printed as written: a "[" in it is not taken for a style.
    for p in problems:
        said = f' "{p["text"]}"' if p.get("text") else ""
        console.print(
            f"[yellow]Not read:[/] {escape(p['where'])}: {escape(p['reason'])}{escape(said)}", highlight=False
        )
    for n in notes:
        console.print(f"[blue]Note:[/] {escape(n['where'])}: {escape(n['reason'])}", highlight=False)
    console.print()  # a line between one plan's report and the next


# Narrower than this, a table's "What to fix" column is squeezed to a word a line; each finding is
# printed as a short block instead.
_TABLE_WIDTH = 110


def _advice(f: Finding) -> Text:
    advice = Text()
    advice.append(f.message, style=STYLE[f.severity])
    if f.text and f.location and f.location.field not in ("goals",):
        advice.append(f'\n"{f.text}"', style="dim")
    advice.append(f"\n→ {f.suggestion}")
    return advice


def _findings_table(findings: Sequence[Finding]) -> Table:
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("Where", max_width=24)
    table.add_column("Rule", no_wrap=True)
    table.add_column("What to fix", ratio=1, min_width=40)
    for f in findings:
        table.add_row(Text(_where(f)), f"{f.rule}\n[dim]{f.letter.value} · {f.severity.value}[/]", _advice(f))
    return table


def _print_findings(console: Console, findings: Sequence[Finding]) -> None:
    for f in findings:
        console.print()
        heading = Text(_where(f), style="bold")
        heading.append(f"  {f.rule} ({f.letter.value} · {f.severity.value})", style="dim")
        console.print(heading)
        console.print(_advice(f))


def _where(f: Finding) -> str:
    return f.location.describe() if f.location else "plan"


def print_explanation(
    console: Console, text: str, explained: Any, cells: Sequence[tuple[str, Finding]] = ()
) -> None:
    """How a statement was read and what the checker says of it and of an action's own cells."""
    console.print(f"[bold]{kind_title(explained.reading.kind)}[/]: {escape(text)}", highlight=False)
    slots = sorted(explained.reading.slots, key=lambda slot: slot.start)
    if slots:
        table = Table(show_header=True, header_style="bold", box=None)
        table.add_column("Part")
        table.add_column("Words")
        table.add_column("Characters", justify="right")
        for slot in slots:
            note = f" [dim]({slot.note})[/]" if slot.note else ""
            table.add_row(slot.name, f'"{escape(slot.text)}"{note}', f"{slot.start}-{slot.end}")
        console.print(table)
    else:
        console.print("[dim]No parts found.[/]")
    verdict = explained.as_dict(cells)["verdict"]
    verdict_style = "bold yellow" if verdict == "needs-work" else "bold green"
    console.print(f"Verdict: [{verdict_style}]{verdict}[/]")
    for cell, f in [("", f) for f in explained.findings] + list(cells):
        where = f" [dim](the {cell} cell)[/]" if cell else ""
        console.print(
            f"- [{STYLE[f.severity]}]{f.severity.value}[/] {f.rule}{where}: {escape(f.message)}\n"
            f"  → {escape(f.suggestion)}",
            highlight=False,
        )


def kind_title(kind: str) -> str:
    return {"outcome": "Outcome", "action": "Action", "who": "Who", "when": "When"}.get(kind, "Contingency")


def print_rules(console: Console, catalogue: Any) -> None:
    """The rule catalogue: a table, or a line a rule where the terminal is too narrow for one."""
    if console.width < 90:
        # Too narrow for the table's columns: "id  S · warning · outcome, action · 002".
        console.print(f"{len(catalogue.rules)} rules", style="bold")
        for r in catalogue.rules.values():
            state = "" if catalogue.enabled(r.id) else " (off)"
            console.print(
                f"{r.id}{state}  [dim]{r.letter.value} · {r.severity.value} · {', '.join(r.applies_to)} · "
                f"{r.seed.split('_')[0]}[/]",
                highlight=False,
            )
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
    console.print(table)
