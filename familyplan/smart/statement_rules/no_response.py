"""A contingency that says what would follow, and not who would step in: "If Hodan's back pain stops
her walking Ifrah to school, Ifrah's attendance is likely to drop."

Seed 002 asks of the contingency plan "who in their network can provide support if needed?" and
"What would the child do if they needed help?". A response whose subject is a thing ("her
attendance", "things", "the house") getting worse or being so names nobody who acts.
"""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.statement_rules.contingency import role_words
from familyplan.smart.statement_rules.statement import Statement, matcher
from familyplan.smart.statement_rules.subjects import own_subject_words
from familyplan.smart.statement_rules.triggers import _response

# What a thing does when nobody acts: it gets so, or goes up or down; or it "is likely to" or "at risk".
_BECOMES = w.word_set("get become go drop fall rise increase decrease worsen deteriorate decline slip suffer")
# What befalls someone when nobody acts.
_BEFALLS = w.word_set("lose struggle")
_BEFALLS_THEM = re.compile(
    r"\s+(?:(?:very|more|also|then|probably|even)\s+)*(?:at\s+risk|in\s+danger|unable|unsafe|"
    r"(?:likely|going|bound)\s+to\s+(?:lose|struggle|miss|fall|be|need|go\s+without|end\s+up))\b",
    re.IGNORECASE,
)
_IS_LIKELY = re.compile(
    r"\s+(?:(?:very|more|much|even|also|then|probably|quite)\s+)*(?:likely|unlikely|going|bound|at\s+risk|"
    r"worse|in\s+danger|harder|affected)\b",
    re.IGNORECASE,
)
# Someone in the rest of the response, who may act: a name, a relation or "she", not "her reading".
_WORD = re.compile(r"(?-i:[A-Z])?[\w]+(?:['\u2019]s\b)?")
_NOT_SOMEONE = w.word_set("her his its their it")


@matcher("contingency-no-response")
def no_response(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if s.is_blank or main is None or main.verb is None:
        return []
    response = _response(s.text, trailing=False)
    if main.passive or response == s.text:
        return []
    subject = own_subject_words(main)
    if not subject:
        return []
    lemma = main.lemma.split(" ")[0]
    verb_end = main.tokens[main.verb].end
    likely = lemma == "be" and _IS_LIKELY.match(s.text, verb_end) is not None
    # Someone of the family is the subject only of what would befall them: "the family could lose their
    # home", "Mum will struggle to keep her job", "the children will be at risk"; not "Mum is likely to
    # ask her brother", which she does.
    someone = subject[-1].name or subject[-1].lower in w.FAMILY_WORDS
    befalls = lemma in _BEFALLS or (lemma == "be" and _BEFALLS_THEM.match(s.text, verb_end) is not None)
    if someone and not befalls:
        return []
    people = s.catalogue.memo(
        "organisation and role words",
        lambda: frozenset(s.catalogue.rule("who-organisation").words) | role_words(s),
    )
    says_what_follows = lemma in _BECOMES or lemma in _BEFALLS or likely
    # "the school will ...", "housing will ...": a service acting; not "Mum's health", which is hers.
    whose = (
        any(t.possessive for t in main.tokens[main.subject[0] : main.subject[1]]) if main.subject else False
    )
    acting = subject[-1].lower in people and not whose and subject[-1].lower not in w.FAMILY_WORDS
    if acting or not says_what_follows or _someone_later(s.text, verb_end, people):
        return []
    start = len(s.text) - len(response.lstrip())
    end = len(s.text.rstrip(" ."))
    return [Hit(s.span(start, end), {"match": s.text[start:end]})]


def _someone_later(text: str, after: int, people: frozenset[str]) -> bool:
    """ "..., in which case Nan will have the children", "Nan has agreed to do the school run."."""
    if _UNLESS.search(text, after):
        return True  # "... unless Grandad lends him his van": who steps in, said as the condition
    for m in _WORD.finditer(text, after):
        word = m[0]
        if word.endswith(("'s", "\u2019s")) or word.lower() in _NOT_SOMEONE:
            continue
        lower = word.lower()
        capital = word[0].isupper() and not re.search(r"[.!?]\s*$", text[: m.start()])
        if (capital or lower in w.FAMILY_WORDS or lower in people) and _ACTS.match(text, m.end()):
            return True
    return False


_UNLESS = re.compile(r"\bunless\b", re.IGNORECASE)
# What someone named goes on to do: "Nan will have them", "Sara, who lives two doors down", "has agreed".
_ACTS = re.compile(
    r"(?:\s+(?:[A-Z]\w+|\(.*?\)))?\s*,?\s+(?:will|would|can|could|has|have|had|agreed|is|are|was|who|to|knows|asks|"
    r"rings|calls|goes|takes|lends|gives|helps|comes|stays)\b|['\u2019]ll\b",
)
