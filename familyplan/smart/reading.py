"""Reading a statement into the parts the guidance asks for, before any rule judges it.

An outcome should say whose life changes, what will be different and the
evidence that will show it; an action who does what, when or how often, and what
for; a contingency what would set it off and who responds (seeds 000, 001, 002,
004). The reader finds those parts ("slots") with a shallow parse: words are
tokenised once, each is given its likely part of speech, the opening clauses
("After the course, ...", "By July, ...") are set aside, and the main verb group
("will be able to name", "to arrive", "gets") is found with its subject and
predicate. Rules then judge the slots, and every slot keeps its character span so
a practitioner can see what the checker understood.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from familyplan.smart import words as w

# --- Tokens ------------------------------------------------------------------------

# Words first: most tokens are words, and the engine tries the alternatives in order.
_TOKEN = re.compile(
    r"(?P<word>[A-Za-z]+(?:['’][A-Za-z]+)?(?:-[A-Za-z]+)*)"
    r"|(?P<digits>\d(?:[\d.,:/\-]*\d)?(?:\s?[aApP]\.[mM]\.|\s?[aApP][mM]\b|st\b|nd\b|rd\b|th\b|\s?%)?)"
    r"|(?P<placeholder>(?:\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|_{2,}|\*{3,})(?:['’]s\b)?)"
    r"|(?P<punct>[^\s\w])"
)
_DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]m|[ap]\.m\.?)|\d{1,2}:\d{2}", re.IGNORECASE)


def _number_kind(raw: str) -> str:
    if _DATE.fullmatch(raw):
        return "date"
    if _TIME.fullmatch(raw):
        return "time"
    return "num"


_CONTRACTIONS = {
    "won't": ("will", True),
    "can't": ("can", True),
    "cannot": ("can", True),
    "shan't": ("shall", True),
}
_TITLES = w.word_set("mr mrs ms miss dr prof rev st eg ie etc")


@dataclass(slots=True)
class Token:
    text: str
    lower: str
    start: int
    end: int
    kind: str  # word, num, time, date, placeholder, punct
    negated: bool = False  # "won't", "doesn't"
    possessive: bool = False  # "Ben's"
    name: bool = False  # a person's or place's name, or a placeholder for one

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


def tokenise(text: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        raw = m.group()
        start, end = m.span()
        if kind != "word":
            if kind == "digits":
                kind = _number_kind(raw)
            token = Token(raw, raw.lower(), start, end, kind or "punct")
            if kind == "placeholder":
                token.name = True
                token.possessive = raw.endswith(("'s", "’s"))
            append(token)
            continue
        lower = raw.lower()
        if "'" in lower or "’" in lower:
            _split_apostrophe(raw, lower, start, end, append)
        elif lower.startswith("xx") and len(set(lower)) == 1:
            append(Token(raw, lower, start, end, "placeholder", name=True))
        elif lower == "cannot":
            append(Token(raw, "can", start, end, "word", negated=True))
        else:
            append(Token(raw, lower, start, end, "word"))
    _mark_names(tokens)
    return tokens


def _split_apostrophe(raw: str, lower: str, start: int, end: int, append: Callable[[Token], None]) -> None:
    """ "won't" is "will" negated, "Ben's" is "Ben" possessive, "she'll" is "she" and "will"."""
    token = Token(raw, lower, start, end, "word")
    lower = lower.replace("’", "'")
    token.lower = lower
    base, _, suffix = lower.partition("'")
    if lower in _CONTRACTIONS:
        token.lower, token.negated = _CONTRACTIONS[lower]
    elif suffix == "t" and base.endswith("n"):
        token.lower, token.negated = base[:-1] or base, True  # doesn't -> does
    elif suffix == "s" and base not in ("he", "she", "it", "that", "there", "what", "who"):
        token.lower, token.possessive = base, True
    elif suffix == "ll":
        append(Token(raw, base, start, end, "word"))
        token.lower = "will"
    else:
        token.lower = base
    append(token)


_SENTENCE_OPENERS = frozenset(".!?;:(\"'")


def _mark_names(tokens: list[Token]) -> None:
    """Capitalised words that are not ordinary English, or not at a sentence start, are names."""
    capitals = [i for i, t in enumerate(tokens) if t.kind == "word" and t.text[0].isupper()]
    if not capitals:
        return
    word_count = sum(1 for t in tokens if t.kind == "word")
    title_case = (word_count >= 2 and len(capitals) == word_count) or (
        word_count > 3 and len(capitals) >= 0.7 * word_count
    )
    for i in capitals:
        t = tokens[i]
        if t.name:
            continue
        # At a sentence start when nothing but opening punctuation comes before it.
        j = i - 1
        while j >= 0 and tokens[j].kind == "punct" and tokens[j].text not in _SENTENCE_OPENERS:
            j -= 1
        sentence_start = j < 0 or (tokens[j].kind == "punct" and tokens[j].text in _SENTENCE_OPENERS)
        closed = t.lower in _CLOSED
        known = closed or w.is_english_word(t.lower)
        if t.text.isupper() and len(t.text) > 1:
            t.name = not known and len(set(t.lower)) == 1  # XX, XXX
        elif not known or (not sentence_start and not title_case and not closed):
            t.name = True


_CLOSED = (
    w.DETERMINERS
    | w.PERSONAL_PRONOUNS
    | w.INDEFINITE_PRONOUNS
    | w.MODALS
    | w.BE
    | w.HAVE
    | w.DO
    | w.PREPOSITIONS
    | w.SUBORDINATORS
    | w.CONJUNCTIONS
    | w.NEGATIONS
    | w.NUMBER_WORDS
    | w.WEEKDAYS
    | w.MONTHS
    | _TITLES
    | frozenset(["to", "so", "there", "it", "who", "which", "what", "every", "each"])
)


# --- Sentences and clauses ---------------------------------------------------------


def sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Tokens split into sentences at . ! ? ; and line breaks (not after "Mrs." or "e.g.")."""
    out: list[list[Token]] = []
    current: list[Token] = []
    previous_end = 0
    for t in tokens:
        if current and "\n" in text[previous_end : t.start]:
            out.append(current)
            current = []
        previous_end = t.end
        if t.kind == "punct" and t.text in ".!?;" and current:
            if t.text == "." and current[-1].lower in _TITLES:
                continue
            out.append(current)
            current = []
            continue
        current.append(t)
    if current:
        out.append(current)
    return out


