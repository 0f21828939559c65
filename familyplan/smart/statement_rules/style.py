"""Words that are style advice unless they are the statement's criterion; length."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.statement_rules.hard_words import hard_words
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, matcher

# --- Words that decide only when they are the criterion -----------------------------


def _criterion_hits(rule: Rule, s: Statement) -> list[Hit]:
    """Listed words inside the main predicate: what success is measured against; not words quoted
    as someone says them ("stop saying 'behave yourself' and tell Kai what he wants him to do")."""
    quoted = _quoted_inside(s)
    return _hits(
        [
            sp
            for sp in _listed(rule, s)
            if s.into_predicate(sp)
            and not _names_a_place(s.text, sp)
            and not _in_capitals(s.text, sp)
            and not _scored(s.text, sp)
            and not _SPELT_OUT_AFTER.match(s.text, sp.end)
            and not _help_said(s.text, sp)
            and not any(a < sp.start < b for a, b in quoted)
            # "in bed by 8pm, a sensible bedtime for a six-year-old": the time is the standard.
            and not (
                ("bedtime" in sp.text.lower() or "curfew" in sp.text.lower()) and _A_CLOCK_TIME.search(s.text)
            )
            # "keep his tablets in a good place, the locked box on the wardrobe": the place, said.
            and not ("place" in sp.text.lower() and _A_PLACE_SAID.match(s.text, sp.end))
            and not _BEING_DEFINED.search(s.text, max(0, sp.start - 50), sp.start)
        ]
    )


# "the help he needs with washing, dressing and toileting": the help, said; not "with everything".
_NEEDED_HELP = re.compile(r"the\s+(?:help|support)\s+(?:he|she|they|you|we)\s+needs?$", re.IGNORECASE)
_HELP_SAID_AFTER = re.compile(
    # Not "the help he needs to cope": what for, as vague as the help.
    r"\s+(?:with|for|around)\s+(?!(?:it|this|that|things|everything|anything|the\s+future)\b)\w",
    re.IGNORECASE,
)


def _help_said(text: str, span: Span) -> bool:
    return bool(_NEEDED_HELP.match(span.text) and _HELP_SAID_AFTER.match(text, span.end))


# "agree together what a fair curfew looks like", "work out what a good routine means for them": the
# standard is what the action sets out to define.
_BEING_DEFINED = re.compile(
    r"\b(?:agree|decide|work\s+out|write\s+down|set\s+out|define|talk\s+about)\s+(?:together\s+)?"
    r"(?:(?:with\s+)?\w+\s+){0,3}?what\s+(?:an?\s+|the\s+)?[^.;]{0,12}$",
    re.IGNORECASE,
)
_A_PLACE_SAID = re.compile(r"\s*(?:,|:|-|\()\s*(?:the|a|an|his|her|their|in|on|at)\s+\w", re.IGNORECASE)
_A_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b", re.IGNORECASE)


# "score his own wellbeing 6/10 or higher", "her wellbeing score of 7 out of 10": the word is what a
# scale measures, so the number, not the word, is what success is judged by.
_SCORED_BEFORE = re.compile(
    r"\b(?:scores?|scored|scoring|rates?|rated|rating)\s+(?:(?:his|her|their|its|my|our|your|own|the)\s+){0,2}$",
    re.IGNORECASE,
)
_SCORED_AFTER = re.compile(
    r"\s*(?:scores?\s+|ratings?\s+)?(?:(?:at|of|as)\s+)?(?:an?\s+)?\d+(?:\s*/\s*|\s+out\s+of\s+)\d+",
    re.IGNORECASE,
)


# "a consistent bedtime routine with Ella: bath at 6.30pm, story at 7pm", "everything they need for the
# day (nappies, wipes, spare clothes)": the standard, spelt out.
_SPELT_OUT_AFTER = re.compile(
    r"[^.;:]{0,40}:\s*\w|[^.;:()]{0,40}\([^()]*,[^()]*\)"
    # "Chloe gets enough sleep and feels well enough ...: by 29 January she is sleeping at least 6 hours":
    # a headline, then its measure after the colon.
    r"|[^.;:]{0,100}:\s[^.;]{0,80}?\b(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)"
    # "ready for school by 8.30am ...: dressed in clean uniform, teeth brushed, breakfast eaten": a list of
    # what it means, after the colon.
    r"|(?:[^.;:]|(?<=\d)[.:](?=\d)){0,100}:\s*[^.;:,]{3,60},\s*[^.;:,]{3,60}(?:,|\s+and\b)"
)


def _scored(text: str, span: Span) -> bool:
    if not _SCORED_AFTER.match(text, span.end):
        return False
    return bool(_SCORED_BEFORE.search(text, max(0, span.start - 30), span.start)) or bool(
        re.match(r"\s*(?:scores?|ratings?)\b", text[span.end :], re.IGNORECASE)
    )


def _quoted_inside(s: Statement) -> list[tuple[int, int]]:
    """Words quoted as someone says them, within the statement's own sentence: after "saying",
    "tell him", "such as", "what". Not a standard in scare quotes ("keep the house 'clean and tidy'")."""
    main = s.reading.main
    if main is None or main.verb is None or ("'" not in s.text and '"' not in s.text and "‘" not in s.text):
        return []
    verb_at = main.tokens[main.verb].start
    return [
        (a, b)
        for a, b in s.reading.quotations
        if not a < verb_at < b
        and (_SAYING_BEFORE.search(s.text, max(0, a - 30), a) or _DEFINED_OR_NAMED.match(s.text, b))
    ]


# A quoted standard the plan defines ("'clean and tidy', which she says means ..."), or a thing it
# names ("a 'good behaviour' sticker").
_DEFINED_OR_NAMED = re.compile(
    r"\s*(?:,?\s*which\s+(?:\w+\s+){0,3}?means|\(?meaning|\s*-\s*meaning|:)"
    r"|\s+(?:sticker|chart|card|plan|checklist|sheet|book|board|jar|certificate|award|points?|reward|list)s?\b",
    re.IGNORECASE,
)


_SAYING_BEFORE = re.compile(
    r"\b(?:say|says|saying|said|tell|tells|telling|told|shout|shouts|shouting|call|calls|calling|"
    r"words?|phrases?|such\s+as|like|what|about)(?:\s+[\w'\u2019]+){0,2}?\s*:?\s*$",
    re.IGNORECASE,
)


def _in_capitals(text: str, span: Span) -> bool:
    """ "the Stress Free Families group": words in a name, written with capitals mid-sentence and
    going on into more of the name or what it names; not a standard written in capitals ("keep the
    house Clean And Tidy")."""
    words_ = span.text.replace("-", " ").split()
    before = text[: span.start].strip()
    if not before or before[-1] in ".!?:" or not all(x[:1].isupper() for x in words_):
        return False
    after = text[span.end :].split(maxsplit=1)
    return bool(after) and (after[0][:1].isupper() or bool(_PLACE_OR_SERVICE.match(" " + after[0])))


def _a_name(text: str, span: Span) -> bool:
    before = text[: span.start].strip()
    capitals = all(x[:1].isupper() for x in span.text.replace("-", " ").split())
    return capitals and bool(before) and before[-1] not in ".!?:"


def _aside_hits(rule_id: str, s: Statement) -> list[Hit]:
    if rule_id not in s.catalogue.rules:
        return []
    listed = _listed(s.catalogue.rule(rule_id), s)
    return _hits([sp for sp in listed if not s.into_predicate(sp) and not _names_a_place(s.text, sp)])


# "the wellbeing room", "the Wellbeing Hub": the word names a place or a service, not a standard.
_JUDGED_ADJECTIVES = frozenset(
    ["appropriate", "inappropriate", "adequate", "suitable", "sufficient", "relevant", "necessary"]
)
_PLACE_OR_SERVICE = re.compile(
    r"\s+(?:room|centre|center|hub|team|service|worker|officer|lead|group|club|practitioner|"
    r"co-?ordinator|mentor|nurse|café|cafe|base|space)s?\b",
    re.IGNORECASE,
)
# "her wellbeing plan", "the wellbeing check": a document or a meeting of that name; but "a suitable
# plan" is still a plan someone must judge.
_A_THING_NAMED = re.compile(
    r"\s+(?:plan|check|check-in|assessment|session|meeting|app|card|toolkit|questionnaire|form)s?\b",
    re.IGNORECASE,
)


def _names_a_place(text: str, span: Span) -> bool:
    if span.text.lower() in _JUDGED_ADJECTIVES:
        return False  # "suitable space", "appropriate services": the space or service is what is judged
    named = "being" in span.text.lower() and _A_THING_NAMED.match(text, span.end)
    return bool(_PLACE_OR_SERVICE.match(text, span.end) or named)


@matcher("outcome-vague-word")
@matcher("subjective-standard")
def criterion_words(rule: Rule, s: Statement) -> list[Hit]:
    found = _criterion_hits(rule, s)
    if rule.id == "outcome-vague-word" and not found and s.kind == "outcome":
        # "Amir's needs at school are met", "have all her health needs met": which needs, and met how?
        met = _NEEDS_MET.search(s.text) if "needs" in s.lower else None
        # "Amir's needs are met in class: he has his own workstation, ...": which needs, spelt out.
        if met is not None and not _SPELT_OUT_AFTER.match(s.text, met.end()):
            at = met.start() + met[0].lower().index("needs")
            found = [Hit(Span(at, met.end(), s.text[at : met.end()]), {"match": s.text[at : met.end()]})]
    return found


# Someone's needs, as a noun ("Amir's needs", "her health needs"), said to be met; not "the bus pass she
# needs ... and is met at the station", nor "no longer needs to be met at the gate".
_NEEDS_MET = re.compile(
    r"(?:['\u2019]s|\b(?:his|her|their|its|my|our|the|all|whose))\s+(?:[\w-]+\s+){0,4}?needs\s+"
    r"(?:(?:at|in|around|with|for|of)\s+(?:(?!\band\b)[\w'\u2019 ]){1,25}?\s+)?"
    r"(?:are|will\s+be|being)\s+(?:fully\s+|all\s+)?(?:met|addressed)\b|\bneeds\s+met\b",
    re.IGNORECASE,
)


@matcher("contingency-asap")
def contingency_asap(rule: Rule, s: Statement) -> list[Hit]:
    """ "Auntie Jas will pick them up ASAP" (seed 000: "Avoid using ASAP"); "as soon as she knows" is
    tied to when it happens, and is not listed."""
    return _hits(_listed(rule, s)[:1])


@matcher("contingency-vague-response")
def vague_response(rule: Rule, s: Statement) -> list[Hit]:
    """ "will take appropriate action": what is done, left to judgement (seed 002: "'appropriate' (in
    whose view?)"); not "until mornings are back on track", when the help ends."""
    found = [
        h
        for h in _criterion_hits(rule, s)
        if s.in_verb_object(h.span)
        or _A_RESPONSE_BEFORE.search(s.text, max(0, h.span.start - 40), h.span.start)
    ]
    unsaid = _WHAT_IS_DONE_UNSAID.search(s.text)
    if not found and unsaid:
        found = [Hit(Span(unsaid.start(1), unsaid.end(1), unsaid[1]), {"match": unsaid[1]})]
    return found


# "she will get some support", "we'll sort it", "Sian will make sure he is safe": a response that
# names what it is for and not what is done; "get help from Nan" and "sort out the boiler" say it.
_WHAT_IS_DONE_UNSAID = re.compile(
    r"(?:\bwill|['\u2019]ll|\bwould|\bto)\s+"
    r"((?:get|find|seek|look\s+for|ask\s+for)\s+(?:some\s+|more\s+|extra\s+)?(?:support|help|advice)\b"
    r"(?!\s+(?:from|with|at|by)\b)"
    # "Callum will find another service": which one, and what it would do, unsaid; not "find another
    # provider and ring Brambles", which says where.
    r"|(?:find|look\s+for|try|source|signpost\s+(?:\w+\s+)?to)\s+(?:another|a\s+different|an\s+alternative|other|"
    r"alternative|somewhere)\s*(?:service|provider|option|support|help|agency|placement|arrangement|childcare|else)s?\b"
    r"(?:\s+(?:to\s+help|that\s+can\s+help|for\s+(?:him|her|them|(?-i:[A-Z])\w+)|in\s+the\s+area))?(?=\s*(?:\.|$))"
    r"|sort\s+(?:it|this|that|things)(?:\s+out)?\b(?!\s+(?:with|by)\b)"
    # "Nicola will manage", "she'll cope": that someone gets by, not how.
    r"|(?:just\s+)?(?:manage|cope)(?=\s*(?:[.;!]|$))"
    r"|make\s+sure\s+(?:he|she|they|(?-i:[A-Z])\w+)\s+(?:is|are|stays?|feels?)\s+(?:safe|ok|okay|alright|all\s+right|fine)\b"
    r"(?!\s+(?:by|at|with)\b))"
    r"(?=\s*(?:[.;]|$|,?\s+(?:and|then)\b))",
    re.IGNORECASE,
)


# A later response, after the first, left to judgement in the same way: "..., and the Family Practitioner
# will give appropriate advice".
_A_RESPONSE_BEFORE = re.compile(
    r"\b(?:will|would|can|to)\s+(?:then\s+|also\s+)?(?:give|take|offer|provide|make|arrange|do|find|put\s+in\s+place)"
    r"\s+(?:(?:any|the|some|all|an?)\s+)?$",
    re.IGNORECASE,
)


@matcher("vague-word-aside")
def vague_aside(rule: Rule, s: Statement) -> list[Hit]:
    return _aside_hits("outcome-vague-word", s) + _aside_hits("subjective-standard", s)


@matcher("disrespectful-language")
def disrespectful(rule: Rule, s: Statement) -> list[Hit]:
    """Words that judge the family, written by the plan's author: not the family's own words in
    quotes, nor what someone says they feel ("Ben says he feels lazy in the mornings")."""
    return _hits(
        [
            sp
            for sp in _listed(rule, s)
            if not _their_own_words(s.text, sp) and not _denied(s.text, sp) and not _a_thing_fails(s.text, sp)
        ]
    )


# "If the boiler fails again": a thing failing blames nobody.
_A_THING_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|our|my|its)\s+(?:[\w-]+\s+)?([\w-]+)\s*$", re.IGNORECASE
)


