"""What an action goes on to do past its first verb: "book the appointment and go with her" is
help given; "monitor his mood and keep a log" is still watching."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.tokens import Token
from familyplan.smart.statement_rules.statement import Statement

_OBJECT_STARTS = w.word_set(
    "him her them me us it his their its my our your the a an this that with to about on for in at up out "
    "through over"
)


_ARRANGING = w.word_set("book arrange make refer")


_REPORTING = w.word_set("feed report update inform tell share pass let flag raise")
_RECORDS = w.word_set("log logs record records diary note notes chart journal")


def _recording(lemma: str, after: list[Token]) -> bool:
    """ "record it", "keep a log": writing down what was watched is still watching."""
    # "... and plot it in his red book", "... and keep an eye on his punctuality": more watching.
    return lemma in ("record", "log", "note", "document", "plot") or (
        lemma == "keep"
        and (any(t.lower in _RECORDS for t in after) or [t.lower for t in after[:2]] == ["an", "eye"])
    )


def _past_an_aside(tokens: list[Token], i: int, conditions: bool) -> int:
    """ "and, after each session, talk with Steve": the words after an aside of when, or with
    ``conditions`` of what sets the step off ("monitor attendance and, if Ben is absent, ring Mum");
    not after a course ("attend the course and, if she misses one, ring Tom" is still the course)."""
    asides = _WHEN_ASIDES | _CONDITIONS if conditions else _WHEN_ASIDES
    if (
        i + 2 < len(tokens)
        and tokens[i].lower in ("after", "before")
        and tokens[i + 1].lower in ("each", "every")
    ):
        return i + 3  # "and after each session tell Nina ...": when, said without commas
    if i + 1 < len(tokens) and tokens[i].lower == "by" and any(c.isdigit() for c in tokens[i + 1].text):
        return i + 2  # "and by 26.03.2027 she will phone the office herself": by when, said first
    if i + 1 >= len(tokens) or tokens[i].text != "," or tokens[i + 1].lower not in asides:
        return i
    closing = next((j for j in range(i + 1, min(i + 8, len(tokens))) if tokens[j].text == ","), None)
    return closing + 1 if closing is not None else i


_WHEN_ASIDES = w.word_set("after before at each every on once during between with together using in")
_CONDITIONS = w.word_set("if when whenever")
# What is told after a session, when it is something learned: "tell Priya one idea she will try".
_WHAT_IS_TOLD = w.NUMBER_WORDS | w.word_set("which one")
_CALLING = w.word_set("ring call phone text contact email")


# "and passes her first unit", "and pass his theory test": something achieved, not passed on.
_TESTS = w.word_set("unit units test tests exam exams module modules level assessment gcse gcses theory")


def _passed_a_test(lemma: str, after: list[Token]) -> bool:
    """The test is what is passed: not "passes on the course ideas", "passes the handouts on"."""
    if lemma != "pass" or any(t.lower == "on" for t in after):
        return False
    return any(t.lower in _TESTS for t in after)


def _tells_what(lemma: str, after: list[Token]) -> bool:
    return lemma in ("tell", "share") and any(t.lower in _WHAT_IS_TOLD for t in after)


# Help given in name only: "and give advice", "and offer reassurance", "and build rapport".
_GIVING = w.word_set("give offer provide build show")
# Not a verb here: "and group sessions".
_SERVICES = w.word_set("group session course programme appointment workshop")
_VAGUE_DOING = w.word_set(
    "encourage promote identify develop tackle address explore consider support monitor engage "
    "signpost review check reduce increase improve assess"
)
_HELP_IN_NAME = w.word_set(
    "advice guidance reassurance encouragement confidence rapport support help praise strategies barriers "
    "engagement routines issues concerns needs"
)


def _a_thing_done(lemma: str, following: Token) -> bool:
    """ "and cook tea", "and wash the uniform": a thing done to, not help given in name only."""
    word = following.lower
    # "meals" may be read as a verb's -s form; after a verb it is the plural of what is done to.
    plural = word.endswith("s") and not word.endswith("ss") and w.can_be(word[:-1], "NOUN")
    noun = following.is_word and w.can_be(word, "NOUN") and (w.verb_lemma(word) is None or plural)
    return noun and lemma not in _GIVING | _SERVICES | _VAGUE_DOING and following.lower not in _HELP_IN_NAME


# Taking part in a service, or having it: what is done with it is the change.
_SERVICE_VERBS = w.word_set("attend complete finish go undertake use receive have get do enrol book arrange")
_ASKED_ABOUT = w.word_set("how what whether why where who")


_WHOSE = w.POSSESSIVE_DETERMINERS


def _more_of_whose(tokens: list[Token], i: int) -> bool:
    """ "Amara's weight and sleep", "her mood and sleep": after something of someone's, a word that can
    be a thing is a second of theirs, not something done."""
    after = tokens[i + 1]
    if not after.is_word or not w.can_be(after.lower, "NOUN"):
        return False
    nxt = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt is not None and (
        nxt.name or nxt.kind == "num" or nxt.lower in w.DETERMINERS | w.PERSONAL_PRONOUNS
    ):
        return False  # "... weight and ring the dietitian": a verb, with what it is done to
    before = tokens[max(0, i - 3) : i]
    return any(t.possessive or t.lower in _WHOSE for t in before) and not any(
        t.lower in _OBJECT_STARTS - _WHOSE for t in before[-1:]
    )


def _more_of_the_same(tokens: list[Token], i: int, first: int) -> bool:
    """After "and", more of what the first verb was about, not something else done."""
    if first >= len(tokens):
        return False
    if tokens[first].lower in _ASKED_ABOUT:
        return True  # "watch her mood and how she is coping": more of what is watched
    if first == i + 1 and _more_of_whose(tokens, i):
        return True  # "keep an eye on Amara's weight and sleep": a second thing of hers, watched
    # "support Mum with the school run and with screen time": more of the same support
    return tokens[first].lower in w.PREPOSITIONS


_TOLD = w.word_set("updated informed posted loop")
# Vague about what is done for the person named after them: "support him", "encourage Dad".
_VAGUE_TO_SOMEONE = w.word_set("support monitor encourage reassure")


def _someone(t: Token) -> bool:
    return t.name or t.lower in ("him", "her", "them", "mum", "dad")


def _starts_an_object(lemma: str, following: Token) -> bool:
    return (
        following.lower in _OBJECT_STARTS
        or following.text[:1].isupper()
        or following.text.isdigit()
        or following.lower in w.NUMBER_WORDS
        or _a_thing_done(lemma, following)
    )


def _someone_else(tokens: list[Token], first: int) -> bool:
    """ "... and Mum will ask her mum Jackie to stay": another person's own part, with its own verb."""
    head = tokens[first] if first < len(tokens) else None
    if head is None or not (head.name or head.lower in w.FAMILY_WORDS):
        return False
    return any(t.lower in ("will", "can", "to") for t in tokens[first + 1 : first + 4])


