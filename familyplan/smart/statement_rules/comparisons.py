"""Comparisons with no measure: "more", "better", "calmer" in what is to be done or to change,
with no number to say how much (seed 002: "improve" says nothing of what will be different)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from familyplan.smart import words as w
from familyplan.smart.language import Span
from familyplan.smart.reading.tokens import Token, _can_be_base_verb
from familyplan.smart.statement_rules.measuring_numbers import _numbers_that_measure
from familyplan.smart.statement_rules.statement import Statement

# Words after which a word that is both a noun and a comparative ("cleaner", "closer") is the
# comparative: "get closer", "even cleaner".
_BEFORE_A_COMPARATIVE = w.word_set(
    "be is are am was were been being get gets getting got become becomes becoming feel feels look "
    "looks seem seems stay stays much even far slightly bit lot little no any"
)


def _reads_as_comparative(tokens: Sequence[Token], i: int) -> bool:
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return after == "than" or (i > 0 and tokens[i - 1].lower in _BEFORE_A_COMPARATIVE)


_SIZES = w.word_set("longer shorter bigger larger smaller higher lower")

# Words after "later" or "earlier" that say when: "later that evening", "later, once they are asleep".
_WHEN_FOLLOWS = w.word_set("after when once that tonight today")


def _question_ends(tokens: Sequence[Token], i: int, asked: bool) -> bool:
    """Where the action goes on past the question, once the question has its own verb (``asked``):
    "whether he likes it and help him ...", "..., and will spend", "; ring Mum". Not at a comma
    inside it ("whether, since the routine, Ava sleeps better"), nor at an "and" before its verb
    ("whether lessons and break times feel better")."""
    t = tokens[i]
    if t.text == ";":
        return True
    if not asked or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if t.text == ",":
        return nxt.lower.endswith("ing") and w.verb_lemma(nxt.lower) is not None  # ", giving more support"
    if t.lower not in ("and", "but", "then"):
        return False
    j = i + 2 if nxt.lower == "then" and i + 2 < len(tokens) else i + 1
    if tokens[j].lower in w.MODALS or _can_be_base_verb(tokens[j]):
        return True
    # "..., and Ben will be given more help": someone, then what they will do.
    someone = tokens[j].name or tokens[j].lower in w.FAMILY_WORDS
    return someone and j + 1 < len(tokens) and tokens[j + 1].lower in w.MODALS


def _a_verb_form(t: Token) -> bool:
    """ "is", "has", "likes", "moved": the question's own verb."""
    if t.lower in w.BE or t.lower in w.HAVE or t.lower in w.MODALS:
        return True
    lemma = w.verb_lemma(t.lower) if t.is_word and not t.name else None
    # "whether the children sleep better": a base form after its subject is the question's verb too.
    return lemma is not None


# Verbs that gather what someone says: "ask Hannah what has got better", "talk about how it went".
# Not telling or showing ("explain how he can behave better"): that is a target, said another way.
_ASKING = w.word_set("ask check discuss talk record write note assess explore")
# "how he can support Leo more", "what she needs to do better": what someone will do, still vague.
_WHAT_SOMEONE_WILL_DO = w.word_set("can could should will would must need needs")


# "explain that low mood after a baby can get better with help": what someone is told is so, not a
# standard the action sets.
_TELLING = w.word_set("explain reassure tell remind understand share")
_OUGHT = w.word_set("should must ought")
_NEEDING = w.word_set("needs need has have")
_IMPORTANT = w.word_set("important vital essential crucial better best")
_PEOPLE_TOLD = w.FAMILY_WORDS | w.word_set("she he they you we i")


def _comparative_word(word: str) -> bool:
    """ "need better boundaries", "needs firmer rules": what is needed, compared with now."""
    return word in ("more", "better", "less", "fewer") or (word.endswith("er") and len(word) > 4)


