"""What help an action gives, as the vague-verb and referral rules read it: support offered as a
thing ("offer support to Mum"), help with nothing said of what it is ("help out"), a worker's visit,
whom or what it is to, and going with someone to their appointment or after their referral."""

from __future__ import annotations

import re

from familyplan.plan.kinds import PersonKind
from familyplan.plan.who_cells import people_in
from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
from familyplan.smart.reading.tokens import Token
from familyplan.smart.statement_rules.statement import Statement, _lemma_in, _listed

# Words that open when or how often, not whom or what is visited: "visit every fortnight", "visit weekly".
_WHEN_WORDS = w.word_set(
    "every each weekly fortnightly monthly daily once twice regularly on at from in during after"
)


def visits_someone(s: Statement) -> bool:
    """ "visit Mum", "visit two flats", "visit nurseries"; not "visit every fortnight"."""
    if s.verb_object is None:
        return False
    return s.text[s.verb_object[0] : s.verb_object[1]].split()[0].lower() not in _WHEN_WORDS


def a_workers_visit(s: Statement) -> bool:
    """The who cell names a worker: a parent's or a grandparent's visit is family time in itself."""
    return any(kind is PersonKind.PRACTITIONER for *_, kind in people_in(s.context.who))


_OFFERING = w.word_set("offer provide give continue")
_SUPPORT_OBJECT = re.compile(
    r"(?:(?:some|more|ongoing|continued|further|emotional|practical|general|regular|extra|additional|intensive|"
    r"one-to-one|one\s+to\s+one|1:1|1-1|1-to-1|individual|targeted|tailored|holistic)\s+(?:and\s+|or\s+)?)*"
    r"(?:support|help)\b",
    re.IGNORECASE,
)


_GIVEN_TO = re.compile(r"(?:(?-i:[A-Z])[\w'\u2019-]*|her|him|them|us|me)\s+(?=\S)", re.IGNORECASE)


def offers_support(s: Statement, main: Clause) -> list[Span]:
    """ "offer support to Mum", "provide help to the family": "support" said as a thing given."""
    what = s.verb_object
    if main.verb is None or main.lemma.split(" ")[0] not in _OFFERING or what is None:
        return []
    start_of_what = what[0]
    # "will continue to give help": what is given comes after the second verb.
    then = re.match(r"to\s+(?:offer|provide|give)\s+", s.text[start_of_what:], re.IGNORECASE)
    if then:
        start_of_what += then.end()
    # "offer Sophie emotional support", "give them some help": whom it is given to, first.
    given_to = _GIVEN_TO.match(s.text, start_of_what)
    found = _SUPPORT_OBJECT.match(s.text, given_to.end() if given_to else start_of_what)
    if found is None:
        return []
    start = main.tokens[main.verb].start
    return [Span(start, found.end(), s.text[start : found.end()])]


# Words that may stand beside "help" without saying what the help is: "help out", "help Mum as needed".
_NOTHING_SAID = (
    w.FAMILY_WORDS
    | w.PERSONAL_PRONOUNS
    | w.word_set(
        "out in as and when if needed required necessary on an ongoing basis where possible "
        "the with to help support for a few while weekend weekends week weeks day days night nights "
        "evening evenings morning mornings afternoon afternoons more bit extra lot mr mrs ms miss mx dr"
    )
)


