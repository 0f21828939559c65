"""What shows an outcome has been reached (seed 004: "what evidence will prove a difference")."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
from familyplan.smart.reading.tokens import Token
from familyplan.smart.statement_rules.done_by_then import (
    _ABSTRACT,
    _DETERMINERS,
    _had_done,
    _perfect,
    _with_done,
)
from familyplan.smart.statement_rules.further_clauses import evidence_clauses, up_to_a_clause_about_it
from familyplan.smart.statement_rules.how_it_is_seen import (
    how_it_is_seen,
    noted_where_seen,
    spelt_out_in_an_aside,
)
from familyplan.smart.statement_rules.measuring_numbers import _numbers_that_measure, only_where_it_starts
from familyplan.smart.statement_rules.more_or_better import (
    _COMPARISONS,
    REGULAR,
    _amount_unsaid,
    _comparative_adjective,
    _comparatives_in,
    _goes_better,
    improving_to_nothing_said,
)
from familyplan.smart.statement_rules.statement import Statement
from familyplan.smart.statement_rules.subjects import names_a_person, own_subject_words

# --- What shows an outcome is reached ---------------------------------------------------

_PLACE_WORDS = w.word_set(
    "school nursery college home bed class lessons work church club breakfast tea dinner lunch "
    "evening gala assembly match concert show site flat house pitch hostel room placement library gym "
    "park centre training"
)


def _observable(s: Statement, main: Clause, state_words: tuple[str, ...]) -> bool:
    """Can someone see or hear the change happen? "gets dressed", "is in school", not "feels happy"."""
    if main.verb is None:
        return False
    if main.copular:
        after = _complement(main)
        first = after[0].lower if after else ""
        if _recorded_state(main) or _end_state(s, main) or _thing_in_a_state(s, main, after):
            return True
        if first in _STATES_SEEN:
            return True  # "is dry at night", "is asleep by 8pm": a state of the body anyone can see
        if first == "to" and _perfect(main):
            return True  # "will have been to her hearing test by 29.01.2027": gone, as anyone can see
        # "be at nursery", "be at home", "be in bed by 8pm", "are both back in college": being
        # somewhere can be seen.
        # "is back at the flat by 9pm": somewhere, by a time of day.
        subject = own_subject_words(main)
        # "Jimmy is back by 9pm": a first name alone, even one that is also a word.
        someone = names_a_person(subject) or (len(subject) == 1 and subject[0].text[:1].isupper())
        # Somewhere, not a state: "on the site", "at his mate's", not "on top of", "in a calm state".
        somewhere = (
            len(after) > 1
            and (after[1].lower in _WHOSE_PLACE or after[1].name)
            and not any(t.lower in _NOT_A_PLACE for t in after[:5])
        )
        timed = someone and somewhere and any(kind == "time" for kind, *_ in s.when)
        return first in ("in", "at", "on", "home") and (
            timed or any(t.lower in _PLACE_WORDS for t in after[:6])
        )
    lemma = main.lemma.split(" ")[0]
    if main.lemma in _CHANGE_PHRASES:
        return False  # "attendance to go up": a change, by how much unsaid
    return lemma not in state_words and lemma not in _CHANGE_WORDS


_CHANGE_PHRASES = frozenset(("go up", "go down", "come down", "pick up"))
_WHOSE_PLACE = w.word_set("the his her their my our")
_NOT_A_PLACE = w.word_set("top state frame mind mood place control position space")
_STATES_SEEN = w.word_set("dry sober asleep awake dressed ready")

# A status that a record shows: "registered with a dentist", "enrolled at college", "housed".
_RECORDED_STATES = w.word_set("registered enrolled housed rehoused employed qualified")


def _complement(main: Clause) -> list[Token]:
    """What follows "is" or "are", past a floating "each", "both", "all" or "back": "are each
    registered", "are both back in college"."""
    after = main.tokens[main.verb + 1 : main.predicate_end] if main.copular and main.verb is not None else []
    skip = 0
    while skip < len(after) - 1 and after[skip].lower in _FLOATING:
        skip += 1
    return after[skip:]


_FLOATING = w.word_set("each both all now still back already fully")


def _recorded_state(main: Clause) -> bool:
    """A status a record shows: "registered with a dentist", "back in college", "in full-time education",
    "on the school's contact list"."""
    after = _complement(main)
    if after and after[0].lower == "in" and any(t.lower in _STATUS_PLACES for t in after[1:5]):
        return True
    if after and after[0].lower == "on" and any(t.lower in _RECORDS for t in after[1:6]):
        return not any(t.lower == "waiting" for t in after[1:6])  # a waiting list is no change yet
    return bool(after) and after[0].lower in _RECORDED_STATES


