"""Absolutes: a promise never (or always) to do something is one nobody can be sure to keep (seed
002: "I will never drink again"); a safety rule for a situation is kept every time, rightly."""

from __future__ import annotations

import re

from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, matcher
from familyplan.smart.statement_rules.triggers import _response

_SITUATION = re.compile(
    r"\b(?:when|whenever|if|while|whilst|in\s+the|at\s+the|on\s+the|near|around)\b",
    re.IGNORECASE,
)


# "until her drug worker confirms she has been abstinent for two weeks": a condition someone checks.
_A_CONDITION_MET = re.compile(r"\b(?:until|once|when|after|been)\b[^.;]*$", re.IGNORECASE)
_WHATEVER = frozenset(("no matter what", "whatever happens", "at all costs"))
_MADE_TO = re.compile(r"\b(?:make|makes|making)\s+(?:sure|certain)\b|\bensures?\b|\bforce", re.IGNORECASE)


# "I won't ever borrow money again": never, said another way.
_NEVER = (
    "never",
    "won't ever",
    "will not ever",
    "wont ever",
    "won\u2019t ever",
    # "I won't miss any days of college from now on": never missing one.
    "won't miss any",
    "will not miss any",
    "won\u2019t miss any",
)
_WILL_BEFORE = re.compile(r"\bwill\s+$", re.IGNORECASE)
_PROMISED = re.compile(
    r"\b(?:promises?|promised|swears?|vows?|pledges?)\s+(?:(?:that\s+)?(?:she|he|they|I|we)\s+will\s+|to\s+)?(?:never|always)\b"
    r"|\balways\s+(?:be\s+(?:there|around|available|on\s+hand|calm)|stay\s+calm|keep\s+calm|keep\s+(?:his|her|their)\s+cool)\b"
    r"|\bwhatever\s+(?:his|her|their|my)\s+(?:shifts?|hours|work)\b"
    # "his brother will always cover it, however much it is": an open-ended promise from the network.
    r"|\balways\s+[^.;]{0,30}?\bhowever\s+(?:much|long|often)\b"
    # "his cousin will be with him at all times": a companion at every hour, which nobody can be.
    # Not "with them at all times during the visit": a safety rule for a situation (seed 002).
    r"|\bbe\s+with\s+(?:him|her|them)\s+at\s+all\s+times\b(?!\s+(?:during|while|whilst)\b)",
    re.IGNORECASE,
)
# "Uncle Dev will drive him everywhere": a companion at all times, said of where; not "go everywhere
# with her on the school trip".
_EVERYWHERE = re.compile(
    r"(?:\b(?:drive|take|walk|ferry)\s+(?:him|her|them)\s+(everywhere)|\bgo\s+(everywhere)\s+with\s+(?:him|her|them))"
    r"\b(?!\s+(?:on|during|while|whilst|at|in|for)\b)",
    re.IGNORECASE,
)


_ALWAYS_AVAILABLE = re.compile(
    r"\b(?:available|on\s+call|on\s+hand)\s+(?:(?:to|for)\s+\w+\s+)?"
    r"(day\s+and\s+night|night\s+and\s+day|day\s+or\s+night|24/7|round\s+the\s+clock|24\s+hours\s+a\s+day|"
    r"at\s+any\s+time|any\s*time|at\s+all\s+times|whenever\s+(?:the\s+family|she|he|they|anyone|you|we|the\s+children)\s+needs?)\b",
    re.IGNORECASE,
)


# "his sister will have Alfie whenever he needs her, day or night, for as long as it takes": help promised
# with no end, said after what someone will do.
_WITH_NO_END = re.compile(
    # Not "call the crisis line any time of day or night": when a line answers, not a promise.
    r"\bwill\b[^.;]*?\b(for\s+as\s+long\s+as\s+it\s+takes|(?<!time\sof\s)(?:day\s+or\s+night|night\s+or\s+day))\b",
    re.IGNORECASE,
)
# "two people she can ring day or night": when someone may be rung, not a promise to be there.
# "the Samaritans, who answer day or night", "can be reached day or night": when a line answers.
_RUNG = re.compile(
    r"\b(?:ring|rung|call|called|phone|phoned|text|contact|contacted|message|reach|reached|answer|answers|open)\b"
    r"[^.;,]{0,25}$",
    re.IGNORECASE,
)
_FOR_EVER = re.compile(
    # A habit given up for good, or never taken up again: not "stop the Sky subscription for good", nor
    # "will not let him in, ever", a safety rule.
    r"\b(?:will|'ll)\s+(?:give\s+up|stop|quit|cut\s+out)\s+(?:drinking|smoking|gambling|betting|using|drugs|alcohol|"
    r"cannabis|weed)\s+(for\s+good|completely|altogether|entirely)\b"
    r"|\b(?:will\s+not|won['\u2019]t)\s+(?:borrow|drink|gamble|bet|smoke|use|shout|hit)\b[^.;]{0,40}?(,\s*ever)\b",
    re.IGNORECASE,
)
_FOR_ANY_REASON = re.compile(r"[^.;]{0,60}?\bfor\s+any\s+reason\b", re.IGNORECASE)
_EVEN_FOR_A_MOMENT = re.compile(r"\beven\s+for\s+(?:a|one)\s+(?:minute|second|moment)\b", re.IGNORECASE)