def helps_with_nothing_said(s: Statement, main: Clause) -> list[Span]:
    """ "Gran will help out", "Nan will help Mum", "Dad will step in to help": help with nothing said
    of what it is, as vague as the "support" seed 002 names; not "help Mum fill in the form", "help
    out at bathtime", "step in and do bedtimes"."""
    if main.verb is None or s.predicate is None:
        return []
    if main.looked_through[-1:] in (["help"], ["support"]) and main.lemma in _AIMS_WITH_NOTHING_SAID:
        return _helped_to_nothing_said(s, main)
    following = main.tokens[main.verb + 1].lower if main.verb + 1 < len(main.tokens) else ""
    stepping_in = main.lemma == "step" and following == "in"  # "step in to help": no particle read
    if main.lemma not in ("help", "help out", "step in") and not stepping_in:
        return []
    verb = main.tokens[main.verb]
    start, end, last = verb.start, s.predicate[1], verb.end
    timed = [(slot.start, slot.end) for slot in s.reading.slots if slot.name in ("when", "how often")]
    rest = main.tokens[main.verb + 1 :]
    for i, token in enumerate(rest):
        if token.start >= end or any(a <= token.start < b for a, b in timed) or not token.is_word:
            continue
        if token.lower == "with" and _a_bare_topic(rest[i + 1 :], end):
            return [Span(start, end, s.text[start:end])]  # "help Yulia with benefits": a topic, not a task
        if not (token.name or token.lower in _NOTHING_SAID):
            return []
        last = token.end
    return [Span(start, last, s.text[start:last])]


# "help Ibrahim catch up", "help Jo settle": helped towards something, with nothing said of what.
_AIMS_WITH_NOTHING_SAID = w.word_set("catch settle cope progress improve manage")


# Where someone settles, and nothing more: "into the area", "in at her new school", "into the flat".
_SETTLE_SOMEWHERE = re.compile(
    r"(?:in|into)(?: at)?(?: (?:the|their|her|his|a|new|local))* "
    r"(?:area|school|nursery|college|flat|house|home|town|city|neighbourhood|community|class|placement)"
)


def _helped_to_nothing_said(s: Statement, main: Clause) -> list[Span]:
    if main.verb is None:
        return []
    rest = [t for t in main.tokens[main.verb + 1 : main.predicate_end] if t.is_word]
    # "help the family settle into the area": where, but still not how.
    somewhere = main.lemma == "settle" and _SETTLE_SOMEWHERE.fullmatch(" ".join(t.lower for t in rest))
    if not somewhere and any(t.lower not in ("up", "in", "down", "better", "well") for t in rest):
        return []  # "catch up on his maths coursework": what, said
    verb = main.tokens[main.verb]
    end = rest[-1].end if rest else verb.end
    if re.match(r"\s*[:;(-]\s*\w", s.text[end:]):
        return []  # "help Ibrahim catch up: two 30-minute maths sessions each week": how, after a colon
    return [Span(verb.start, end, s.text[verb.start : end])]


_WHOM = w.word_set("her him them me us mum dad")


def _a_bare_topic(after: list[Token], end: int) -> bool:
    """One or two words, with no "the", "her" or verb before the predicate ends: "benefits", "money",
    or someone's and one word: "Alfie's talking"."""
    words_ = [t for t in after if t.start < end and t.is_word]
    if len(words_) > 2 and words_[-2].lower == "for" and (words_[-1].name or words_[-1].lower in _WHOM):
        words_ = words_[:-2]  # "help with school mornings for Mohamed": whom it is for, after the topic
    first = words_[0] if words_ else None
    whose = first is not None and (
        first.lower in _WHOSE or (first.name and first.text.endswith(("'s", "\u2019s")))
    )
    if len(words_) in (2, 3) and whose and not any(_a_verb_form(t) for t in words_[1:]):
        # "help Stacey with Alfie's talking", "help Noah with his reading", "help with Mia's toilet
        # training": whose, and a topic
        return True
    if len(words_) >= 3 and whose and words_[2].lower in ("about", "at", "with"):
        return True  # "help Maisie with her worries about school": a topic, however it is narrowed
    return 0 < len(words_) <= 2 and not any(
        t.lower in _DETERMINERS or t.name or (t.lower.endswith(("ing", "ed")) and w.verb_lemma(t.lower))
        for t in words_
    )


def _a_verb_form(t: Token) -> bool:
    """ "filled", "going to": a verb's form that says what is done; not a topic noun ("training")."""
    return t.lower.endswith("ed") and w.verb_lemma(t.lower) is not None