_PEOPLE = w.word_set(
    "person people teenager teen youngster child boy girl lad lass pupil student adult man woman worker "
    "practitioner carer parent mother father tenant"
)


def _a_thing_fails(text: str, span: Span) -> bool:
    if not span.text.lower().startswith("fail"):
        return False
    thing = _A_THING_BEFORE.search(text[max(0, span.start - 40) : span.start])
    word = thing[1].lower() if thing is not None else ""
    return (
        thing is not None
        and not thing[1][:1].isupper()
        and word not in w.FAMILY_WORDS
        and word not in _PEOPLE
    )


# "It's not her fault", "was never his fault": saying the blame is not theirs is the opposite of blaming.
_DENIED_BEFORE = re.compile(r"\b(?:not|never|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s*$", re.IGNORECASE)


def _denied(text: str, span: Span) -> bool:
    return bool(_DENIED_BEFORE.search(text[max(0, span.start - 12) : span.start]))


_FEELING_BEFORE = re.compile(
    r"\b(?:feels?|felt|feeling|says?|said|saying|calls?|called|calling|describ\w*|thinks?|thought|"
    r"sees?|saw|words?|like|told\s+\w+|worr\w*\s+(?:that\s+)?(?:she|he|they)\s+(?:is|are|was|were|seems?))"
    # "as" only after such a word ("describes herself as"): "as she is ..." gives a reason.
    r"(?:\s+(?:her|him|them|it|me|himself|herself|themselves|myself|that|she|he|they|is|are|was|were|so|very|really|a|an|as))*"
    r"\s*[\"“‘']?\s*$",
    re.IGNORECASE,
)