def _can_be_base_verb(t: Token) -> bool:
    if not t.is_word or t.name:
        return False
    forms: tuple[str, ...] = w.lemmas(t.lower).get("VERB") or ()
    return t.lower in forms


def _can_be_verb(t: Token) -> bool:
    return t.is_word and not t.name and w.verb_lemma(t.lower) is not None


def _is_participle(t: Token) -> bool:
    """ "completed", "made", "taken": a verb form that is not its base, -s or -ing form."""
    if not t.is_word or t.lower.endswith("ing"):
        return False
    lemma = w.verb_lemma(t.lower)
    return lemma is not None and lemma != t.lower and t.lower not in (lemma + "s", lemma + "es")


def _is_gerund(t: Token) -> bool:
    return t.is_word and t.lower.endswith("ing") and w.verb_lemma(t.lower) not in (None, t.lower)


def _nominal_end(t: Token) -> bool:
    """Can this token end a noun phrase that is the subject of a verb after it?"""
    if t.name or t.possessive or t.kind in ("placeholder", "num"):
        return True
    if not t.is_word:
        return t.text == ")"
    if t.lower in w.PERSONAL_PRONOUNS or t.lower in w.INDEFINITE_PRONOUNS or t.lower in w.FAMILY_WORDS:
        return True
    return t.lower not in _CLOSED and bool(w.lemmas(t.lower).keys() & {"NOUN", "PROPN", "ADJ"})


# Opening clauses set aside before the main clause: "To support X, ...", "If X, ...", "By July, ...".
_OPENING_CONDITION = frozenset(
    ["if", "when", "whenever", "once", "unless", "should", "where", "while", "whilst"]
)
_OPENING_TIME = w.word_set(
    "by before within until after following over during from at on in every each this next throughout for"
)


@dataclass
class Clause:
    """One sentence read into its opening clauses, subject, verb group and predicate."""

    tokens: list[Token]
    openings: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, first, end) token indexes
    main: int = 0  # first token of the main clause
    subject: tuple[int, int] | None = None
    group: tuple[int, int] | None = None  # the verb group, modal to main verb
    verb: int | None = None  # the main verb's token
    lemma: str = ""  # its base form ("be" for a copula), with a particle: "look into"
    mood: str = "nominal"  # modal, infinitive, finite, imperative or nominal
    passive: bool = False
    copular: bool = False
    negated: bool = False
    ended: bool = False  # "no longer": an end point, not a negative goal
    tentative: str = ""  # "should", "try to": not a commitment
    looked_through: list[str] = field(default_factory=list)  # "help", "ensure" before the real verb
    predicate_end: int = 0  # end of the main predicate (before "so that", "because", ...)
    purpose: int | None = None  # where "to <verb>" says what the action is for

    def span(self, first: int, end: int) -> tuple[int, int]:
        return self.tokens[first].start, self.tokens[end - 1].end

    @property
    def predicate(self) -> tuple[int, int] | None:
        if self.verb is None:
            return None
        start = self.group[0] if self.group else self.verb
        return (start, self.predicate_end) if self.predicate_end > start else None


def read_clause(tokens: list[Token]) -> Clause:
    clause = Clause(tokens)
    clause.main = _strip_openings(clause)
    _find_verb_group(clause)
    clause.predicate_end = _predicate_end(clause)
    clause.purpose = _purpose(clause)
    return clause


def _purpose(clause: Clause) -> int | None:
    """ "Ring Dad to remind him ...", "visit on Tuesdays to help Mum plan": a "to" + verb after the object."""
    if clause.verb is None:
        return None
    tokens = clause.tokens
    for j in range(clause.verb + 2, len(tokens) - 1):
        if tokens[j].lower == "to" and _verb_reading(tokens, j + 1):
            return j
    return None


_GREETINGS = w.word_set("hey hi hello dear please ok okay so right")


