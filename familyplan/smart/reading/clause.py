"""One sentence read into its parts: what the clause reader fills in."""

from __future__ import annotations

from dataclasses import dataclass, field

from familyplan.smart.reading.tokens import Token


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