def _their_own_words(text: str, span: Span) -> bool:
    before = text[max(0, span.start - 60) : span.start]
    quoted = sum(before.count(q) for q in '"“”') % 2 == 1 or before.rstrip().endswith(("‘", "'"))
    return quoted or bool(_FEELING_BEFORE.search(before))


@matcher("therapy-words")
def therapy_words(rule: Rule, s: Statement) -> list[Hit]:
    """A therapist's word in a plain statement; a statement built of them is `hard-words` instead."""
    # Not a course or a programme's name ("the Emotional Regulation workshop"), in capitals mid-sentence.
    found = [sp for sp in _listed(rule, s) if not _their_own_words(s.text, sp) and not _a_name(s.text, sp)]
    if not found or (s.catalogue.enabled("hard-words") and hard_words(s.catalogue.rule("hard-words"), s)):
        return []
    return _hits(found[:1])


@matcher("jargon")
def listed_words(rule: Rule, s: Statement) -> list[Hit]:
    return _hits(_listed(rule, s))


# The agreements of ordinary life, which say what someone will do without being a written agreement
# about how a family behaves: "the tenancy agreement", "the employment contract".
_BUSINESS = (
    r"(?:tenancy|rental|rent|lease|employment|job|work|apprenticeship|nursery|childcare|college|course|loan|"
    r"payment|repayment|phone|mobile|insurance|energy|debt|claimant|mortgage|training)\b"
)
# "sign a screen-time contract", "signed their family agreement": whatever the agreement is called.
_SIGNED_AGREEMENT = re.compile(
    r"\bsign(?:s|ed|ing)?\s+(?:up\s+to\s+)?(?:a|an|the|their|his|her|my|our|this)\s+(?:[\w-]+\s+)?"
    # Agreements about how the family will behave; not a tenancy, a job or childcare.
    r"(?:behaviour|family|home|house|household|safety|screen[\s-]time|home[\s-]time|bedtime|curfew|parenting|"
    r"attendance|conduct|written|working|good[\s-]behaviour|no[\s-]harm|use|internet|online|gaming|gambling|"
    r"drinking|drug|smoking)\s+"
    r"(?:contract|agreement)s?\b"
    # "draw up a family agreement setting out how they will talk, for them both to sign": signed later.
    r"|\b(?:behaviour|family|home|house|household|safety|screen[\s-]time|home[\s-]time|bedtime|curfew|parenting|"
    r"conduct|no[\s-]harm)\s+(?:contract|agreement)s?\b"
    r"(?=[^.;]*\b(?:to|will|and|then|both|can|must)\s+(?:then\s+|both\s+)?sign\b|[^.;]*\bsigned\s+by\b)"
    # Any agreement that is the signers' promise of how they will behave: "a feeding agreement
    # confirming they will follow all health advice" (not "a childcare contract saying Ben will start",
    # nor an ordinary contract's promise of no behaviour: see _ordinary_contract).
    r"|\bsign(?:s|ed|ing)?\s+(?:a|an|the|their|his|her|my|our|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:contract|agreement)s?"
    r"\s+(?:confirming|saying|stating|promising|that|to\s+say)\s+(?:that\s+)?(?:they|he|she|i|we)\s+will\b"
    # "write up a parenting agreement for Kerry to sign": drawn up for the family to put their name to.
    r"|\b(?:agreement|contract)s?\s+for\s+(?:[\w'\u2019]+\s+){1,3}?to\s+sign\b",
    re.IGNORECASE,
)


