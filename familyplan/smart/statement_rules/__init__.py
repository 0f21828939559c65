"""How each statement rule judges a statement, from the reading of its parts.

There are two sorts of rule. *Content* rules look at the slots the guidance asks
for (an outcome's change and its evidence, an action's doing and its when, a
contingency's trigger and responder) and say when one is missing or vague: these
are warnings and errors, and they decide the verdict. *Style* rules (acronyms,
jargon, absolutes, long sentences) are hints: shown with their fix, never
deciding the verdict on their own. When a style word is itself the statement's
criterion ("dress suitably", "keep the house clean and tidy") the content
rule for that criterion speaks instead.

Word lists live in the catalogue; only the shape of each test lives here.
"""

from __future__ import annotations

# Importing each module registers its rules in MATCHERS.
from familyplan.smart.statement_rules import (
    absolutes,
    acronyms,
    action,
    children_in_charge,  # noqa: F401
    contingency,
    deadlines,
    directions,  # noqa: F401
    given_up,  # noqa: F401
    hard_words,
    how_often,  # noqa: F401
    law_and_service_terms,  # noqa: F401
    length,
    minds,
    no_response,  # noqa: F401
    not_wanted,
    on_their_own,
    only_improves,  # noqa: F401
    out_of_reach,  # noqa: F401
    outcome,
    passive,  # noqa: F401
    professionals,  # noqa: F401
    style,
    timescales,
    unnamed_helpers,
    vague_triggers,  # noqa: F401
    warned,
    when,
    who,
)
from familyplan.smart.statement_rules.evidence import evidence_of
from familyplan.smart.statement_rules.outcome import _state_words
from familyplan.smart.statement_rules.statement import (
    MATCHERS,
    NO_CONTEXT,
    Context,
    Matcher,
    Statement,
    context_from,
)
from familyplan.smart.statement_rules.when import days_listed, event_deadline, recurring_review, weekday_named

__all__ = [
    "MATCHERS",
    "NO_CONTEXT",
    "Context",
    "Matcher",
    "Statement",
    "_state_words",
    "absolutes",
    "acronyms",
    "action",
    "context_from",
    "contingency",
    "days_listed",
    "deadlines",
    "event_deadline",
    "evidence_of",
    "hard_words",
    "length",
    "minds",
    "not_wanted",
    "on_their_own",
    "outcome",
    "recurring_review",
    "style",
    "timescales",
    "unnamed_helpers",
    "warned",
    "weekday_named",
    "when",
    "who",
]
