"""The clauses after an outcome's first that may say how we will know it is reached: a later
sentence, what follows a colon, a second predicate, or what the family say they want."""

from __future__ import annotations

from collections.abc import Iterator

from familyplan.smart import words as w
from familyplan.smart.reading import Clause, Token, read_clause
from familyplan.smart.statement_rules.statement import Statement

_WANTING = w.word_set("want wish hope like")
_TAKING_PART = w.word_set("engage attend participate complete undertake refer access finish join")


def evidence_clauses(s: Statement, main: Clause) -> Iterator[Clause]:
    """The further clauses that speak of the outcome's own person or of a thing, and say what is
    seen rather than what is taken part in ("She will complete the course by March")."""
    wanted = main.lemma in _WANTING  # "We want Kayla to have her own bed": the outcome itself
    # "We will know this is happening when every handover goes ahead with Dad sober": said to be how we
    # will know, whoever it is about.
    for clause in s.reading.clauses:
        known_by = _what_it_is_known_by(clause)
        if known_by is not None and _about_the_same(main, known_by):
            yield known_by
    for clause in _further_clauses(s, main):
        if clause.lemma.split(" ")[0] in _TAKING_PART:
            continue
        if wanted or _about_the_same(main, clause) or _someone_says(clause):
            yield clause


# "... and Claire says she feels able to answer his questions": what someone in the family says is
# how we will know (seed 004: "what the child will say"), whoever the outcome is about.
_SAYING = w.word_set("say tell rate score report")


def _someone_says(clause: Clause) -> bool:
    if clause.passive or clause.subject is None or clause.lemma.split(" ")[0] not in _SAYING:
        return False
    subject = clause.tokens[clause.subject[0] : clause.subject[1]]
    if not subject or any(t.text == "(" for t in subject):
        return False  # "Anna Bell (Key Worker) says": a professional
    # The family by a family word or a first name alone, just before the verb ("by the review
    # Claire says"); "Dr Khan", "Sarah Jones" and "Mr Lee" are professionals, whose opinion is no
    # measure.
    who, before = subject[-1], subject[-2] if len(subject) > 1 else None
    if who.lower in w.FAMILY_WORDS:
        return True
    by_first_name = before is None or not (before.name or before.lower in _TITLES)
    return who.name and by_first_name


_TITLES = w.word_set("mr mrs ms miss dr pc mx")


_PRONOUNS = w.word_set("he she they i we it this that")
_HELPERS = w.word_set(
    "worker practitioner mentor nurse teacher visitor officer counsellor therapist doctor gp school staff "
    "coordinator co-ordinator keyworker service team"
)


_ON_RECORD = w.word_set("registered enrolled rehoused")


def _about_the_same(main: Clause, clause: Clause) -> bool:
    """Whether a later clause speaks of whoever the outcome is about, or of a thing ("the flat will
    be dry"): "Jo will visit her every week" is what a worker does, not what shows the change, and
    nor is "She will be told about local groups"."""
    if clause.subject is None:
        return not clause.passive
    said = clause.tokens[clause.verb : clause.verb + 2] if clause.verb is not None else []
    if any(t.lower in _ON_RECORD for t in said):
        return True  # "and both children are registered at Castle Street Surgery": a record shows it
    words_ = [
        t for t in up_to_a_clause_about_it(clause.tokens[clause.subject[0] : clause.subject[1]]) if t.is_word
    ]
    if any(t.lower in _PRONOUNS for t in words_):
        return not clause.passive
    main_words = {t.lower for t in main.tokens[main.subject[0] : main.subject[1]]} if main.subject else set()
    main_words |= _for_whom(main)
    # Whose the thing is ("the children's bedroom") does not make it a person.
    people = [
        t for t in words_ if not t.possessive and (t.name or t.lower in w.FAMILY_WORDS or t.lower in _HELPERS)
    ]
    if people:
        return all(t.lower in main_words for t in people) and not clause.passive
    return True


def _for_whom(main: Clause) -> set[str]:
    """ "Handovers will be calm for Jack and Isla: ... Jack and Isla will both say ...": whom the
    outcome is for, named after "for" in its predicate."""
    start = main.verb if main.verb is not None else 0
    tokens = main.tokens[start : main.predicate_end or len(main.tokens)]
    at = next((i for i, t in enumerate(tokens) if t.lower == "for"), None)
    names: set[str] = set()
    for t in tokens[at + 1 :] if at is not None else ():
        if t.text in ("(", ")") or t.text.isdigit():
            continue  # "Jack (9)": an age
        if not (t.name or t.lower == "and"):
            break
        if t.name:
            names.add(t.lower)
    return names


