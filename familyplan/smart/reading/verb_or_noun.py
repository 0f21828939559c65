"""Whether a word that can be a verb or a noun is a verb where it stands: "Ring the clinic", "Fill
in the form", "Play with Ava" are things to do; "Bedtime routine", "Help with forms" are topics."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.tokens import Token, _can_be_base_verb


def verb_reading(tokens: list[Token], j: int) -> bool:
    """Is the word at ``j`` a verb here? "to make a plan" yes; "to bed by 8pm", "to school each day" no."""
    t = tokens[j]
    if not _can_be_base_verb(t):
        return False
    if not w.can_be(t.lower, "NOUN"):
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None:
        return False
    # "Run three sessions", "Make 2 calls": a number starts what the verb acts on.
    counted = nxt.lower in w.NUMBER_WORDS or nxt.text.isdigit()
    # "Signpost Mum to ...", "Ring Nan": a family word is someone acted on, as a name is.
    starts_object = (
        (nxt.name and len(nxt.text) > 1)  # "Plan B", "Stage C": a label, not someone acted on
        or nxt.possessive
        or nxt.lower in w.PERSONAL_PRONOUNS
        or (nxt.lower in w.FAMILY_WORDS and nxt.text[0].isupper())
        or counted
    )
    # "to ask what...", "to find out", "to talk about": what follows only a verb.
    starts_clause = nxt.lower in _AFTER_VERB_ONLY
    # "Look at college courses together", "Look for a flat": nobody opens a plan's line with "a look".
    looking = t.lower == "look" and nxt.lower in ("at", "into", "for", "through", "over", "up")
    return (
        starts_object
        or starts_clause
        or looking
        or (nxt.lower in w.DETERMINERS and nxt.lower not in ("each", "every", "all"))
        or (
            t.lower in _PHRASAL
            and nxt.lower in w.PARTICLES
            # "Fill in the form"; "Go through with Tanya the signs ...", "Sit down with Mum".
            and (_starts_object(tokens, j + 2) or with_a_person(tokens, j + 1))
        )
    )


_AFTER_VERB_ONLY = w.word_set("what whether if how why where when who out about up")
# Verbs whose particle would otherwise read as a place: "Fill in the form", "Hand in the letter".
_PHRASAL = w.word_set(
    "fill hand send sign log book pay put take drop write note go talk read sit look walk run check"
)


def _starts_object(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return False
    t = tokens[j]
    # "Fill in one application", "Fill in at least one form": a count starts what is filled in.
    counted = t.lower in w.NUMBER_WORDS or t.text.isdigit() or (t.lower == "at" and _at_least(tokens, j))
    return bool(
        t.name
        or t.possessive
        or counted
        or (t.lower in w.DETERMINERS and t.lower not in ("each", "every", "all"))
    )


def _at_least(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].lower == "least"


def with_a_person(tokens: list[Token], j: int) -> bool:
    """ "Play with Ava", "Read with him every night": a word that could be a verb or a noun, then
    "with" and a person, is something to do with them; "Help with forms" and "Support with Ben's
    behaviour" name a topic."""
    if j + 2 >= len(tokens) or tokens[j + 1].lower != "with" or tokens[j].lower in _ARRANGEMENTS:
        return False
    person = tokens[j + 2]
    if person.possessive:
        return False
    if person.name or person.lower in w.FAMILY_WORDS or person.lower in _OBJECT_PRONOUNS:
        return True
    # "with her every night", not "with her forms".
    after = tokens[j + 3] if j + 3 < len(tokens) else None
    return person.lower == "her" and (after is None or not w.can_be(after.lower, "NOUN"))


_OBJECT_PRONOUNS = w.word_set("him them me us")


# Arrangements named by a word that is a verb too: "Contact with Dad every Saturday", "Time with Mum".
_ARRANGEMENTS = w.word_set("contact time help support session sessions visit visits call calls meeting")