def _told_ends(tokens: Sequence[Token], i: int) -> bool:
    """Where the action goes on past what is told: "; ", "and to answer", "and answer"; not "is common
    and can get better", which is still what is told."""
    if tokens[i].text == ";":
        return True
    if tokens[i].lower not in ("and", "then") or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    # "... and Mum will get him to bed earlier": someone, then what they will do, is the action again.
    someone = nxt.name or nxt.lower in w.FAMILY_WORDS or nxt.lower in w.PERSONAL_PRONOUNS
    if someone and i + 2 < len(tokens) and tokens[i + 2].lower in w.MODALS:
        return True
    return nxt.lower == "to" or (nxt.lower not in w.MODALS and _can_be_base_verb(nxt))


def _after_telling(tokens: Sequence[Token], i: int) -> bool:
    """ "that" opening what is told: a telling verb just before it, or before whom it is told to. Not
    what someone is told they should do ("tell Mum that she should be stricter"): a target still."""
    ahead = tokens[i + 1 : i + 16]
    for k, t in enumerate(ahead):
        # "that she should be stricter", "that the house needs to be cleaner", "that he has got to be
        # firmer", "that it is important that she is more consistent"; not "that the feeds should get
        # easier", a prediction about a thing.
        person = any(x.lower in _PEOPLE_TOLD or x.name for x in ahead[:k])
        after = ahead[k + 1].lower if k + 1 < len(ahead) else ""
        needing = t.lower in _NEEDING and (after in ("to", "got") or _comparative_word(after))
        obliged = needing or (t.lower in _OUGHT and (person or t.lower == "must"))
        judged = t.lower in _IMPORTANT and k > 0 and ahead[k - 1].lower in ("be", "is", "are", "was")
        if obliged or judged:
            return False
    # Back past whom it is told to and how: "explain to Mum and Dad, using the leaflet, that ...".
    for t in reversed(tokens[max(0, i - 10) : i]):
        if t.lower == "that" or t.text in (";", "."):
            return False
        if w.verb_lemma(t.lower) in _TELLING:
            return True
    return False


def _after_asking(tokens: Sequence[Token], i: int) -> bool:
    """ "what" or "how" opening what is asked: an asking verb before it in the same part of the
    sentence ("ask Hannah on her own at school what ..."), and no one's doing asked about."""
    ahead = tokens[i + 1 : i + 4]
    if any(
        t.lower in w.PERSONAL_PRONOUNS and k + 1 < len(ahead) and ahead[k + 1].lower in _WHAT_SOMEONE_WILL_DO
        for k, t in enumerate(ahead)
    ):
        return False
    before = tokens[max(0, i - 8) : i]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if not t.is_word or t.lower in w.CONJUNCTIONS:
            return False
        if w.verb_lemma(t.lower) in _ASKING:
            return True
        # "go through what helped", "look at what works", "talk about how it went"
        if t.lower in _OVER_IT and k and w.verb_lemma(before[k - 1].lower) in _GOING_OVER:
            return True
    return False


_OVER_IT = w.word_set("through over at about")
_GOING_OVER = w.word_set("go talk look think")


def _in_questions(tokens: Sequence[Token]) -> list[bool]:
    """For each token, whether it is in a question asked ("assess ... whether it is making lessons
    harder"), which is no target, up to where the action goes on ("... and help him to manage his
    anger better")."""
    inside, question, asked, had, told = [], False, False, False, False
    for i, t in enumerate(tokens):
        # "... what helped and what made it harder": the second question joined to the first.
        joined = had and i > 0 and tokens[i - 1].lower in ("and", "or")
        if t.lower == "whether" or (t.lower in ("what", "how") and (joined or _after_asking(tokens, i))):
            question, asked, had, told = True, False, True, False
        elif not question and t.lower == "that" and _after_telling(tokens, i):
            question, asked, told = True, False, True
        elif question and (_told_ends(tokens, i) if told else _question_ends(tokens, i, asked)):
            question = False
        # "whether he likes", "whether to go": the question has its verb.
        asked = asked or (question and (_a_verb_form(t) or t.lower == "to"))
        inside.append(question)
    return inside


def _in_a_name(tokens: Sequence[Token], i: int) -> bool:
    """A capitalised word beside another, inside a sentence: part of a name."""

    def capitalised(j: int) -> bool:
        return 0 <= j < len(tokens) and tokens[j].is_word and tokens[j].text[:1].isupper()

    return capitalised(i) and (capitalised(i + 1) or (capitalised(i - 1) and tokens[i - 1].lower != "i"))