@matcher("action-written-agreement")
def written_agreement(rule: Rule, s: Statement) -> list[Hit]:
    listed = _listed(rule, s)
    if listed:
        return _hits(listed[:1])
    found = [m for m in _SIGNED_AGREEMENT.finditer(s.text) if not _ordinary_contract(s.text, m)]
    return _hits([Span(m.start(), m.end(), m[0]) for m in found][:1])


# A promise about how someone will behave with the family: "stay calm during contact", "hand his
# phone to Mum"; not an ordinary term ("give a month's notice", "not keep pets").
_BEHAVIOUR = re.compile(
    r"\b(?:behave|behaviour|calm|shout|shouting|swear|hit|smack|drink|drinking|drunk|alcohol|drugs?|argue|"
    r"arguing|fight|fighting|contact|children|child|phone|screen|curfew)\b|\b(?:home|in)\s+by\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b",
    re.IGNORECASE,
)


_A_PROMISE = re.compile(r"\b(?:confirming|saying|stating|promising|that|to\s+say)\b", re.IGNORECASE)


def _ordinary_contract(text: str, m: re.Match[str]) -> bool:
    """ "the tenancy agreement confirming she will move in": an agreement of ordinary life whose
    promise is no rule of behaviour; "a work agreement stating he will stay calm" is one."""
    if not _A_PROMISE.search(m[0]):
        return False  # "sign a college attendance contract": named for how they will behave
    kinds = re.findall(r"[\w-]+", m[0])[2:-1]  # between "sign the" and "agreement"
    if not any(re.fullmatch(_BUSINESS, kind, re.IGNORECASE) for kind in kinds):
        return False
    promise = re.split(r"[.;]", text[m.end() :], maxsplit=1)[0]
    return not _BEHAVIOUR.search(promise)
