"""A contingency read into its trigger ("If Mum is unwell, ...") and its response: who is in it,
and who only has something done to them."""

from __future__ import annotations

import re

from familyplan.smart.language import HOME_LANGUAGE_KIN

_NETWORK_PERSON = re.compile(
    # "her mother-in-law" is the wider family, not "mother": the longer word first.
    r"\b(?:(?:mother|father|sister|brother|son|daughter)s?-in-laws?|mum|mam|mother|dad|father|parents?|carers?|grandma|gran|nan|nanna|grandad|granddad|grandparents?|"
    r"grandmother|grandfather|aunt|auntie|aunty|uncle|cousin|brother|sister|sibling|friend|neighbou?r|"
    r"godparent|godmother|godfather|family\s+friend|partner|husband|wife|he|she|they|we|i|dada|"
    + HOME_LANGUAGE_KIN
    + r")\b",
    re.IGNORECASE,
)
_A_SERVICE_FOR = re.compile(
    r"['\u2019]?\s+(?:service|team|group|hub|centre|project|support\s+service)\b", re.IGNORECASE
)
# A name just after: "her sister Amy", "a friend, Lisa" (not "his neighbour Will will ...").
_NAME_AFTER = re.compile(r",?\s+(?!(?:Will|Can|May|Must|Shall|Could|Would)\b)[A-Z][a-z'\u2019-]+\b")
# "if needed", "as required": a condition someone will judge at the time, which sets nothing off.
_JUDGED_CONDITION = re.compile(
    r"(?:(?:\b(?:if|when|whenever|as|where)\s+(?:it\s+is\s+|it's\s+)?|\bshould\s+it\s+be\s+)"
    r"(?:needed|necessary|required|appropriate)|\bshould\s+the\s+need\s+arise|\bif\s+the\s+need\s+arises"
    # "whenever she needs to", "if they want to": whenever someone chooses, which sets nothing off.
    r"|\b(?:if|when|whenever)\s+(?:she|he|they|we|you|i)\s+(?:needs?|wants?|would\s+like)\s+(?:to|it|them|her|him)"
    r"|\b(?:if|when|whenever)\s+(?:she|he|they|we|you|i)\s+needs?\s+(?:help|support|anything)(?:\s+with\s+anything)?"
    r"|\b(?:whenever|when|if)\s+(?:she|he|they|we|you|i)\s+(?:can|could|is\s+able|are\s+able|gets?\s+the\s+chance))"
    r"(?=\s*(?:[.,;:!?)]|$))",
    re.IGNORECASE,
)
_TRIGGER = re.compile(
    # "Where he has three lates, ...", not "he'll tell Nan where I am": "where" opening a clause.
    r"(?:^|(?<=[,;:.!?(]\s)|(?<=[,;:.!?(]))where\b|"
    r"\b(?:if|when|whenever|should|unless|otherwise|in\s+case|in\s+the\s+event|in\s+an?\s+(?:emergency|crisis)|once|"
    r"(?:does|do|is|are)\s+not\s+(?:work|working|happen|met|improve)|fails?|breaks?\s+down|relapses?|"
    # "Trigger: Noah has a meltdown ...", a contingency set out under headings.
    # "What would worry us: ...", "Warning signs - ...": the same heading in other words.
    r"(?:triggers?|what\s+(?:would|will)\s+worry\s+(?:us|me|them|everyone)|worries|warning\s+signs?|early\s+signs?)"
    r"(?=\s*(?::|[-\u2013\u2014]\s))|"
    # "On mornings Kerry-Ann has overslept, ...": the days it happens.
    r"on\s+(?:the\s+|a\s+|any\s+)?(?:mornings?|days?|nights?|evenings?|afternoons?|weekends?)\s+(?:when\s+|that\s+)?"
    r"(?-i:[A-Z])\w+)\b",
    re.IGNORECASE,
)


# "We" and "they" in a plan are as often the services as the family: with a process ("we will
# refer to social care") they name nobody who would step in.
_WE_OR_THEY = re.compile(r"\b(?:we|they)\b", re.IGNORECASE)


