"""A family is named by its surname: the pages add "family" themselves, so a name written with
"family" on the end does not read "the Smith family family's plan"."""

from __future__ import annotations

import html

from django.core.files.uploadedfile import SimpleUploadedFile

from familyplan.formats import plan_to_json
from familyplan.plan import models as m
from familyplan.web.accounts.models import User
from familyplan.web.casework.models import Family
from tests.people import signed_in


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_a_family_named_with_family_on_the_end_is_called_by_its_surname_alone(lead: User) -> None:
    client = signed_in(lead)

    response = client.post("/families/new/", {"family_name": "Okonkwo-O'Brien FAMILY"})

    family = Family.objects.get()
    assert family.family_name == "Okonkwo-O'Brien"
    page = text(client.get(response["Location"]))
    assert "Okonkwo-O'Brien family" in page
    assert "family family" not in page.lower()


def test_a_changed_family_name_with_family_on_the_end_is_kept_as_the_surname(
    lead: User, family: Family
) -> None:
    signed_in(lead).post(
        f"/families/{family.pk}/details/", {"family_name": "Smith-Jones family", "language": "en"}
    )

    family.refresh_from_db()
    assert family.family_name == "Smith-Jones"


def test_the_family_name_asks_for_the_surname_only(lead: User, family: Family) -> None:
    client = signed_in(lead)

    for address in ("/families/new/", f"/families/{family.pk}/details/"):
        assert "Write the surname only, for example Smith" in text(client.get(address))


def test_a_surname_that_is_family_alone_is_kept(lead: User) -> None:
    signed_in(lead).post("/families/new/", {"family_name": "Family"})

    assert Family.objects.get().family_name == "Family"


def test_an_imported_plan_for_the_okafor_family_makes_the_okafor_family(lead: User) -> None:
    plan = m.Plan(family_name="Okafor family", goals=[m.Goal(outcome="Tobi will be in school every day.")])
    client = signed_in(lead)

    client.post("/import/", {"files": [SimpleUploadedFile("okafor.json", plan_to_json(plan).encode())]})

    family = Family.objects.get()
    assert family.family_name == "Okafor"
    page = text(client.get(f"/families/{family.pk}/"))
    assert "Okafor family" in page
    assert "family family" not in page.lower()
