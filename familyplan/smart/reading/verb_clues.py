"""Clues, word by word, that a word is a clause's verb: what comes before it and after it.

"Kian's grandparents collect him" (a plural after a possessive, then a verb); "her worry score
at school comes down" (a phrase ends the subject); "Kasia has a plan she can afford" (having a
thing, so a later modal is the thing's); "to HIVE" (a name in capitals, not a verb).
"""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.tokens import DASHES, Token, _nominal_end
from familyplan.smart.reading.verb_or_noun import verb_reading

_HAS = w.word_set("has have had")
_WHOEVER = w.word_set("whoever whatever who which that")


def has_a_thing(tokens: list[Token], main: int, i: int) -> bool:
    """ "Kasia has a ...", "Her family have the ...": have straight after a short subject, with a
    thing after it; a modal after that is in a clause about the thing."""
    if tokens[i].lower not in _HAS or not main < i <= main + 3 or i + 1 >= len(tokens):
        return False
    if not _nominal_end(tokens[i - 1]) or tokens[i - 1].lower in w.PREPOSITIONS | _WHOEVER:
        return False
    after = tokens[i + 1]
    return after.kind == "num" or (after.lower in w.DETERMINERS and after.lower not in ("no", "to"))


_GOES_ON_AS_A_VERB = w.word_set("up down out off back over below above under by from to")
_AT_A_LEVEL = w.word_set("at on in within around")


def after_a_phrase(tokens: list[Token], main: int, k: int, i: int) -> bool:
    """ "Her worry score at school comes down to 3": the word before ends a phrase ("at school")
    that ends the subject, and what follows the word goes on as a verb's would ("down", "to")."""
    opener = k - 2 if k - 2 > main and tokens[k - 1].lower in w.DETERMINERS else k - 1  # "in the area"
    if opener <= main or tokens[opener].lower not in w.PREPOSITIONS or i + 1 >= len(tokens):
        return False
    if _verb_to_come(tokens, i + 1):
        return False  # "Kai's time at youth clubs in town is ...": the verb is still to come
    after = tokens[i + 1]
    if after.lower in _AT_A_LEVEL:
        # "stays at 95%", "remains within 2 points": at a figure; "food banks in the area" is no verb.
        return i + 2 < len(tokens) and tokens[i + 2].kind == "num"
    return after.kind == "num" or after.lower in _GOES_ON_AS_A_VERB or after.lower in w.DETERMINERS


_TIME_LEADS = w.word_set("this next that the")
_TIME_WORDS = w.word_set("week month day term year weekend morning afternoon evening") | w.WEEKDAYS | w.MONTHS


def a_name_in_capitals(tokens: list[Token], j: int) -> bool:
    """A word in capitals among ordinary ones, with nothing after it that a verb would act on.
    Not when most of the sentence is in capitals, as some case systems write it, nor "to HELP Kai"."""
    t = tokens[j]
    if not (t.text.isupper() and len(t.text) > 1):
        return False
    words = [x for x in tokens if x.is_word]
    if sum(1 for x in words if x.text.isupper()) * 2 > len(words):
        return False
    # "to PAUSE this month": a time after it, not something it acts on.
    when = j + 2 < len(tokens) and tokens[j + 1].lower in _TIME_LEADS and tokens[j + 2].lower in _TIME_WORDS
    return when or not verb_reading(tokens, j)


def whose_people(tokens: list[Token], main: int, k: int) -> bool:
    """ "Kian's grandparents", "Mum's friends": a plural straight after a possessive, with no
    "is" or modal to come ("Mum's benefits claim is processed": "claim" is no verb)."""
    before = tokens[k]
    if not (
        k > main
        and tokens[k - 1].possessive
        and before.lower.endswith("s")
        and w.can_be(before.lower, "NOUN")
    ):
        return False
    return not _verb_to_come(tokens, k + 2)


def _verb_to_come(tokens: list[Token], start: int) -> bool:
    """Whether "is", "has" or a modal comes before the clause ends at a comma or a conjunction."""
    for x in tokens[start:]:
        if x.text == "," or x.lower in w.SUBORDINATORS or x.lower in w.CONJUNCTIONS:
            return False
        if x.lower in w.BE | w.HAVE | w.MODALS:
            return True
    return False


def finite_verb(
    t: Token,
    before: Token,
    after_a_phrase: bool = False,
    whose_people: bool = False,
    after: Token | None = None,
    named_thing: bool = False,
    opening_word: bool = False,
) -> bool:
    """Whether ``t``, after ``before``, is a finite verb. With ``named_thing``, ``before`` is a name
    inside a noun phrase ("the Easter holidays", "the Freedom groups"), not someone doing."""
    lemma = w.verb_lemma(t.lower) if t.is_word and not t.name else None
    if lemma is None:
        return False
    if t.lower.endswith("ing") and _a_thing_ending_in_ing(t, before, after):
        return False  # "school nursing", "anger management training": a thing, not someone doing
    if t.lower != lemma:  # "gets", "walked"
        if t.lower.endswith("s") and w.can_be(t.lower, "NOUN") and before.possessive:
            return False  # "Kian's grandparents", "Mum's friends": whose, then who
        if t.lower.endswith("s") and w.can_be(t.lower, "NOUN") and (not before.name or named_thing):
            # "Lily takes her inhaler", "Jay goes to school": a capitalised word alone before a verb
            # that acts on someone, or moves, is a name that is also a word.
            named = opening_word and before.text[:1].isupper() and _acts_or_moves(lemma, after)
            return (
                before.lower in w.PERSONAL_PRONOUNS
                or before.lower in w.FAMILY_WORDS
                or after_a_phrase
                or named
            )
        return True
    # A base form after "I", "we", "they", "you", or a plural that says whose ("Kian's grandparents
    # collect him"): "we eat together".
    return before.lower in ("i", "we", "they", "you") or whose_people