_DETERMINERS = w.word_set("the a an his her their my our your this that these those each every")
_WHOSE = w.word_set("his her their my our your")


def takes_them_there(s: Statement, main: Clause) -> bool:
    """ "go with Stacey to the housing appointment": a worker, or a grown-up of the family going with
    someone to their own appointment, takes them there, as "take" would; not going along together to
    a course."""
    if main.verb is None:
        return False
    along = _WITH_SOMEONE.match(s.text, main.tokens[main.verb].end)
    if along is None:
        return False
    grown_up = main.subject is not None and main.tokens[main.subject[0]].lower in _GROWN_UPS
    return a_workers_visit(s) or (grown_up and bool(_THEIRS.match(s.text, along.end())))


_GROWN_UPS = w.word_set(
    "mum dad mam nan gran grandma grandad nanna aunt auntie aunty uncle carer parent parents mother father "
    "grandmother grandfather stepmum stepdad guardian"
)
_THEIRS = re.compile(r"\s+to\s+(?:his|her|their|(?-i:[A-Z])\w+['\u2019]s)\b", re.IGNORECASE)
_WITH_SOMEONE = re.compile(r"\s+(?:along\s+)?with\s+(?:her|him|them|mum|dad|(?-i:[A-Z])\w+)\b", re.IGNORECASE)


def goes_along_after(s: Statement, end: int) -> bool:
    """After a referral, help given to the person in it ("and go with her to the first session"),
    not more of the referral's paperwork ("and send Mum a copy", "and add him to the waiting list")."""
    return bool(_GOES_ALONG.search(s.text, end))


_GOES_ALONG = re.compile(
    r"(?:\band|,)\s+(?:then\s+)?(?:will\s+)?(?:go|take|come|walk|drive|sit|meet|introduce|accompany)\s+"
    r"(?:(?:with\s+)?(?:her|him|them|mum|dad|the\s+family|(?-i:[A-Z])\w+)\b|along\b)",
    re.IGNORECASE,
)


def a_grown_up_of_the_family(s: Statement, main: Clause) -> bool:
    """The one doing it is a parent or another grown-up of the family ("Mum", "Nan", "Kelly (Mum)")."""
    if main.subject is not None and main.tokens[main.subject[0]].lower in _GROWN_UPS | {"mr", "mrs"}:
        return True  # "Mr and Mrs Jones will make sure ..."
    return any(x.lower() in _GROWN_UPS for x in re.findall(r"[A-Za-z]+", s.context.who))


def gets_someone_there(s: Statement, main: Clause) -> bool:
    """ "Mum will make sure Leo attends the dental appointment": a grown-up of the family getting
    someone else there; not "make sure she attends", nor a worker making sure Dad attends a course."""
    if main.verb is None or not a_grown_up_of_the_family(s, main):
        return False
    sure = next((i for i in range(main.verb) if main.tokens[i].lower in ("ensure", "ensures", "sure")), None)
    if sure is None:
        return False
    after = [t for t in main.tokens[sure + 1 : main.verb] if t.lower != "that"]
    taken = main.verb + 1 < len(main.tokens) and main.tokens[main.verb + 1].name  # "she gets Leo to ..."
    # Not "make sure Dad completes the parenting course": a grown-up's own course is still the course.
    return bool(after) and (taken or after[0].lower not in (w.PERSONAL_PRONOUNS - {"they"}) | _GROWN_UPS)


# Getting in touch only to hear how things are: the "monitor" seed 002 calls not purposeful.
_CONTACTS = w.word_set("phone ring call text visit meet see contact")
_A_CONTACT_NOTED = re.compile(
    r"\s*(?:(?:weekly|fortnightly|monthly|daily|regular)\s+)?(?:(?:phone|home|telephone)\s+)?"
    r"(?:calls?|visits?|check-ins?|catch-ups?)\b",
    re.IGNORECASE,
)
_ONLY_TO_HEAR = re.compile(
    r"(?:(?!\band\b)[^.;])*?\bto\s+(?:(?:see|find\s+out|check|hear)\s+how\s+"
    r"(?:things|it|(?:she|he|they|[A-Z][a-z]+)(?:'s)?)?\s*"
    r"(?:is|are|'s|has\s+been|have\s+been|going|getting\s+on|doing|coping|managing)\b"
    r"(?:(?!\b(?:and|so|then)\b)[^.;,])*|check\s+in|catch\s+up)"
)