def _pledged(s: Statement, spans: list[Span]) -> list[Span]:
    """Absolutes promised whatever the situation."""
    # "make sure she goes no matter what" is the promise; "she knows Nan loves her no matter what" is not.
    pledged = [sp for sp in spans if sp.text.lower() in _WHATEVER and _MADE_TO.search(s.text, 0, sp.start)]
    # "he will be 100% abstinent from then on": the seed's "I will never drink again", said another way.
    pledged += [
        sp
        for sp in spans
        if sp.text.lower() in ("abstain", "abstinent")
        and not _A_CONDITION_MET.search(s.text, max(0, sp.start - 80), sp.start)
    ]
    # "he will promise never to miss another", "she will always be there": a pledge, in any situation.
    pledged += [sp for sp in spans if _PROMISED.search(s.text, max(0, sp.start - 20), sp.end + 40)]
    if "everywhere" in s.lower:
        pledged += [
            Span(m.start(i), m.end(i), m[i]) for m in _EVERYWHERE.finditer(s.text) for i in (1, 2) if m[i]
        ]
    # "Grandad will be available day and night": help promised at every hour, which nobody can give.
    pledged += [Span(m.start(1), m.end(1), m[1]) for m in _ALWAYS_AVAILABLE.finditer(s.text)]
    # "he will give up drinking for good", "she will not borrow from anyone, ever": for ever, promised.
    pledged += [
        Span(m.start(m.lastindex or 0), m.end(m.lastindex or 0), m[m.lastindex or 0])
        for m in _FOR_EVER.finditer(s.text)
    ]
    pledged += [
        Span(m.start(1), m.end(1), m[1])
        for m in _WITH_NO_END.finditer(s.text)
        if not _RUNG.search(s.text, max(0, m.start(1) - 40), m.start(1))
    ]
    # "I will never leave them on their own, not even for a minute": every moment, promised.
    pledged += [sp for sp in spans if sp.text.lower() in _NEVER and _EVEN_FOR_A_MOMENT.search(s.text, sp.end)]
    # "she will never leave them on their own for any reason": whatever happens, promised.
    pledged += [sp for sp in spans if sp.text.lower() in _NEVER and _FOR_ANY_REASON.match(s.text, sp.end)]
    return pledged


@matcher("action-absolute")
def absolute(rule: Rule, s: Statement) -> list[Hit]:
    """An absolute is the criterion when it promises never (or always, totally) to do something,
    with no situation it applies to: "I will never drink again" (seed 002). A safety rule for a
    situation ("never leave the baby alone in the bath") is kept every time, rightly."""
    main = s.reading.main
    if s.kind == "contingency":
        beyond = _beyond_the_trigger(s.text)
        if beyond is not None:
            return _hits([beyond])
    spans = [sp for sp in _listed(rule, s) if s.in_predicate(sp)]
    if (
        main is None
        or main.verb is None
        or not (
            spans
            or ("everywhere" in s.lower and _EVERYWHERE.search(s.text))
            or _ALWAYS_AVAILABLE.search(s.text)
            or _WITH_NO_END.search(s.text)
            or _FOR_EVER.search(s.text)
        )
    ):
        return []
    pledged = _pledged(s, spans)
    if pledged:
        return _hits(sorted(pledged, key=lambda sp: sp.start)[:1])
    strong = [
        sp for sp in spans if sp.text.lower() not in ("always", *_NEVER) and sp.text.lower() not in _WHATEVER
    ]
    if strong and s.kind != "contingency":
        return _hits(strong[:1])
    # "Isla will always be home by 8pm": a promise of every time, with no situation it is for.
    always = [
        sp
        for sp in spans
        if sp.text.lower() == "always"
        and s.kind != "contingency"
        and _WILL_BEFORE.search(s.text, 0, sp.start)
        and not _SITUATION.search(s.text[sp.end :])
    ]
    if always:
        return _hits(always[:1])
    never = [sp for sp in spans if sp.text.lower() in _NEVER]
    # Within its own clause: "never miss another: I'll put each letter on the fridge" says how, not when.
    rest = re.split(r"[.;:]", s.text[never[0].end :], maxsplit=1)[0] if never else ""
    # "never drink around the children again": "again" makes it the pledge, whatever the situation.
    # A contingency's trigger is the situation its absolutes are for ("stay with the children at all
    # times until Mum is sober"), so there only the pledge counts.
    situated = s.kind == "contingency" or _SITUATION.search(rest)
    if never and (not situated or _AGAIN.match(rest) or _SELF_CONTROL.match(rest)):
        return _hits(never[:1])
    return []


