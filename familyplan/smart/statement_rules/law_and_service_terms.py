"""Terms of law and of a service's own ladder of need: "under the section 188 interim duty", "stepped
down from Level 3 to Level 2 on the continuum of need", "Tier 2 substance misuse needs". Seed 002 asks
that plans "be free of jargon and avoid words and phrases that will mean little to the family or might
have different meanings for different professionals"; seed 001 asks for "family and child friendly
language". What the law or the threshold document calls a thing is the service's word for it: the plan
says what will happen (a room found for tonight, the council's help with the rent)."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.statement_rules.statement import Statement, matcher

_TERMS = re.compile(
    # A numbered part of an Act: "section 188", "s.21", "s47", "Part 7 homelessness application"; not
    # "section 3 of the PIP form", nor a Sheffield postcode ("S2 3HP", "in S3"), nor "the section 21
    # notice": the name of the paper the family has been given, which is how they know it.
    r"\b(?:section|sec\.)\s*\d{1,3}[A-Z]?\b(?!\s+notices?\b)(?!\s+of\s+(?:the|his|her|their|my|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:form|booklet|application|document|leaflet|letter|guide|workbook|pack|report|questionnaire)s?\b)"
    r"|(?<![\w'\u2019])s\.?(?:8|17|20|21|31|47|184|188|189|193|195|202|213)\b(?![%/:.]|\s+\d[A-Z]{2}\b|\s+notices?\b)"
    r"|\bPart\s+(?:6|7|VI|VII)\b(?=\s+(?:homeless\w*|housing|application|duty|of\s+the))"
    # The duties a council owes a homeless family, by the law's names for them.
    r"|\b(?:main|interim|relief|prevention)\s+(?:housing\s+)?duty\b|\bSouthwark\s+Judge?ment\b"
    r"|\bassured\s+shorthold\s+tenancy\b|\bintentionally\s+homeless\b"
    # A service's ladder of need: where the family sits on it is the service's business, not a change.
    r"|\bcontinuum\s+of\s+need\b|\b(?:levels?|thresholds?)\s+of\s+need\b"
    # Not "her Level 2 support work course": a qualification's level.
    r"|\bLevel\s+[1-4]\b(?=\s+(?:to\s+Level|on\s+the\s+(?:continuum|threshold)|of\s+need|needs?\b|services?\b|threshold))"
    r"|\bTier\s+[1-4]\b(?=\s+(?:services?|support|needs?|substance|drug|alcohol|mental|treatment|CAMHS))"
    r"|\bstep(?:s|ped|ping)?\s+(?:down|up)\s+to\s+(?:universal|targeted|level|tier|early\s+help|social\s+care)\b",
    re.IGNORECASE,
)


# Words one of the terms must hold, tried first: most statements hold none, and the pattern is dear.
_TELLING = (
    "section",
    "sec.",
    "part ",
    "duty",
    "southwark",
    "shorthold",
    "homeless",
    "continuum",
    "of need",
    "level",
    "tier",
    "step",
)
_A_SECTION_NUMBER = re.compile(r"s\.?\d")


@matcher("law-and-service-terms")
def law_and_service_terms(rule: Rule, s: Statement) -> list[Hit]:
    lower = s.lower
    if not any(word in lower for word in _TELLING) and not _A_SECTION_NUMBER.search(lower):
        return []
    found = _TERMS.search(s.text)
    if found is None:
        return []
    return [Hit(s.span(found.start(), found.end()), {"match": found[0]})]