def checks_in_for_nothing(s: Statement, main: Clause) -> list[Span]:
    """ "Phone Mum once a fortnight to see how things are going", "visit to catch up": a contact
    whose only purpose is to hear how things are, with nothing done with what is heard."""
    noted = _A_CONTACT_NOTED.match(s.text)
    from_family = noted and re.match(r"\s+from\s+(\w+)", s.text[noted.end() :])
    if from_family and from_family[1].lower() in w.FAMILY_WORDS:
        return []  # "Daily phone call from Nan to see how Mum is coping": the family's own support
    if noted and s.kind == "action":
        end = noted.end()  # "Weekly phone call to Tanvi's mum to see how things are": the call as a note
    elif main.verb is None or main.lemma.split(" ")[0] not in _CONTACTS or not a_workers_visit(s):
        return []  # Nan ringing every evening to see how Mum is: that call is the family's support
    else:
        end = main.tokens[main.verb].end
    found = _ONLY_TO_HEAR.match(s.text, end)
    if found is None or re.match(r"\s*(?:,\s*)?(?:and|so|then)\b", s.text[found.end() :]):
        return []  # "... to see how things are going and help her plan the week": something is done
    start = s.text.index("to", s.text.rfind(" to ", end, found.end()) + 1)
    return [Span(start, found.end(), s.text[start : found.end()])]


_SUPPORT_BY_DOING = re.compile(r"(?:\s+[\w'\u2019]+){0,4}?\s+by\s+([a-z]+ing)\b")
# Saying how support is given names what is done, unless the how is as vague ("by being there",
# "by offering advice", "by referring her", "by keeping an eye on her").
_SUPPORTING = w.word_set("support encourage assist help")
_NO_MORE_SAID = w.word_set("be keep offer provide give refer signpost continue")


_KEPT_VAGUELY = re.compile(
    r"\s+(?:an\s+eye|in\s+(?:regular\s+|close\s+)?(?:touch|contact)|going|on\s+top|up\s+to\s+date|track|them\s+going"
    r"|(?:[\w'\u2019]+\s+){1,2}(?:safe|calm|motivated|informed|happy|well|busy|occupied|updated|on\s+track))\b",
    re.IGNORECASE,
)


def supports_by_doing(rule: Rule, s: Statement, main: Clause, verb_end: int) -> bool:
    if main.lemma.split(" ")[0] not in _SUPPORTING:
        return False
    found = _SUPPORT_BY_DOING.match(s.text, verb_end)
    how = w.verb_lemma(found[1]) if found else None
    if found is None or how is None or how == found[1]:
        return False
    # "by keeping an eye on her", "by being there"; but "by keeping the children overnight" is a task.
    if how in _NO_MORE_SAID and not (how == "keep" and not _KEPT_VAGUELY.match(s.text, found.end(1))):
        return False
    return not any(sp.start == found.start(1) for sp in _listed(rule, s)) and not _lemma_in(rule.words, how)


# "to monitor how the weekends are going", "to keep an eye on her": a purpose that is only watching.
_TO_WATCH = re.compile(
    r"to\s+(?:monitor|oversee|observe|keep\s+(?:an|a\s+close|a\s+closer)\s+eye\s+on|keep\s+track\s+of|"
    r"(?:see|check|find\s+out)\s+how)\b",
    re.IGNORECASE,
)
# "..., and share it with the lead practitioner": what was watched, passed on.
_PASSED_ON = re.compile(
    r"\band\s+(?:(?:share|pass(?:\s+on)?)\s+(?:it|this|that|them|these|what|the\s+(?:figures|numbers|results|"
    r"scores|data|information|findings))|report|feed\s+back)\b",
    re.IGNORECASE,
)
_A_PURPOSE = re.compile(
    r"\b(?:so\s+that|so\s+(?:she|he|they|we|i|you)|in\s+order\s+to|which\s+will)\b", re.IGNORECASE
)


