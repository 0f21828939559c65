"""A practitioner who imports a plan can then work on it: named in the file, they are that
practitioner (not a second one of the same name); where the file's lead has no account here,
the importer leads and the file's lead stays in the Team Around the Family."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from familyplan.formats import plan_to_json
from familyplan.plan import models as m
from familyplan.web.accounts.models import Team, User
from familyplan.web.casework.models import Family
from tests.formats.whole_plan import a_plan_with_every_field
from tests.people import make_user, signed_in


def sarah(team: Team) -> User:
    return make_user("sarah", team=team, first_name="Sarah", last_name="Jones")


def a_plan_led_by(*practitioners: m.Practitioner) -> m.Plan:
    plan = a_plan_with_every_field().model_copy(
        update={"closure": None, "practitioners": list(practitioners)}
    )
    # A family member with no relationship written, as files often have them.
    plan.family_members.append(m.FamilyMember(name="Ben Smith", is_child=True))
    return plan


def imported_on_the_web(plan: m.Plan, by: User) -> Family:
    upload = SimpleUploadedFile("smith.json", plan_to_json(plan).encode(), content_type="application/json")
    response = signed_in(by).post("/import/", {"files": [upload]})
    assert response.status_code == 200
    return Family.objects.get()


def test_the_lead_named_in_the_file_who_imports_it_leads_it_and_can_record_a_review(team: Team) -> None:
    importer = sarah(team)
    family = imported_on_the_web(
        a_plan_led_by(
            m.Practitioner(name="sarah  JONES", role="Family Support Worker", agency="Council", is_lead=True),
            m.Practitioner(name="Mrs March", role="Head of Year 6", agency="Hill School"),
        ),
        importer,
    )

    team_around = list(family.taf.all())
    assert [(t.name, t.user, t.is_lead) for t in team_around] == [
        ("sarah  JONES", importer, True),
        ("Mrs March", None, False),
    ]
    plan = family.plans.get()
    page = signed_in(importer).get(f"/plans/{plan.pk}/").content.decode()
    assert "Record a review" in page
    review = signed_in(importer).get(f"/plans/{plan.pk}/reviews/new/")
    assert review.status_code == 200
    text = review.content.decode()
    assert "Ben Smith ()" not in text
    assert 'value="Ben Smith"' in text
    assert text.count('value="sarah  JONES (Family Support Worker)"') == 1


def test_a_file_with_no_lead_that_names_the_importer_makes_that_practitioner_the_lead(team: Team) -> None:
    importer = sarah(team)
    family = imported_on_the_web(
        a_plan_led_by(m.Practitioner(name="Sarah Jones", role="Family Support Worker", agency="Council")),
        importer,
    )

    assert [(t.name, t.user, t.is_lead) for t in family.taf.all()] == [("Sarah Jones", importer, True)]


def test_a_file_led_by_someone_with_no_account_here_is_led_by_the_importer_and_keeps_its_lead(
    team: Team,
) -> None:
    importer = sarah(team)
    family = imported_on_the_web(
        a_plan_led_by(m.Practitioner(name="Sam Lead", role="Social Worker", agency="Council", is_lead=True)),
        importer,
    )

    assert [(t.name, t.user, t.is_lead) for t in family.taf.all()] == [
        ("Sarah Jones", importer, True),
        ("Sam Lead", None, False),
    ]
    plan = family.plans.get()
    assert signed_in(importer).get(f"/plans/{plan.pk}/reviews/new/").status_code == 200