def _strip_openings(clause: Clause) -> int:
    tokens, start = clause.tokens, 0
    # "Hi Omar, ...", "Please ..." before a request.
    while start < len(tokens) and tokens[start].lower in _GREETINGS:
        comma = next(
            (i for i in range(start + 1, min(len(tokens), start + 4)) if tokens[i].text == ","), None
        )
        clause.openings.append(("greeting", start, comma if comma is not None else start + 1))
        start = (comma if comma is not None else start) + 1
    while start < len(tokens):
        first = tokens[start]
        comma = next((i for i in range(start + 1, len(tokens)) if tokens[i].text == ","), None)
        if comma is None or comma - start > 14 or not first.is_word:
            break
        rest = tokens[comma + 1 :]
        if not any(_can_be_verb(t) or t.lower in w.MODALS for t in rest):
            break
        lower = first.lower
        if lower == "to" or (
            lower == "in" and start + 2 < len(tokens) and tokens[start + 1].lower == "order"
        ):
            kind = "purpose"
        elif lower in _OPENING_CONDITION:
            kind = "condition"
        elif lower in _OPENING_TIME or lower in w.WEEKDAYS or lower in w.MONTHS:
            kind = "time"
        elif lower == "with" or lower == "through" or lower == "using":
            kind = "how"
        elif lower in w.SUBORDINATORS or lower in w.PREPOSITIONS:
            kind = "context"
        else:
            break
        clause.openings.append((kind, start, comma))
        start = comma + 1
    return start


def _find_verb_group(clause: Clause) -> None:
    tokens, main = clause.tokens, clause.main
    first = tokens[main] if main < len(tokens) else None
    # An instruction with its object: "Ring Dad to remind him...", "Ring the clinic on Monday".
    instruction = first is not None and _can_be_base_verb(first) and not first.text.isupper()
    if instruction and main + 1 < len(tokens) and _verb_reading(tokens, main):
        clause.group = (main, main + 1)
        _set_verb(clause, main, "imperative")
        return
    if _anchored_group(clause) or _finite_group(clause):
        return
    # 3. A verb first: an instruction ("Call the school on Monday"), unless it reads as a topic.
    if first is not None and _can_be_base_verb(first) and not _reads_as_topic(tokens, main):
        clause.group = (main, main + 1)
        _set_verb(clause, main, "imperative")
        return
    clause.mood = "nominal"


def _anchored_group(clause: Clause) -> bool:
    """1. A modal, or "to" after a subject ("Dad to book"), or "is to": the surest anchors."""
    tokens, main = clause.tokens, clause.main
    n = len(tokens)
    for i in range(main, n):
        t = tokens[i]
        if not t.is_word:
            continue
        if t.lower in w.MODALS and not (t.lower == "may" and t.text[0].isupper() and i > main):
            _read_group(clause, i, i + 1, "modal")
            return True
        if t.lower == "to" and i + 1 < n and _infinitive_follows(tokens, i, main):
            first = i - 1 if i > main and tokens[i - 1].lower in w.BE else i
            _read_group(clause, first, i + 1, "infinitive")
            return True
    return False


def _finite_group(clause: Clause) -> bool:
    """2. A finite be/have or verb after a subject: "Amira gets herself dressed", "Attendance is
    90%", "Ella no longer misses breakfast"."""
    tokens, main = clause.tokens, clause.main
    n = len(tokens)
    for i in range(main + 1, n):
        t = tokens[i]
        k = i - 1
        ended = negated = False
        while k > main and tokens[k].lower in _FINITE_ADVERBS:
            ended = ended or tokens[k].lower == "longer"
            negated = negated or tokens[k].lower in ("never", "not")
            k -= 1
        before = tokens[k]
        if not t.is_word or not _nominal_end(before) or before.lower in w.PREPOSITIONS:
            continue
        subject = (main, k + 1) if k + 1 > main else None
        if t.lower in w.BE or t.lower in w.HAVE or t.lower in w.DO:
            _read_group(clause, i, i + 1, "finite")
        elif not _finite_verb(t, before):
            continue
        elif w.verb_lemma(t.lower) in w.INTENTION_VERBS and i + 2 < n and tokens[i + 1].lower == "to":
            # "Dad hopes to swim", "Ben tries to read": the intention comes before the verb.
            _read_group(clause, i, i, "finite")
            clause.subject = subject
            return True
        else:
            _set_verb(clause, i, "finite", k + 1 if k + 1 < i else i)
            clause.subject = subject
        clause.ended = clause.ended or ended
        clause.negated = clause.negated or negated
        return True
    return False


def _infinitive_follows(tokens: list[Token], i: int, main: int) -> bool:
    nxt = tokens[i + 1]
    j = i + 1
    while j < len(tokens) and tokens[j].lower in w.GROUP_ADVERBS | {"not"}:
        j += 1
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if not (_can_be_base_verb(nxt) or nxt.lower in w.BE or nxt.lower in w.HAVE):
        return False
    if i == main:
        return True  # "To arrive at nursery by 9am"
    before = tokens[i - 1]
    # "Dad to book", "Ben is to arrive", "for Ben to go": the subject or "is" comes first.
    if before.lower in w.BE:
        return True
    if not _nominal_end(before):
        return False
    # "walk Harry to school": after a verb and its object, "to" is a preposition.
    for k in range(main, i - 1):
        t, after = tokens[k], tokens[k + 1]
        if not _can_be_verb(t):
            continue
        takes_object = after.name or after.possessive or after.lower in w.DETERMINERS | w.PERSONAL_PRONOUNS
        if takes_object or not w.can_be(t.lower, "NOUN"):
            return False
    return True