_WHOM = w.POSSESSIVE_DETERMINERS | w.word_set("him her them me us herself himself themselves")
# Verbs whose plural noun no plan uses ("a few goes"): before "to", what someone does.
_MOVES = w.word_set("go come")


def _acts_or_moves(lemma: str, after: Token | None) -> bool:
    if after is None:
        return False
    return after.lower in _WHOM or (lemma in _MOVES and after.lower in ("to", "home", "back", "out"))


_PLURAL_PEOPLE = w.word_set(
    "children kids boys girls twins parents grandparents siblings brothers sisters carers"
)


def several_people(tokens: list[Token], main: int, k: int) -> bool:
    """ "The children move", "Amina and the children move", "Mum and Dad take": people, more than
    one, before a base form, which is then their verb."""
    before = tokens[k]
    if before.lower in _PLURAL_PEOPLE:
        return True
    subject = tokens[main : k + 1]
    people = [t for t in subject if _a_person(t)]
    joined = any(t.lower == "and" for t in subject)
    # "Mum and her partner support ...": "her" is whose, so "partner" is still the subject's.
    return joined and _a_person(before) and len(people) >= 2


# Said of people together, and in British English often with a plural verb: "the family live".
_A_HOUSEHOLD = w.word_set("family couple household")


_WHAT_IT_ACTS_ON = w.word_set("their the a an his her its")


def a_household(tokens: list[Token], k: int, i: int) -> bool:
    """ "The family avoid eviction", "the couple attend": a household, then a base form that can
    only be a verb (not "the family support worker", "the family time"), which is then its verb."""
    if tokens[k].lower not in _A_HOUSEHOLD:
        return False
    # "the family keep their tenancy": a word that may be a thing, with what it acts on after it.
    acts_on = i + 1 < len(tokens) and tokens[i + 1].lower in _WHAT_IT_ACTS_ON
    return acts_on or not w.can_be(tokens[i].lower, "NOUN")


def things_that_go_on(tokens: list[Token], k: int, i: int) -> bool:
    """ "Rent and bills go out by direct debit", "the arguments calm down": a plural, then a base
    form that goes on as a verb does ("out", "down", "up")."""
    before = tokens[k]
    word = before.lower
    plural = before.is_word and word.endswith("s") and not word.endswith("ss") and w.can_be(word, "NOUN")
    return plural and i + 1 < len(tokens) and tokens[i + 1].lower in _GOES_ON_AS_A_VERB


def _a_person(t: Token) -> bool:
    if t.lower in w.PERSONAL_PRONOUNS or t.lower in w.DETERMINERS or t.lower in _WHOSE:
        return False
    return t.name or t.lower in w.FAMILY_WORDS or t.lower in _PLURAL_PEOPLE


_WHOSE = w.POSSESSIVE_DETERMINERS


def _a_thing_ending_in_ing(t: Token, before: Token, after: Token | None) -> bool:
    """ "school nursing re: ...", "drug counselling at": a noun in -ing after a thing; not "Ben's
    teacher checking his planner", nor "Mum attending", with an object or a person before it."""
    if before.name or before.lower in w.FAMILY_WORDS or not w.can_be(t.lower, "NOUN"):
        return False
    acts_on = after is not None and (
        after.name or after.possessive or after.lower in w.DETERMINERS or after.lower in w.PERSONAL_PRONOUNS
    )
    return not acts_on


def describes_what_follows(tokens: list[Token], i: int) -> bool:
    """A participle before a noun and then "is", "will": "the new signed tenancy is ready"."""
    t = tokens[i]
    if not t.lower.endswith("ed") or i + 2 >= len(tokens):
        return False
    noun, then = tokens[i + 1], tokens[i + 2]
    return (
        then.lower in w.BE | w.MODALS
        and noun.is_word
        and w.can_be(noun.lower, "NOUN")
        and noun.lower not in w.PERSONAL_PRONOUNS
        and not noun.name
    )


def before_an_aside(tokens: list[Token], main: int, k: int) -> int:
    """Past an aside in brackets or dashes after the subject: "Priya and Arjun (both 6) have
    breakfast", "Everyone in the family - Johnny, Kathleen and the children - is registered"."""
    opening = "(" if tokens[k].text == ")" else tokens[k].text if tokens[k].text in DASHES else None
    if opening is None:
        return k
    for j in range(k - 1, main, -1):
        if tokens[j].text == opening:
            return j - 1
    return k


def a_thing_someone_does(tokens: list[Token], i: int) -> bool:
    """ "Homework tasks his teacher sets are handed in", "Phone calls her dad makes are ...": a plural
    noun, then who makes them and their verb, then the clause's own "are"."""
    if i + 4 >= len(tokens) or tokens[i + 1].lower not in w.POSSESSIVE_DETERMINERS:
        return False
    verb = tokens[i + 3]
    if not (
        verb.is_word
        and verb.lower.endswith(("s", "ed"))
        and w.verb_lemma(verb.lower) not in (None, verb.lower)
    ):
        return False
    return any(t.lower in w.BE or t.lower in w.MODALS for t in tokens[i + 4 : i + 7])
