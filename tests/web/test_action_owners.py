"""Who will do an action: chosen from the people in the family's record, each one by their own
record, so people of the same name and role are not mixed up and a renamed practitioner keeps
their actions; or written in, for someone not in the record."""

from __future__ import annotations

import html
import re

from django.test import Client

from familyplan.web.accounts.models import User
from familyplan.web.casework import services
from familyplan.web.casework.models import Action, Family, FamilyMember, Goal, Plan, TafMember
from tests.people import join_the_team, make_user, signed_in


def text(response) -> str:
    return html.unescape(response.content.decode())


def options(page: str) -> list[tuple[str, str, bool]]:
    """The "Who will do this?" list as the page offers it: value, words, and whether chosen."""
    select = re.search(r'<select[^>]*name="person"[^>]*>(.*?)</select>', page, re.S)
    assert select is not None
    found = re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select.group(1))
    return [(value, words, bool(chosen)) for value, chosen, words in found]


def choose(page: str, words: str, which: int = 0) -> str:
    """The value of the ``which``th person listed as ``words``, as a browser would send it."""
    return [value for value, listed, _chosen in options(page) if listed == words][which]


def a_goal(plan: Plan) -> Goal:
    return services.goal_save(by=plan.created_by, plan=plan, outcome="Ben will be in school every day.")


def give_action(client: Client, plan: Plan, goal: Goal, **chosen: str) -> Action:
    form = {"how": "Meet Ben at the gate at 8.45am.", "when": "Every Monday (review 14/04/2027)"}
    response = client.post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/", {**form, "status": "not_started", **chosen}
    )
    assert response.status_code == 302, text(response)
    return goal.actions.last()


def progress(user: User, plan: Plan, action: Action) -> int:
    update = {"text": "Met Ben twice.", "status": "in_progress"}
    return signed_in(user).post(f"/plans/{plan.pk}/actions/{action.pk}/progress/", update).status_code


