"""Finding the main verb group of a clause: "will be able to name", "to arrive", "gets"."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.clause import Clause
from familyplan.smart.reading.group_words import (
    BE_LEADS,
    BOUNDARY_WORDS,
    STATE_PARTICIPLES,
    skip_in_group,
    start_group,
)
from familyplan.smart.reading.later_clauses import a_later_clause
from familyplan.smart.reading.looking_through import look_through
from familyplan.smart.reading.tokens import (
    Token,
    _can_be_base_verb,
    _can_be_verb,
    _is_gerund,
    _is_participle,
    _nominal_end,
)
from familyplan.smart.reading.verb_clues import (
    a_household,
    a_name_in_capitals,
    a_thing_someone_does,
    after_a_phrase,
    before_an_aside,
    describes_what_follows,
    finite_verb,
    has_a_thing,
    several_people,
    things_that_go_on,
    whose_people,
)
from familyplan.smart.reading.verb_or_noun import verb_reading, with_a_person


def _find_verb_group(clause: Clause) -> None:
    tokens, main = clause.tokens, clause.main
    first = tokens[main] if main < len(tokens) else None
    # An instruction with its object: "Ring Dad to remind him...", "Ring the clinic on Monday".
    instruction = first is not None and _can_be_base_verb(first) and not first.text.isupper()
    if instruction and main + 1 < len(tokens) and (verb_reading(tokens, main) or with_a_person(tokens, main)):
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
    aside_end = -1
    for i in range(main, n):
        t = tokens[i]
        if not t.is_word or i <= aside_end:
            continue
        if t.lower in _SECOND_CLAUSE and i > main + 1 and tokens[i - 1].text == ",":
            aside_end = _aside_end(tokens, i)
            if aside_end > i:
                continue  # "Kai, so he is not tempted, will walk home with his cousin": an aside
            return False  # "Marcus has a childminder place, so he can keep his job": "can" is the purpose's
        if a_later_clause(tokens, main, i):
            return False  # "babysits so Mum can go out", "knows who to call when Rio won't settle"
        after_a_clause = t.lower == "and" and i > main + 1 and tokens[i - 1].text == ","
        if after_a_clause and any(x.lower in w.BE | w.HAVE for x in tokens[main:i]):
            return False  # "They are registered with a doctor, and both can book ...": the first clause's
        if t.lower in _PLACE_OR_THING_RELATIVES and i > main + 1 and _main_be_or_have(tokens, main, i):
            return False  # "Darren is living in a flat where the children can stay": the place's clause
        if has_a_thing(tokens, main, i):
            return False  # "Kasia has a repayment plan she can afford": "can" is the plan's, not hers
        if t.lower in w.MODALS and i > main + 2 and tokens[i - 2].lower in _ASKING_WORDS:
            continue  # "has written his plan for what he'll do next": the modal is the question's
        if t.lower in w.MODALS and not (t.lower == "may" and t.text[0].isupper() and i > main):
            _read_group(clause, i, i + 1, "modal")
            return True
        if t.lower == "to" and i + 1 < n and _infinitive_follows(tokens, i, main):
            first = i - 1 if i > main and tokens[i - 1].lower in w.BE else i
            _read_group(clause, first, i + 1, "infinitive")
            return True
    return False


_SECOND_CLAUSE = w.word_set("so because which")
_ASKING_WORDS = w.word_set("what how where why whether whatever")
_WHOSE = w.POSSESSIVE_DETERMINERS - {"her"}  # "her" may be whom: "about her drinking" is read apart


def _aside_end(tokens: list[Token], i: int) -> int:
    """The comma closing an aside that opens at ``i``, when the main clause's modal follows it; -1
    if the clause from ``i`` runs on to the end."""
    for j in range(i + 1, len(tokens) - 1):
        if tokens[j].text == ",":
            return j if tokens[j + 1].lower in w.MODALS and tokens[j + 1].lower != "may" else -1
    return -1


# A clause about a place or a thing, after the main verb: "a flat where the children can stay".
# Not "who": "It is Dad who will take Ben" and "Mum is the one who will ring" say what is done.
_PLACE_OR_THING_RELATIVES = w.word_set("where which")
_RELATIVE_WORDS = w.word_set("where which who whom whose that")


def _main_be_or_have(tokens: list[Token], main: int, end: int) -> bool:
    """A be or have of the main clause before ``end``: not one inside a clause about the subject
    ("Mum, who is moving to a flat where ...") nor an opening "It is"."""
    if tokens[main].lower == "it" and main + 1 < end and tokens[main + 1].lower in w.BE:
        return False
    for x in tokens[main:end]:
        if x.lower in _RELATIVE_WORDS:
            return False
        if x.lower in w.BE or x.lower in w.HAVE:
            return True
    return False


def _finite_group(clause: Clause) -> bool:
    """2. A finite be/have or verb after a subject: "Amira gets herself dressed", "Attendance is
    90%", "Ella no longer misses breakfast"."""
    tokens, main = clause.tokens, clause.main
    n = len(tokens)
    for i in range(main + 1, n):
        t = tokens[i]
        k = before_an_aside(tokens, main, i - 1)
        ended = negated = False
        while k > main and tokens[k].lower in _FINITE_ADVERBS:
            ended = ended or tokens[k].lower == "longer"
            negated = negated or tokens[k].lower in ("never", "not")
            k -= 1
        before = tokens[k]
        there_is = before.lower == "there" and t.lower in w.BE  # "there is a smoke alarm on each floor"
        if not t.is_word or not (there_is or _nominal_end(before)) or before.lower in w.PREPOSITIONS:
            continue
        if t.lower.endswith("ing") and (
            before.lower in _WHOSE
            or (before.lower == "her" and k > main and tokens[k - 1].lower in w.PREPOSITIONS)
        ):
            continue  # "arguments about her drinking", "their shouting": a thing done, said as a noun
        subject = (main, k + 1) if k + 1 > main else None
        if describes_what_follows(tokens, i):
            continue  # "the first corrected payment is in the bank": "corrected" says which payment
        # "Ruby stays registered with the dentist": "stays" is the verb, as "is" would be.
        linking = t.lower in _LINKING and i + 1 < n and _is_participle(tokens[i + 1])
        if t.lower in w.BE or t.lower in w.HAVE or t.lower in w.DO or linking:
            _read_group(clause, i, i + 1, "finite")
        elif not finite_verb(
            t,
            before,
            after_a_phrase(tokens, main, k, i),
            whose_people(tokens, main, k)
            or several_people(tokens, main, k)
            or things_that_go_on(tokens, k, i)
            or a_household(tokens, k, i),
            tokens[i + 1] if i + 1 < n else None,
            named_thing=k > main and tokens[k - 1].lower in ("the", "this", "these", "those"),
            opening_word=k == main and not a_thing_someone_does(tokens, i),
        ):
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