_A_SCHEME_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:scheme|programme|program|project|initiative|fund|partnership)\b", re.IGNORECASE
)


_COMPARING = frozenset(["more", "less", "fewer", "better", "worse", "further"])
_TIME_UNITS = frozenset(["minute", "hour", "day", "week", "fortnight", "month", "term", "year"])


_AN_EXAMPLE_AFTER = re.compile(
    r"\s+[a-z-]+,?\s+(?:like|such\s+as|e\.g\.?|for\s+example|including)\s+\w", re.IGNORECASE
)


def _named_not_compared(text: str, tokens: Sequence[Token], i: int) -> bool:
    t, before = tokens[i], tokens[i - 1] if i else None
    if before is not None and before.lower in ("any", "no", "once"):
        return True  # "any more", "no more", "once more"
    if t.lower in ("later", "earlier") and before is not None and before.lower.rstrip("s") in _TIME_UNITS:
        return True  # "phone a week later": when, counted from the last step
    if t.text[0].isupper() and _in_a_name(tokens, i):
        return True  # "the Safer Futures office" is a name
    if _AN_EXAMPLE_AFTER.match(text, t.end):
        return True  # "plan for harder days like payday": which days, named by an example
    if t.lower == "safer" and i + 1 < len(tokens) and tokens[i + 1].lower == "sleep":
        return True  # "safer sleep": the name of the national guidance on how babies sleep
    if before is not None and before.lower in ("a", "an") and t.lower in _SIZES:
        return True  # "a longer appointment", "a bigger flat": a kind of thing, there or not
    # "the council's safer homes scheme": a scheme's name, written small.
    owned = before is not None and (before.lower == "the" or before.text.endswith(("'s", "\u2019s")))
    return owned and bool(_A_SCHEME_AFTER.match(text, t.end))


def _quoted(text: str, at: int) -> bool:
    """Inside quotation marks: "the 'stop, step back, speak later' plan" is a name, not a comparison."""
    before = text[:at]
    singles = len(re.findall(r"(?:^|(?<=[\s(]))['\u2018]", before)) - len(
        re.findall(r"['\u2019](?=[\s,.;:)]|$)", before)
    )
    return sum(before.count(q) for q in '"\u201c\u201d') % 2 == 1 or singles > 0


def _comparatives(s: Statement) -> list[Span]:
    """ "more", "less", "better", "healthier" in the main predicate, with no number to say how much."""
    main = s.reading.main
    if main is None or main.verb is None:
        return []
    out = []
    tokens = main.tokens[main.verb : main.predicate_end]
    asked = _in_questions(tokens)
    for i, t in enumerate(tokens):
        if asked[i]:
            continue
        # Only a word that may compare is looked at more closely.
        may_compare = t.lower in _COMPARING or (t.lower.endswith("er") and len(t.lower) > 4)
        if (
            not may_compare
            or not t.is_word
            or _named_not_compared(s.text, tokens, i)
            or _quoted(s.text, t.start)
        ):
            continue
        if t.lower in ("more", "less", "fewer", "better", "worse", "further"):
            out.append(Span(t.start, t.end, t.text))
        elif t.lower in ("later", "earlier") and i + 1 < len(tokens) and tokens[i + 1].lower in _WHEN_FOLLOWS:
            continue  # "talk about it later, after the children are in bed": when is said
        elif t.lower.endswith(("er", "ier")) and len(t.lower) > 4:
            forms = w.lemmas(t.lower)
            adj = forms.get("ADJ")
            if adj and adj[0] != t.lower and t.lower not in ("older", "younger"):
                if t.lower in forms.get("NOUN", ()) and not _reads_as_comparative(tokens, i):
                    continue  # "her phone number", "a cleaner": the noun, not "more numb", "more clean"
                out.append(Span(t.start, t.end, t.text))
    if out and (_numbers_that_measure(s) or any(kind == "time" for kind, *_ in s.when)):
        return []  # "more than 3 times", "15 minutes earlier", "by 8pm": the number says how much
    return out
