"""An outcome that is a worker's own task: "Health visitor to visit Lena and baby Maja every two
weeks". Seed 002 sets outcomes apart from the actions that bring them about, and seed 001 names plans
that are "not outcome based": what a worker will do is the service, not the change for the child."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.calls_to_services import JOB
from familyplan.smart.statement_rules.statement import Statement

_A_JOB = re.compile(r"\b(?:" + JOB + r")s?\b", re.IGNORECASE)
# What a worker does for a family; not what a worker sees, says or records of it ("his teacher
# reports that he hands in his homework each week"), which is how the change is known.
_SERVICE_GIVEN = w.word_set(
    "visit meet call ring phone text refer support help provide offer arrange run deliver give work "
    "do complete assess signpost contact liaise monitor check attend go take weigh measure see review"
)


_SAID_BY_THE_WAY = w.word_set("a an now trainee student peer who wants training apprentice volunteer year")


def a_workers_task(s: Statement, main: Clause) -> bool:
    if main.subject is None or main.verb is None or main.passive or main.copular:
        return False
    if main.lemma.split(" ")[0] not in _SERVICE_GIVEN:
        return False
    # Up to the verb, with any job in brackets after the name: "Jo (Family Support Worker) to visit".
    first = main.group[0] if main.group else main.verb
    who = s.text[main.span(*main.subject)[0] : main.tokens[first].start]
    # The job is who it is ("the health visitor", "Jo (Family Support Worker)"), not a word about a
    # thing ("the health visitor appointments"); nobody of the family does it with them ("Mum and the
    # health visitor").
    bracketed = re.findall(r"\(([^)]*)\)", who)
    outside = re.findall(r"[\w'-]+", re.sub(r"\([^)]*\)", " ", who))
    head = outside[-1:]
    # "Kelly Hart (Mum, a care worker)", "Chloe, a student nurse", "Maya, who wants to be a teacher",
    # "Jayden (Year 10 peer mentor)": one of the family, whose job or hope is said by the way.
    every_word = [x.lower() for x in re.findall(r"[\w'-]+", who)]
    family = any(x in w.FAMILY_WORDS and x != "family" for x in every_word)
    by_the_way = any(x in _SAID_BY_THE_WAY for x in every_word)
    job = any(_A_JOB.search(x) for x in bracketed) or bool(head and _A_JOB.fullmatch(head[0]))
    return job and not family and not by_the_way