# "Rent missed -> Dad rings Kerry the same day": a note's way of writing "if ..., then", when what
# comes first is something going wrong. "Mon->Fri", "School holidays -> Nan has them" and "Dev has
# the boys => Mum gets a rest" are times and arrangements, not what sets a contingency off.
_ARROW = re.compile(r"\s*(?:\u2192|\u21d2|->|=>)\s*")
# "Bev is away 8-19 March 2027: Pat has agreed to do the visits": a note's colon after what goes wrong.
# "Universal Credit late or cut:\n- Agnieszka rings ...": a list after it, too.
_A_NOTES_COLON = re.compile(r"(?<=[\w)]):\s+(?:[-\u2022*]\s+)?(?=[A-Za-z])")
_GOING_WRONG = re.compile(
    r"\b(?:not|no|never|nobody|no\s+one|no-one|cannot|can['\u2019]t|isn['\u2019]t|doesn['\u2019]t|won['\u2019]t|unable|still|"
    r"unwell|unavailable|busy|on\s+holiday|covid|isolating|ill|poorly|sick|hospital|operation|surgery|away|late|missed|misses|missing|relaps\w*|drinking|drunk|using\s+again|"
    r"off\s+the\s+road|cancel(?:s|led)?|closed|pulled\s+back|tempted|cravings?|urges?|reached|run\s+out|runs\s+out|"
    r"ran\s+out|turned\s+down|rejected|declined|complaints?|to\s+leave|loses|lost|cut|stopping|shut|alone|"
    r"falls?\s+through|fell\s+through|"
    r"fails?|failing|broken|breaks\s+down|worse|arrested|evicted|crisis|struggl\w*|sent\s+home|excluded|"
    r"suspended|refus(?:es|ed|ing)|upset|unsafe|scared|argu(?:es|ing|ment)|rows?|fights?|fighting|again|"
    r"lost|panic\w*|frightened|overwhelmed|stuck|stranded|hurt|injured|bullied|kicks\s+off|"
    r"too\s+(?:much|hard|many|difficult))\b",
    re.IGNORECASE,
)

# "Ruby off feeds > 24 hrs", "more than 2 late marks": a limit passed, which is what sets it off.
_OVER_A_LIMIT = re.compile(
    r"(?:[<>]|\u2265|\u2264)\s*\d|\b(?:more|less|fewer)\s+than\s+(?:\d|one|two|three)|\b(?:under|below)\s+\d"
    r"|\d\s*(?:/\s*\d+\s*)?or\s+(?:lower|less|below|fewer|more|higher|above|over)\b"
    r"|\bover\s+\d+\s*(?:hrs?|hours?|days?|nights?|weeks?)\b"
    r"|\b(?:\d+|two|three|four)\s+(?:days?|nights?|times|weeks?|reviews?|sessions?|visits?|weigh-ins?)\s+"
    r"(?:running|in\s+a\s+row)\b|\bor\s+(?:lower|worse)\b",
    re.IGNORECASE,
)


_ASIDE = re.compile(r"\([^()]*\)")


def arrow_trigger(text: str) -> re.Match[str] | None:
    arrow = _ARROW.search(text) or _A_NOTES_COLON.search(text)
    if arrow is None:
        return None
    before = text[: arrow.start()].lstrip("\u2022*- \t")  # "• Amelia not up for school → ..."
    short = 0 < len(_ASIDE.sub("", before).split()) <= 12  # an aside in brackets is no part of its length
    wrong = _GOING_WRONG.search(before) or _OVER_A_LIMIT.search(before)
    if short and wrong and not _RESPONSE_VERB.search(before):
        return arrow
    return None


# A comma inside brackets is not the trigger's end: "If a letter looks urgent (red print, 'final'), ...".
_LEADING_TRIGGER = re.compile(
    r"^\s*(?:if|when|whenever|where|should|in\s+case|in\s+the\s+event)\b[^,;:(\u2013\u2014]*?(?:\([^)]*\)[^,;:(\u2013\u2014]*?)*"
    # "If Tyler doesn't come home - police": a dash between spaces ends a note's trigger too.
    r"(?:[,;:]|\s[-\u2013\u2014](?=\s))",
    re.IGNORECASE,
)


# With no comma after the trigger: the response starts a word or two before its first "will"
# ("If Mum is unwell Aunt Rosa will ...", "If Mum relapses we will ..."); "can't" and "cannot"
# in the trigger are not its response.
_UNMARKED_TRIGGER = re.compile(
    r"^\s*(?:if|when|whenever|should|in\s+case|in\s+the\s+event)\b.*?"
    # A pronoun just before the modal is the whole subject: "If Tyler is excluded again he will ...".
    r"(?=\s(?:\S+\s+(?!(?:he|she|they|we|i)\s))?\S+\s+"
    # "Mrs Khan next door will ...": a neighbour named with where they live.
    r"(?:(?:next\s+door|upstairs|downstairs|across\s+the\s+road|over\s+the\s+road)\s+)?"
    r"(?:will|would|can|could|should|must|shall|is\s+to|are\s+to)(?![’'\w])"
    # "If I feel unsafe when I'm out I'll ring my brother": the response said with "I'll".
    r"|(?<!\bsays)(?<!\bsaid)(?<!\bthinks)(?<!\bfeels)(?<!\bthreatens)\s(?:i|he|she|we|they|you)['’]ll\b)",
    re.IGNORECASE,
)