_LINKING = w.word_set("stays remains stayed remained")
# Places that are verbs only in senses no plan uses ("to school a horse").
_PLACES = w.word_set("school nursery bed hospital college court church")
_BEFORE_AN_INFINITIVE = w.GROUP_ADVERBS | w.word_set("not each both all")


def _infinitive_follows(tokens: list[Token], i: int, main: int) -> bool:
    nxt = tokens[i + 1]
    j = i + 1
    # "to still go", "to not miss", "to each complete"; but "to continue to attend" goes on to its own verb.
    while j < len(tokens) and tokens[j].lower in _BEFORE_AN_INFINITIVE and tokens[j].lower != "continue":
        j += 1
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if a_name_in_capitals(tokens, j) or nxt.lower in _PLACES:
        # "to HIVE", "to SWAN": a service's name in capitals; "Referral to school nursing": where.
        return False
    if not (_can_be_base_verb(nxt) or nxt.lower in w.BE or nxt.lower in w.HAVE):
        return False
    if i == main:
        return True  # "To arrive at nursery by 9am"
    before = tokens[i - 1]
    # "Dad to book", "Ben is to arrive", "for Ben to go": the subject or "is" comes first.
    if before.lower in w.BE:
        return True
    if w.verb_lemma(before.lower) in _MOTION:
        return False  # "goes to bed", "gets to school": "to" is where, after a verb of going
    if not _nominal_end(before):
        return False
    # "walk Harry to school": after a verb and its object, "to" is a preposition; not a verb in
    # brackets ("Ms Nazari (speaks Dari) to go with Laila").
    depth = 0
    for k in range(main, i - 1):
        t, after = tokens[k], tokens[k + 1]
        depth += (t.text == "(") - (t.text == ")")
        if depth > 0 or not _can_be_verb(t):
            continue
        takes_object = (
            (after.name and len(after.text) > 1)  # "Plan B to be discussed": a label, not an object
            or after.possessive
            or after.lower in w.DETERMINERS | w.PERSONAL_PRONOUNS
        )
        if takes_object or not w.can_be(t.lower, "NOUN"):
            return False
    return True