# Being in these is a status on a register, not a place one is seen in at a time.
_STATUS_PLACES = w.word_set("education training employment college apprenticeship university payment")
_RECORDS = w.word_set("list register roll rota database")


# A thing in a condition anyone can see on the day: "the flat is smoke-free", "the bedroom is dry".
_CONDITION = re.compile(
    r"(?:dry|warm|heated|repaired|fixed|working|fitted|installed|furnished|watertight|clutter[\s-]free|"
    r"\w+[\s-]free|free\s+(?:of|from))\b",
    re.IGNORECASE,
)


def _thing_in_a_state(s: Statement, main: Clause, after: list[Token]) -> bool:
    if main.subject is None or main.verb is None:
        return False
    subject = up_to_a_clause_about_it(own_subject_words(main))
    if not subject or names_a_person(subject):
        return False  # a person's state is seen in what they do, not said by an adjective
    if after:
        return bool(_CONDITION.match(s.text, after[0].start))
    # Written as a note, the condition is the verb itself: "the broken back window repaired by May".
    alone = main.group is None or main.group[0] == main.verb
    return alone and bool(_CONDITION.fullmatch(main.tokens[main.verb].text))


def _noted_in_a_state(s: Statement, main: Clause) -> tuple[str, Span] | None:
    """A note with no verb, a thing and the condition it will be in, by a date: "Children's bedroom
    dry and warm by 31.03.2027". Not a person's state ("Kai settled"), unless anyone can see it."""
    words_ = [t for t in main.tokens[main.main : main.main + 5] if t.is_word]
    at = next(
        (i for i, t in enumerate(words_) if _CONDITION.fullmatch(t.text) or t.lower in _STATES_SEEN), None
    )
    # "Children's bedroom dry": whose it is names a person; the thing is still a thing. "Kai dry at
    # night": a state of the body anyone can see.
    owner = [t for t in words_[:at] if not t.text.endswith(("'s", "\u2019s"))] if at else []
    if not at or (names_a_person(owner) and words_[at].lower not in _STATES_SEEN):
        return None
    dated = [(a, b) for kind, a, b, _ in s.when if kind in ("date", "month", "day", "point")]
    return ("done by a date", s.span(*dated[0])) if dated else None


def _an_abstract_subject(main: Clause) -> bool:
    """ "the relationship to be stabilised", "her confidence to be built up": done to a quality,
    which no date shows; not "the arrears cleared" or "the boiler fixed"."""
    return any(t.lower in _ABSTRACT for t in own_subject_words(main))


# Where someone lives or sleeps: "living in his own flat", "sleeping in a dry bedroom".
_LIVING = w.word_set("live reside sleep")


def _end_state(s: Statement, main: Clause) -> bool:
    """A thing someone has, a place they live or a thing in place: checkable on a given day."""
    if main.verb is None:
        return False
    lemma = main.lemma.split(" ")[0]
    after = main.tokens[main.verb + 1 : main.predicate_end]
    if lemma in _LIVING:
        return bool(after) and after[0].lower in ("in", "at", "on", "with") and not _comparatives_in(after)
    there = main.subject is not None and main.tokens[main.subject[0]].lower == "there"
    # "receiving the kinship allowance" as "having" it: a payment is a thing a record shows.
    if not (lemma in _HAVING and not _perfect(main)) and not (main.copular and there):
        return False
    if not after or after[0].lower in _QUALITIES:
        return False  # "have more confidence", "have good routines": a quality, not a thing
    if _UNDER_CONTROL.search(s.text, after[0].start, after[-1].end):
        return False  # "has his debts under control": how well they are kept, not a thing had
    thing = [t.lower for t in after[:6] if t.is_word]
    skip = 1 if after[0].lower in _DETERMINERS else 0  # "a stair gate", "stair gates"
    # The noun ends at a preposition or a clause about it: "a morning routine that works for them".
    head = next((x for x in thing[skip:] if x in w.PREPOSITIONS or x in _ABOUT_IT), None)
    noun_words = thing[skip : thing.index(head)] if head else thing[skip:]
    # "a relaxed weekend", "a settled home": a participle before the noun describes how it feels.
    # So does a comparison: "a calmer home".
    # "a fitted stair gate", "a working smoke alarm": a condition anyone can see.
    described = any(
        (x.endswith("ed") and w.verb_lemma(x) not in (None, x) and not _CONDITION.fullmatch(x))
        or _comparative_adjective(x)  # not "number", a noun first
        for x in noun_words[:-1]
    )
    # The head noun says what is had: "a sleep space" is a place, "more sleep" a quality.
    return (
        bool(noun_words)
        and not described
        and noun_words[-1] not in _ABSTRACT
        and not any(x in _COMPARISONS for x in noun_words)
    )