# Not "can no longer", "could not": a trigger's own verb ("If Nan can no longer care for Kian, ...").
_RESPONSE_VERB = re.compile(
    r"\b(?:will|would|can|could|must|shall)\b(?![\'\u2019]t)(?!\s+(?:no\s+longer|not)\b)", re.IGNORECASE
)
_NOBODY_CAN = re.compile(r"\b(?:no\s*one|no-one|nobody|none|neither)\b[^,;]*$", re.IGNORECASE)
# "If Dad shouts I'll take Kai upstairs - Auntie Dawn lives next door": said with "I'll" before a
# dash, the response has begun; a note's dash ends its trigger only when nothing is done before it.
_SAID_WITH_LL = re.compile(r"\w[\'\u2019]ll\b", re.IGNORECASE)


_TRAILING_TRIGGER = re.compile(
    r",?\s+(?:if|when|whenever|should|in\s+case|in\s+the\s+event)\b[^.;?!|]*", re.IGNORECASE
)


# A trigger with its examples set off by dashes: "If Sophie feels Lee is coming back - messages,
# turning up, or friends passing things on - she'll tell Amy ...": the trigger ends at the second dash.
_DASHED_TRIGGER = re.compile(
    r"^\s*(?:if|when|whenever|should)\b[^,;:(\u2013\u2014]*?\s[-\u2013\u2014]\s(?P<aside>[^-\u2013\u2014]+?)\s[-\u2013\u2014]\s",
    re.IGNORECASE,
)


# A heading before the contingency itself: "Contingency – if Ayaan's meltdowns go back to daily: ...".
_LABEL = re.compile(
    r"\s*(?:(?:contingency(?:\s+plan)?|plan\s+b|back-?up(?:\s+plan)?)\s*(?:[:\u2013\u2014]|-\s|\n)\s*)?"
    r"(?:(?:[-\u2013\u2022*\u25aa\u00b7]|\d{1,2}[.)])\s+)?"
    r"(?:(?:contingency(?:\s+plan)?|plan\s+b|back-?up(?:\s+plan)?)\s*(?:[:\u2013\u2014]|-\s)\s*)?",
    re.IGNORECASE,
)


def _response(text: str, trailing: bool = True) -> str:
    """What is done, past a trigger that opens the sentence: "If Mum does not come, a meeting
    will be held" responds with the meeting, not with Mum. With ``trailing``, a trigger after
    the response is left out too ("We will refer to social care if Mum relapses"); not when
    looking for who responds, since the person who does so opens the sentence ("Ben will go to
    his room when he feels angry") where a capital does not mark a name."""
    label = _LABEL.match(text)
    text = text[label.end() :] if label else text
    arrow = arrow_trigger(text)
    if arrow:
        return text[arrow.end() :]
    dashed = _DASHED_TRIGGER.match(text)
    if dashed and not _RESPONSE_VERB.search(dashed["aside"]):
        return text[dashed.end() :]
    leading = _LEADING_TRIGGER.match(text)
    # Not when the response comes before the first comma: "If Mum feels low she will ring her friend
    # Lisa, who will come round".
    dash_ended = leading is not None and not leading[0].endswith((",", ";", ":"))
    if dash_ended and leading is not None and _SAID_WITH_LL.search(leading[0]):
        leading = None
    if leading and not _begun(leading[0]):
        return text[leading.end() :]
    if _UNMARKED_TRIGGER.match(text):
        return _UNMARKED_TRIGGER.sub("", text, count=1)
    return _TRAILING_TRIGGER.sub(lambda m: _trigger_only(text, m), text) if trailing else text


def _begun(trigger: str) -> bool:
    """Whether the response has begun before the comma: "If Mum feels low she will ring her friend
    Lisa, ...", "If she feels low when the baby won't settle she'll text her friend Paula, ...";
    not "If no one in the family can have Ruby, ...", whose "can" is nobody's."""
    verb = _RESPONSE_VERB.search(trigger, trigger.lower().find(" ") + 1)
    if verb and not _NOBODY_CAN.search(trigger, 0, verb.start()):
        return True
    return bool(_UNMARKED_TRIGGER.match(trigger) and _SAID_WITH_LL.search(trigger))


def _trigger_only(text: str, m: re.Match[str]) -> str:
    """What of a later trigger to leave out: the whole of "..., if Mum relapses", but of a sentence
    that opens with one ("... Cyprus. If Sam's panic attacks get worse, Laura will call ...") only
    the trigger, since its response follows."""
    if not text[: m.start()].rstrip().endswith((".", "!", "?")):
        return ""
    end = _trigger_span(text, m)[1]
    return text[end : m.end()] if end < m.end() else ""


