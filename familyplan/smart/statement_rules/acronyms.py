"""Acronyms the family may not know: each one a hint with what it stands for, and a statement
written in them a warning, since the family cannot read it at all (seed 000: plans avoid
acronyms and are written in words the family understand)."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.language import acronyms_in as _acronyms_in
from familyplan.smart.statement_rules.statement import Statement, _whole, matcher

# A statement is written in acronyms when two left unexplained come one in every seven words or
# closer, or three or more one in every ten: a sentence that names a CAMHS appointment and the
# school's SENCO can still be read around them; "IDVA to complete DASH and refer to MARAC" cannot.
_TWO_WITHIN, _THREE_WITHIN = 7, 10


def unexplained(s: Statement) -> list[tuple[Span, str]]:
    """The acronyms a family may not know, each with what it stands for where the catalogue says."""
    found = []
    acronyms = s.catalogue.acronyms
    for span in _acronyms_in(s.text, s.catalogue.known_abbreviations):
        if len(set(span.text.rstrip("s"))) == 1:
            continue  # "XX", "XXX": a name left out on purpose, not an abbreviation
        expansion = acronyms.get(span.text.rstrip("s").upper()) or acronyms.get(span.text)
        if not expansion and w.is_english_word(span.text.lower()):
            continue  # "PLAN", "PLEASE": a capitalised word, not an abbreviation
        found.append((span, expansion or ""))
    return found


@matcher("acronym")
def acronym(rule: Rule, s: Statement) -> list[Hit]:
    return [
        Hit(
            span,
            {
                "match": span.text,
                "expansion": f" ({span.text} = {expansion})" if expansion else "",
                "expansion_suggestion": f': "{expansion}"' if expansion else "",
            },
        )
        for span, expansion in unexplained(s)
    ]


@matcher("written-in-acronyms")
def written_in_acronyms(rule: Rule, s: Statement) -> list[Hit]:
    letters = list(dict.fromkeys(span.text for span, _ in unexplained(s)))
    within = _TWO_WITHIN if len(letters) == 2 else _THREE_WITHIN
    if len(letters) < 2 or len(letters) * within < s.word_count:
        return []
    return [Hit(_whole(s.text), {"acronyms": ", ".join(letters)})]
