"""Rules for contingencies: what would set the plan off, and who in the family's network responds."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.reading.clauses import _TITLES
from familyplan.smart.reading.tokens import Token, _can_be_verb
from familyplan.smart.statement_rules.passing_on import only_passes_it_on, passes_it_on
from familyplan.smart.statement_rules.statement import Statement, _hits, _listed, _whole, matcher
from familyplan.smart.statement_rules.stepping_in import (
    _A_WORD_THAT_ACTS,
    _AT_SOMEONES,
    _WHO_WILL,
    _past_others,
    steps_in,
)
from familyplan.smart.statement_rules.triggers import (
    _A_SERVICE_FOR,
    _DONE_TO,
    _JUDGED_CONDITION,
    _NAME_AFTER,
    _NETWORK_PERSON,
    _TRIGGER,
    _later_triggers,
    _response,
    arrow_trigger,
)

# --- Contingency -----------------------------------------------------------------


# "Contingency plan to be agreed once Dad is released", "To be discussed at the next TAF": a plan
# put off is no plan yet.
_PUT_OFF = re.compile(
    r"\s*(?:(?:a|the|our)\s+)?(?:contingency(?:\s+plan)?|plan\s+b)?[\s:-]*(?:is\s+|will\s+be\s+|to\s+be\s+|still\s+to\s+be\s+)"
    r"(?:agreed|decided|written|discussed|confirmed|completed|drawn\s+up|put\s+in\s+place|worked\s+out|arranged|"
    r"looked\s+at|considered)\b(?![^.;]*\b(?:will|would|can)\b)",
    re.IGNORECASE,
)


@matcher("contingency-missing")
def contingency_missing(rule: Rule, s: Statement) -> list[Hit]:
    text = s.text.strip().strip(".").lower()
    if s.is_blank or text in rule.phrases or _PUT_OFF.match(s.text):
        return [Hit(_whole(s.text))]
    if (_UPDATED_LATER.search(s.text) or _A_PLAN_LATER.search(s.text)) and _nobody_yet(s):
        return [Hit(_whole(s.text))]  # "We'll ask Dad's family who could help and update this section"
    return []


def _nobody_yet(s: Statement) -> bool:
    """Nobody named, and no one of the family or its network who does something: "We'll ask Dad's
    side of the family who could help"."""
    if any(not n.endswith(("'s", "\u2019s")) for n in _names_in_response(s)):
        return False
    response = _response(s.text, trailing=False)
    return not any(
        steps_in(response, m) and _acts(response, m) and not _WHOSE_THING.match(response, m.end())
        for m in _NETWORK_PERSON.finditer(response)
    )


# "once Mum's new job starts": whose job, not who helps.
_WHOSE_THING = re.compile(r"['\u2019]s\s+(?!(?:agreed|said|offered|been|got|going|already)\b)[a-z]")


# "We'll think about a back-up plan once Mum's new job starts": the plan itself still to be made.
_A_PLAN_LATER = re.compile(
    r"\b(?:think\s+about|look\s+at|sort(?:\s+out)?|work\s+out|come\s+up\s+with|make|agree|put\s+together)\s+"
    r"(?:a|our)\s+(?:back-?up(?:\s+plan)?|contingency(?:\s+plan)?|plan\s+b)\b",
    re.IGNORECASE,
)
# A contingency to be written later, with nobody yet named in it.
_UPDATED_LATER = re.compile(
    r"\b(?:update|complete|finish|fill\s+in|add\s+to|come\s+back\s+to)\s+(?:this|the)\s+"
    r"(?:section|contingency(?:\s+plan)?|plan)\s+(?:after|once|when|at|by|in|before|following)\b",
    re.IGNORECASE,
)


# Someone named who will care for the children steps in, whoever they are: "Donna will have the
# children two nights a week".
_CARES = re.compile(
    r"(?:(?<=\s)|^)(?P<before>(?:[A-Z][\w'\u2019]*\s+){0,3})(?P<name>[A-Z][a-z]+)\s+(?:will|would|can|could)\s+(?:have|look\s+after|take|collect|pick\s+up|care\s+for|"
    r"mind|babysit|stay\s+(?:with|over)|sleep\s+over|move\s+in|come\s+(?:and|to)\s+stay|come\s+(?:over|round))\b"
)


# Capitalised words that make a service of a name: "Social Care will take the children into care".
_SERVICE_WORDS = w.word_set(
    "care services service team council authority police school court hub help health housing agency "
    "panel office nhs camhs mash children's social"
)


