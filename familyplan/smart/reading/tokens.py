"""Words, numbers and names: a statement split into tokens once, and each word's likely part of speech."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

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
            if raw in ("&", "+") and text[start - 1 : start] == " " and text[end : end + 1] == " ":
                token = Token(raw, "and", start, end, "word")  # "Mum + Kai eat tea": written for "and"
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
# Verbs that take "to" and another verb: "Continue to attend nursery", "Try to get there by 9".
_TAKES_TO = w.INTENTION_VERBS | w.word_set(
    "continue try remember agree learn start begin aim keep stop need want decide promise ask help choose "
    "manage refuse forget prepare arrange offer attempt fail hope plan expect intend tend seem"
)


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
    for i in capitals:
        if not tokens[i].name:
            tokens[i].name = _an_english_word_as_a_name(tokens, i)


def _an_english_word_as_a_name(tokens: list[Token], i: int) -> bool:
    """An English word that is someone's name here."""
    t = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None:
        return False
    if t.text in ("Miss", "Baby"):
        # "Miss Reid to check in with Nathan", "Baby Esme does not lose weight": a title before a name,
        # not the verb "miss" or "baby".
        return after.name
    if t.lower in _CLOSED:
        return False
    # "Sue Patel will ring", "Bill Evans would drive": an English word opening a name said in full.
    if after.name and i + 2 < len(tokens) and tokens[i + 2].lower in w.MODALS:
        return True
    # "Sue will visit on Mondays", "Sue to help Gran with her money" (opening the sentence, the plan's
    # shorthand): a word that is only a verb cannot be the subject of "will" or "to"; it is her name.
    infinitive = i + 2 < len(tokens) and _can_be_base_verb(tokens[i + 2])
    to_do = after.lower == "to" and i == 0 and infinitive and w.verb_lemma(t.lower) not in _TAKES_TO
    if after.lower in w.MODALS or to_do:
        return not w.can_be(t.lower, "NOUN") and w.verb_lemma(t.lower) is not None
    # "Tom meets Declan at school", "Bob rings her on Mondays": opening the statement, a word that is no
    # verb, then one that does something to someone named.
    # "Tom takes the children to school", "Kit reads with Leo", "Drew collects Kai": what follows is whom
    # or what it is done to. Not a word that is itself a verb's plain form ("Help arrives ...").
    nxt = tokens[i + 2] if i + 2 < len(tokens) else None
    someone = nxt is not None and (
        nxt.name or nxt.lower in _SOMEONE_DONE_TO or nxt.lower in _WHAT_IS_DONE_TO or nxt.possessive
    )
    does = after.lower.endswith("s") and w.verb_lemma(after.lower) not in (None, after.lower)
    lemma = w.verb_lemma(t.lower)
    return i == 0 and someone and does and (lemma is None or lemma != t.lower)


_SOMEONE_DONE_TO = frozenset(("him", "her", "them", "mum", "dad"))
_WHAT_IS_DONE_TO = frozenset(("the", "with", "to"))


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


_CLOSING_QUOTES = frozenset("'’\"”")
_OPENING_QUOTES = frozenset("'‘\"“")
DASHES = frozenset("-–—")


def sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Tokens split into sentences at . ! ? ; and line breaks (not after "Mrs." or "e.g.")."""
    out: list[list[Token]] = []
    current: list[Token] = []
    previous_end, ended = 0, False
    for t in tokens:
        if current and "\n" in text[previous_end : t.start]:
            out.append(current)
            current = []
        # A quotation closed straight after its full stop ("... properly.' Kai will") ends with it.
        if ended and out and not current and t.text in _CLOSING_QUOTES and t.start == previous_end:
            out[-1].append(t)
            previous_end = t.end
            continue
        previous_end, ended = t.end, False
        # Only a sentence that is itself the quotation: not "single words - 'drink', 'more' - at home".
        quoted = current and current[0].text in _OPENING_QUOTES and current[-1].text in _CLOSING_QUOTES
        if t.text in DASHES and quoted and current[-1].end < t.start:
            out.append(current)  # '"... my GCSEs" - Tyler uses ...': the quotation, then who said it
            current = []
        if t.kind == "punct" and t.text in ".!?;" and current:
            if t.text == "." and current[-1].lower in _TITLES:
                continue
            out.append(current)
            current, ended = [], True
            continue
        current.append(t)
    if current:
        out.append(current)
    return out


def _can_be_base_verb(t: Token) -> bool:
    if not t.is_word or t.name:
        return False
    forms: list[str] = w.lemmas(t.lower).get("VERB") or []
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
    if t.name or t.possessive or t.kind in ("placeholder", "num", "date"):
        return True
    if not t.is_word:
        return t.text == ")"
    if t.lower in w.PERSONAL_PRONOUNS or t.lower in w.INDEFINITE_PRONOUNS or t.lower in w.FAMILY_WORDS:
        return True
    if t.lower in _CLOSED:
        return False
    forms = w.lemmas(t.lower).keys()
    # A word the word tables do not know ("wellbeing", "keyworker") is a noun far more often than not.
    return bool(forms & {"NOUN", "PROPN", "ADJ"}) or not forms


# Opening clauses set aside before the main clause: "To support X, ...", "If X, ...", "By July, ...".
