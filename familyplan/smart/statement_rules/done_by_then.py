"""Something got done by a date, which the date shows: "will have the boiler fixed", "will have moved",
"with the damp treated by the landlord"; not a quality had ("will have more confidence"), which no
date shows (seed 004: "what evidence will prove a difference")."""

from __future__ import annotations

from collections.abc import Sequence

from familyplan.smart import words as w
from familyplan.smart.reading import Clause
from familyplan.smart.reading.tokens import Token, _is_participle

# What someone has or where they live can be checked on the day: "will have her own bank account by
# March", "will be living in his own flat by April", "there will be a smoke alarm on each floor by
# May". Having a quality ("more confidence", "a better relationship") cannot: it needs a measure.
_ABSTRACT = w.word_set(
    "confidence self-esteem esteem relationship relationships understanding knowledge awareness insight "
    "skill skills routine routines support resilience trust bond attachment respect control motivation "
    "hope happiness wellbeing well-being stability structure boundaries sense strategy strategies idea "
    "ideas time life future choice choices behaviour attitude belief beliefs feeling feelings voice say "
    "opportunity opportunities chance access help atmosphere mood environment fun friends friendships "
    "experience experiences peace rest sleep dynamics finances situation circumstances"
)


_DETERMINERS = w.word_set("a an the his her their its my our your own each every one two three")


def _had_done(main: Clause) -> bool:
    """ "will have the boiler fixed", "will have a college place sorted": something got done."""
    if main.verb is None or main.lemma.split(" ")[0] != "have":
        return False
    # Not "have a clearer understanding of how they were hurt": a quality; another clause's participle.
    thing = main.tokens[main.verb + 1 : main.predicate_end][:12]
    stop = next((j for j, t in enumerate(thing) if not t.is_word or t.lower in _CLAUSE_OPENERS), len(thing))
    # "will have a confirmed place on the course": a status a letter or a record shows.
    # Not "an approved plan": what plan, unsaid.
    recorded = (
        len(thing) > 2
        and thing[0].lower in ("a", "an", "the")
        and thing[1].lower in _RECORDED
        and thing[2].lower not in ("plan", "plans")
    )
    return not any(t.lower in _ABSTRACT for t in thing[:stop]) and (recorded or _done(thing[1:stop]))


_RECORDED = w.word_set("confirmed booked allocated funded")


_CLAUSE_OPENERS = w.word_set("how what why where when that which who whose whether")


def _with_done(main: Clause) -> bool:
    """ "..., with the damp treated by the landlord", "with her application lodged with the court":
    something got done, said on the way."""
    if main.verb is None:
        return False
    tokens = main.tokens
    for i in range(main.verb + 1, len(tokens) - 2):
        if tokens[i].lower == "with" and tokens[i + 1].lower in _DETERMINERS:
            thing = tokens[i + 1 : i + 12]
            stop = next((j for j, t in enumerate(thing) if not t.is_word), len(thing))
            if not any(t.lower in _ABSTRACT for t in thing[:stop]) and _done(thing[:stop]):
                return True
    return False


def _done(after: Sequence[Token]) -> bool:
    for i, t in enumerate(after):
        ends = i + 1 == len(after) or not after[i + 1].is_word or after[i + 1].lower in w.PREPOSITIONS
        # The participle follows what was done ("the boiler fixed"), not before it ("a settled routine").
        # "the boiler fixed", "the new amount paid": a participle, regular or not.
        if ends and _is_participle(t):
            return True
    return False


def _perfect(main: Clause) -> bool:
    """ "will have moved": done by then; not "will have agreed boundaries" or "will have secured
    friendships", which no date shows."""
    group = main.tokens[main.group[0] : main.verb] if main.group else []
    done_to = main.tokens[(main.verb or 0) + 1 : main.predicate_end][:4]
    return any(t.lower in w.HAVE for t in group) and not any(t.lower in _ABSTRACT for t in done_to)