def _someone_cares(response: str) -> bool:
    for m in _CARES.finditer(response):
        named = [*m["before"].lower().split(), m["name"].lower()]
        if not any(word in _SERVICE_WORDS for word in named):
            return True
    return False


# Someone named who will do something (not have something done to them): "Parisa will ring",
# "Jo Reed (Family Support Worker) will send", "Shannon brings him in herself".
_NAMED_DOER = re.compile(
    r"(?:(?<=[\s,;(])|^)(?P<name>[A-Z][a-z]+)(?P<surname>\s+[A-Z][a-z]+)?(?:\s*\([^)]{1,60}\))?\s+"
    r"(?:(?:will|would|can|could|is\s+to)\s+(?!be\b|then\s+be\b)[a-z]|(?P<now>[a-z]+s)\b(?!['\u2019]))"
)


def _named_doer(s: Statement, response: str, processes: list[Span]) -> bool:
    """Someone named who will act, who is not a service or a job, not the person the trigger is
    about, and does not act only by carrying out a process ("Jo Reed will refer to social care")."""
    offset = s.text.find(response)
    names = {t.start for t in s.reading.tokens if t.name}
    roles = role_words(s)
    trigger = s.text[:offset].lower()
    for m in _NAMED_DOER.finditer(response):
        words_ = {m["name"].lower(), (m["surname"] or "").strip().lower()} - {""}
        # "Mrs Mensah will ring ...": the name is the one after the title.
        titled = m["name"].lower() in _TITLES and m["surname"]
        at = offset + (m.end("surname") - len(m["surname"].strip()) if titled else m.start("name"))
        if at not in names or words_ & (_SERVICE_WORDS | roles):
            continue
        if m["now"] and w.verb_lemma(m["now"]) in (None, m["now"]):
            continue  # "Dan visits him", written as a note; not "Dan's" or a plural noun
        if m["name"].lower() in trigger:
            continue  # "If Kai's placement breaks down, Kai will move to another placement"
        clause_end = offset + m.end() + len(re.split(r",|\band\b", response[m.end() :], maxsplit=1)[0])
        if any(offset + m.start() <= p.start < clause_end for p in processes):
            continue  # what they do is the process
        return True
    return False


# "get out by the front door", "lock the front door": the house's door, not children's services' "front
# door" that referrals go to.
_BY_A_DOOR = re.compile(
    r"\b(?:by|out\s+of|at|lock|locks|locked|open|opens|answer|answers|shut|close|closes|knock\s+on|knocks\s+on)\s+"
    r"(?:the|their|her|his|my|our|your)\s+$",
    re.IGNORECASE,
)


def _a_door(text: str, span: Span) -> bool:
    if span.text != "front door":
        return False  # "the Front Door", in capitals, is the service's
    before = text[max(0, span.start - 25) : span.start]
    return bool(_BY_A_DOOR.search(before)) and not re.search(
        r"\brefer\w*\s+(?:\w+\s+)?to\s+the\s+$", before, re.I
    )


@matcher("contingency-process-only")
def process_only(rule: Rule, s: Statement) -> list[Hit]:
    if contingency_missing(s.catalogue.rule("contingency-missing"), s):
        return []
    response = _response(s.text)
    # "If Ryan calls in breach of the order, Lucy will ...": a process in the trigger is what happens,
    # not what the plan does about it.
    processes = [
        sp
        for sp in _listed(rule, s)
        if sp.text in response
        and not _a_door(s.text, sp)
        and not _a_persons_name(s.text, sp)
        and not _A_JOB_AFTER.match(s.text, sp.end)
        and not _THE_FAMILYS_OWN.search(s.text, max(0, sp.start - 20), sp.start)
    ]
    stepping_in = (
        m
        for m in _NETWORK_PERSON.finditer(response)
        if steps_in(response, m) and not _put_through(response, m, processes)
    )
    if any(stepping_in) or _someone_cares(response) or _AT_SOMEONES.search(response):
        return []  # "... and the kids have tea at Sheila's": someone of the network has them
    if _named_doer(s, response, processes):
        return []  # "Parisa will ring Jo Reed the same day, and Jo will ...": named people act first
    return _hits(processes[:1])


# "a family group conference", "a family network meeting": the family's own meeting, which seed 002 asks for.
_THE_FAMILYS_OWN = re.compile(r"\bfamily\s+(?:group|network)\s+$", re.IGNORECASE)
# "Marcus Reid (Early Help Coordinator)": the process's name in someone's job, who still meets the family.
_A_JOB_AFTER = re.compile(
    r"\s+(?:team\s+)?(?:co-?ordinator|worker|practitioner|officer|manager|lead|adviser|advisor|navigator|champion)s?\b",
    re.IGNORECASE,
)


