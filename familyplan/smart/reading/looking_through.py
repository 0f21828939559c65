"""Past a helping verb to the verb it serves: "help Mum to make a meal plan" is about the plan."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.clause import Clause
from familyplan.smart.reading.group_words import BOUNDARY_WORDS, STATE_PARTICIPLES
from familyplan.smart.reading.tokens import Token, _can_be_base_verb, _is_participle, _nominal_end
from familyplan.smart.reading.verb_or_noun import verb_reading


def _past_keeping_on(clause: Clause) -> bool:
    """ "keep monitoring her weight", "continue checking in": the work that goes on is the verb."""
    if clause.verb is None or clause.passive or clause.lemma.split(" ")[0] not in ("keep", "continue"):
        return False
    tokens, at = clause.tokens, clause.verb + 1
    nxt = tokens[at] if at < len(tokens) else None
    if nxt is None or not nxt.lower.endswith("ing") or nxt.name:
        return False
    lemma = w.verb_lemma(nxt.lower)
    if lemma is None or lemma == nxt.lower:
        return False
    clause.looked_through.append(clause.lemma)
    clause.verb, clause.lemma = at, lemma
    return True


def look_through(clause: Clause) -> None:
    """ "help Mum to make a meal plan" is about making the plan: find the verb a helping verb serves."""
    tokens, n = clause.tokens, len(clause.tokens)
    for _ in range(3):
        if _past_keeping_on(clause):
            continue
        head = clause.lemma.split(" ")[0]
        if clause.verb is None or head not in w.LOOK_THROUGH_VERBS or clause.passive:
            return
        found = None
        limit = min(n, clause.verb + 8)
        for j in range(clause.verb + 1, limit):
            t = tokens[j]
            if t.lower in BOUNDARY_WORDS or t.text in ",;:":
                break
            served = j == clause.verb + 1 and _served_verb(tokens[j + 1]) if j + 1 < n else False
            if t.lower == "to" and j + 1 < n and (verb_reading(tokens, j + 1) or served):
                found = j + 1
                break
            # "help Mum fill in the form", "make sure the children are in bed"
            before = tokens[j - 1]
            person = before.name or before.lower in w.FAMILY_WORDS or before.lower in w.PERSONAL_PRONOUNS
            if (
                j > clause.verb + 1
                and (
                    (person and head in ("help", "let", "make") and verb_reading(tokens, j))
                    or (t.lower in w.BE and head in ("ensure", "make") and _nominal_end(before))
                    # "ensure Claire understands", "make sure Ben gets there": someone, then their verb.
                    or (
                        person
                        and head in ("ensure", "make")
                        and all(x.lower in ("sure", "that") for x in tokens[clause.verb + 1 : j - 1])
                        and (head == "ensure" or tokens[clause.verb + 1].lower == "sure")
                        and finite_form(t)
                    )
                )
            ):
                found = j
                break
        # "let Mum know" is telling her: the knowing is hers, the doing is the telling.
        if found is None or (head == "let" and w.verb_lemma(tokens[found].lower) == "know"):
            return
        clause.looked_through.append(clause.lemma)
        t = tokens[found]
        clause.verb = found
        if t.lower in w.BE:
            nxt = tokens[found + 1] if found + 1 < n else None
            if nxt is not None and _is_participle(nxt) and nxt.lower not in STATE_PARTICIPLES:
                clause.verb, clause.passive = found + 1, True
                clause.lemma = w.verb_lemma(nxt.lower) or nxt.lower
            else:
                clause.copular, clause.lemma = True, "be"
            return
        clause.lemma = w.verb_lemma(t.lower) or t.lower


# Straight after "continue to", "need to", a word that can be a verb is one ("continue to monitor
# attendance"), unless it is somewhere to go ("continue to school").
_PLACES = w.word_set(
    "school bed work nursery college class church hospital court town university group club clinic session "
    "playgroup"
)


def _served_verb(t: Token) -> bool:
    return _can_be_base_verb(t) and t.lower not in _PLACES


def finite_form(t: Token) -> bool:
    """ "understands", "gets": a verb's -s form, not a plural noun ("needs" is read as a noun)."""
    if not t.lower.endswith("s") or t.name:
        return False
    lemma = w.verb_lemma(t.lower)
    return lemma is not None and lemma != t.lower and not w.can_be(t.lower, "NOUN")