def _finite_verb(t: Token, before: Token) -> bool:
    lemma = w.verb_lemma(t.lower) if t.is_word and not t.name else None
    if lemma is None:
        return False
    if t.lower != lemma:  # "gets", "walked"
        if t.lower.endswith("s") and w.can_be(t.lower, "NOUN") and not (before.name or before.possessive):
            return before.lower in w.PERSONAL_PRONOUNS or before.lower in w.FAMILY_WORDS
        return True
    # A base form after "I", "we", "they", "you" or a plural: "we eat together".
    return before.lower in ("i", "we", "they", "you") or (
        before.lower.endswith("s") and before.lower not in w.FAMILY_WORDS and not before.possessive and False
    )


def _reads_as_topic(tokens: list[Token], i: int) -> bool:
    """ "Bedtime routine", "Benefit forms": a noun that could be a verb, followed by a bare noun."""
    first = tokens[i]
    if "NOUN" not in w.lemmas(first.lower):
        return False
    rest = [t for t in tokens[i + 1 :] if t.kind != "punct"]
    if not rest:
        return True
    nxt = rest[0]
    if nxt.name or nxt.lower in w.DETERMINERS or nxt.lower in w.PERSONAL_PRONOUNS or nxt.possessive:
        return False
    if nxt.lower in w.PREPOSITIONS and nxt.lower not in ("of", "for", "with", "to", "on", "at", "in"):
        return False
    # "Referral to CAMHS", "Help with forms", "Monitoring of weight" are topics; so is a short noun pair.
    return len(rest) <= 3 or nxt.lower in ("of", "for", "with", "to", "on", "at", "in")


def _read_group(clause: Clause, first: int, position: int, mood: str) -> None:
    """Walk a verb group from its anchor ("will", "to", "is") to its main verb."""
    tokens, n = clause.tokens, len(clause.tokens)
    anchor = tokens[first]
    clause.negated = anchor.negated
    if anchor.lower in w.TENTATIVE_MODALS:
        clause.tentative = anchor.lower
    j = position
    # A request: "Can you send the slides by Wednesday?", "Could Sarah ring the school?"
    if mood == "modal" and j < n and (tokens[j].lower in w.PERSONAL_PRONOUNS or tokens[j].name):
        clause.subject = (j, j + 1)
        clause.tentative = ""
        j += 1
    if mood == "finite":
        j = first  # the be/have/do itself may be the verb
    while j < n:
        t = tokens[j]
        if not t.is_word:
            if t.text == "-":
                j += 1
                continue
            break
        skip = _skip_in_group(clause, j, first)
        if skip:
            j += skip
            continue
        if t.lower in w.BE:
            skip, first = _read_be(clause, j, mood, first)
        elif t.lower in w.HAVE:
            skip = _read_have(clause, j, mood, first)
        elif _can_be_verb(t):
            _set_verb(clause, j, mood, first)
            return
        else:
            break
        if not skip:
            return
        j += skip
    clause.mood = "nominal"
    clause.group = None


_BE_LEADS = frozenset(["able", "going", "expected", "required", "supposed"])


def _skip_in_group(clause: Clause, j: int, first: int) -> int:
    """How many words to pass over inside a verb group: "not", "also", "be able to", "try to"."""
    tokens, n = clause.tokens, len(clause.tokens)
    t, lower = tokens[j], tokens[j].lower
    nxt = tokens[j + 1].lower if j + 1 < n else ""
    if t.negated and lower in w.DO | w.BE | w.HAVE | w.MODALS:
        clause.negated = True
    if j > first and lower in w.NEGATIONS:
        if lower == "no" and nxt == "longer":
            clause.ended = True
            return 2
        clause.negated = True
        return 1
    if (lower in w.GROUP_ADVERBS and lower != "continue") or (lower in w.MODALS and j > first):
        return 1
    if lower in w.DO and (nxt == "not" or t.negated):
        return 1
    if lower in _BE_LEADS and nxt == "to":
        return 2
    if (w.verb_lemma(lower) or lower) in w.INTENTION_VERBS and nxt in ("to", "and"):
        clause.tentative = clause.tentative or f"{lower} to"
        return 2
    if lower == "like" and clause.tentative == "would" and nxt == "to":
        return 2
    return 0


def _read_be(clause: Clause, j: int, mood: str, first: int) -> tuple[int, int]:
    """After a form of "be": skip on, or settle the verb (passive, progressive or copula).
    Returns the words to skip (0 when the verb is set) and the group's first word."""
    tokens, n = clause.tokens, len(clause.tokens)
    nxt = tokens[j + 1] if j + 1 < n else None
    if nxt is None:
        clause.copular = True
        _set_verb(clause, j, mood, first)
        return 0, first
    if (
        nxt.lower in _BE_LEADS
        or nxt.lower in ("not", "no", "being")
        or (nxt.lower in w.GROUP_ADVERBS and j + 2 < n)
    ):
        return 1, first
    if nxt.lower == "to" and j + 2 < n and _can_be_base_verb(tokens[j + 2]):
        return 2, min(first, j)  # "is to arrive"
    if _is_participle(nxt):
        if nxt.lower not in _STATE_PARTICIPLES or _by_agent_follows(tokens, j + 2):
            clause.passive = True
            _set_verb(clause, j + 1, mood, first)
        else:
            clause.copular = True
            _set_verb(clause, j, mood, first)
        return 0, first
    if _is_gerund(nxt):
        _set_verb(clause, j + 1, mood, first)
        return 0, first
    clause.copular = True
    _set_verb(clause, j, mood, first)
    return 0, first


