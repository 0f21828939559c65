"""Words inside a verb group that are not its verb: "not", "also", "be able to", "both", "calmly"."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.clause import Clause
from familyplan.smart.reading.tokens import Token, _can_be_verb

BE_LEADS = frozenset(["able", "going", "expected", "required", "supposed"])


def skip_in_group(clause: Clause, j: int, first: int) -> int:
    """How many words to pass over inside a verb group: "not", "also", "be able to", "try to"."""
    tokens, n = clause.tokens, len(clause.tokens)
    t, lower = tokens[j], tokens[j].lower
    nxt = tokens[j + 1].lower if j + 1 < n else ""
    if t.negated and lower in w.DO | w.BE | w.HAVE | w.MODALS:
        clause.negated = True
    if j > first and lower in w.NEGATIONS:
        if lower == "no" and nxt == "longer":
            clause.ended = True
            return 2
        clause.negated = True
        return 1
    if j > first and lower in w.HEDGE_ADVERBS:
        clause.tentative = clause.tentative or lower
        return 1
    if (lower in w.GROUP_ADVERBS and lower != "continue") or (lower in w.MODALS and j > first):
        return 1
    if j > first and (gap := _gap_before_verb(tokens, j)):
        return gap
    if lower in w.DO and (nxt == "not" or t.negated):
        return 1
    if lower in BE_LEADS and nxt == "to":
        return 2
    if (w.verb_lemma(lower) or lower) in w.INTENTION_VERBS and nxt in ("to", "and"):
        clause.tentative = clause.tentative or f"{lower} to"
        return 2
    if lower == "like" and clause.tentative == "would" and nxt == "to":
        return 2
    return 0


# Words that float between the auxiliary and its verb: "will both go", "will all help".
_FLOATING_QUANTIFIERS = w.word_set("each both all")
# Periods that "each" or "every" make into a time between the auxiliary and its verb: "will each week phone".
_PERIODS = w.word_set("day night morning evening afternoon week fortnight month term time")


def _gap_before_verb(tokens: list[Token], j: int) -> int:
    """How many words between the auxiliary and the verb that follows are not the verb:
    an adverb ("will calmly tell", "will first talk"), a floating "both" or "each", or a
    time ("will each week phone"). None when no verb follows them."""
    t = tokens[j]
    width = 0
    period_follows = j + 1 < len(tokens) and tokens[j + 1].lower in _PERIODS
    if t.lower in _FLOATING_QUANTIFIERS or (t.lower == "every" and period_follows):
        width = 2 if period_follows else 1
    elif t.is_word and not t.name and w.can_be(t.lower, "ADV") and not w.can_be(t.lower, "VERB"):
        width = 1
    after = tokens[j + width] if width and j + width < len(tokens) else None
    return width if after is not None and _can_be_verb(after) else 0


# Participles that say how someone is, not what was done to them: "Ben is settled".
STATE_PARTICIPLES = w.word_set(
    "worried scared frightened tired excited interested bored upset settled relaxed confused pleased "
    "dressed engaged involved prepared organised organized motivated determined stressed concerned "
    "married separated divorced registered enrolled housed employed qualified"
)

# Words that open another clause, where a verb group's reach ends.
BOUNDARY_WORDS = w.word_set(
    "because which while whilst when whenever if unless so although though once where whereby"
)


def _hedged_opening(clause: Clause, first: int) -> str:
    """ "Hopefully Nan will have them", "Ideally, Dad will ring": a hedge opening the main clause,
    before its subject; not one in an aside ("Nan, who probably knows him best, will") or on a
    time ("Ideally before school, Mum will read")."""
    tokens, main = clause.tokens, clause.main
    if main + 1 >= first or tokens[main].lower not in w.HEDGE_ADVERBS:
        return ""
    after = tokens[main + 1]
    starts_the_subject = after.name or after.lower in w.PERSONAL_PRONOUNS or after.lower in w.FAMILY_WORDS
    return tokens[main].lower if after.text == "," or starts_the_subject else ""


def start_group(clause: Clause, first: int, position: int, mood: str) -> int:
    """What the anchor says of the group (negated, tentative), and where its walk starts."""
    tokens, n = clause.tokens, len(clause.tokens)
    anchor = tokens[first]
    clause.negated = anchor.negated
    if anchor.lower in w.TENTATIVE_MODALS:
        clause.tentative = anchor.lower
    clause.tentative = clause.tentative or _hedged_opening(clause, first)
    # A request: "Can you send the slides by Wednesday?", "Could Sarah ring the school?"
    if (
        mood == "modal"
        and position < n
        and (tokens[position].lower in w.PERSONAL_PRONOUNS or tokens[position].name)
    ):
        clause.subject = (position, position + 1)
        clause.tentative = ""
        return position + 1
    return first if mood == "finite" else position  # a finite be/have/do may itself be the verb
