"""Subject access for a parent finds every record that names her, wherever it was written.

The family here has one record of every kind the service keeps, and her name is written
into every field a person writes into. A record or field added later, and missed by the
subject access search, fails this test by name.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.apps import apps
from django.db.models import CharField, Model, TextField

from familyplan.web.accounts.models import User
from familyplan.web.casework import models as casework
from familyplan.web.oversight.models import DataNotification, SupervisionNote
from familyplan.web.reviews.models import ActionReviewed, Review, ScalingScore, ViewsLink, ViewsSubmission
from tests.people import signed_in

HER = "Anna Nowak"
# Other people's names are theirs, not hers: written there, her name would stand for someone else.
OTHER_PEOPLES_NAMES = {
    (casework.FamilyMember, "name"),
    (casework.NetworkMember, "name"),
    (ViewsSubmission, "name"),
}
# Read as what they mean for her, not as text: she took part, she sent apologies.
READ_AS_FACTS = {(Review, "attendees"): "who took part", (Review, "apologies"): "apologies"}
# Codes that identify an imported file, not anything written about a person.
NOT_WRITTEN_ABOUT_ANYONE = {"ImportRecord"}


def one_record_of_every_kind(plan: casework.Plan, lead: User, manager: User) -> list[Model]:
    family = plan.family
    day = dt.date(2026, 2, 10)
    goal = casework.Goal.objects.create(plan=plan, outcome="x")
    action = casework.Action.objects.create(goal=goal, how="x", who="x", when="x")
    review = Review.objects.create(plan=plan, date=day, next_review_date=day, recorded_by=lead)
    gap = casework.ServiceGap.objects.create(plan=plan, kind_of_service="x", support_needed="x", risk="x")
    link = ViewsLink.objects.create(
        plan=plan,
        for_name="x",
        token_hash="0" * 64,
        created_by=lead,
        expires_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
    )
    return [
        family,
        casework.FamilyMember.objects.create(family=family, name="Kasia", relationship="Aunt"),
        casework.NetworkMember.objects.create(family=family, name="Gran", relationship="Grandmother"),
        casework.TafMember.objects.create(family=family, name="Mrs March", role="x", agency="x"),
        plan,
        goal,
        action,
        casework.ProgressNote.objects.create(action=action, date=day, text="x"),
        casework.InterimSafetyPlan.objects.create(plan=plan, issue="x", actions="x", end_date=day),
        gap,
        DataNotification.objects.create(
            gap=gap, location="x", kind_of_service="x", support_needed="x", risk="x", submitted_by=lead
        ),
        casework.Closure.objects.create(
            plan=plan, reason="outcomes_achieved", summary="x", requested_by=lead
        ),
        casework.ClosureReturn.objects.create(
            plan=plan, reason="x", summary="x", requested_by=lead, comment="x", returned_by=manager
        ),
        review,
        ScalingScore.objects.create(review=review, goal=goal),
        ActionReviewed.objects.create(
            review=review, action=action, status_before="not_started", status="done"
        ),
        link,
        ViewsSubmission.objects.create(link=link, plan=plan, review=review, name=HER),
        SupervisionNote.objects.create(plan=plan, by=manager, date=day, text="x"),
    ]


def written_fields(record: Model) -> list[str]:
    return [
        f.name
        for f in record._meta.concrete_fields
        if isinstance(f, (CharField, TextField))
        and not f.choices
        and not f.name.endswith("hash")
        and (type(record), f.name) not in OTHER_PEOPLES_NAMES
    ]


def her_name_everywhere(records: list[Model]) -> dict[str, str]:
    """Her name, and a mark of its own, in every field a person writes into: {mark: where}."""
    marks: dict[str, str] = {}
    for record in records:
        values: dict[str, Any] = {}
        for name in written_fields(record):
            if (type(record), name) in READ_AS_FACTS:
                values[name] = HER
                continue
            mark = f"m{len(marks)}"
            marks[mark] = f"{type(record).__name__}.{name}"
            values[name] = f"{HER} {mark}"
        type(record)._default_manager.filter(pk=record.pk).update(**values)
    return marks


def kinds_filed_under_a_family() -> set[str]:
    """Every kind of record kept for a family: its first link leads, step by step, to a family."""

    def filed_under_family(model: Any, seen: frozenset[Any] = frozenset()) -> bool:
        links = [f for f in model._meta.concrete_fields if f.many_to_one or f.one_to_one]
        if model is casework.Family:
            return True
        if not links or model in seen:
            return False
        return filed_under_family(links[0].related_model, seen | {model})

    return {
        m.__name__
        for m in apps.get_models()
        if m.__module__.startswith("familyplan.") and filed_under_family(m)
    } - NOT_WRITTEN_ABOUT_ANYONE


def test_subject_access_for_a_parent_includes_every_record_that_names_her(
    lead: User, manager: User, plan: casework.Plan
) -> None:
    anna = casework.FamilyMember.objects.create(family=plan.family, name=HER, relationship="Mum")
    records = one_record_of_every_kind(plan, lead, manager)
    marks = her_name_everywhere(records)

    response = signed_in(manager).get(f"/families/{plan.family_id}/members/{anna.pk}/subject-access.json")

    entries = json.loads(response.content)["entries"]
    given = "\n".join(e["text"] for e in entries)
    sources = {e["source"] for e in entries}
    assert {type(r).__name__ for r in records} == kinds_filed_under_a_family()
    assert [where for mark, where in marks.items() if f"{HER} {mark}" not in given] == []
    assert {f"Plan {plan.pk}, review 1, {fact}" for fact in READ_AS_FACTS.values()} <= sources
    assert "Views given through a link" in sources


def test_each_part_says_where_in_the_file_it_was_written(
    lead: User, manager: User, plan: casework.Plan
) -> None:
    anna = casework.FamilyMember.objects.create(family=plan.family, name=HER, relationship="Mum")
    goal = casework.Goal.objects.create(plan=plan, outcome="Ben will be in school every day.")
    casework.Action.objects.create(
        goal=goal, how="Anna will walk Ben to school.", who="Anna (Mum)", when="Every day"
    )
    casework.Plan.objects.filter(pk=plan.pk).update(worries="Anna is struggling to get up.")

    response = signed_in(manager).get(f"/families/{plan.family_id}/members/{anna.pk}/subject-access.json")

    entries = {e["source"]: e["text"] for e in json.loads(response.content)["entries"]}
    assert entries[f"Plan {plan.pk}"] == "What are we worried about? Anna is struggling to get up."
    assert entries[f"Plan {plan.pk}, goal 1, action 1"] == (
        "How will this happen? Anna will walk [another person] to school.\nWho will do this? Anna (Mum)"
    )