def _read_have(clause: Clause, j: int, mood: str, first: int) -> int:
    tokens, n = clause.tokens, len(clause.tokens)
    nxt = tokens[j + 1] if j + 1 < n else None
    if nxt is not None and nxt.lower == "to":
        return 2  # "has to", "have to"
    if nxt is not None and (_is_participle(nxt) or nxt.lower in w.BE):
        return 1  # "will have walked", "has been"
    _set_verb(clause, j, mood, first)
    return 0


# Participles that say how someone is, not what was done to them: "Ben is settled".
_STATE_PARTICIPLES = w.word_set(
    "worried scared frightened tired excited interested bored upset settled relaxed confused pleased "
    "dressed engaged involved prepared organised organized motivated determined stressed concerned "
    "married separated divorced registered enrolled housed employed qualified"
)


def _by_agent_follows(tokens: list[Token], j: int) -> bool:
    return any(t.lower == "by" for t in tokens[j : j + 2])


def _set_verb(clause: Clause, index: int, mood: str, first: int | None = None) -> None:
    tokens = clause.tokens
    clause.verb = index
    clause.mood = mood
    clause.group = (first if first is not None else index, index + 1)
    if clause.subject is not None and clause.subject[0] > clause.group[0]:
        pass  # the subject follows the modal in a request
    elif clause.group[0] > clause.main:
        clause.subject = (clause.main, clause.group[0])
        if tokens[clause.main].lower == "for" and clause.group[0] - clause.main > 1:
            clause.subject = (clause.main + 1, clause.group[0])
    t = tokens[index]
    if clause.copular:
        clause.lemma = "be"
        return
    lemma = w.verb_lemma(t.lower) or t.lower
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    if nxt is not None and nxt.is_word and nxt.lower in w.PARTICLES:
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        # "follow up", "look into", "check in with": "in" and "on" only when no object follows them.
        loose = nxt.lower not in ("in", "on", "at", "about") or after is None or after.lower == "with"
        if loose:
            lemma = f"{lemma} {nxt.lower}"
    clause.lemma = lemma
    _look_through(clause)


def _verb_reading(tokens: list[Token], j: int) -> bool:
    """Is the word at ``j`` a verb here? "to make a plan" yes; "to bed by 8pm", "to school each day" no."""
    t = tokens[j]
    if not _can_be_base_verb(t):
        return False
    if not w.can_be(t.lower, "NOUN"):
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None:
        return False
    starts_object = nxt.name or nxt.possessive or nxt.lower in w.PERSONAL_PRONOUNS
    # "to ask what...", "to find out", "to talk about": what follows only a verb.
    starts_clause = nxt.lower in _AFTER_VERB_ONLY
    return (
        starts_object
        or starts_clause
        or (nxt.lower in w.DETERMINERS and nxt.lower not in ("each", "every", "all"))
    )


_AFTER_VERB_ONLY = w.word_set("what whether if how why where when who out about up")


def _look_through(clause: Clause) -> None:
    """ "help Mum to make a meal plan" is about making the plan: find the verb a helping verb serves."""
    tokens, n = clause.tokens, len(clause.tokens)
    for _ in range(3):
        head = clause.lemma.split(" ")[0]
        if clause.verb is None or head not in w.LOOK_THROUGH_VERBS or clause.passive:
            return
        found = None
        limit = min(n, clause.verb + 8)
        for j in range(clause.verb + 1, limit):
            t = tokens[j]
            if t.lower in _BOUNDARY_WORDS or t.text in ",;:":
                break
            if t.lower == "to" and j + 1 < n and _verb_reading(tokens, j + 1):
                found = j + 1
                break
            # "help Mum fill in the form", "make sure the children are in bed"
            before = tokens[j - 1]
            person = before.name or before.lower in w.FAMILY_WORDS or before.lower in w.PERSONAL_PRONOUNS
            if j > clause.verb + 1 and (
                (person and head in ("help", "let", "make") and _verb_reading(tokens, j))
                or (t.lower in w.BE and head in ("ensure", "make") and _nominal_end(before))
            ):
                found = j
                break
        if found is None:
            return
        clause.looked_through.append(clause.lemma)
        t = tokens[found]
        clause.verb = found
        if t.lower in w.BE:
            nxt = tokens[found + 1] if found + 1 < n else None
            if nxt is not None and _is_participle(nxt) and nxt.lower not in _STATE_PARTICIPLES:
                clause.verb, clause.passive = found + 1, True
                clause.lemma = w.verb_lemma(nxt.lower) or nxt.lower
            else:
                clause.copular, clause.lemma = True, "be"
            return
        clause.lemma = w.verb_lemma(t.lower) or t.lower


_FINITE_ADVERBS = w.word_set("no longer never not always now still also usually regularly often")

_BOUNDARY_WORDS = w.word_set(
    "because which while whilst when whenever if unless so although though once where whereby"
)


