"""Plans the score is calibrated on: the guidance's own good and poor examples, and an empty plan."""

from __future__ import annotations

import datetime as dt

from familyplan.plan.models import (
    Action,
    FamilyMember,
    Goal,
    NetworkMember,
    Plan,
    Practitioner,
    SupportingFamiliesOutcome,
)

TODAY = dt.date(2024, 1, 10)


def _family() -> dict[str, object]:
    return {
        "family_members": [
            FamilyMember(name="Susan", relationship="Mum"),
            FamilyMember(
                name="Mark", relationship="Dad", involved_in_plan=False, reason_not_involved="Lives abroad"
            ),
            FamilyMember(
                name="Ben",
                relationship="Son",
                is_child=True,
                date_of_birth=dt.date(2010, 5, 1),
                views="I want to go to lessons without feeling overwhelmed.",
            ),
        ],
        "support_network": [
            NetworkMember(name="Aunt Rosa", relationship="Aunt", how_they_help="After school")
        ],
    }


def ben_plan() -> Plan:
    """Seed 000's worked example (Ben), with the lead, strengths and contingency a whole plan has."""
    return Plan(
        family_name="Ben's family",
        started_on=dt.date(2024, 1, 5),
        **_family(),
        practitioners=[
            Practitioner(name="Jo Brown", role="Family Support Worker", is_lead=True),
            Practitioner(name="Sehar", role="Designated Safeguarding Lead"),
            Practitioner(name="Mohamed", role="Off the record"),
        ],
        strengths=["Susan and Ben talk every evening about how school went."],
        needs=["Ben's attendance is low because he feels overwhelmed in class"],
        goals=[
            Goal(
                outcome="Ben will be in school for 90% of sessions by the February half term.",
                need="Ben's attendance is low because he feels overwhelmed in class",
                supporting_families_outcome=SupportingFamiliesOutcome.EDUCATION,
                actions=[
                    Action(
                        how="To support Ben's attendance, Ben is to arrive at school at 9am. "
                        "15 minutes later to miss the rush.",
                        who="Susan (Parent) / Ben (Young person)",
                        when="Every day (review 23.02.2024)",
                    ),
                    Action(
                        how="Exit card to be available in all lessons so Ben can leave "
                        "if he's becoming overwhelmed.",
                        who="Sehar (DSL) / Ben (Young person)",
                        when="Every lesson (review 23.02.2024)",
                    ),
                    Action(
                        how="CAMHS referral to be completed.",
                        who="Mohamed (Off the record)",
                        when="19.01.2024",
                    ),
                ],
            )
        ],
        contingency="If Ben cannot face school in the morning, Susan will ring Sehar by 9am "
        "and Aunt Rosa will bring him in for the afternoon.",
        next_review_date=dt.date(2024, 2, 23),
    )


def seed_002_poor_plan() -> Plan:
    """The poor wording seed 002 warns against, put together as one plan."""
    return Plan(
        family_name="A family",
        started_on=dt.date(2024, 1, 5),
        **_family(),
        goals=[
            Goal(
                outcome="To maintain good school attendance",
                actions=[
                    Action(how="I will never drink again", who="Dad", when="ongoing"),
                    Action(
                        how="Attending 10 sessions of a parenting programme",
                        who="school",
                        when="within 6 weeks",
                    ),
                    Action(how="Grandma will keep the house clean and tidy", who="Grandma", when="ASAP"),
                ],
            ),
            Goal(
                outcome="Promoting emotional well-being",
                actions=[
                    Action(how="Dad will not live in the family", who="Dad", when="ongoing"),
                    Action(how="All contact will be supervised", who="Social care", when="ASAP"),
                ],
            ),
        ],
        contingency="The Local Authority will take the case to an Initial Child Protection Conference.",
    )


def empty_plan() -> Plan:
    return Plan(family_name="A family", started_on=dt.date(2024, 1, 5), **_family())