def only_watches(s: Statement, main: Clause) -> bool:
    """What a vague verb is for is only more watching, or passing on what was seen: "check in by
    phone every Friday to monitor how Jade's weekends are going", "monitor his attendance and share
    it with the lead practitioner" (seed 002: "'monitor' (it's not purposeful)")."""
    if main.verb is None or _A_PURPOSE.search(s.text, main.tokens[main.verb].end):
        return False
    if main.purpose is not None:
        return _TO_WATCH.match(s.text, main.tokens[main.purpose].start) is not None
    return _PASSED_ON.search(s.text, main.tokens[main.verb].end) is not None


# "do online safety work with Zara", "do some 1:1 work on her self-esteem": work named by its topic,
# with nothing said of what is done.
_WORK_IN_NAME = re.compile(
    r"do\s+(?:some\s+)?(?:[\w:-]+\s+){0,3}?work\s+(?:with|on|around|about)\b", re.IGNORECASE
)


# "sort out her debts", "sort out the Christmas arrangements": what sorting them out is, unsaid; not
# "sort out a dentist appointment", a thing booked.
_SORTED_OUT = re.compile(
    r"sort(?:s|ed|ing)?\s+out\s+(?:the\s+|his\s+|her\s+|their\s+|all\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:debts?|money|finances|arrangements|things|issues|problems|stuff|paperwork|bills|situation|"
    # "sort out Harley's inhalers", "the children's clothes for winter": get, mend, buy or order, unsaid.
    r"clothes|clothing|uniforms?|medication|medicines?|inhalers?|tablets|prescriptions?)\b",
    re.IGNORECASE,
)


def work_in_name(s: Statement, main: Clause) -> list[Span]:
    if main.verb is None:
        return []
    start = main.tokens[main.verb].start
    found = _WORK_IN_NAME.match(s.text, start) if main.lemma == "do" else None
    # The sorting out is what is done, or the help is with it: "help Lisa sort out her debts".
    helped = _HELPED.match(s.text, start) if main.lemma == "help" else None
    found = found or _SORTED_OUT.match(s.text, helped.end() if helped else start)
    if found and _BY_DOING.match(s.text, found.end()):
        return []  # "... sort out her debts by ringing each company": how, said
    return [Span(found.start(), found.end(), found[0])] if found else []


_HELPED = re.compile(r"help\s+(?:[\w'\u2019-]+\s+){0,2}?(?=sort)", re.IGNORECASE)
_BY_DOING = re.compile(r"\s+(?:\w+\s+){0,3}?by\s+\w+ing\b", re.IGNORECASE)


# A step as vague as the support itself: "support Amira and Karim to prepare for the baby's arrival",
# "support Mum to manage her money" say nothing of what the worker does (seed 002: "'support' (it's
# superficial)"); "support Mum to fill in the form" does.
_VAGUE_STEPS = w.word_set(
    "prepare manage cope deal engage understand address improve develop build adjust settle adapt reflect "
    "progress maintain sustain access"
)


def supports_a_vague_step(s: Statement, main: Clause) -> list[Span]:
    if not main.looked_through or main.looked_through[-1].split(" ")[0] != "support" or main.verb is None:
        return []
    if main.lemma.split(" ")[0] not in _VAGUE_STEPS or re.search(r"\bby\s+[a-z]+ing\b", s.text):
        return []  # "support Mum to manage her money by going through her statements": how is said
    support = next((t for t in main.tokens[: main.verb] if w.verb_lemma(t.lower) == "support"), None)
    return [Span(support.start, support.end, support.text)] if support is not None else []


# A visit made to someone, or visits done: "visit the family", "visit Natasha", "do home visits".