def _predicate_end(clause: Clause) -> int:
    tokens, n = clause.tokens, len(clause.tokens)
    if clause.verb is None:
        return n
    for j in range(clause.verb + 1, n):
        t = tokens[j]
        if t.text in (";", ":"):
            return j
        if t.lower in _BOUNDARY_WORDS:
            return j
        if t.lower == "in" and j + 2 < n and tokens[j + 1].lower == "order" and tokens[j + 2].lower == "to":
            return j
        if t.text == "," and j + 1 < n and tokens[j + 1].lower in ("so", "which", "because", "to", "while"):
            return j
    return n


# --- Slots -------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One part of a statement the reader found: its name, where it is, and its words."""

    name: str
    start: int
    end: int
    text: str
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"slot": self.name, "start": self.start, "end": self.end, "text": self.text}
        if self.note:
            out["note"] = self.note
        return out


# Where and how often things happen, found in one pass over the statement.
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
_UNIT = (
    r"(?:school\s+)?(?:day|night|morning|evening|afternoon|week|fortnight|month|term|half[\s-]term|year|"
    r"lesson|session|meal|mealtime|bedtime|lunchtime|weekday|weekend|school\s+day|time|visit|meeting|"
    rf"{_WEEKDAY})s?"
)
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|a|an)"
_WHEN = re.compile(
    rf"(?P<frequency>\b(?:every|each)\s+(?:other\s+|second\s+|single\s+)?(?:\w+\s+)?{_UNIT}\b"
    r"|\b(?:daily|nightly|weekly|fortnightly|monthly|termly|yearly|annually|hourly)\b"
    rf"|\b(?:once|twice|{_NUMBER}\s+times?)\s+(?:a|an|per|each|every)\s+{_UNIT}\b"
    rf"|\b{_NUMBER}\s+(?:days?|nights?|mornings?|evenings?|times?|lessons?)\s+(?:a|per|out\s+of|in)\s+(?:\w+\s+)?\w+"
    # A count of things in each period is how often: "three visits a week", "two events in the next month".
    rf"|\b{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+s\s+(?:a|an|per|each|every|in\s+(?:the\s+|a\s+)?(?:next\s+|coming\s+)?)\s*"
    r"(?:week|fortnight|month|term|half[\s-]term|year|day)\b"
    rf"|\bon\s+(?:school\s+days|weekdays|weekends|school\s+nights|{_WEEKDAYS}|{_WEEKDAY}\s+(?:mornings|evenings|afternoons|nights)|{_WEEKDAY}\s+and\s+{_WEEKDAY})\b"
    r"|\b(?:at|by|before|after)\s+(?:bedtimes?|mealtimes?|lunchtimes?|breakfast|teatime|dinner\s*time)\b|\b(?:before|after)\s+(?:bed|school|nursery|college|work|tea|dinner)\b"
    r"|\b(?:in|at)\s+(?:all|every|each)\s+\w+"
    r"|\bin\s+the\s+(?:mornings?|evenings?|afternoons?)\b|\bat\s+(?:night|weekends?)\b"
    r"|\bevery\s+time\b|\beach\s+time\b|\bwhenever\b)"
    r"|(?P<time>\b(?:at|by|before|after|until|from)?\s*\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]m\b|[ap]\.m\.)|\b\d{1,2}:\d{2}\b)"
    r"|(?P<date>\b\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?\b"
    r"|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?)"
    rf"|(?P<day>\b(?:on\s+|by\s+|this\s+|next\s+|before\s+)?{_WEEKDAY}\b|\b(?:today|tomorrow|tonight)\b)"
    r"|(?P<month>\b(?:by|in|before|during|until|end\s+of|start\s+of|beginning\s+of)\s+(?:the\s+end\s+of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{4})?\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{4}\b)"
    r"|(?P<relative>\b(?:within|in|over|after|for)\s+(?:the\s+)?(?:next\s+|first\s+|coming\s+)?"
    rf"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a|an|a\s+few|a\s+couple\s+of|several)\s+(?:days?|weeks?|months?|years?|terms?)\b"
    r"|\b(?:next|this|coming)\s+(?:week|month|term|half[\s-]term|year|review|meeting|taf|visit)\b|\b(?:short|medium|long)[\s-]term\b)"
    r"|(?P<point>\b(?:by|before|at|until|for|end\s+of)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:first|autumn|spring|summer|school)?\s*"
    r"(?:week|month|term|half[\s-]term|year|holidays?|summer|christmas|easter|review|meeting|visit|taf|appointment)\b"
    r"|\b(?:autumn|spring|summer)\s+(?:term|half[\s-]term)\b)"
    r"|(?P<vague>\b(?:asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|we\s+can)|as\s+and\s+when|when\s+(?:needed|required|necessary|possible|appropriate)"
    r"|as\s+(?:needed|required|necessary|appropriate)|if\s+(?:needed|required)|in\s+due\s+course|ongoing|at\s+some\s+point"
    r"|eventually|soon|shortly|immediately|urgently|tbc|tba|tbd|to\s+be\s+(?:confirmed|arranged|agreed|decided)"
    r"|regularly|frequently|often|sometimes|occasionally|periodically|routinely|from\s+time\s+to\s+time)\b)"
    r"|(?P<duration>\bfor\s+(?:at\s+least\s+)?(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|half\s+an|an|a)\s+(?:minutes?|hours?|mins?)\b)",
    re.IGNORECASE,
)

