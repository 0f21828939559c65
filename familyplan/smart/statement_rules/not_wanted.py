"""An outcome that says what is not wanted rather than what is wanted instead (seed 002: "describe
what we want to 'achieve', rather than what is not wanted"): "Sara will no longer shout", "No more
exclusions", "there are fewer arguments at home"."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.statement import Statement, _lemma_in, matcher

# A purpose after what is wanted, holding the verb: "..., bus pass in place so the moves don't stop
# him getting in"; not "Kai, so he is not tempted, will not go ..." where the purpose is set aside.
_SO_THAT = re.compile(r"\w[^.;:]*?\s(?:so|so\s+that|in\s+case)\s[^,.;:]*$", re.IGNORECASE)
# After what stops, a clause of its own saying what is wanted instead: ", eating breakfast at home",
# ", and is sober at pick-up", ", and will say she feels 7/10".
# ", and Mum says he is sober": someone named, then what they say or do.
_THEN_DOES = re.compile(
    r",\s*(?:and\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(will\s+|now\s+|instead\s+)?([a-z]+)\b(?!\s+(?:not|no|never)\b)"
)
# ", with the weekly shop paid from her budget every week": what is wanted instead, and how often.
_WITH_INSTEAD = re.compile(r",\s*(?:with|and)\s+(?!(?:[\w'\u2019]+\s+)?(?:no\s+longer|not|never|no)\b)")
# ", checked by the health visitor": how it is known, not what is wanted instead.
_NOT_WHAT_IS_WANTED = w.word_set(
    "having being checked recorded noted seen confirmed measured evidenced shown reported logged tracked "
    "observed scored rated scaled"
)


# "with no late marks", "two or fewer a week", "below 3": a limit on what is not wanted, which counts
# it without saying what is wanted instead.
_A_LIMIT_ON_IT = re.compile(
    r"(?:with|and|having)\s+(?:no|zero)\b|no\s+more\b|(?:or\s+)?(?:fewer|less|below|under)\b|down\s+to\b",
    re.IGNORECASE,
)


_BELOW = re.compile(r"\b(?:below|under|less\s+than|lower\s+than|no\s+more\s+than)\b", re.IGNORECASE)
_LESS = w.word_set("reduce decrease lower cut lessen minimise minimize halve")
_COUNTED_DOWN = re.compile(
    r"[a-z]+(?:\s+down)?\s+(?:the\s+)?(?:number|amount)\s+of\s+(?:times|days|nights|mornings|evenings|weeks|"
    r"incidents|occasions|episodes|arguments|call-?outs|absences|late\s+marks|missed|lates?)\b",
    re.IGNORECASE,
)


# What happens, counted: "panic attacks", "arguments", "late marks"; not "rent arrears", a sum to pay.
_EVENTS = re.compile(
    r"\b(?:attacks|arguments|incidents|episodes|absences|late\s+marks|lates|exclusions|call-?outs|meltdowns|"
    r"tantrums|outbursts|fights|rows|times|nights|detentions|sanctions|missing\s+episodes)\b",
    re.IGNORECASE,
)
_DOWN_TO = re.compile(r"(?:is|are|be|has\s+come|have\s+come)\s+(?:now\s+)?down\s+to\b", re.IGNORECASE)


def _checked_between(text: str, start: int, end: int) -> bool:
    return any(word in _NOT_WHAT_IS_WANTED for word in text[start:end].lower().split())


def _what_instead(s: Statement, after: int, scales: bool = True) -> bool:
    if any(
        kind in ("threshold", "scale", "a number")
        and not (kind == "threshold" and _A_LIMIT_ON_IT.match(text))
        # "scoring his stress below 4 out of 10": a score of what is not wanted, counted down.
        and not (kind == "scale" and (not scales or _BELOW.search(text)))
        for kind, _, _, text in s.evidence
    ):
        return True  # "Ben no longer misses school, 95% attendance by March": measured
    with_instead = _WITH_INSTEAD.search(s.text, after)
    if with_instead and any(
        # not ", with attendance checked weekly": how often it is looked at, not what is wanted instead
        kind == "frequency"
        and a >= with_instead.start()
        and not _checked_between(s.text, with_instead.end(), a)
        for kind, a, _, _ in s.when
    ):
        return True
    below = [(a, b) for kind, a, b, text in s.evidence if kind == "scale" and _BELOW.search(text)]
    for m in _THEN_DOES.finditer(s.text, after):
        word = m[2]
        if any(a <= m.start(2) < b for a, b in below):
            continue
        lemma = w.verb_lemma(word)
        said = word.endswith("ing") or word != lemma or word in w.BE | w.HAVE or m[1] is not None
        if lemma is not None and said and word not in _NOT_WHAT_IS_WANTED:
            return True
    return False


# "No more shouting at bedtime", "No further exclusions": only what is not wanted; not "No more than
# two late marks a term", a limit to keep under.
# "No more shouting", "Zero exclusions", "No black mould showing on the walls": what is not wanted first.
_NO_MORE_FIRST = re.compile(
    r"\s*(?:no\s+(?:more|further)|zero|no(?=\s+(?!(?:longer|later|sooner|one|more|fewer|less|earlier)\b)[a-z]))"
    r"\b(?!\s+than\b)",
    re.IGNORECASE,
)


_A_LIMIT = re.compile(r"no\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)


def _counted_down(s: Statement, main: Clause) -> list[Hit]:
    """ "Reduce the number of nights Lucas gets into his parents' bed from 6 a week to 2": the count of
    what is not wanted; what is wanted is Lucas in his own bed."""
    if main.verb is not None and main.lemma == "be":
        # "Bella's panic attacks in school are down to fewer than two a week": counted down, as "reduce".
        down = _DOWN_TO.match(s.text, main.tokens[main.verb].start)
        counted = main.subject is not None and _EVENTS.search(s.text, *main.span(*main.subject))
        return [Hit(Span(down.start(), down.end(), down[0]), {"match": down[0]})] if down and counted else []
    if main.verb is None or main.lemma.split(" ")[0] not in _LESS:
        return []
    found = _COUNTED_DOWN.match(s.text, main.tokens[main.verb].start)
    return [Hit(Span(found.start(), found.end(), found[0]), {"match": found[0]})] if found else []


def _ended(s: Statement, main: Clause) -> list[Hit]:
    """ "Sara will no longer shout at the children": what will stop, not what we want instead (seed
    002: "statements of well-being framed in positive language"); with what is wanted said after it
    ("..., eating at home every school day", "... and is sober at pick-up") it has both."""
    if main.verb is None:
        return []
    verb = main.tokens[main.verb]
    ended = main.ended or (main.lemma == "be" and _NO_LONGER.match(s.text, verb.end) is not None)
    if not ended or _what_instead(s, verb.end):
        return []
    longer = next((t for t in main.tokens if t.lower == "longer"), None)
    no_longer = longer is not None and s.text[longer.start - 3 : longer.start] == "no "
    start = longer.start - 3 if longer is not None and no_longer else verb.start
    return [Hit(s.span(start, verb.end))]


# "Reuben is late for school no more than once a fortnight", "is sent home fewer than two times": a
# limit on what is not wanted, with nothing said of what is wanted instead.
_LIMITED = re.compile(
    r"\b(?:is|are|be|gets?|getting)\s+(?:sent\s+home|late|absent|excluded|suspended|arrested|missing|"
    r"in\s+detention|in\s+trouble)\b[^.;]{0,50}?\b(?:no\s+more\s+than|fewer\s+than|less\s+than|at\s+most)\b",
    re.IGNORECASE,
)


def _limited(s: Statement) -> list[Hit]:
    found = _LIMITED.search(s.text)
    if found is None or _what_instead(s, found.end()):
        return []
    return [Hit(Span(found.start(), found.end(), found[0]), {"match": found[0]})]


@matcher("outcome-negative")
def negative(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None:
        return []
    counted_down = _limited(s) or _counted_down(s, main) or _only_without(s, main)
    if counted_down:
        return counted_down
    no_more = _NO_MORE_FIRST.match(s.text)
    # "No more shouting ..., scored by the children out of 10": a score of what, wanted instead?
    if no_more is not None and not _what_instead(s, no_more.end(), scales=False):
        at, end = no_more.end() - len(no_more[0].strip()), no_more.end()
        return [Hit(Span(at, end, s.text[at:end]), {"match": s.text[at:end]})]
    ended = _ended(s, main)
    if ended:
        return ended
    if main.verb is None:
        first = next((t for t in main.tokens[main.main :] if t.is_word), None)
        a_limit = _A_LIMIT.match(s.text, first.start) if first is not None else None
        if first is not None and first.lower in ("no", "zero", "fewer", "less", "nil") and not a_limit:
            return [Hit(Span(first.start, first.end, first.text), {"match": first.text})]
        return []
    if main.negated:
        start = main.tokens[main.group[0] if main.group else main.verb].start
        if _SO_THAT.search(s.text, 0, start):
            return []  # "attendance up to 90%+, bus pass in place so the moves don't stop him": what for
        end = main.tokens[main.verb].end
        return [Hit(s.span(start, end), {"match": s.text[start:end]})]
    after = main.tokens[main.verb + 1 : main.verb + 2]
    # "has no more than one detention a week": a limit, a threshold to keep under.
    nxt = [t.lower for t in main.tokens[main.verb + 1 : main.verb + 4]]
    limit = nxt[1:3] in (["more", "than"], ["fewer", "than"], ["less", "than"])
    there_is = main.lemma == "be" and _THERE_BEFORE.search(s.text, 0, main.tokens[main.verb].start)
    if (main.lemma == "have" or there_is) and after and after[0].lower in ("no", "zero") and not limit:
        # "to have no further exclusions": what is not wanted, where the outcome is what is.
        start, end = main.tokens[main.verb].start, after[0].end
        return [Hit(s.span(start, end), {"match": s.text[start:end]})]
    # "there are fewer arguments at home", "Shannon and Bridget have fewer arguments about bedtime".
    fewer = (
        (there_is or main.lemma == "have")
        and after
        and after[0].lower in ("fewer", "less")
        and nxt[1:2] not in (["than"], ["to"])
    )
    if fewer and not _what_instead(s, after[0].end):
        # "there are fewer arguments at home": less of what is not wanted, unless what is wanted follows.
        start, end = main.tokens[main.verb].start, after[0].end
        return [Hit(s.span(start, end), {"match": s.text[start:end]})]
    if _lemma_in(rule.words, main.lemma):
        return s.verb_hit()
    return []


def _only_without(s: Statement, main: Clause) -> list[Hit]:
    """ "handovers will happen without any arguing": all that is said of it is what will not happen."""
    if main.verb is None or main.lemma not in _HAPPEN:
        return []
    without = _ONLY_WITHOUT.match(s.text, main.tokens[main.verb].end)
    if without is None:
        return []
    start = main.tokens[main.verb].start
    return [Hit(s.span(start, without.end()), {"match": s.text[start : without.end()]})]


_HAPPEN = w.word_set("happen take")
# "happen without any arguing", "take place without shouting": only the trouble that will be missing.
_ONLY_WITHOUT = re.compile(
    r"\s+(?:place\s+)?without\s+(?:any\s+)?(?:argu\w*|rows?|shout\w*|fight\w*|rows|upset|tears|incidents?|"
    r"conflict|trouble|aggression|violence|swearing|screaming|name-calling)\b",
    re.IGNORECASE,
)


# "Liam is no longer late": an end to what is not wanted, said as being.
_NO_LONGER = re.compile(r"\s+no\s+longer\b", re.IGNORECASE)

# "there are no more arguments", "there will be no exclusions": what is not wanted, said as being.
_THERE_BEFORE = re.compile(r"\bthere\s+(?:will\s+|would\s+|should\s+)?$", re.IGNORECASE)