# "never lose his temper when the Xbox goes off": a promise about a feeling or a reaction is the
# pledge whatever the situation; a carer's safety rule ("never leave the baby alone in the bath") is not.
_SELF_CONTROL = re.compile(
    r"\s+(?:again\s+)?(?:lose\s+(?:his|her|their|my|your)\s+temper|shout|scream|swear|argue|row|fight|hit|kick|lash\s+out|"
    r"snap|get\s+(?:angry|cross|upset|wound\s+up|frustrated)|have\s+(?:a\s+)?(?:tantrum|meltdown|outburst)s?|"
    r"cry|lie|misbehave|answer\s+back|refuse|touch\s+(?:alcohol|a\s+drop|a\s+drink|drugs)|"
    # "she will never reply", "never go back to him": a promise about someone she may still love.
    r"reply|respond|text\s+back|go\s+back\s+to|see\s+(?:him|her|them)|contact\s+(?:him|her|them)|"
    r"(?:speak|talk)\s+to\s+(?:him|her|them)|go\s+near|"
    r"raise\s+(?:his|her|their|my|your)\s+voice|borrow|gamble|bet|let\s+(?:it|things)\s+get\s+(?:as|that|so)\s+bad|"
    # "I will never drink when the kids are at home": seed 002's "I will never drink again", with a when.
    r"drink|get\s+drunk|have\s+(?:a|another|any)\s+(?:drink|smoke|spliff|joint|bet)|smoke|"
    # "never miss her medication": forgetting happens to everyone.
    r"miss\s+(?:her|his|their|my|your)\s+(?:medication|meds|tablets|medicine|injections?)|miss\s+(?:a|any)\s+(?:feeds?|doses?)|"
    r"use\s+(?:drugs|cannabis|weed|substances)|take\s+drugs|use\s+again|"
    # "I will never take it out on the kids", "never place another bet".
    r"take\s+it\s+out\s+on|place\s+(?:a|another)\s+bet|"
    # "I will never pick up": using again, as recovery says it.
    r"pick\s+up(?=\s*(?:again\b|[.,;!]|$)))\b",
    re.IGNORECASE,
)


# "again" in the same clause as "never": not past a comma or an "and" that starts another.
_AGAIN = re.compile(r"(?:(?!\band\b)[^.;,])*\b(?:again|from\s+now\s+on)\b", re.IGNORECASE)


@matcher("absolute-word")
def absolute_word(rule: Rule, s: Statement) -> list[Hit]:
    if "action-absolute" not in s.catalogue.rules:
        return []
    strong = {(h.span.start, h.span.end) for h in absolute(s.catalogue.rule("action-absolute"), s)}
    spans = _listed(s.catalogue.rule("action-absolute"), s)
    return _hits([sp for sp in spans if (sp.start, sp.end) not in strong])


# In a contingency the trigger is the situation a safety rule is for ("will never drive the children",
# "keep the tablets locked away at all times"), but "every time, however often it happens" promises
# more than anyone can give: seed 002's too-ambitious expectations.
# So does "every single day" in the response, with no end: a promise of effort kept for ever.
_EVERY_TIME_HOWEVER_OFTEN = re.compile(
    r"\bevery\s+time\b[^.;]{0,20}?\bhowever\s+(?:often|many\s+times|long)\b"
    r"|\bevery\s+single\s+(?:day|night|time|morning|evening|week)\b(?![^.;]*\b(?:until|till)\b)",
    re.IGNORECASE,
)


def _beyond_the_trigger(text: str) -> Span | None:
    m = _EVERY_TIME_HOWEVER_OFTEN.search(text, len(text) - len(_response(text, trailing=False)))
    return Span(m.start(), m.end(), m[0]) if m else None