def and_then_does(s: Statement, after: int, telling_counts: bool = False, by_the_same: bool = False) -> bool:
    """Past the session or appointment, "and" leads to something done with it: "and help him
    fill in the form", "and Ben will choose a reward", not "and complete the course". With
    ``telling_counts``, telling someone what was learned is something done with it ("and then tell
    Priya one idea she will try"); after watching, it is only passing on what was seen."""
    tokens = [t for t in s.reading.tokens if t.start >= after]
    for i, t in enumerate(tokens):
        if t.lower not in ("and", "then"):
            continue
        first = _past_an_aside(tokens, i + 1, conditions=True)
        if _more_of_the_same(tokens, i, first) or (by_the_same and _someone_else(tokens, first)):
            continue
        conditional = first > i + 2 and tokens[i + 2].lower in _CONDITIONS
        # "she will be able to phone": the ability looked through to what she does
        able = any(t.lower == "able" for t in tokens[first : first + 5])
        for j in range(first, min(first + (8 if able else 5), len(tokens) - 1)):
            word, following = tokens[j].lower, tokens[j + 1]
            if word in w.SUBORDINATORS:
                break  # "monitor Levi and Kizzy's attendance while the family travel": "while" opens a clause
            if tokens[j].possessive and not tokens[j].name:
                break  # "the children and young people's mental health service": a thing's name goes on
            lemma = w.verb_lemma(word) if not tokens[j].name else None
            if (
                lemma is None
                or word in ("will", "can", "to")
                or (lemma == "be" and following.lower == "able")
            ):
                continue
            if j == first and (lemma == "be" or (lemma in _VAGUE_TO_SOMEONE and _someone(following))):
                # "and be someone he can talk to": a part to be, with nothing done; "... and support
                # him where needed": as vague as what it follows.
                break
            infinitive = able and tokens[j - 1].lower == "to" and tokens[j - 2].lower == "able"
            if j > first and tokens[j - 1].lower in w.PREPOSITIONS and not infinitive:
                continue  # "... and development at home visits": a noun after its preposition
            told = telling_counts and _tells_what(lemma, tokens[j + 1 : j + 5])
            # "and, if she misses one, ring Tom": a call a condition sets off after a course is keeping told.
            calls = telling_counts and conditional and lemma in _CALLING
            # "... and signpost her to other services": passed on, as a referral is.
            # "... and keep Mum updated": passed on too.
            kept_told = lemma == "keep" and any(x.lower in _TOLD for x in tokens[j + 1 : j + 5])
            passed_on = (
                (lemma in _REPORTING and not _passed_a_test(lemma, tokens[j + 1 : j + 4]))
                or lemma == "signpost"
                or kept_told
            )
            if (passed_on and not told) or calls or _recording(lemma, tokens[j + 1 : j + 4]):
                # "monitor his mood and feed back to Lisa", "... and keep a log": what was watched, passed on
                break
            starts_object = _starts_an_object(lemma, following)
            # "Book Abena an appointment and go with her": going with the person a service was arranged
            # for is help given; "attend the course and go with Dad" is still only the course.
            main = s.reading.main
            arranged = main is not None and main.lemma.split(" ")[0] in _ARRANGING
            with_someone = arranged and lemma in ("go", "come") and following.lower == "with"
            # "and go through each week's session with him": going over it together, not attending.
            going_over = lemma == "go" and following.lower in ("through", "over")
            if (lemma not in _SERVICE_VERBS or with_someone or going_over) and starts_object:
                return True
    return False
