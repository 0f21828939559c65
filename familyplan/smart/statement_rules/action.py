"""Rules for actions: who does what, when or how often, and what for."""

from __future__ import annotations

import re

from familyplan.plan.parsing import parse_when
from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.absolutes import _SITUATION
from familyplan.smart.statement_rules.attending import only_attended
from familyplan.smart.statement_rules.comparisons import _comparatives
from familyplan.smart.statement_rules.evidence import has_evidence
from familyplan.smart.statement_rules.further_steps import _SERVICE_VERBS, and_then_does
from familyplan.smart.statement_rules.help_given import (
    a_workers_visit,
    checks_in_for_nothing,
    goes_along_after,
    helps_with_nothing_said,
    offers_support,
    only_watches,
    supports_a_vague_step,
    supports_by_doing,
    visits_someone,
    work_in_name,
)
from familyplan.smart.statement_rules.outcome import _state_words
from familyplan.smart.statement_rules.statement import (
    MATCHERS,
    Statement,
    _hits,
    _lemma_in,
    _listed,
    _whole,
    matcher,
)
from familyplan.smart.statement_rules.visits import visit_with_nothing_after

_STANDING_RULE = re.compile(r"\b(?:never|always)\b", re.IGNORECASE)


# --- Actions -------------------------------------------------------------------------

_PURPOSE = re.compile(
    r"\b(?:so\s+that|so\s+(?:she|he|they|we|i|you|[A-Z]\w+)\s+(?:can|will|could|feels?|knows?|is|are)|"
    r"in\s+order\s+to|which\s+will|"
    r"and\s+(?:use|try|practise|put|talk|share|agree|tell|plan|write|make)|for\s+(?:him|her|them)\s+to)\b",
    re.IGNORECASE,
)


def _has_purpose(s: Statement) -> bool:
    main = s.reading.main
    if main is not None and (main.purpose is not None or any(k == "purpose" for k, *_ in main.openings)):
        return True
    return bool(_PURPOSE.search(s.text))


def _has_time(s: Statement) -> bool:
    return any(kind != "vague" and kind != "relative" for kind, *_ in s.when)


_HOW = re.compile(
    r"\b(?:by\s+(?:phone|email|e-mail|text|letter|post)|in\s+(?:an?\s+)?(?:person|email|letter|writing|text)|"
    r"over\s+the\s+phone|face\s+to\s+face|using|through|with\s+the\s+help\s+of|step\s+by\s+step)\b",
    re.IGNORECASE,
)


def _has_detail(s: Statement) -> bool:
    """Beyond what is done: when, how often, what for, in what situation, or how (seed 001)."""
    if _has_time(s) or _has_purpose(s) or _HOW.search(s.text):
        return True
    main = s.reading.main
    if main is None:
        return False
    standing_rule = _STANDING_RULE.search(s.text)
    if standing_rule and _SITUATION.search(s.text[standing_rule.end() :]):
        return True  # a safety rule's "when" is the situation it is for: "never ... in the bath"
    return any(kind in ("condition", "time") for kind, *_ in main.openings) or any(
        t.lower in ("if", "when", "whenever", "before", "after") for t in main.tokens[(main.verb or 0) :]
    )


# In a note, someone and what they do, past the heading: "Sunday tea together, phones away, each
# picks one good thing from the week".
_SOMEONE_DOES = re.compile(r"\b(?:each|both|she|he|they|(?-i:[A-Z])[a-z]+)\s+([a-z]+s)\b")


def _someone_does(s: Statement) -> bool:
    for m in _SOMEONE_DOES.finditer(s.text):
        word, named = m[1], m[0][0].isupper()
        lemma = w.verb_lemma(word)
        # After a name, "Sami breaks" may be a noun's plural; after "each" or "she" it is what is done.
        if lemma is not None and lemma != word and not (named and w.can_be(word, "NOUN")):
            return True
    return False