_HAVING = w.word_set("have receive")
_ABOUT_IT = w.word_set("that which who whose where when")
_UNDER_CONTROL = re.compile(r"\b(?:under\s+control|in\s+hand|on\s+track|in\s+order|sorted)\b", re.IGNORECASE)
# "improved mental health, as she tells us", "attend regularly, as he tells us": told, but of nothing set.
_VAGUE_TOLD = re.compile(r"\b(?:improv\w*|regular(?:ly)?|better|more|less|positive\w*)\b", re.IGNORECASE)


_QUALITIES = _COMPARISONS | w.word_set(
    "good positive healthy happy stable safe secure strong appropriate "
    "suitable nice regular consistent clear improved calm calmer some any no"
)


# Saying or showing to someone is evidence in itself (seed 004: "what the child will say").
_SAYING = w.word_set("say tell explain describe name teach show")


def _says_it(main: Clause) -> bool:
    """ "explain her safety plan", and "talk her worker through her safety plan": said aloud, heard."""
    lemma = main.lemma.split(" ")[0]
    if lemma in _SAYING:
        return True
    after = main.tokens[(main.verb or 0) + 1 : main.predicate_end][:5]
    # Someone talked through it, not "talk through her feelings".
    return lemma in ("talk", "walk") and any(t.lower == "through" for t in after[1:])


# "get over", "get through", "get on with": coping or getting along, not a thing done.
_COPING = w.word_set("over through on along")
_JUDGED = w.word_set("appropriate necessary needed required possible suitable safe agreed")

_ONE_OFF = w.word_set(
    "move pay clear find secure obtain register enrol start begin return pass gain buy open sign join "
    "finish complete get"
)


def _gets_on(main: Clause) -> bool:
    """ "get on well", "get along better": coping or getting along, with its particle read apart."""
    after = main.tokens[main.verb + 1 : main.verb + 2] if main.verb is not None else []
    return main.lemma == "get" and bool(after) and after[0].lower in _COPING


def _able_to(main: Clause) -> bool:
    """ "can test her own blood sugar", "will be able to read the letters": a skill, shown by then."""
    group = [t.lower for t in main.tokens[main.group[0] : main.verb]] if main.group else []
    if main.lemma.split(" ")[0] not in _SKILLS:
        return False  # "able to talk through his worries", "can get on with his sister": seen how?
    return bool(group) and (group[0] == "can" or group[-2:] == ["able", "to"])


# Skills someone shows by doing them once, in front of whoever checks.
_SKILLS = w.word_set(
    "read write spell count test measure check use book ring phone call email text message cook make prepare "
    "travel catch ride swim dress wash bath brush feed change fill complete pay budget shop tie "
    "name sign inject give take work log"
)


_CHANGE_WORDS = w.word_set(
    "improve increase reduce decrease develop progress better enhance grow boost lessen lower raise "
    "strengthen build"
)


def has_evidence(s: Statement, state_words: tuple[str, ...]) -> bool:
    return evidence_of(s, state_words) is not None


def evidence_of(s: Statement, state_words: tuple[str, ...]) -> tuple[str, Span] | None:
    """What says how we will know, worked out once per statement (several rules ask)."""
    if state_words not in s.evidence_found:
        s.evidence_found[state_words] = _evidence_of(s, state_words)
    return s.evidence_found[state_words]