def _reads_as_topic(tokens: list[Token], i: int) -> bool:
    """ "Bedtime routine", "Benefit forms": a noun that could be a verb, followed by a bare noun."""
    first = tokens[i]
    if "NOUN" not in w.lemmas(first.lower) or first.lower in ("go", "come"):
        return False  # "Go to the parenting group": no plan names "a go" as its topic
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
    j = start_group(clause, first, position, mood)
    be_at = None
    while j < n:
        t = tokens[j]
        if not t.is_word:
            if t.text == "-":
                j += 1
                continue
            break
        skip = skip_in_group(clause, j, first)
        if skip:
            j += skip
            continue
        if t.lower in w.BE:
            be_at = j
            skip, first = _read_be(clause, j, mood, first)
        elif t.lower in w.HAVE:
            skip = _read_have(clause, j, mood, first)
        elif _can_be_verb(t):
            _set_verb(clause, j, mood, first)
            return
        else:
            if be_at is not None and j > be_at + 1:
                # "Liam is no longer late", "she is not alone": no verb after the words passed over, so
                # the "be" before them was the verb.
                clause.copular = True
                _set_verb(clause, be_at, mood, first)
                return
            break
        if not skip:
            return
        j += skip
    clause.mood = "nominal"
    clause.group = None


def _read_be(clause: Clause, j: int, mood: str, first: int) -> tuple[int, int]:
    """After a form of "be": skip on, or settle the verb (passive, progressive or copula).
    Returns the words to skip (0 when the verb is set) and the group's first word."""
    tokens, n = clause.tokens, len(clause.tokens)
    nxt = tokens[j + 1] if j + 1 < n else None
    if nxt is None:
        clause.copular = True
        _set_verb(clause, j, mood, first)
        return 0, first
    # "is going to ring", not "is going to football training", where "going" is the verb.
    going_somewhere = nxt.lower == "going" and not (
        j + 3 < n and tokens[j + 2].lower == "to" and _can_be_base_verb(tokens[j + 3])
    )
    if (
        (nxt.lower in BE_LEADS and not going_somewhere)
        or nxt.lower in ("not", "being")
        # "will be no longer late"; not "there will be no arguments", where "be" is the verb
        or (nxt.lower == "no" and j + 2 < n and tokens[j + 2].lower == "longer")
        or (nxt.lower in w.GROUP_ADVERBS and j + 2 < n)
    ):
        return 1, first
    if nxt.lower == "to" and j + 2 < n and _can_be_base_verb(tokens[j + 2]):
        return 2, min(first, j)  # "is to arrive"
    if _is_participle(nxt):
        if nxt.lower not in STATE_PARTICIPLES or _by_agent_follows(tokens, j + 2):
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
    look_through(clause)


_MOTION = w.word_set("go come get return move walk run head")


_FINITE_ADVERBS = w.word_set(
    "no longer never not always now still also usually regularly often then both each sometimes"
)


def in_a_title(tokens: list[Token], j: int) -> bool:
    """ "the Parenting When Separated course": a word in a name written in capitals, between two
    others; not "ring Nan When Ben is ill"."""
    if not tokens[j].text[0].isupper() or j == 0 or j + 1 >= len(tokens):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return before.text[:1].isupper() and after.text[:1].isupper() and w.is_english_word(after.lower)


def _predicate_end(clause: Clause) -> int:
    tokens, n = clause.tokens, len(clause.tokens)
    if clause.verb is None:
        return n
    for j in range(clause.verb + 1, n):
        t = tokens[j]
        if t.text in (";", ":"):
            return j
        if t.lower in BOUNDARY_WORDS and not in_a_title(tokens, j):
            return j
        if t.lower == "in" and j + 2 < n and tokens[j + 1].lower == "order" and tokens[j + 2].lower == "to":
            return j
        if t.text == "," and j + 1 < n and tokens[j + 1].lower in ("so", "which", "because", "to", "while"):
            return j
    return n
