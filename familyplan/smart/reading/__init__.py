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

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from familyplan.plan.kinds import OUTCOME_LABELS
from familyplan.smart import words as w
from familyplan.smart.reading.cells import when_slots, who_slots
from familyplan.smart.reading.clause import Clause
from familyplan.smart.reading.clauses import read_clause
from familyplan.smart.reading.patterns import _EVIDENCE_PARTS, _WHEN_PARTS, _find
from familyplan.smart.reading.slot import Slot
from familyplan.smart.reading.tokens import DASHES, Token, _can_be_base_verb, sentences, tokenise
from familyplan.smart.reading.verb_or_noun import verb_reading


@dataclass
class Reading:
    """A statement read into slots. ``slots`` are shown to people; the rest is for the rules.

    A who or when cell is judged by the plan's own parsers, not by its words: its tokens are
    made only if something asks for them. ``today`` is the date its rules were checked against,
    so a when cell's dates are shown as they were judged."""

    kind: str
    text: str
    clauses: list[Clause]
    extra: list[Slot] = field(default_factory=list)
    today: dt.date | None = None

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenise(self.text)

    @cached_property
    def slots(self) -> list[Slot]:
        """Worked out when someone asks to see them: checking a plan does not need them."""
        found: list[Slot] = []
        if self.kind in ("outcome", "action", "contingency"):
            _fill_clause_slots(self, found)
        elif self.kind == "who":
            found = who_slots(self.text)
        elif self.kind == "when":
            found = when_slots(self.text, self.when, self.today)
        return found + self.extra

    @cached_property
    def main(self) -> Clause | None:
        """The first clause that has a verb (or the first clause, if none has). A sentence quoting
        the family ("I want to stop getting into trouble" - Kai) is their voice, which the guidance
        asks plans to keep; the plan's own statement is the one after it, when there is one."""
        with_verb = [c for c in self.clauses if c.verb is not None]
        own = next((c for c in with_verb if not self.quoted(c)), None)
        return own or (with_verb[0] if with_verb else self.clauses[0] if self.clauses else None)

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

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """Where the text quotes someone: from a quotation mark that opens (after a space or the
        start, before a word) to the next that closes (after a word). A mark that closes nothing
        is an apostrophe ("the parents' evening")."""
        found, opened = [], None
        for m in _QUOTE_MARK.finditer(self.text):
            before = self.text[m.start() - 1] if m.start() else " "
            after = self.text[m.end()] if m.end() < len(self.text) else " "
            if opened is None and (before.isspace() or before in "([:-–—") and not after.isspace():
                opened = m.start()
            elif opened is not None and not before.isspace() and not after.isalnum():
                if before == "s" and after.isspace() and self._closes_later(m.end()):
                    continue  # "'My brothers' dad ...'": a plural's apostrophe, with the quote still open
                found.append((opened, m.end()))
                opened = None
        return found

    def _closes_later(self, start: int) -> bool:
        """Whether a mark further on closes a quotation: after a word, not before a letter."""
        for m in _QUOTE_MARK.finditer(self.text, start):
            before = self.text[m.start() - 1]
            after = self.text[m.end()] if m.end() < len(self.text) else " "
            if not before.isspace() and not after.isalpha():
                return True
        return False

    def quoted(self, clause: Clause) -> bool:
        """Whether most of a sentence's words are someone's own words in quotation marks."""
        words = [t for t in clause.tokens if t.is_word]
        inside = sum(1 for t in words if any(a < t.start < b for a, b in self.quotations))
        return bool(words) and inside * 2 > len(words)


_QUOTE_MARK = re.compile("[\"“”'‘’]")


# The marks of a list written inside one statement: "Mum will: 1) write the bills down,
# 2) pay them on Friday". Read as blanks, so the words around them read as one sentence and
# every place in the text stays where it was.
_LIST_MARKS = re.compile(
    r"(?<=[a-z]):(?=\s+(?:\(?\d{1,2}\)|\(?[a-h]\)|\d{1,2}\.\s|[•·▪*–-]\s))"
    r"|(?:(?<=\s)|^)(?:\(?\d{1,2}\)|\([a-h]\)|[a-h]\))(?=\s)"
    r"|(?:(?<=[:;,]\s)|(?<=\n)|^)\d{1,2}\.(?=\s)"
    r"|(?:(?<=\s)|^)[•·▪](?=\s)"
    # A dash or star as a bullet at the start of a line: "- ask Noah ...\n- draw his answers ...".
    r"|(?:(?<=\n)|^)[ \t]*[-*\u2013](?=[ \t]+\w)"
)