def _evidence_of(s: Statement, state_words: tuple[str, ...]) -> tuple[str, Span] | None:
    """What says how we will know (seed 004: "what evidence will prove a difference"), and why it counts."""
    # "sleep will improve, evidenced through the night diary": a record named, but improved to what?
    # ... and "regular contact, reported at each review": how often, unsaid.
    improving = improving_to_nothing_said(s) or bool(REGULAR.search(s.text))
    for kind, a, b, _ in s.evidence:
        stated = kind == "stated" and not _VAGUE_EVIDENCE.match(s.text, b) and not improving
        # "up to 15 July 2027": a date the words run to, not a level to reach.
        dated = any(k == "date" and a <= start < b for k, start, *_ in s.when)
        if kind == "threshold" and only_where_it_starts(s.text, a):
            continue
        if (kind in ("threshold", "scale") and not dated) or stated:
            return kind, s.span(a, b)
    numbers = _numbers_that_measure(s)
    if numbers:
        return "a number", numbers[0]
    main = s.reading.main
    if main is not None and main.verb is None:
        return _noted_in_a_state(s, main) or noted_where_seen(s, main)
    if main is None:
        return None
    for kind, a, b, _ in s.evidence:
        # "will cope better without relying on her friends": better than what, alone or not? And
        # "feel more confident, as she tells us": more than what?
        vague_told = kind == "told" and _VAGUE_TOLD.search(s.text)
        if (
            kind in ("independent", "told")
            and not vague_told
            and not _goes_better(main)
            and not _comparatives_in(main.tokens)
        ):
            return "without help" if kind == "independent" else "in their own words", s.span(a, b)
    found = _behaviour_evidence(s, main, state_words)
    for clause in evidence_clauses(s, main) if found is None else ():
        found = _behaviour_evidence(s, clause, state_words)
        if found:
            break
    verb = main.tokens[main.verb].start if main.verb is not None else 0
    return found or spelt_out_in_an_aside(s, verb)


# "evidenced by a reduction in incidents", "shown by fewer calls": a change by no amount proves nothing.
_VAGUE_EVIDENCE = re.compile(
    r"\s+(?:an?\s+)?(?:(?:general|overall|clear|noticeable|significant)\s+)?"
    r"(?:reduc\w*|decreas\w*|drop|fall|increas\w*|rise|improv\w*|fewer|less|more|better|lower|higher)\b"
    r"(?![^.;,]{0,40}?(?:\d|\b(?:from|to|below|under|above)\s))",
    re.IGNORECASE,
)


def _behaviour_evidence(s: Statement, main: Clause, state_words: tuple[str, ...]) -> tuple[str, Span] | None:
    """An observable behaviour with its condition: how often, by when, or in what situation."""
    if not _observable(s, main, state_words):
        return None
    vague = main.verb is not None and _comparatives_in(main.tokens[main.verb : main.predicate_end])
    seen = how_it_is_seen(s, vague or bool(REGULAR.search(s.text)))
    if seen is not None:
        return seen
    if main.ended:
        return "an end point", s.verb_span()  # "no longer misses breakfast"
    # A one-off change done by a date can be checked: "the arrears will be cleared by December".
    said = _says_it(main) and main.predicate_end > (main.verb or 0) + 1
    one_off = (
        said
        or (main.passive and not _an_abstract_subject(main))
        or (
            main.lemma.split(" ")[0] in _ONE_OFF
            and main.lemma.split(" ")[-1] not in _COPING
            and not _gets_on(main)
        )
        or _perfect(main)
        or _able_to(main)
        or _recorded_state(main)
        or _had_done(main)
        or _with_done(main)
        or _end_state(s, main)
        or _thing_in_a_state(s, main, _complement(main))
    )
    # "fewer behaviour points by March": done by then, but fewer than what is not said; and
    # "getting on better with his stepdad by April": better than what?
    # "will see their dad regularly, with the number of visits discussed at the review": how often unsaid.
    how_often_unsaid = any(kind == "vague" for kind, *_ in s.when) or bool(REGULAR.search(s.text))
    if (
        one_off
        and not how_often_unsaid
        and not _amount_unsaid(main)
        and not (vague and not said and _goes_better(main))
    ):
        for kind, a, b, _ in s.when:
            if kind in ("date", "month", "day", "point"):
                return "done by a date", s.span(a, b)
    verb = main.verb or 0
    for i, t in enumerate(main.tokens[verb:], start=verb):
        # "when appropriate", "if needed": a situation someone will judge is no condition to check;
        # "calmer mornings before school": calmer than what, whatever the situation.
        judged = vague or any(x.lower in _JUDGED for x in main.tokens[i + 1 : i + 3])
        # "before Christmas", "after half-term": when it is done by, not where it is seen.
        a_time = t.lower in ("before", "after") and any(
            a <= t.start < b and kind in ("date", "month", "day", "point") for kind, a, b, _ in s.when
        )
        if t.lower in ("when", "whenever", "if", "before", "after") and not judged and not a_time:
            return "in a situation", s.span(t.start, main.tokens[-1].end)
    return None