# What shows an outcome has been reached: numbers, thresholds, scales, stated evidence.
_EVIDENCE = re.compile(
    r"(?P<threshold>\b(?:at\s+least|or\s+more|or\s+above|or\s+higher|or\s+over|or\s+fewer|or\s+less|or\s+below|"
    r"no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|more\s+than\s+\d|fewer\s+than\s+\d|less\s+than\s+\d|"
    r"(?:up|down)\s+to\s+\d|from\s+\d+\s*%?\s+to\s+\d|out\s+of\s+(?:\d+|ten|five|seven)|per\s+cent|percent|"
    r"(?:above|below|over|under)\s+\d|\d+\s*/\s*\d+|\d+(?:\.\d+)?\s?%)"
    r"|\b(?:on|at|within)\s+(?:the\s+)?(?:expected|age[\s-]related|age[\s-]appropriate)\s+(?:level|standard|range)"
    r"|\bat\s+(?:the\s+)?level\s+expected\b|\bexpected\s+(?:level|standard)\b"
    # Beating one's own earlier result is a threshold: the earlier figure is the measure.
    r"|\b(?:beat|beats|beating|break|breaks|exceed|exceeds|improve\s+on|improves\s+on)\s+"
    r"(?:(?:his|her|their|my|your|our|own|personal|previous|last|current|the)\s+)+(?:[\w-]+\s+)?"
    r"(?:record|best|score|time|result)s?\b)"
    r"|(?P<independent>\bwithout\s+(?:any\s+|adult\s+)?(?:help|support|prompting|prompts|reminders?|assistance|being\s+(?:asked|reminded|prompted|told)|an\s+adult|adult\s+help)\b"
    r"|\bon\s+(?:his|her|their|my|your|our)\s+own\b|\bby\s+(?:him|her|them|my|your|our)sel(?:f|ves)\b|\bindependently\b|\bunprompted\b|\bunaided\b)"
    r"|(?P<scale>\b(?:scal(?:e|ing)|score[sd]?|scoring|rating|rates?|rated)\b[^.;]{0,30}?\b(?:\d+|ten|seven|eight|nine|six|five)\b"
    # A named step of a graded scheme ("Level C", "Stage 4", "book band E") is a point on a scale.
    r"|\b(?:level|stage|grade|band|step|phase)\s+(?-i:[A-Z])\b"
    r"|\b(?:\d+|ten|seven|eight|nine|six|five)\b[^.;]{0,12}?\b(?:on|out\s+of)\s+(?:the|a|her|his|their)?\s*(?:scal(?:e|ing)|10|ten)\b)"
    r"|(?P<stated>\b(?:as\s+)?(?:measured|evidenced|shown|seen|recorded|checked|confirmed|reported|tracked|logged|noted)\s+(?:by|in|on|through|at|from)\b"
    r"|\baccording\s+to\b|\bevidence\s+(?:of|from|will)\b)",
    re.IGNORECASE,
)


def _parts(
    pattern: re.Pattern[str], starts: dict[str, tuple[frozenset[str], bool]]
) -> list[tuple[str, re.Pattern[str], frozenset[str], bool]]:
    """One pattern per named group, with the words its matches can start with (and whether a number
    can start one). The reader tries each only where such a word stands, not at every character."""
    sources = ["(?P<" + part if i else part for i, part in enumerate(pattern.pattern.split("|(?P<"))]
    out = []
    for source in sources:
        name = source[4 : source.index(">")]
        words_, digits = starts[name]
        out.append((name, re.compile(source, pattern.flags), words_, digits))
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NUMBER_STARTS = _words(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty a an half"
)
_MONTH_NAMES = w.MONTHS | _words(
    "may january february march april june july august september october november december"
)
_WEEKDAY_NAMES = w.WEEKDAYS | _words("mondays tuesdays wednesdays thursdays fridays saturdays sundays")
_WHEN_PARTS = _parts(
    _WHEN,
    {
        "frequency": (
            _words(
                "every each daily nightly weekly fortnightly monthly termly yearly annually hourly "
                "once twice "
                "on at by before after in whenever"
            )
            | _NUMBER_STARTS,
            True,
        ),
        "time": (_words("at by before after until from"), True),
        "date": (_MONTH_NAMES | _WEEKDAY_NAMES, True),
        "day": (_WEEKDAY_NAMES | _words("on by this next before today tomorrow tonight"), False),
        "month": (_MONTH_NAMES | _words("by in before during until end start beginning"), False),
        "relative": (_words("within in over after for next this coming short medium long"), False),
        "point": (_words("by before at until for end autumn spring summer"), False),
        "vague": (
            _words(
                "asap a as when if in ongoing at eventually soon shortly immediately urgently tbc tba tbd to "
                "regularly frequently often sometimes occasionally periodically routinely from"
            ),
            False,
        ),
        "duration": (_words("for"), False),
    },
)
_EVIDENCE_PARTS = _parts(
    _EVIDENCE,
    {
        "threshold": (
            _words(
                "at or no more fewer less up down from out per percent above below over under on "
                "within expected beat beats beating break breaks exceed exceeds improve improves"
            ),
            True,
        ),
        "independent": (_words("without on by independently unprompted unaided"), False),
        "scale": (
            _words(
                "scale scaling score scored scores scoring rating rate rates rated "
                "ten seven eight nine six five level stage grade band step phase"
            ),
            True,
        ),
        "stated": (
            _words(
                "as measured evidenced shown seen recorded checked confirmed reported tracked logged "
                "noted according "
                "evidence"
            ),
            False,
        ),
    },
)


