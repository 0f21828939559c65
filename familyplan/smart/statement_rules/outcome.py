"""Rules for outcomes: a change in the family's life, with the evidence that will show it."""

from __future__ import annotations

import re

from familyplan.smart import words as w
from familyplan.smart.catalogue import Rule
from familyplan.smart.hits import Hit
from familyplan.smart.language import Span
from familyplan.smart.reading import Clause
from familyplan.smart.statement_rules.comparisons import _comparatives
from familyplan.smart.statement_rules.evidence import _CHANGE_WORDS, has_evidence
from familyplan.smart.statement_rules.further_steps import _SERVICE_VERBS, and_then_does
from familyplan.smart.statement_rules.help_given import a_grown_up_of_the_family
from familyplan.smart.statement_rules.services_had import SERVICE_OBJECTS, a_service_had, paperwork_had
from familyplan.smart.statement_rules.statement import Statement, _hits, _lemma_in, _listed, _whole, matcher
from familyplan.smart.statement_rules.subjects import names_a_person, own_subject_words
from familyplan.smart.statement_rules.workers_doing import a_workers_task

# --- Outcomes ----------------------------------------------------------------------


def _state_words(s: Statement) -> tuple[str, ...]:
    c = s.catalogue
    return c.rule("outcome-no-measure").words if "outcome-no-measure" in c.rules else ()


@matcher("outcome-no-measure")
def no_measure(rule: Rule, s: Statement) -> list[Hit]:
    if s.is_blank or has_evidence(s, rule.words):
        return []
    if s.catalogue.enabled("outcome-improve-without-measure") and improve_without_measure(
        s.catalogue.rule("outcome-improve-without-measure"), s
    ):
        return []  # that finding already says what is missing
    return [Hit(_whole(s.text))]