@matcher("action-no-doing")
def no_doing(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if s.is_blank or main is None or main.verb is not None or _someone_does(s):
        return []
    # A topic such as "Referral to CAMHS" or "Monitoring of attendance" is named by those rules.
    c = s.catalogue
    for other in ("action-referral-only", "action-purposeless-verb"):
        if c.enabled(other) and MATCHERS[other](c.rule(other), s):
            return []
    return [Hit(_whole(s.text.strip()), {"match": s.text.strip()})]


@matcher("action-purposeless-verb")
def purposeless_verb(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is not None and main.verb is None:
        # "Monitoring of weight", "Support with forms": the topic is the vague verb.
        return _hits([sp for sp in _listed(rule, s) if sp.start <= 2][:1])
    if main is None:
        return []
    # A listed phrase read from the verb on: "keep an eye on", "touch base", "check on".
    verb_start = main.tokens[main.verb].start if main.verb is not None else -1
    # "Work on Ibrahim's eating": an action opening with the phrase is told to do it, whatever the
    # reading took for its verb.
    opening = s.kind == "action" and main.subject is not None
    listed = [sp for sp in _listed(rule, s) if " " in sp.text]
    phrase = [sp for sp in listed if sp.start == verb_start][:1] or [
        sp for sp in listed if opening and sp.start == 0
    ][:1]
    checking = checks_in_for_nothing(s, main) or supports_a_vague_step(s, main)
    if checking:
        return _hits(checking)  # a purpose, but only to hear how things are, or as vague as the support
    phrase = phrase or offers_support(s, main) or helps_with_nothing_said(s, main) or work_in_name(s, main)
    if not phrase and not _lemma_in(rule.words, main.lemma):
        return _visit_for_nothing(rule, s, main)
    verb_end = phrase[0].end if phrase else main.tokens[main.verb].end if main.verb is not None else 0
    if supports_by_doing(rule, s, main, verb_end):
        return []  # "Nan will support him by taking over bathtime": how the support is given
    named_only = phrase and any(x in phrase[0].text for x in ("boundaries", "situation", "who to"))
    with_a_tool = phrase and "work" in phrase[0].text and _A_NAMED_TOOL.match(s.text, verb_end)
    # "knows who to call (Nan Pat on 07700 900123)", "... and has Nan Pat's number saved": who, named.
    who_named = phrase and "who to" in phrase[0].text and _A_NAME_SOON.match(s.text, verb_end)
    if (named_only and _SPELT_OUT.match(s.text, verb_end)) or with_a_tool or who_named:
        return []  # "set clear boundaries: in by 9pm ...", "knows who to call: her aunt Tina ..."
    watching = only_watches(s, main)
    if and_then_does(s, verb_end, by_the_same=True) or (
        phrase and (_timed(s) or (_to_do(s.text[verb_end:]) and not watching))
    ):
        # "check on the baby every hour and ring 111 if...", "keep an eye on the children from
        # 3.30pm to 6pm": a task with its hours, or with something done with what is seen.
        return []
    # Saying what for and how often makes even "monitor" purposeful (seed 002: "it's not purposeful");
    # but "support Precious to get ready for independent living" says what she does, not what the one
    # supporting her does, which is what makes support "superficial" (seed 002).
    superficial = main.lemma.split(" ")[0] == "support" and not phrase and not _A_TASK_WITH.search(s.text)
    if _has_purpose(s) and not watching and not superficial and (_has_time(s) or s.context.has_when):
        return []
    return _hits(phrase) or s.verb_hit()


# Support with a task said: "with getting the kids ready", "with the school run"; not "with childcare".
_A_TASK_WITH = re.compile(
    r"\bwith\s+(?:(?:his|her|their|my)\s+)?(?:[a-z]+ing\b(?<!\bthing)|(?:the\s+)?(?:school\s+run|lifts?|shopping|washing|cooking|"
    r"bath\s*times?|bedtimes?|night\s+feeds|feeds|pick-?ups?|drop-?offs?)\b)",
    re.IGNORECASE,
)


def _visit_for_nothing(rule: Rule, s: Statement, main: Clause) -> list[Hit]:
    """ "Kerry will visit every fortnight", "visit weekly to monitor home conditions": a visit for
    nothing said, or only to watch, is the "monitor" seed 002 calls not purposeful."""
    if s.kind != "action" or main.verb is None or not a_workers_visit(s):
        return []
    if main.lemma != "visit" or visits_someone(s):
        # "Hannah will visit the family", "Hannah to do home visits": whom, and still not what for.
        visit = visit_with_nothing_after(s, main) if not _has_purpose(s) else None
        return _hits([visit]) if visit else []
    end = main.tokens[main.verb].end
    vague = [
        sp for sp in _listed(rule, s) if sp.start > end and re.search(r"\bto\s+$", s.text[end : sp.start])
    ]
    if vague and not _to_do(s.text[vague[0].end :]) and not and_then_does(s, vague[0].end):
        return _hits(vague[:1])
    # "visit weekly for a cooking session", "visit fortnightly and help Mum fill in the form".
    rest = s.text[end:]
    then = re.search(r"\band\s+(?:then\s+)?([a-z]+)\b", rest)
    then_does = then is not None and w.verb_lemma(then[1]) is not None and not _lemma_in(rule.words, then[1])
    done_there = then_does or re.match(r"[^.;]*?\bfor\s+(?:a|an|the|some)\s+\w", rest)
    return [] if vague or done_there or _has_purpose(s) else s.verb_hit()


def _timed(s: Statement) -> bool:
    return any(kind == "time" for kind, *_ in s.when)


def _to_do(rest: str) -> bool:
    """ "work with Dad to fill in the form": what the working together is for."""
    # Not "think about what else to try": what to do is still the question.
    found = re.search(r"(?<!\bwhat\s)(?<!\belse\s)(?<!\bwhether\s)\bto\s+([a-z]+)", rest)
    # Not "to be agreed at the next review": what it is for is still to be said.
    return found is not None and w.verb_lemma(found[1]) is not None and found[1] not in ("the", "a", "be")


# "his referral order appointments": a court's order for a young person, not a referral made.
_AN_ORDER = re.compile(r"\s+orders?\b", re.IGNORECASE)


# Verbs that make a referral what is done: "make", "complete", "submit", "send", "put in" a referral.
_MAKING = frozenset(("make", "complete", "submit", "send", "put", "do", "offer"))


_TURNED_DOWN = re.compile(
    r"\b(?:won['\u2019]t|will\s+not|doesn['\u2019]t\s+want\s+to|does\s+not\s+want\s+to|declined|refused|"
    r"turned\s+down)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


_NO_MORE_THAN_THE_REFERRAL = w.word_set("refer re-refer signpost review monitor discuss update chase")


def _more_done_later(s: Statement, main: Clause) -> bool:
    """A sentence after the referral with something else done: "Refer Jo to the trauma service.
    While he waits, a weekly call to check how he is" (not "Review at the next TAF")."""
    later = s.reading.clauses[s.reading.clauses.index(main) + 1 :] if main in s.reading.clauses else []
    return any(c.verb is not None and c.lemma.split(" ")[0] not in _NO_MORE_THAN_THE_REFERRAL for c in later)


@matcher("action-referral-only")
def referral_only(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or _has_purpose(s):
        return []
    if s.kind == "outcome" and has_evidence(s, _state_words(s)):
        return []  # "... goes to his appointments and is in work at least 3 days a week": a change too
    # "Ibrahim has said he won't do the parenting course. Instead, ...": a course turned down is
    # what the action replaces, not the action.
    spans = [
        sp
        for sp in _listed(rule, s)
        if not _TURNED_DOWN.search(s.text, max(0, sp.start - 40), sp.start)
        and not _AN_ORDER.match(s.text, sp.end)
    ]
    if not spans and _listed(rule, s):
        return []
    if main.verb is None or _A_REFERRAL_NAMED.match(s.text[: main.tokens[main.verb].start]):
        # "Referral to the young carers service for Kacper": "service" is the referral's, not a verb.
        # "Four sessions on staying safe online; Amy then shows Mum the settings": used after.
        if spans and and_then_does(s, spans[0].end, telling_counts=True):
            return []
        return _hits(spans[:1])
    lemma = main.lemma.split(" ")[0]
    referral = [sp for sp in spans if sp.text.lower().startswith(("refer", "signpost"))]
    if lemma in ("refer", "signpost", "re-refer") or (main.passive and lemma in _MAKING and referral):
        end = main.tokens[main.verb].end if main.verb is not None else 0
        if goes_along_after(s, end) or _more_done_later(s, main):
            return []  # "Refer Ruby to the young carers' group and go with her to the first session"
        return _hits(referral[:1]) or s.verb_hit()
    made = [sp for sp in referral if s.in_verb_object(sp)]
    if lemma in _MAKING and made and not goes_along_after(s, made[0].end):
        return _hits(made[:1])  # "Make a referral to the Early Help Hub", "submit a referral"
    if lemma in _SERVICE_VERBS:
        return only_attended(s, main, lemma, spans)
    return []


@matcher("action-is-an-outcome")
def action_is_outcome(rule: Rule, s: Statement) -> list[Hit]:
    """ "We will improve response times": a change wanted, not a step anyone takes (seed 002's columns)."""
    main = s.reading.main
    if main is None or main.verb is None or not _lemma_in(rule.words, main.lemma):
        return []
    particle = main.tokens[min(main.verb + 1, len(main.tokens) - 1)]
    if main.lemma in ("cut down", "cut back") and not _A_HABIT.match(s.text, particle.end):
        return []  # "cut down the hedge" is a job done; "cut down her drinking" is the change wanted
    return s.verb_hit()


_A_HABIT = re.compile(
    r"\s+(?:on\b|(?:her|his|their|my|our)\s+(?:[a-z]+\s+)?(?:[a-z]+ing|amount|time|use|intake)\b"
    r"|the\s+(?:[a-z]+ing(?=\s*(?:[.,;]|$|\s+(?:at|in|on|by|to|for|and|each|every|so|when|before|after|between|"
    r"with|during|around|while|whenever|if)\b))"
    r"|(?:[a-z]+\s+)?(?:amount|number|time|use|intake)\b)|[a-z]+ing\b)",
    re.IGNORECASE,
)


# What the boundaries are, said after them: a colon, "like ...", "such as ...", or a named tool used.
_A_NAME_SOON = re.compile(r"[^.;]{0,60}?\b(?-i:[A-Z])[a-z]+")
_SPELT_OUT = re.compile(
    r"[\s\w'\u2019]{0,60}?(?:\s*:\s*\w|,?\s+(?:like|such\s+as|e\.g\.|for\s+example|including)\s"
    r"|\s+using\s+(?:the\s+|a\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# A heading that names a referral and where it goes, before what reads as a verb.
_A_REFERRAL_NAMED = re.compile(
    r"\s*(?:an?\s+|the\s+)?(?:re-?)?referrals?\s+(?:to|for)\s+(?:(?!\b(?:who|which|that|so|and)\b)[^,;.])*$",
    re.IGNORECASE,
)
# "do some work with Kai using the Brook Traffic Light tool": a named tool says what the work is.
_A_NAMED_TOOL = re.compile(r"[\s\w'\u2019]{0,40}?\s+using\s+(?:the\s+|a\s+)?(?-i:[A-Z])", re.IGNORECASE)


@matcher("action-vague-comparative")
def vague_comparative(rule: Rule, s: Statement) -> list[Hit]:
    return _hits(_comparatives(s)[:1])


@matcher("action-no-agent")
def no_agent(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if s.context.has_who or main is None or main.verb is None or s.is_blank:
        return []
    if main.mood == "imperative" or (main.mood == "infinitive" and main.subject is None):
        return []  # an instruction ("Call the school", "To call the school"): the "who" column says who
    # A task done to nobody's name ("CAMHS referral to be completed"). A thing made available
    # ("a quiet room will be available") is provision, and the "who" column says whose.
    if main.passive and not _BY_AGENT.search(s.text):
        return s.verb_hit()
    if not main.copular and main.subject is None and main.mood not in ("imperative", "infinitive"):
        return s.verb_hit()
    return []


_BY_AGENT = re.compile(r"\bby\s+(?:[A-Z]\w+|the\s+\w+|her|his|their|mum|dad)")


@matcher("action-no-when")
def no_when(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if s.context.has_when or s.is_blank or _has_detail(s) or main is None or main.verb is None:
        return []
    if any(kind in ("vague", "relative") for kind, *_ in s.when):
        return []  # the "when" rules say what is wrong with it
    return [Hit(_whole(s.text.strip()), {"match": s.text.strip()})]


@matcher("action-vague-when")
def vague_when(rule: Rule, s: Statement) -> list[Hit]:
    if s.context.has_when or _has_time(s):
        return []
    vague = [(a, b, t) for kind, a, b, t in s.when if kind in ("vague", "relative")]
    return [Hit(s.span(a, a + len(t)), {"match": t}) for a, b, t in vague[:1]]


# "show Mum how much cream to use and how often": what she is shown, not how often it is done.
_HOW_BEFORE = re.compile(r"\bhow\s+$", re.IGNORECASE)
_VAGUE_OFTEN = re.compile(
    r"(?:regularly|frequently|often|sometimes|occasionally|periodically|from\s+time\s+to\s+time)",
    re.IGNORECASE,
)


@matcher("action-vague-how-often")
def vague_how_often(rule: Rule, s: Statement) -> list[Hit]:
    """ "Visit regularly" with a date to review it by: the date is there, how often is not (seed 001:
    "how frequently"). With no date at all, action-vague-when says so instead."""
    if not (s.context.has_when or _has_time(s)) or any(kind == "frequency" for kind, *_ in s.when):
        return []
    if s.context.has_when and parse_when(s.context.when, s.today).recurrence:
        return []  # the when cell says how often: "Every Tuesday (review 16.02.2027)"
    vague = [
        (a, t)
        for kind, a, _, t in s.when
        if kind == "vague" and _VAGUE_OFTEN.fullmatch(t) and not _HOW_BEFORE.search(s.text, 0, a)
    ]
    found = [Hit(s.span(a, a + len(t)), {"match": t}) for a, t in vague[:1]]
    # "have regular chats with Nan", "frequent check-ins": the same, said of the things done.
    timed = any(kind in ("frequency", "day", "time") for kind, *_ in s.when)
    done = None if found or timed else _VAGUE_OFTEN_THINGS.search(s.text)
    return found or ([Hit(s.span(done.start(), done.end()), {"match": done[0]})] if done else [])


_VAGUE_OFTEN_THINGS = re.compile(
    # Had, held or offered: what the action does, not what it is about ("the frequent calls from school").
    r"\b(?:have|has|hold|holds|offer|offers|give|gives|provide|provides|arrange|arranges|make|makes|continue|"
    r"keep\s+up|ring\s+\w+\s+for|call\s+\w+\s+for|for)\s+(?:\w+\s+)?(?:an?\s+)?(?:regular|frequent|occasional|periodic)\s+(?:(?:short|brief|informal|1:1|one[\s-]to[\s-]one|"
    r"face[\s-]to[\s-]face|phone|home|video|online|joint|family|supervision|review),?\s+){0,2}"
    r"(?:chats?|meetings?|catch[\s-]?ups?|visits?|calls?|phone\s+calls?|sessions?|check[\s-]?ins?|contact|"
    r"updates?|texts?|time\s+with|meet[\s-]?ups?|talks?)\b(?!\s+(?:on|every|each)\b)",
    re.IGNORECASE,
)