# Someone a process is done to ("he will be taken back to court", "she will be referred") does
# not step in.
_DONE_TO = re.compile(
    r"\s+(?:will|would|could|may|might|can|is\s+going\s+to|to)\s+(?:then\s+|probably\s+)?(?:be\s+(?:\w+ly\s+)?"
    r"(?:(?:taken|referred|sent|brought|arrested|charged|excluded|breached|reported|placed|removed|summonsed|"
    r"recalled|returned|assessed|held|kept|put|issued|fined|prosecuted|advised|told|reminded|warned|suspended|evicted|"
    r"moved)\b"
    # "her sister Amy will be contacted": someone else does it, and who is unsaid; not "Gran will be
    # called and will collect the children", "Uncle Dev will be called to do it".
    r"|(?:informed|notified|signposted|offered|given|visited|alerted|picked\s+up|collected|looked\s+after|"
    r"cared\s+for)\b(?![^.;]*\band\b)"
    # "Uncle Dev will be called to do it", "rung to take turns": asked to do something, and doing it.
    r"|(?:contacted|called|rung|phoned|texted|asked)\b(?![^.;]*\band\b)"
    r"(?!\s+so\s+(?:that\s+)?(?:they|he|she)\s+(?:can|will|could)\s+(?!be\b))"
    r"(?!\s+(?:in\s+)?to\s+(?!(?:be|discuss|support|attend|ask|inform|check|agree|consider|decide|explain|tell|"
    r"update|advise|find\s+out|talk\s+(?:about|things|it)|arrange\s+a\s+meeting|see\s+(?:if|whether|how)|"
    r"let\s+(?:them|her|him|us)\s+know|make\s+(?:her|him|them)\s+aware|help(?=\s*(?:[.,;!]|$)))\b)[a-z]+))"
    # "she may lose care of Nevaeh": what a process takes from someone.
    r"|lose\b"
    # "she will remain in care": where a process leaves someone, not what they do.
    r"|(?:remain|stay)\s+in\s+(?:care|custody|foster\s+care)\b)"
    # "she understands this will become a safeguarding matter": told what follows, doing nothing; not
    # "Nana is aware and will have the children".
    r"|\s+(?:understands?|(?:is|are)\s+aware)\s+(?:that\s+)?(?:this|it|there|that)\s+(?:will|would|could|may|might)\b"
    # "she should understand that Children's Services will ...": a warning given, not help.
    r"|\s+(?:should|must|needs?\s+to|will)\s+(?:understand|know|be\s+aware)\s+that\b",
    re.IGNORECASE,
)


def _trigger_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """Where a trigger after the response is: to its sentence's end, unless it opens a clause of
    its own ("...; if Natalie can't calm it down, Grandad Ray will come round"), which it does to
    its comma."""
    before = text[: m.start()].rstrip()
    # "...; if Natalie can't calm it down, ...", "..., and if she is admitted, her sister Amy will ...".
    opens = before.endswith((";", ":", ".", "?", "!", "|")) or bool(re.search(r",\s*(?:and|but|or)$", before))
    comma = text.find(",", m.start() + 1, m.end())
    if opens and comma > 0:
        return (m.start(), comma)
    if opens:
        # "... told. If this happens Nan will move in.": with no comma, to where its responder stands.
        start = m.start() + len(text[m.start() :]) - len(text[m.start() :].lstrip(" ,;:"))
        bare = _UNMARKED_TRIGGER.match(text[start:])
        if bare:
            return (m.start(), start + bare.end())
    # "if she feels unsafe, and if she is admitted, her sister Amy will ...": the first ends at the second.
    second = _A_SECOND_TRIGGER.search(text, m.start() + 1, m.end())
    return (m.start(), second.start() if second else m.end())


def _later_triggers(text: str, start: int) -> list[tuple[int, int]]:
    """Where triggers after the response's start are ("School will tell Sam if Chloe is late"): who
    is in them is not who acts."""
    later = [_trigger_span(text, m) for m in _TRAILING_TRIGGER.finditer(text, start)]
    return later + [_second_trigger(text, m) for m in _A_SECOND_TRIGGER.finditer(text, start)]


def _second_trigger(text: str, m: re.Match[str]) -> tuple[int, int]:
    """ "..., and if Ella misses two days the EWO will visit": the second trigger, to its comma or,
    with none, to where its response's subject stands."""
    start = m.start("trigger")
    sentence = re.split(r"[.;]", text[start:], maxsplit=1)[0]
    comma = sentence.find(",")
    if comma > 0:
        return (start, start + comma)
    bare = _UNMARKED_TRIGGER.match(sentence)
    return (start, start + (bare.end() if bare else len(sentence)))


_A_SECOND_TRIGGER = re.compile(
    r",?\s*\b(?:and|but|or)\s+(?P<trigger>if|when|whenever|should)\b", re.IGNORECASE
)


# Where a vague trigger ends: a mark, the sentence's end, or the response's subject and its verb; not
# a clause saying what the worry is ("if there are concerns she is self-harming").