def _further_clauses(s: Statement, main: Clause) -> Iterator[Clause]:
    """Where an outcome goes on to say how we will know: a later sentence, what follows a colon
    ("Liam will know about Freya's school life: by January he will be on the contact list"), or a
    second predicate ("... and will be able to tell Claire her plan by 15 January")."""
    if main.verb is not None and main.lemma in _WANTING:
        # "We want the boys to have their own beds by February": what is wanted is the outcome.
        wanted = read_clause(main.tokens[main.verb + 1 :])
        if wanted.verb is not None:
            yield wanted
    for clause in s.reading.clauses:
        if clause is not main and clause.verb is not None:
            yield clause
        tokens = clause.tokens
        for i, t in enumerate(tokens[:-2]):
            # ", and the bedroom has a working smoke alarm": a second subject with its own verb.
            # "+" and "&" are "and" in notes: "goes to the class + can make a call by April".
            further = t.lower in ("and", "+", "&") and (
                tokens[i + 1].lower in w.MODALS
                or _someone_then_verb(tokens, i + 1)
                or _has_done(tokens, i + 1)
                or _by_then_someone_will(tokens, i + 1)
            )
            second = t.lower == "and" and i and tokens[i - 1].text == "," and not further
            if t.text in (":", ";") or further or second:
                # "..., and has shown Mum": the subject is the one before.
                shared = clause.subject if _has_done(tokens, i + 1) else None
                subject = tokens[shared[0] : shared[1]] if shared else []
                rest = read_clause([*subject, *tokens[i + 1 :]])
                if rest.verb is not None and (not second or rest.subject is not None):
                    yield rest


# "I'll know because by March I am cooking our meals again", "We will know it is working when ...":
# the family saying in their own words what they will see.
_KNOWING_BY = w.word_set("because when as since")


def _what_it_is_known_by(clause: Clause) -> Clause | None:
    """Not "We know Tia is at risk because ...", the reason for the goal; and not sessions gone to
    ("because she will have attended 10 sessions"), which seed 002 says need not lead to change."""
    if clause.verb is None or clause.lemma != "know" or clause.passive:
        return None
    before = [t.lower for t in clause.tokens[max(0, clause.verb - 2) : clause.verb]]
    if "will" not in before and "shall" not in before:
        return None
    after = clause.tokens[clause.verb + 1 : clause.verb + 6]
    at = next((i for i, t in enumerate(after) if t.lower in _KNOWING_BY), None)
    if at is None:
        return None
    seen = read_clause(clause.tokens[clause.verb + 2 + at :])
    # "because Mum will tell us", "because the case will be closed": what would be seen, unsaid.
    said_only = seen.lemma.split(" ")[0] in _SAID_ONLY
    taken_part = seen.lemma.split(" ")[0] in _TAKING_PART or any(t.lower in _SESSIONS for t in seen.tokens)
    return seen if seen.verb is not None and not taken_part and not said_only else None


_SESSIONS = w.word_set(
    "session sessions course programme appointment appointments referral case plan visit visits visited"
)
_SAID_ONLY = w.word_set("say tell close end")


_WHOSE_THING = w.word_set("her his their my our a an the")


def _has_done(tokens: list[Token], i: int) -> bool:
    """ "..., and has shown Mum her accounts set to private": a second predicate, done by then."""
    if tokens[i].lower not in ("has", "have"):
        return False
    done = tokens[i + 1].lower
    if done in _WHOSE_THING:
        return True  # "..., and has her aunt's number saved in her phone": a thing she has, by then
    return w.verb_lemma(done) not in (None, done) and not done.endswith("ing")


def _by_then_someone_will(tokens: list[Token], i: int) -> bool:
    """ "... and by 15 January 2027 both will be able to tell their mum": a date, then someone's own verb."""
    if tokens[i].lower != "by":
        return False
    return any(
        t.lower in w.MODALS and tokens[j - 1].is_word and tokens[j - 1].lower not in w.PREPOSITIONS
        for j, t in enumerate(tokens[i + 2 : i + 10], start=i + 2)
    )


def _someone_then_verb(tokens: list[Token], i: int) -> bool:
    """ "... by 30.04.2027 and Kayleigh says she feels sure": someone, then their own verb."""
    who, verb = tokens[i], tokens[i + 1]
    if not (who.name or who.lower in w.FAMILY_WORDS) or not verb.is_word:
        return False
    lemma = w.verb_lemma(verb.lower)
    return lemma is not None and lemma != verb.lower and not verb.lower.endswith("ing")


_WHERE_IT_IS = w.word_set("at in on between during")


def up_to_a_clause_about_it(subject: list[Token]) -> list[Token]:
    """ "the floors Mia plays on", "every Sunday handover at Nan's": the thing, before the clause or
    the place that says whose it is; not "Mum and Dad", nor "one of her friends"."""
    for i, t in enumerate(subject[1:], start=1):
        before = subject[i - 1]
        a_thing = before.is_word and not before.name and before.lower not in w.FAMILY_WORDS
        noun_like = w.can_be(before.lower, "NOUN") or w.verb_lemma(before.lower) is None
        if t.lower in _WHERE_IT_IS and a_thing and noun_like and before.lower not in _WHOSE_THING:
            return subject[:i]
        noun = before.is_word and not before.name and w.can_be(before.lower, "NOUN")
        if t.name and noun and before.lower not in _WHOSE_THING and before.lower not in _TITLES:
            return subject[:i]
    return subject
