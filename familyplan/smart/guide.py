"""The checker's rule guide, written from the catalogue so it never drifts from the code."""

from __future__ import annotations

from familyplan.smart.catalogue import Catalogue
from familyplan.smart.findings import LETTER_NAMES, Severity
from familyplan.smart.guidance import guidance_title

_KIND_TITLES = {
    "outcome": "Outcomes (family goals)",
    "action": "Actions (how will this happen)",
    "who": "Who will do this",
    "when": "When will we do this",
    "contingency": "Contingency plan",
    "plan": "The plan as a whole",
}

_SEVERITY_WORDS = {
    Severity.ERROR: "error: the plan is not usable as it stands",
    Severity.WARNING: "warning: the statement needs rewriting",
    Severity.HINT: "hint: worth a look",
    Severity.PRAISE: "praise: something to keep",
}


def _plain(template: str) -> str:
    """A message template with its blanks shown as "…"."""
    out = template
    for blank in ("{match}", "{expansion}", "{expansion_suggestion}", "{words}", "{name}", "{need}", "{due}"):
        out = out.replace(blank, "…")
    for blank in ("{started}", "{detail}", "{other}", "{gap}", "{grade}"):
        out = out.replace(blank, "…")
    # A finding shows a real date six weeks from the day of the check; the guide shows its form.
    for blank, form in _EXAMPLE_FORMS.items():
        out = out.replace(blank, form)
    return out


_EXAMPLE_FORMS = {
    "{example_date}": "dd/mm/yyyy",
    "{example_dotted}": "dd.mm.yyyy",
    "{example_words}": "day month year",
    "{example_day}": "weekday day month year",
    "{example_month_end}": "last day, month and year",
}


def rules_markdown(catalogue: Catalogue) -> str:
    lines = [
        "# What each SMART finding means",
        "",
        "This page is written from the rule catalogue (`familyplan/smart/catalogue.yaml`);",
        "regenerate it with `familyplan rules --format markdown > docs/checker.md`.",
        "",
        "Each finding names a rule, the SMART letter it concerns "
        + ", ".join(f"{letter} ({name})" for letter, name in LETTER_NAMES.items())
        + ", how serious it is, and the guidance it comes from (a file in the seeds).",
        "",
        "Severities: " + "; ".join(_SEVERITY_WORDS[s] for s in Severity) + ".",
        "",
    ]
    first_kind = {rule.id: rule.applies_to[0] for rule in catalogue.rules.values()}
    for kind, title in _KIND_TITLES.items():
        rules = [r for r in catalogue.rules.values() if first_kind[r.id] == kind]
        if not rules:
            continue
        lines += [f"## {title}", ""]
        for r in rules:
            lines += [
                f"### `{r.id}`",
                "",
                f"- **SMART letter:** {r.letter.value} ({LETTER_NAMES[r.letter]})",
                f"- **Severity:** {r.severity.value}",
                f"- **Checks:** {', '.join(r.applies_to)}",
                f"- **Guidance:** {guidance_title(r.seed)} (`{r.seed}`)",
                f"- **What it says:** {_plain(r.message)}",
                f"- **How to fix it:** {_plain(r.suggestion)}",
            ]
            if r.words:
                lines.append(f"- **Words (in all their forms):** {', '.join(r.words)}")
            if r.phrases:
                lines.append(f"- **Phrases:** {', '.join(r.phrases)}")
            lines.append("")
    lines += ["## Acronyms the checker explains", ""]
    lines += [f"- **{k}**: {v}" for k, v in sorted(catalogue.acronyms.items())]
    lines.append("")
    return "\n".join(lines)