@matcher("outcome-improve-without-measure")
def improve_without_measure(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None or has_evidence(s, _state_words(s)):
        return []
    if main.verb is not None and _lemma_in(rule.words, main.lemma):
        return s.verb_hit()
    comparative = _comparatives(s)
    if comparative:
        return _hits(comparative[:1])
    # "Improved attendance", "Better sleep": a topic that is only a change word.
    spans = [sp for sp in _listed(rule, s) if s.in_predicate(sp)]
    return _hits(spans[:1]) if main.verb is None else []


@matcher("outcome-professional-phrase")
def professional_phrase(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None:
        return []
    candidates = [main.lemma, *main.looked_through]
    # "To promote Lily's emotional wellbeing ..., with her scaling at 6/10": the aim opens the outcome.
    candidates += [
        w.verb_lemma(t.lower) or t.lower
        for kind, first, end in main.openings
        if kind == "purpose" and first == 0
        for t in main.tokens[first : min(end, first + 2)]
    ]
    if any(_lemma_in(rule.words, lemma) for lemma in candidates):
        for sp in _listed(rule, s):
            return _hits([sp])
    return []


_KEPT_TO_A_FIGURE = re.compile(
    r"(?:\s+[\w'\u2019-]+){1,3}?\s+(?:to|under|below|within)\s+(?:at\s+most\s+|no\s+more\s+than\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
    re.IGNORECASE,
)
_A_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE
)


# Where a thing is kept: "kept in a locked box", "kept in the top cupboard".
_STORED = w.word_set("in inside locked under")
# "already at 95%", "keeps up her 98% attendance", "(currently 97%)": the level is theirs now.
_ALREADY = re.compile(
    r"\balready\b|\bcurrently\b|\bas\s+(?:she|he|they|it)\s+(?:does|do|is|are)\s+now\b"
    # "keep her attendance at 97%, as it was all through the autumn term": where it is already.
    # "keep their tenancy, where they have lived without problems for four years": theirs already.
    r"|\bwhere\s+(?:they|she|he)\s+(?:have|has)\s+(?:lived|been)\b[^.;]{0,40}?\bfor\s+(?:\w+\s+)?(?:years?|months)\b"
    r"|\bas\s+(?:it|she|he|they)\s+(?:was|were|is|are|has\s+been|have\s+been|did)\s+"
    r"(?:all\s+through|throughout|all\s+(?:last|this)|last|this|so\s+far)\b"
    r"|\b(?:keeps?|keeping|maintains?|maintaining)\s+(?:up\s+)?(?:his|her|their)\s+"
    r"(?:current\s+)?\d",
    re.IGNORECASE,
)


def _a_persons_subject(main: Clause) -> bool:
    """ "The children will be kept in a safe home", "Ben will be kept in education": a person kept
    somewhere is cared for, not a thing put away."""
    return main.subject is None or names_a_person(own_subject_words(main))


_AT_RISK = w.word_set("place tenancy job home flat house")
_RECORDS = w.word_set("count track score tally chart diary log record records calendar sheet")


_FEELING_OR_KNOWING = w.word_set("feel know believe trust say think")


def _said_of_a_feeling(main: Clause) -> bool:
    """ "Agnieszka feels confident she can keep herself safe": the keeping is what she feels sure of,
    the change wanted, not things kept as they are."""
    if main.subject is None:
        return False
    first, end = main.subject
    return any(w.verb_lemma(t.lower) in _FEELING_OR_KNOWING for t in main.tokens[first + 1 : end])


# What every family wants for every child (seed 002: not outcomes "common to the population"), said
# as the change itself: "get a good education", "reach their full potential". As a plan's headline
# before a colon ("Getting a good education: Kacper is in school ...") it is not in the predicate.
_WHAT_EVERY_CHILD_NEEDS = re.compile(
    r"\b(?:(?:get|gets|have|has|receive|receives)\s+a\s+good\s+education"
    r"|(?:reach|reaches|achieve|achieves|fulfil|fulfils|fulfill|fulfills)\s+(?:his|her|their)\s+"
    r"(?:full\s+)?potential)\b",
    re.IGNORECASE,
)


# "I want to get a good education and go to college to be a vet - ...": the young person's own aim.
_THEIR_OWN_AIM = re.compile(r"\b(?:want|wants|hope|hopes|wish|wishes|would\s+like)\s+to\s+$", re.IGNORECASE)


def _common_to_everyone(s: Statement) -> list[Hit]:
    for m in _WHAT_EVERY_CHILD_NEEDS.finditer(s.text):
        span = Span(m.start(), m.end(), m[0])
        if s.in_predicate(span) and not _THEIR_OWN_AIM.search(s.text, max(0, m.start() - 20), m.start()):
            return [Hit(span, {"match": m[0]})]
    return []


@matcher("outcome-generic")
def generic(rule: Rule, s: Statement) -> list[Hit]:
    # Only when the outcome *is* keeping things as they are: the main verb, or a helper before it.
    main = s.reading.main
    if main is None or main.verb is None or _said_of_a_feeling(main):
        return _common_to_everyone(s) if main is not None else []
    common = _common_to_everyone(s)
    if common:
        return common
    lemmas = [main.lemma, *main.looked_through]
    if main.verb + 1 < len(main.tokens) and main.tokens[main.verb + 1].lower == "on":
        lemmas.append(main.lemma + " on")  # "carry on going to Hillside", its particle read apart
    colon = s.text.find(":", main.tokens[main.verb].end)
    if main.lemma.split(" ")[0] == "keep" and any(
        kind == "threshold"
        and _A_FIGURE.search(s.text, max(0, start - 12), end + 20)
        and not _ALREADY.search(s.text)
        and (s.in_predicate(Span(start, end, text)) or 0 <= colon < start)
        for kind, start, end, text in s.evidence
    ):
        # "the room is kept at 18 degrees or warmer", "keep their home: arrears paid at no more than
        # £5 a week": a level to reach, not things as they are.
        return []
    if main.lemma == "keep" and _kept_as_a_change(s, main, colon) and not _ALREADY.search(s.text):
        return []
    if main.lemma.split(" ")[0] in _CHANGE_WORDS:
        return []  # "to continue to reduce her drinking to 2 units a day": a change going on
    if any(_lemma_in(rule.words, lemma) for lemma in lemmas):
        spans = _listed(rule, s)
        if spans:
            return _hits(spans[:1])
    return []


_IN_A_RECORD = re.compile(
    r"[^.;:]{0,40}?\bin\s+(?:a|an|the|one|their|his|her)\s+(?:[\w-]+\s+){0,3}(?:calendar|diary|chart|log|book)\b",
    re.IGNORECASE,
)


def _kept_as_a_change(s: Statement, main: Clause, colon: int) -> bool:
    """ "keep" said of something that changes: a record kept, a place held on to, an arrangement
    followed, contact set out, a limit kept under, or a thing put away."""
    if main.verb is None:
        return False
    after = main.tokens[main.verb + 1 : main.verb + 2]
    kept = main.tokens[main.verb + 1 : main.verb + 4]
    if any(t.lower in _RECORDS for t in kept) or _IN_A_RECORD.match(s.text, main.tokens[main.verb].end):
        return True  # "Tyler will keep count on the chart", "keep his week in one shared calendar": a record
    if any(t.lower in _AT_RISK for t in kept):
        return True  # "keeps her place at St Brigid's", "keep their home": held on to, not yet safe
    if after and after[0].lower == "to":
        return True  # "keep to a weekly rota": an arrangement followed, which is the change
    in_touch = [t.lower for t in kept[:2]] in (["in", "touch"], ["in", "contact"])
    if in_touch and colon >= 0 and any(k == "frequency" and a > colon for k, a, *_ in s.when):
        return True  # "keep in touch: letters both ways each fortnight": contact set out, not as it is
    if _KEPT_TO_A_FIGURE.match(s.text, main.tokens[main.verb].end):
        return True  # "keeps his drinking to 14 units a week": a limit to keep under, not things as they are
    stored = main.passive and after and after[0].lower in _STORED
    # "the tablets will be kept in a locked box": put away, where they are not now
    return bool(stored and not _a_persons_subject(main))


# "attend 95% of his sessions at Westbury High": a school's sessions, counted as a share, are the
# child's attendance, not a service's.
# "his motor vehicle course at Riverside College": a young person's education, as school is a child's.
_A_COURSE_IN_EDUCATION = re.compile(
    r"(?:to\s+)?(?:the\s+(?:first|second|third|final|last)\s+year\s+of\s+)?(?:his|her|their)\s+(?!parenting\b)(?:[\w-]+\s+){0,3}course\s+at\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,4}"
    r"(?-i:College|University|Sixth\s+Form|Academy)\b",
    re.IGNORECASE,
)
# "... and tell the nurse herself how her sugars have been": speaking for herself is the change.
_SPEAKS_FOR_THEMSELVES = re.compile(
    r"\band\s+(?:will\s+)?(?:tell|explain\s+to|ask)\s+(?:the|her|his|their|my)\s+[\w-]+\s+"
    r"(?:herself|himself|themselves|myself)\b",
    re.IGNORECASE,
)
# "two of my three weekly classes at the Riverside college campus": a young person's education too.
_CLASSES_IN_EDUCATION = re.compile(
    r"\bclass(?:es)?\s+at\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:college|school|academy|campus|sixth\s+form)\b",
    re.IGNORECASE,
)
_WEEKS_LONG = re.compile(r"\b(?:\d+|\w+)[\s-]weeks?\b", re.IGNORECASE)
_SCHOOL_SESSIONS = re.compile(
    r"(?:at\s+least\s+|over\s+|more\s+than\s+)?\d+\s*(?:%|per\s*cent)\s+of\s+(?:his|her|their)\s+(?:school\s+)?"
    r"sessions\b[^.;]{0,60}?(?:\bat\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)*\s+"
    r"(?-i:High|Academy|Primary|School|College|Nursery)\b|\b(?:school|nursery|college)\b)",
    re.IGNORECASE,
)


# "gets to every hospital clinic", "all of her dental appointments": a child's health care received in
# full is the need met, as being in school is.
_EVERY_HEALTH_APPOINTMENT = re.compile(
    r"\b(?:every|each|all(?:\s+of)?)\s+(?:(?:his|her|their|the|[\w'\u2019]+['\u2019]s)\s+)?(?:\w+\s+){0,2}?"
    r"(?:hospital|medical|dental|dentist|doctor|GP|eye|hearing|diabetes|asthma|outpatient|paediatric|"
    r"orthodontic|antenatal|postnatal|maternity|midwife|physio\w*)['\u2019s]*\s+(?:clinics?|appointments?|check-?ups?|reviews?)?",
    re.IGNORECASE,
)


# "gets to every appointment for his cleft lip care": the health care named after the appointments.
_EVERY_APPOINTMENT_FOR_CARE = re.compile(
    r"(?:to\s+)?(?:every|all(?:\s+of)?)\s+(?:(?:his|her|their|the)\s+)?(?:clinics?|appointments?|check-?ups?)\s+(?:for|about)\s+"
    r"(?:his|her|their|[\w'\u2019]+['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:care|treatment|condition|surgery|operation|"
    r"teeth|eyes|hearing|asthma|eczema|diabetes|epilepsy)\b",
    re.IGNORECASE,
)


# "has had a dental check-up", "had her hearing test": a child's health check done is the need met too.
_A_HEALTH_CHECK = re.compile(
    r"\s*(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:dental|dentist|eye|sight|hearing|health|medical|development|"
    r"developmental|two-year|2-year|asthma|diabetes|epilepsy)\s+(?:check-?ups?|checks?|tests?|reviews?)\b",
    re.IGNORECASE,
)


# Verbs that are only about a service when their object is one: "attend the group", "book a course".
_SERVICE_TOPICS = ("refer", "engag", "access", "attend", "participat", "receiv")


# "..., and CAMHS to be involved", "and her needs to be assessed": a service's act joined to the
# outcome, which belongs with the actions ("assessed as at her age" is a result, not the act).
_JOINED_SERVICE = re.compile(
    r"\band\s+(?P<who>(?:[\w'\u2019]+\s+){1,4}?)(?:to|will|is\s+to)\s+be\s+(?P<act>assessed|involved|referred|"
    r"offered|allocated|monitored|signposted)\b(?!\s+as\b)",
    re.IGNORECASE,
)
# Whose act it is: a service in capitals ("CAMHS"), a service or job, or someone's needs.
_SERVICE_SUBJECT = re.compile(
    r"\b(?:[A-Z]{2,}|needs|services?|team|nurse|dietitian|worker|therapist|clinic|school|health|camhs)\b"
)


_PAPERWORK_DONE = w.word_set("complete make submit send finish")
# "assessed by the Educational Psychologist", "seen by a paediatrician", "assessed for ADHD": a
# service's act; not what a professional sees ("seen by his teacher playing", "assessed by the
# speech therapist to have caught up", "assessed by the end of term as ...").
_SEEN_BY = re.compile(
    r"\s+(?:for\s+(?!the\s+end|a\s+week|\d)\w|by\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:psychologist|paediatrician|pediatrician|specialist|therapist|nurse|doctor|gp|camhs|team|service|"
    r"clinic|consultant|audiologist|assessor|panel|social\s+worker|ep|senco)s?\b)"
    r"(?![^.;]*\b(?:as|to\s+be|to\s+have)\s)(?!\s+\w+ing\b)",
    re.IGNORECASE,
)
_BY_SOMEONE = re.compile(r"\s+(?:by|to|for)\b", re.IGNORECASE)


def _joined_service(s: Statement) -> list[Hit]:
    m = _JOINED_SERVICE.search(s.text)
    if m is None:
        return []
    # "and Kai will be involved in planning the route": the child taking part; "her reading will
    # be assessed at the end of term": when it is measured. A service's, or one done by someone.
    if not _SERVICE_SUBJECT.search(m["who"]) and not _BY_SOMEONE.match(s.text, m.end("act")):
        return []
    return [Hit(Span(m.start("act"), m.end("act"), m["act"]), {"match": m["act"]})]


_AND_THEN = re.compile(r"\band\b")


def _education_or_health(s: Statement, main: Clause, what: tuple[int, int]) -> bool:
    """ "attend school every day", "all his health visitor appointments", "her course at Riverside
    College": a child's education or health, which is the change itself, not a service's."""
    return bool(
        _SCHOOL_SESSIONS.match(s.text, what[0])
        or _EVERY_HEALTH_APPOINTMENT.search(s.text, what[0], what[1] + 1)
        or _A_HEALTH_CHECK.match(s.text, what[0])
        or _EVERY_APPOINTMENT_FOR_CARE.match(s.text, what[0])
        or _A_COURSE_IN_EDUCATION.match(s.text, what[0])
        or (
            _CLASSES_IN_EDUCATION.search(s.text, what[0], what[1] + 60)
            and not a_grown_up_of_the_family(s, main)
            # "a 12-week English class": a course run for a number of weeks, not a young person's education
            and not _WEEKS_LONG.search(s.text, what[0], what[1])
        )
    )


@matcher("outcome-is-an-activity")
def activity(rule: Rule, s: Statement) -> list[Hit]:
    paperwork = paperwork_had(s.text)
    if paperwork is not None:
        return [Hit(Span(paperwork.start(), paperwork.end(), paperwork[0]), {"match": paperwork[0]})]
    return _an_activity(rule, s)


def _an_activity(rule: Rule, s: Statement) -> list[Hit]:
    main = s.reading.main
    if main is None:
        return []
    if main.verb is None:
        # "Referral to CAMHS", "Engagement with the service": a topic that is a service; but
        # "attendance at least 95%" is the measure of a change.
        measured = any(kind in ("threshold", "scale") for kind, *_ in s.evidence)
        spans = [
            sp
            for sp in _listed(rule, s)
            if sp.start < 30
            and sp.text.lower().startswith(_SERVICE_TOPICS)
            # "attendance at the parenting group at least 8 out of 10 sessions" is still a count of sessions
            and not (
                measured
                and sp.text.lower().startswith("attend")
                and not SERVICE_OBJECTS.search(s.text, sp.end, sp.end + 40)
            )
        ]
        return _hits(spans[:1]) or _joined_service(s)
    lemma = main.lemma.split(" ")[0]
    # "Health visitor to visit Lena every two weeks": the service, not the change, as "will be referred".
    if (
        main.passive and lemma in ("refer", "offer", "support", "signpost", "allocate", "monitor")
    ) or a_workers_task(s, main):
        return s.verb_hit()
    if (
        (main.passive or lemma in _PAPERWORK_DONE)
        and main.subject is not None
        and SERVICE_OBJECTS.search(s.text, *main.span(*main.subject))
    ):
        # "a referral to CAMHS will have been made", "CAMHS referral completed": a service's paperwork, done
        return s.verb_hit()
    if main.passive and lemma in ("assess", "see") and _SEEN_BY.match(s.text, main.tokens[main.verb].end):
        return s.verb_hit()  # "Callum to be assessed by the Educational Psychologist": the service's act
    if not _lemma_in(rule.words, main.lemma) and lemma not in rule.words:
        return _joined_service(s)
    if lemma in _SERVICE_VERBS:
        what = s.verb_object
        school = what is not None and _education_or_health(s, main, what)
        if what is None or not a_service_had(s.text, what) or school:
            return []  # "attend school every day" is the change itself
        if and_then_does(s, what[1]) or _SPEAKS_FOR_THEMSELVES.search(s.text, what[1]):
            return []  # "goes to the toddler group each week and knows two other mums by name"
        if any(kind == "independent" for kind, *_ in s.evidence):
            return []  # "goes to the baby group on her own": going without help is the change
        joined = _AND_THEN.search(s.text, what[1])
        if joined and any(k in ("scale", "threshold") and a > joined.start() for k, a, *_ in s.evidence):
            return []  # "goes to the group and her own score drops from 9 to 5": a change measured too
    return s.verb_hit()


@matcher("outcome-well-measured")
def well_measured(rule: Rule, s: Statement) -> list[Hit]:
    if not has_evidence(s, _state_words(s)):
        return []
    if any(kind in ("date", "month", "relative", "time") for kind, *_ in s.when) or s.parsed_when.dates:
        return [Hit(_whole(s.text))]
    return []