_INDEXES: dict[int, tuple[dict[str, tuple[int, ...]], tuple[int, ...]]] = {}


def _index(
    parts: list[tuple[str, re.Pattern[str], frozenset[str], bool]],
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """For each first word, which parts can start there (built once per list of parts)."""
    key = id(parts)
    if key not in _INDEXES:
        by_word: dict[str, list[int]] = {}
        for i, (_, _, starts, _) in enumerate(parts):
            for word in starts:
                by_word.setdefault(word, []).append(i)
        numbers = tuple(i for i, part in enumerate(parts) if part[3])
        _INDEXES[key] = ({k: tuple(v) for k, v in by_word.items()}, numbers)
    return _INDEXES[key]


def _find(
    parts: list[tuple[str, re.Pattern[str], frozenset[str], bool]], text: str, tokens: list[Token]
) -> list[tuple[str, int, int, str]]:
    found: list[tuple[str, int, int, str]] = []
    position = dict.fromkeys(range(len(parts)), -1)
    by_word, by_number = _index(parts)
    for t in tokens:
        candidates = by_number if t.kind in ("num", "date", "time") else by_word.get(t.lower, ())
        for i in candidates:
            if t.start < position[i]:
                continue
            name, pattern = parts[i][0], parts[i][1]
            m = pattern.match(text, t.start)
            if m:
                found.append((name, m.start(), m.end(), m[0].strip()))
                position[i] = m.end()
    found.sort(key=lambda f: (f[1], -f[2]))
    kept: list[tuple[str, int, int, str]] = []
    for item in found:
        if not kept or item[1] >= kept[-1][2]:
            kept.append(item)
    return kept


@dataclass
class Reading:
    """A statement read into slots. ``slots`` are shown to people; the rest is for the rules."""

    kind: str
    text: str
    tokens: list[Token]
    clauses: list[Clause]
    extra: list[Slot] = field(default_factory=list)

    @cached_property
    def slots(self) -> list[Slot]:
        """Worked out when someone asks to see them: checking a plan does not need them."""
        found: list[Slot] = []
        if self.kind in ("outcome", "action", "contingency"):
            _fill_clause_slots(self, found)
        return found + self.extra

    @cached_property
    def main(self) -> Clause | None:
        """The first clause that has a verb (or the first clause, if none has)."""
        return next(
            (c for c in self.clauses if c.verb is not None), self.clauses[0] if self.clauses else None
        )

    @cached_property
    def when(self) -> list[tuple[str, int, int, str]]:
        """Time expressions: (kind, start, end, text) with kind frequency, time, date, day, month,
        relative, point, vague or duration."""
        return _find(_WHEN_PARTS, self.text, self.tokens)

    @cached_property
    def evidence(self) -> list[tuple[str, int, int, str]]:
        return _find(_EVIDENCE_PARTS, self.text, self.tokens)

    def slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.name == name), None)

    def add(self, name: str, start: int, end: int, note: str = "") -> None:
        if end > start:
            slot = Slot(name, start, end, self.text[start:end], note)
            self.extra.append(slot)
            if "slots" in self.__dict__:
                self.slots.append(slot)

    def ordered_slots(self) -> list[Slot]:
        return sorted(self.slots, key=lambda s: s.start)

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "slots": [s.as_dict() for s in self.ordered_slots()]}


def read(text: str, kind: str) -> Reading:
    """Read one statement of the given kind into its slots."""
    tokens = tokenise(text)
    clauses = (
        [read_clause(s) for s in sentences(text, tokens)]
        if kind in ("outcome", "action", "contingency")
        else []
    )
    return Reading(kind, text, tokens, clauses)


def _fill_clause_slots(reading: Reading, found: list[Slot]) -> None:
    def add(name: str, start: int, end: int, note: str = "") -> None:
        if end > start:
            found.append(Slot(name, start, end, reading.text[start:end], note))

    main = reading.main
    if main is None:
        return
    if main.subject:
        s, e = main.span(*main.subject)
        add("who", s, e)
    if main.predicate:
        s, e = main.span(*main.predicate)
        note = main.lemma + (" (not)" if main.negated else "")
        add("doing" if reading.kind != "outcome" else "change", s, e, note)
    for kind, first, end in main.openings:
        s, e = main.span(first, end)
        add({"purpose": "what for", "condition": "if", "time": "when"}.get(kind, kind), s, e)
    if main.verb is not None and main.predicate_end < len(main.tokens):
        t = main.tokens[main.predicate_end]
        s, e = t.start, main.tokens[-1].end
        name = (
            "what for"
            if t.lower in ("so", "in", "to", ",")
            else "if"
            if t.lower in ("if", "when", "whenever", "unless")
            else "because"
        )
        add(name, s, e)
    if main.purpose is not None and main.purpose < main.predicate_end:
        add("what for", main.tokens[main.purpose].start, main.tokens[main.predicate_end - 1].end)
    seen: list[tuple[int, int]] = [(s.start, s.end) for s in found if s.name == "when"]
    for kind, start, end, _ in reading.when:
        if not any(a <= start and end <= b for a, b in seen):
            add("when" if kind != "frequency" else "how often", start, end, kind)
    for kind, start, end, _ in reading.evidence:
        add("evidence", start, end, kind)
