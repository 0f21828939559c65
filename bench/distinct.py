"""Statements and plans made by combining parts, none alike: the checker meets every text for the first time.

Repeated text would be answered from the checker's memory of statements it has
seen, which is not what a council's archive looks like. Every statement here is
checked to be new before it is used.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from familyplan.plan.models import Action, FamilyMember, Goal, NetworkMember, Plan, Practitioner

FIRST = str.split(
    "Ben Lily Sam Ava Noah Mia Kai Zara Leo Ruby Tyler Amber Jack Isla Finley Poppy Alfie Freya Harry Evie "
    "Oscar Daisy Archie Ivy Theo Maisie Louie Esme Reggie Layla Ezra Nia Omar Aisha Ibrahim Maryam Jayden "
    "Chloe Kacper Zofia Dylan Megan Rhys Cerys Callum Eilidh Connor Niamh Jamal Precious"
)
LAST = str.split(
    "Jones Shah Patel March Khan Reid Smith Brown Taylor Wilson Evans Thomas Roberts Walker Wright Hughes "
    "Green Hall Wood Clarke Ahmed Hussain Begum Nowak Kowalski Okafor Adeyemi Murphy Kelly Byrne Davies "
    "Lewis Price Morgan Ali Singh Kaur Mensah Osei Campbell Stewart Fraser Lloyd Rees Baker Carter Cole "
    "Ward Turner Hill"
)
ROLES = (
    "Family Support Worker",
    "Health Visitor",
    "Housing Officer",
    "Head of Year 6",
    "Designated Safeguarding Lead",
    "Youth Worker",
    "School Nurse",
    "Early Help Coordinator",
)
FAMILY = ("Mum", "Dad", "Grandma", "Grandad", "Auntie", "Uncle", "Nan", "Stepdad")
VERBS = (
    "will walk {c} to school",
    "will read a bedtime story with {c}",
    "will monitor {c}'s attendance",
    "will support {c} with homework",
    "will ring the school about {c}",
    "will take {c} to the dentist",
    "will keep the house clean and tidy for {c}",
    "will cook a hot meal with {c}",
    "to attend {n} sessions of the parenting course with {c}",
    "will never shout at {c}",
    "will meet {c}'s teacher",
    "will make a referral to CAMHS for {c}",
)
WHERE = ("at home", "at school", "at the family hub", "at the library", "at the clinic", "in the park", "")
HOW_OFTEN = ("every {w}", "twice a week", "each morning", "on {w} evenings", "after school", "ASAP", "")
OUTCOMES = (
    "{c} will be in school for at least {n}% of sessions by {d}",
    "{c} will have appropriate emotional support",
    "To promote {c}'s emotional well-being at {place}",
    "{c} will go to bed by {h}pm on {k} nights a week, recorded in the sleep diary",
    "{c} will stop missing appointments at {place}",
    "{c} will tell a trusted adult when upset, at least {k} times a week",
    "Maintain {c}'s good attendance at {place}",
)
PLACES = ("the dentist", "the clinic", "school", "nursery", "the family hub", "college", "the GP")
WHENS = (
    "{d}",
    "Every {w} (review {d})",
    "ASAP",
    "Ongoing",
    "Within {k} weeks",
    "By {d}",
    "Every day (review {d})",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
DATE_FORMATS = ("%d.%m.%Y", "%d/%m/%Y", "%d %B %Y", "%-d %b %Y")


class Distinct:
    """Hands out texts made from parts, each one never handed out before."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.seen: set[str] = set()

    def _values(self) -> dict[str, object]:
        r = self.random
        day = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 900))
        return {
            "c": r.choice(FIRST),
            "n": r.randint(2, 99),
            "k": r.randint(2, 12),
            "h": r.randint(6, 9),
            "w": r.choice(WEEKDAYS),
            "d": day.strftime(r.choice(DATE_FORMATS)),
            "place": r.choice(PLACES),
        }

    def _new(self, make: object) -> str:
        for _ in range(10_000):
            text = " ".join(make().split())  # type: ignore[operator]
            if text not in self.seen:
                self.seen.add(text)
                return text
        raise RuntimeError("ran out of distinct combinations")

    def person(self) -> str:
        r = self.random
        return self._new(lambda: f"{r.choice(FIRST)} {r.choice(LAST)} ({r.choice(ROLES)})")

    def who(self) -> str:
        r = self.random
        if r.random() < 0.4:
            return self._new(
                lambda: f"{r.choice(FAMILY)} {r.choice(FIRST)} and {r.choice(FIRST)} {r.choice(LAST)}"
            )
        return self.person()

    def action(self) -> str:
        r = self.random

        def make() -> str:
            v = self._values()
            subject = r.choice([r.choice(FAMILY), f"{r.choice(FIRST)} {r.choice(LAST)}"])
            parts = [subject, r.choice(VERBS), r.choice(WHERE), r.choice(HOW_OFTEN)]
            return " ".join(parts).format(**v) + "."

        return self._new(make)

    def outcome(self) -> str:
        r = self.random
        return self._new(lambda: r.choice(OUTCOMES).format(**self._values()) + ".")

    def when(self) -> str:
        r = self.random
        return self._new(lambda: f"{r.choice(WHENS).format(**self._values())} ({r.choice(FIRST)})")

    def statements(self, count: int) -> Iterator[tuple[str, str]]:
        makers = (("action", self.action), ("outcome", self.outcome), ("who", self.who), ("when", self.when))
        for i in range(count):
            kind, make = makers[i % len(makers)]
            yield make(), kind

    def plan(self, goals: int = 10, actions_per_goal: int = 4) -> Plan:
        people = [self.person() for _ in range(3)]
        return Plan(
            family_name="Family",
            started_on=dt.date(2025, 1, 6),
            family_members=[
                FamilyMember(name=self.random.choice(FIRST), relationship="Mum"),
                FamilyMember(name=self.random.choice(FIRST), relationship="Son", is_child=True),
            ],
            support_network=[NetworkMember(name=self.random.choice(FIRST), relationship="Grandmother")],
            practitioners=[
                Practitioner(name=p.split(" (")[0], role=p.split(" (")[1].rstrip(")"), is_lead=i == 0)
                for i, p in enumerate(people)
            ],
            strengths=["The family are close."],
            goals=[
                Goal(
                    outcome=self.outcome(),
                    actions=[
                        Action(how=self.action(), who=self.who(), when=self.when())
                        for _ in range(actions_per_goal)
                    ],
                )
                for _ in range(goals)
            ],
            contingency=self._new(
                lambda: (
                    f"If Mum is unwell, {self.random.choice(FIRST)} {self.random.choice(LAST)} "
                    f"will look after the children and take them to school."
                )
            ),
        )
