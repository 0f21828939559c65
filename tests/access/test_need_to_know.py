"""Need to know: people outside a family get "not found" on every one of its pages and downloads."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import services
from familyplan.web.casework.models import Plan
from familyplan.web.reviews.models import Review
from familyplan.web.reviews.services import views_link_create
from tests.people import join_the_team, make_user, signed_in

OBJECT_ARGUMENTS = {"family_id", "member_id", "plan_id", "goal_id", "action_id", "review_id", "taf_id"}


def object_routes() -> list[str]:
    """Every route that names a family's record, as a pattern with its arguments (each app's own too)."""

    def walk(patterns: list[Any], prefix: str) -> list[str]:
        found = []
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                found += walk(pattern.url_patterns, route)
            elif (
                isinstance(pattern, URLPattern) and set(re.findall(r"<int:(\w+)>", route)) & OBJECT_ARGUMENTS
            ):
                found.append(route)
        return found

    return walk(get_resolver().url_patterns, "")


@pytest.fixture
def record(family, lead: User) -> dict[str, int]:
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    goal = services.goal_save(by=lead, plan=plan, outcome="Ben will be in school for 90% of sessions.")
    action = services.action_save(
        by=lead, goal=goal, how="Mum will walk Ben to school.", who="Mum", when="Every day"
    )
    review = Review.objects.create(
        plan=plan, date=timezone.localdate(), next_review_date=timezone.localdate(), recorded_by=lead
    )
    gap = services.service_gap_add(
        plan=plan, by=lead, kind_of_service="Parenting", support_needed="A course", risk="Drift"
    )
    return {
        "gap_id": gap.pk,
        "family_id": family.pk,
        "member_id": family.members.get().pk,
        "plan_id": plan.pk,
        "goal_id": goal.pk,
        "action_id": action.pk,
        "review_id": review.pk,
        "taf_id": family.taf.get().pk,
    }


def test_every_object_route_is_not_found_for_everyone_without_a_need_to_know(
    record: dict[str, int], lead: User
) -> None:
    other_team = Team.objects.create(name="South")
    outsiders = {
        "practitioner in another family's team": make_user("outsider", team=other_team),
        "manager of another team": make_user("other-manager", role=User.Role.MANAGER, team=other_team),
        "practitioner in the same team but not this family's": make_user("colleague", team=lead.team),
    }
    other_family = services.family_create(
        by=outsiders["practitioner in another family's team"], family_name="Jones"
    )
    join_the_team(
        other_family,
        outsiders["practitioner in another family's team"],
        outsiders["manager of another team"],
        "M",
        "Manager",
        "EH",
    )
    routes = object_routes()
    probes = 0

    for who, user in outsiders.items():
        client = signed_in(user)
        for route in routes:
            url = "/" + re.sub(r"<int:(\w+)>", lambda m: str(record[m[1]]), route)
            for method in (client.get, client.post):
                response = method(url)
                probes += 1
                assert response.status_code == 404, (
                    f"{who}: {method.__name__.upper()} {url} gave {response.status_code}"
                )

    print(f"need-to-know: {probes} probes of {len(routes)} routes as {len(outsiders)} outsiders, all 404")
    assert len(routes) >= 20
    assert probes == len(routes) * 2 * len(outsiders)


def test_a_views_link_for_one_plan_does_not_open_another(record: dict[str, int], lead: User) -> None:
    plan = Plan.objects.get(pk=record["plan_id"])
    _, token = views_link_create(plan=plan, by=lead, for_name="Susan")

    response = signed_in(lead).get(f"/your-views/{token[:-2]}xx/")

    assert response.status_code == 410
    assert "This link does not work" in response.content.decode()


def test_a_taf_member_sees_the_plan_but_cannot_change_it(record: dict[str, int], family) -> None:
    member = make_user("school")
    join_the_team(family, family.created_by, member, "Sehar Khan", "Designated Safeguarding Lead", "School")
    client = signed_in(member)

    page = client.get(f"/plans/{record['plan_id']}/")
    change = client.post(
        f"/plans/{record['plan_id']}/goals/new/", {"outcome": "x", "supporting_families_outcome": "education"}
    )

    assert page.status_code == 200
    assert change.status_code == 403


def test_a_taf_member_updates_progress_on_their_own_action_only(
    record: dict[str, int], family, lead: User
) -> None:
    member = make_user("school")
    taf = join_the_team(family, lead, member, "Sehar Khan", "Designated Safeguarding Lead", "School")
    plan = Plan.objects.get(pk=record["plan_id"])
    goal = plan.goals.get()
    theirs = services.action_save(
        by=lead,
        goal=goal,
        how="Sehar will meet Ben every Monday.",
        who="Sehar Khan (Designated Safeguarding Lead)",
        when="Every Monday",
        taf_member=taf,
    )
    client = signed_in(member)

    own = client.post(
        f"/plans/{plan.pk}/actions/{theirs.pk}/progress/", {"text": "Met twice.", "status": "in_progress"}
    )
    someone_elses = client.post(
        f"/plans/{plan.pk}/actions/{record['action_id']}/progress/", {"text": "x", "status": "done"}
    )

    assert own.status_code == 302
    assert theirs.progress.get().text == "Met twice."
    assert someone_elses.status_code == 403
