"""A service attended or done, and nothing more: seed 002 asks what will change, not a count of
sessions. Getting someone there, a child's own provision, and what is done with the session after
it, are more than attending."""

from __future__ import annotations

import re

from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.further_steps import _SERVICE_VERBS, and_then_does
from familyplan.smart.statement_rules.help_given import (
    a_grown_up_of_the_family,
    gets_someone_there,
    goes_along_after,
    takes_them_there,
)
from familyplan.smart.statement_rules.statement import Statement, _hits

_A_PARENTS_GROUP = re.compile(
    r"\b(?:parenting|parents['\u2019]?|dads['\u2019]?|mums['\u2019]?|fathers['\u2019]?|mothers['\u2019]?|"
    r"triple\s+p|freedom|carers['\u2019]?|recovery|drug|alcohol|anger)\b",
    re.IGNORECASE,
)
# "by driving him there": getting someone there oneself; not "by reminding him".
_TAKING_THEM = re.compile(
    r"\bby\s+(?:driving|taking|walking|going\s+with|collecting|picking\s+\w+\s+up|bringing|accompanying)\b",
    re.IGNORECASE,
)
# A later sentence that takes up what the session gave: "After each session Louise will ring her to
# talk through one thing she's taken from it", "... what she learned and try it at bathtime".
_BACK_TO_THE_SESSION = re.compile(
    r"\b(?:after\s+(?:each|every|the|that)\s+(?:session|class|meeting|group|week)s?"
    r"|what\s+(?:she|he|they|I|we|you)(?:['\u2019](?:ve|s)|\s+(?:has|have|had))?\s+"
    r"(?:learn(?:s|ed|t)?|taken|took|picked\s+up|found\s+useful)"
    r"|(?:taken|took|learn(?:ed|t)?)\s+from\s+(?:it|the\s+session|the\s+course|the\s+group))\b",
    re.IGNORECASE,
)
_ONLY_KEEPING_WATCH = frozenset(
    ("refer", "signpost", "review", "monitor", "discuss", "update", "chase", "check")
)


def used_in_a_later_sentence(s: Statement, main: Clause) -> bool:
    """ "Funmi will go to the Freedom Programme. After each session Louise will ring her to talk
    through one thing she's taken from it": the session is used, not only attended."""
    clauses = s.reading.clauses
    later = clauses[clauses.index(main) + 1 :] if main in clauses else []
    for clause in later:
        if clause.verb is None or not _BACK_TO_THE_SESSION.search(
            s.text, clause.tokens[0].start, clause.tokens[-1].end
        ):
            continue
        lemma = clause.lemma.split(" ")[0]
        if lemma not in _SERVICE_VERBS and lemma not in _ONLY_KEEPING_WATCH:
            return True
    return False


_DONE_THERE = re.compile(
    r"[^.;]{0,80}?\bwhere\s+(?:she|he|they|we|I|you|(?-i:[A-Z])[\w'-]+)\s+(?:will|can|is\s+to|are\s+to|gets?\s+to)\s+"
    r"(?!be\b)[a-z]+",
    re.IGNORECASE,
)


def only_attended(s: Statement, main: Clause, lemma: str, spans: list[Span]) -> list[Hit]:
    """A service attended or done, with nothing more: "attend 10 sessions of a parenting programme"."""
    if lemma in ("go", "come") and takes_them_there(s, main):
        return []  # "go with Stacey to her housing appointment": taking her there, as "take" would
    # What is attended or done: "attend 10 sessions of a parenting programme", not the
    # measure of it ("attend school for 95% of sessions").
    attended = [sp for sp in spans if s.in_verb_object(sp)][:1]
    if not attended and s.reading.clauses[0] is not main:
        # "Parenting course; Mum will attend every week": what is attended is the heading's.
        verb_start = main.tokens[main.verb].start if main.verb is not None else 0
        attended = [sp for sp in spans if sp.end <= verb_start][:1]
    made_sure = main.looked_through and main.looked_through[-1].startswith(("ensure", "make"))
    by_doing = bool(attended) and bool(_TAKING_THEM.search(s.text, attended[0].end))
    if made_sure and attended and (gets_someone_there(s, main) or by_doing):
        return []  # "Mum will make sure Leo attends the dentist": getting him there is the doing
    if (
        attended
        and attended[0].text.lower() in ("group", "groups")
        and not a_grown_up_of_the_family(s, main)
        and not _A_PARENTS_GROUP.search(s.text[max(0, attended[0].start - 40) : attended[0].start])
    ):
        return []  # "Leo will go to the nurture group": a child's own provision, not a parent's programme
    # "Book Lee's appointment and go along to it": arranged for him, and help given there; not "attend
    # the parenting course and go with Dad", which is still only the course.
    booked = bool(attended) and lemma in ("book", "arrange", "make") and goes_along_after(s, attended[0].end)
    if attended and (and_then_does(s, attended[0].end, telling_counts=True) or booked):
        return []
    if attended and _DONE_THERE.match(s.text, attended[0].end):
        return []  # "go to the recovery group, where she will make her own safety plan": what is done there
    if attended and used_in_a_later_sentence(s, main):
        return []  # "go with Dad to the appointment and help him fill in the form"
    return _hits(attended)