def _a_persons_name(text: str, span: Span) -> bool:
    """ "Pru will pick them up", "Pru from next door": a name that is also a process's initials,
    written as a name is and not after "the" or "to" as a place is."""
    one_word = span.text.istitle() and " " not in span.text and not w.is_english_word(span.text.lower())
    return one_word and not _A_PLACE_BEFORE.search(text, 0, span.start)


_A_PLACE_BEFORE = re.compile(
    r"\b(?:the|a|an|to|at|into|from|in|attend|attends|join|joins)\s+$", re.IGNORECASE
)


def _put_through(response: str, person: re.Match[str], processes: list[Span]) -> bool:
    """ "he will go to the pupil referral unit": the one the trigger is about, put through a process,
    is nobody stepping in."""
    if person[0].lower() not in ("he", "she") or not _GOES_INTO.match(response, person.end()):
        return False
    rest = response[person.end() :]
    clause = re.split(r",|;|\band\b", rest, maxsplit=1)[0]
    # Not "she will go with him to the pupil referral unit", "stay with Nan rather than go into care".
    return any(p.text in clause and not _NOT_SO.search(clause[: clause.find(p.text)]) for p in processes)


_GOES_INTO = re.compile(
    r"(?:\s+(?:will|would|could|may|might|is\s+going\s+to|to)|['\u2019](?:ll|d))\s+(?:(?:then|also|\w+ly)\s+)?"
    r"(?:go|be|move|attend|have|end\s+up|return|get|face|receive|need|present)\b",
    re.IGNORECASE,
)
_NOT_SO = re.compile(r"\b(?:rather\s+than|instead\s+of|not|with)\b", re.IGNORECASE)


# "help with Zara", "look after Leo", "collect Ava": the child cared for, not who cares.
_CARED_FOR_AFTER = w.word_set("with for after take takes collect collects mind minds keep keeps have has")