def test_two_practitioners_of_the_same_name_and_role_each_own_only_what_is_given_to_them(
    lead: User, family: Family, plan: Plan
) -> None:
    first, second = make_user("samlee"), make_user("samlee2")
    for account in (first, second):
        join_the_team(family, lead, account, "Sam Lee", "School Nurse", "NHS")
    goal = a_goal(plan)
    client = signed_in(lead)
    page = text(client.get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/"))

    action = give_action(client, plan, goal, person=choose(page, "Sam Lee (School Nurse)", which=1))

    assert [words for _value, words, _chosen in options(page)].count("Sam Lee (School Nurse)") == 2
    assert action.who == "Sam Lee (School Nurse)"
    assert progress(second, plan, action) == 302
    assert progress(first, plan, action) == 403


def test_a_practitioner_who_is_renamed_keeps_their_action_when_it_is_changed(
    lead: User, family: Family, plan: Plan
) -> None:
    school = make_user("march")
    member = join_the_team(family, lead, school, "Jo March", "Head of Year 6", "Hill School")
    goal = a_goal(plan)
    client = signed_in(lead)
    new_page = text(client.get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/"))
    action = give_action(client, plan, goal, person=choose(new_page, "Jo March (Head of Year 6)"))
    TafMember.objects.filter(pk=member.pk).update(name="Jo Marsh")

    edit_url = f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/"
    edit_page = text(client.get(edit_url))
    chosen = [(value, words) for value, words, selected in options(edit_page) if selected]
    client.post(
        edit_url,
        {
            "how": action.how,
            "person": chosen[0][0],
            "when": action.when,
            "status": "in_progress",
            "version": action.version,
        },
    )
    action.refresh_from_db()

    assert [words for _value, words in chosen] == ["Jo Marsh (Head of Year 6)"]
    assert action.status == "in_progress"
    assert action.who == "Jo Marsh (Head of Year 6)"
    assert progress(school, plan, action) == 302


def test_someone_in_the_family_is_chosen_by_name_and_relationship(lead: User, plan: Plan) -> None:
    goal = a_goal(plan)
    client = signed_in(lead)
    page = text(client.get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/"))

    action = give_action(client, plan, goal, person=choose(page, "Ben (Son)"))
    edit_page = text(client.get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/"))

    assert action.who == "Ben (Son)"
    assert action.taf_member is None
    assert [words for _value, words, selected in options(edit_page) if selected] == ["Ben (Son)"]


def test_someone_not_in_the_record_is_written_in_and_owns_nothing_by_their_words(
    lead: User, family: Family, plan: Plan
) -> None:
    services.person_add(
        model=TafMember, by=lead, family=family, name="Jo March", role="Head of Year 6", agency="Hill School"
    )
    goal = a_goal(plan)

    action = give_action(signed_in(lead), plan, goal, who="Jo March (Head of Year 6)")
    edit_page = text(signed_in(lead).get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/{action.pk}/"))

    assert action.who == "Jo March (Head of Year 6)"
    assert action.taf_member is None  # the words alone do not give the action to the TAF member
    assert "Jo March (Head of Year 6)" in edit_page


def test_a_person_not_in_this_familys_record_cannot_be_chosen(lead: User, family: Family, plan: Plan) -> None:
    elsewhere = services.family_create(by=lead, family_name="Jones")
    stranger = services.person_add(
        model=TafMember, by=lead, family=elsewhere, name="Dr Green", role="General Practitioner", agency="GP"
    )
    goal = a_goal(plan)

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/",
        {"how": "See Ben.", "person": f"taf-{stranger.pk}", "when": "3/3/2027", "status": "not_started"},
    )

    assert response.status_code == 200
    assert "Select a valid choice" in text(response)
    assert not goal.actions.exists()


def test_someone_whose_name_and_relationship_together_are_too_long_is_chosen_by_name_alone(
    lead: User, plan: Plan
) -> None:
    name, relationship = "Anna " * 80, "Stepmother " * 40  # 400 and 440 characters: the column holds 500
    FamilyMember.objects.create(family=plan.family, name=name.strip(), relationship=relationship.strip())
    goal = a_goal(plan)
    client = signed_in(lead)
    page = text(client.get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/"))

    action = give_action(client, plan, goal, person=choose(page, name.strip()))

    assert action.who == name.strip()
    assert Plan.objects.get(pk=plan.pk).smart_score is not None  # the plan was checked again


def test_a_person_chosen_and_a_person_written_are_refused_with_a_question_to_choose_one(
    lead: User, family: Family, plan: Plan
) -> None:
    join_the_team(family, lead, make_user("march"), "Jo March", "Head of Year 6", "Hill School")
    goal = a_goal(plan)
    client = signed_in(lead)
    page = text(client.get(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/"))
    both = {
        "how": "Meet Ben at the gate at 8.45am.",
        "when": "Every Monday (review 14/04/2027)",
        "status": "not_started",
        "person": choose(page, "Jo March (Head of Year 6)"),
        "who": "Mr Brown (Youth Worker)",
    }

    refused = text(client.post(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/", both))

    summary = refused[refused.index("govuk-error-summary") :]
    assert 'href="#id_who">Choose a person or write who will do this, not both<' in summary
    assert "Error:</span> Choose a person or write who will do this, not both" in refused
    assert "Mr Brown (Youth Worker)" in refused
    assert not goal.actions.exists()


def test_a_refused_action_shows_the_smart_check_of_each_field_again(lead: User, plan: Plan) -> None:
    goal = a_goal(plan)
    sent = {
        "how": "Walk Ben to school at 8.30am.",
        "who": "Mum",
        "when": "31/02/2027",
        "status": "not_started",
    }

    refused = text(signed_in(lead).post(f"/plans/{plan.pk}/goals/{goal.pk}/actions/new/", sent))
    how_panel = refused[refused.index('id="id_how-smart"') :]
    how_panel = how_panel[: how_panel.index("</div>")]

    assert "No problems found against the SMART guidance." in how_panel