def _without_list_marks(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        mark = m[0]
        if (
            mark.endswith(")")
            and not mark.startswith("(")
            and text.count("(", 0, m.start()) > text.count(")", 0, m.start())
        ):
            return mark  # "Priya and Arjun (both 6) have ...": the end of a bracket, not a list's "6)"
        return " " * len(mark)

    return _LIST_MARKS.sub(blank, text)


def read(text: str, kind: str, today: dt.date | None = None) -> Reading:
    """Read one statement of the given kind into its slots."""
    if kind not in ("outcome", "action", "contingency"):
        return Reading(kind, text, [], today=today)
    tokens = tokenise(_without_list_marks(text))
    reading = Reading(
        kind, text, [c for s in sentences(text, tokens) for c in _read_sentence(s)], today=today
    )
    reading.tokens = tokens
    return reading


def _read_sentence(tokens: list[Token]) -> list[Clause]:
    """A sentence's clause; a heading with no verb and what is done after its colon ("Housing:
    support the family ...", "Weekly call, Fri 3pm: go over the week") are two, so the rules
    judge what is done."""
    heading = _short_heading(tokens)
    if heading:
        # "Goal - pass the driving theory test", "Next step: ring the landlord": a label, then what is done.
        return [read_clause(tokens[:heading]), read_clause(tokens[heading + 1 :])]
    noted = _a_notes_label(tokens)
    if noted:
        return noted
    clause = _read_past_an_aside(tokens)
    after_a_dash = _a_clause_then_a_dash(tokens, clause)
    if after_a_dash:
        return after_a_dash
    if clause.verb is None:
        for i, t in enumerate(tokens[:-2]):
            # "Reintegration mtg - agree a taster timetable": a note's dash after its heading, too.
            if (t.text == ":" or (t.text in DASHES and i)) and _instruction_at(tokens, i + 1):
                return [read_clause(tokens[:i]), read_clause(tokens[i + 1 :])]
            # "One story in her room, then sit on the landing": what is done after the heading.
            if t.lower == "then" and i and tokens[i - 1].text == "," and _instruction_at(tokens, i + 1):
                return [read_clause(tokens[: i - 1]), read_clause(tokens[i + 1 :])]
    return [clause]


def _a_clause_then_a_dash(tokens: list[Token], clause: Clause) -> list[Clause]:
    """ "The children are registered with a dentist by March - Nan has said she'll drive them": a whole
    clause, then a second after a dash, which is not part of the first's subject."""
    if clause.verb is None or clause.subject is None:
        return []
    first, end = clause.subject
    for i in range(max(first, 3), end):
        if tokens[i].text in DASHES and tokens[i - 1].end < tokens[i].start:
            before = read_clause(tokens[:i])
            if before.verb is not None and before.subject is not None:
                return [before, read_clause(tokens[i + 1 :])]
    return []


_ASIDE_OPENERS = w.word_set("who whose currently now aged still")


def _read_past_an_aside(tokens: list[Token]) -> Clause:
    """ "Marnie (14), who has missed most of Year 9, has ...", "Kai, currently at 48% attendance, to be
    ...": what is said of the subject between commas, passed over when the clause reads no other way."""
    clause = read_clause(tokens)
    if clause.verb is not None and clause.subject is not None:
        return clause
    opens = next((i for i, t in enumerate(tokens[:8]) if t.text == ","), None)
    if opens is None or opens + 1 >= len(tokens) or tokens[opens + 1].lower not in _ASIDE_OPENERS:
        return clause
    closes = next((j for j in range(opens + 2, min(len(tokens), opens + 16)) if tokens[j].text == ","), None)
    if closes is None:
        return clause
    past = read_clause(tokens[:opens] + tokens[closes + 1 :])
    return past if past.verb is not None and past.subject is not None else clause


def _short_heading(tokens: list[Token]) -> int:
    """Where a label of a word or three ends, when a colon or a dash after it is followed by an
    instruction: "Goal - pass ...". 0 if the sentence does not open so."""
    for i, t in enumerate(tokens[1:5], start=1):
        if t.text in DASHES or t.text == ":":
            words = tokens[:i]
            label = all(x.is_word and not verb_reading(tokens, j) for j, x in enumerate(words))
            if (
                label
                and words[0].text[:1].isupper()
                and i + 2 < len(tokens)
                and _instruction_at(tokens, i + 1)
            ):
                return i
            return 0
        if not t.is_word:
            return 0
    return 0


_HEADLINES = frozenset(label.lower() for label in OUTCOME_LABELS.values())
# A label may not open with what sets something off: "If he is late:" is a contingency's trigger.
_NOT_A_LABEL = w.word_set("if when whenever should unless once where while whilst")


def _a_notes_label(tokens: list[Token]) -> list[Clause]:
    """A note's label or a heading before a colon and a whole statement: "Restated at review (partly
    met): Kai to come home by 9pm", "Secure housing: the family live in ...". The label is read apart,
    and left out when it reads as a verb of its own, so the statement after it is the one judged."""
    colon = next((i for i, t in enumerate(tokens[1:10], start=1) if t.text == ":"), 0)
    if not colon or colon + 3 > len(tokens) or not tokens[0].text[:1].isupper():
        return []
    if tokens[0].lower in _NOT_A_LABEL or not all(
        t.is_word or t.text in ("(", ")") or t.text.isdigit() for t in tokens[:colon]
    ):
        return []
    label, rest = read_clause(tokens[:colon]), _read_past_an_aside(tokens[colon + 1 :])
    if rest.verb is None or rest.subject is None:
        return []
    # "Children safe from abuse and exploitation: Tyrese is ...": a headline outcome, whatever it reads as.
    if " ".join(t.lower for t in tokens[:colon]) in _HEADLINES:
        return [rest]
    if label.subject is not None:
        return []
    return [rest] if label.verb is not None else [label, rest]


def _instruction_at(tokens: list[Token], i: int) -> bool:
    return verb_reading(tokens, i) or (
        _can_be_base_verb(tokens[i]) and tokens[i + 1].lower in w.PARTICLES | w.DETERMINERS
    )


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
            if t.lower in ("because", "as", "since")
            else "context"  # "where the children can stay", "which ...", "while ...": said about it
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


__all__ = ["Clause", "Reading", "Slot", "Token", "read", "read_clause", "sentences", "tokenise"]