def _the_family_helped(tokens: list[Token], i: int) -> bool:
    """ "Signpost the Rahimi family to ...": the family acted on, not a family next door who helps."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in ("family", "family's") or i < 2:
        return False
    before = tokens[i - 2]
    return (
        tokens[i - 1].lower == "the"
        and before.is_word
        and (before.lower in w.PREPOSITIONS or _can_be_verb(before))
    )


def role_words(s: Statement) -> frozenset[str]:
    """The words for a job, as the who cells read them: "worker", "officer", "coordinator"."""
    return s.catalogue.memo("role words", lambda: frozenset(s.catalogue.rule("who-role-without-name").words))


def _names_in_response(s: Statement) -> list[str]:
    """The names in what is done, not in its trigger, leaving out services and jobs written with
    capitals ("the Police", "Adult Social Care", "the Family Support Worker"). Three rules ask:
    read once for each statement."""
    return [first for first, _, _ in name_spans_in_response(s)]


def name_spans_in_response(s: Statement) -> list[tuple[str, int, int]]:
    """Each name in what is done: its first word, and where it stands with the capitalised words
    that go with it."""
    if "names in response" not in s.memo:
        s.memo["names in response"] = _read_names_in_response(s)
    spans: list[tuple[str, int, int]] = s.memo["names in response"]
    return spans


_NAME_JOINERS = w.word_set("with and of for")


def _read_names_in_response(s: Statement) -> list[tuple[str, int, int]]:
    response = _response(s.text, trailing=False)
    start = len(s.text) - len(response)
    # "School will tell Sam if Chloe is late": who is in a trigger after the response is not who acts.
    later = _later_triggers(s.text, start)
    roles = role_words(s)
    tokens = s.reading.tokens
    names = []
    for i, t in enumerate(tokens):
        if t.start < start or not t.name or (i and tokens[i - 1].lower in _CARED_FOR_AFTER):
            continue
        if _the_family_helped(tokens, i):
            continue
        if any(a <= t.start < b for a, b in later):
            continue
        run, end = [t.lower], t.end
        following = tokens[i + 1 :]
        for j, after in enumerate(following):
            joins = (
                after.lower in _NAME_JOINERS
                and j + 1 < len(following)
                and following[j + 1].text[:1].isupper()
            )
            if not (after.is_word and (after.text[0].isupper() or joins)):
                break  # "the Children with Disabilities Team": one name, over its "with"
            run.append(after.lower)
            end = after.end
        if any(word in _SERVICE_WORDS or word in roles for word in run) or _not_acting(s.text, t, end, start):
            continue
        names.append((t.text, t.start, end))
    return names


def _not_acting(text: str, t: Token, end: int, start: int) -> bool:
    """ "Kai will be excluded", "Auntie Sonia and Grandad Les will be contacted": a process done to
    them; "Mum will ring the school office": the problem passed on."""
    if _DONE_TO.match(text, t.end) or _DONE_TO.match(text, _past_others(text, end)):
        return True
    if _only_written_to(text, t.start, end):
        return True
    return only_passes_it_on(text, end, grown_up=t.lower in text[:start].lower())


_A_PRONOUN = w.word_set("he she i we they")
_INSIDE_A_CLAUSE = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|that|until|till|when|whenever|if|because|before|after|"
    r"while|once|unless|whether|where|as|so|check|checks|ensure|sure|see|know|is|was)\s+$",
    re.IGNORECASE,
)
# "and he is arrested", "and she gets a return home interview": what is done to them.
_PUT_THROUGH_NOW = re.compile(
    r"\s+(?:(?:is|are|was)\s+(?:(?!going\b|able\b|happy\b|willing\b|free\b|agreed\b)\w+ed|taken|seen|kept|held|put|"
    r"given|sent|brought)\b|gets?\s+(?:a|an)\b|receives?\b|faces?\b|returns?\s+on\s+a\b)",
    re.IGNORECASE,
)


def _acts(response: str, person: re.Match[str]) -> bool:
    """A pronoun that does the response ("she will ring Nan", "he goes to his room"), not one inside
    what is said or a clause of its own ("to say he is off", "until he gets in")."""
    if person[0].lower() not in _A_PRONOUN:
        return True
    if _PUT_THROUGH_NOW.match(response, person.end()):
        return False
    return not _INSIDE_A_CLAUSE.search(response, max(0, person.start() - 12), person.start())


def _someone_responds(s: Statement) -> bool:
    """Someone who does something: a person or family word not on the receiving end of a process
    ("she will be reported missing"), a name, or a placeholder for one. "The young carers service"
    is a service, whoever it is for."""
    response = _response(s.text, trailing=False)
    trigger = s.text[: len(s.text) - len(response)]
    later = _later_triggers(s.text, len(trigger))
    return (
        any(
            not any(a <= len(trigger) + m.start() < b for a, b in later)
            and not _DONE_TO.match(response, _past_others(response, m.end()))
            and _acts(response, m)
            and not passes_it_on(response, m, trigger)
            and not _A_SERVICE_FOR.match(response, m.end())
            and not _only_written_to(response, m.start(), m.end())
            and not _NAME_AFTER.match(response, m.end())  # the name is judged itself
            for m in _NETWORK_PERSON.finditer(response)
        )
        or bool(_names_in_response(s))
        or bool(re.search(r"\[[^\]]+\]|\bX{2,}\b", response))
        or any(
            m[1].lower() not in _SERVICE_WORDS and not _NETWORK_PERSON.fullmatch(m[1])
            for m in _A_WORD_THAT_ACTS.finditer(response)
        )
    )


# "the school will write to his parents": the family is told, nobody steps in.
_WRITTEN_TO = re.compile(
    r"\b(?:write|writes|wrote|written|writing)\s+(?:a\s+letter\s+)?to\s+(?:(?:his|her|their|the|both)\s+)?$",
    re.IGNORECASE,
)


def _only_written_to(text: str, start: int, end: int) -> bool:
    if _WHO_WILL.match(text, _past_others(text, end)):
        return False  # "... write to Nan, who will have the children"
    return bool(_WRITTEN_TO.search(text, max(0, start - 40), start))


# A question the contingency answers: "Ruby late more than twice in a week? Jade takes her in."
# Not "Who can help?" or "What happens next?": a question of what, not of whether.
_ASKED = re.compile(
    r"\s*(?!(?:who|what|where|when|why|how|which)\b)(?:[^?.!]|(?<=\d)\.(?=\d)){8,200}\?\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


@matcher("contingency-no-trigger")
def no_trigger(rule: Rule, s: Statement) -> list[Hit]:
    if contingency_missing(s.catalogue.rule("contingency-missing"), s):
        return []
    if _TRIGGER.search(_JUDGED_CONDITION.sub("", s.text)):
        return []
    if arrow_trigger(s.text) or _ASKED.match(s.text):
        return []  # "Rent missed -> ...", "Ruby late twice in a week? Jade takes her": what sets it off
    return [Hit(_whole(s.text))]
