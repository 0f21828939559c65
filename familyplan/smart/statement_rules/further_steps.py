"""What an action goes on to do past its first verb: "book the appointment and go with her" is
help given; "monitor his mood and keep a log" is still watching."""

from __future__ import annotations

from familyplan.smart import words as w
from familyplan.smart.reading.tokens import Token
from familyplan.smart.statement_rules.outcome import _SERVICE_VERBS
from familyplan.smart.statement_rules.statement import Statement

_OBJECT_STARTS = w.word_set(
    "him her them me us it his their its my our your the a an this that with to about on for in at up out "
    "through over"
)


_ARRANGING = w.word_set("book arrange make refer")


_REPORTING = w.word_set("feed report update inform tell share pass let")
_RECORDS = w.word_set("log logs record records diary note notes chart journal")


def _recording(lemma: str, after: list[Token]) -> bool:
    """ "record it", "keep a log": writing down what was watched is still watching."""
    return lemma in ("record", "log", "note", "document") or (
        lemma == "keep" and any(t.lower in _RECORDS for t in after)
    )


def _past_an_aside(tokens: list[Token], i: int) -> int:
    """ "and, after each session, talk with Steve": the words after the aside's closing comma."""
    if i >= len(tokens) or tokens[i].text != ",":
        return i
    closing = next((j for j in range(i + 1, min(i + 8, len(tokens))) if tokens[j].text == ","), None)
    return closing + 1 if closing is not None else i


def and_then_does(s: Statement, after: int, telling_counts: bool = False) -> bool:
    """Past the session or appointment, "and" leads to something done with it: "and help him
    fill in the form", "and Ben will choose a reward", not "and complete the course". With
    ``telling_counts``, telling someone what was learned is something done with it ("and then tell
    Priya one idea she will try"); after watching, it is only passing on what was seen."""
    tokens = [t for t in s.reading.tokens if t.start >= after]
    for i, t in enumerate(tokens):
        if t.lower not in ("and", "then"):
            continue
        first = _past_an_aside(tokens, i + 1)
        for j in range(first, min(first + 5, len(tokens) - 1)):
            word, following = tokens[j].lower, tokens[j + 1]
            if word in w.SUBORDINATORS:
                break  # "monitor Levi and Kizzy's attendance while the family travel": "while" opens a clause
            lemma = w.verb_lemma(word) if not tokens[j].name else None
            if lemma is None or word in ("will", "can", "to"):
                continue
            if (lemma in _REPORTING and not telling_counts) or _recording(lemma, tokens[j + 1 : j + 4]):
                # "monitor his mood and feed back to Lisa", "... and keep a log": what was watched, passed on
                break
            starts_object = (
                following.lower in _OBJECT_STARTS or following.text[:1].isupper() or following.text.isdigit()
            )
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
