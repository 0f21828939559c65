"""A family reference is the council's case number: a second family with it is refused on Add a
family, on import (and its dry run), on transfer and through the API. Someone who may see the
family holding it is shown which family it is; anyone else learns nothing of that family."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from familyplan.formats import ReadError, plan_to_json
from familyplan.web.accounts.models import Team, User
from familyplan.web.casework import services
from familyplan.web.casework.importing import import_file, transfer_document, transfer_import
from familyplan.web.casework.models import Family
from tests.api.test_api import api
from tests.formats.whole_plan import a_plan_with_every_field
from tests.people import make_user, signed_in

IN_USE = "already in use in the council"
ASK = "ask your manager or an administrator"


@pytest.fixture
def hargreaves(lead: User) -> Family:
    """The North team's family, whose case number is EH-1001."""
    return services.family_create(
        by=lead, family_name="Hargreaves", reference="EH-1001", address_area="Northtown"
    )


@pytest.fixture
def south() -> User:
    return make_user("south", team=Team.objects.create(name="South"))


def hargreaves_plan_file() -> bytes:
    plan = a_plan_with_every_field().model_copy(
        update={"family_reference": "EH-1001", "family_name": "Hargreaves"}
    )
    return plan_to_json(plan).encode()


def import_page(user: User, dry_run: bool) -> str:
    files = [SimpleUploadedFile("plan.json", hargreaves_plan_file())]
    data = {"files": files, "dry_run": "1"} if dry_run else {"files": files}
    response = signed_in(user).post("/import/", data)
    assert response.status_code == 200
    return " ".join(html.unescape(response.content.decode()).split())


def says_nothing_of(page: str, family: Family) -> None:
    assert f"/families/{family.pk}/" not in page
    assert f"#{family.pk})" not in page
    assert "Hargreaves" not in page
    assert "Northtown" not in page
    assert "North" not in page


@pytest.mark.parametrize("dry_run", [True, False])
def test_importing_a_reference_another_team_holds_is_refused_without_naming_their_family(
    hargreaves: Family, south: User, dry_run: bool
) -> None:
    page = import_page(south, dry_run)

    assert f"the reference EH-1001 is {IN_USE}: {ASK}" in page
    says_nothing_of(page, hargreaves)
    assert Family.objects.filter(reference="EH-1001").count() == 1


@pytest.mark.parametrize("dry_run", [True, False])
def test_importing_a_reference_of_a_family_you_can_see_names_it_with_a_link(
    hargreaves: Family, lead: User, dry_run: bool
) -> None:
    page = import_page(lead, dry_run)

    assert f"a family with reference EH-1001 is already here (#{hargreaves.pk})" in page
    assert f'href="/families/{hargreaves.pk}/"' in page
    assert Family.objects.filter(reference="EH-1001").count() == 1


def test_a_plan_another_team_imported_is_refused_without_naming_their_family_or_its_file(
    lead: User, south: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field().model_copy(update={"family_reference": "", "family_name": "Hargreaves"})
    (tmp_path / "hargreaves-north.json").write_text(plan_to_json(plan), encoding="utf-8")
    first = import_file(tmp_path / "hargreaves-north.json", lead)

    again = import_file(tmp_path / "hargreaves-north.json", south)

    assert first.status == "imported"
    assert (again.status, again.family) == ("already imported", None)
    assert again.reason == f"the same plan is already in the council: {ASK}"


def test_adding_a_family_with_a_reference_another_team_holds_is_refused_without_naming_it(
    hargreaves: Family, south: User
) -> None:
    form = {"family_name": "Jones", "reference": "eh-1001 ", "address_area": ""}

    response = signed_in(south).post("/families/new/", form)

    page = " ".join(html.unescape(response.content.decode()).split())
    assert response.status_code == 200
    assert f"The case reference eh-1001 is {IN_USE}." in page
    assert "ask your manager or an administrator about the family that has it" in page
    says_nothing_of(page, hargreaves)
    assert not Family.objects.filter(family_name="Jones").exists()


def test_adding_a_family_with_a_reference_of_a_family_you_can_see_links_to_it(
    hargreaves: Family, lead: User
) -> None:
    form = {"family_name": "Hargreaves", "reference": "EH-1001", "address_area": ""}

    response = signed_in(lead).post("/families/new/", form)

    page = " ".join(html.unescape(response.content.decode()).split())
    assert "The Hargreaves family already has the case reference EH-1001." in page
    assert (
        f'<a class="govuk-link" href="/families/{hargreaves.pk}/">Open the Hargreaves family\'s record</a>'
        in page
    )
    assert Family.objects.filter(family_name="Hargreaves").count() == 1


def test_a_familys_details_cannot_take_a_reference_another_family_holds(
    hargreaves: Family, south: User
) -> None:
    jones = services.family_create(by=south, family_name="Jones", reference="EH-2002")
    form = {"family_name": "Jones", "reference": "EH-1001", "address_area": "", "language": "en"}

    response = signed_in(south).post(f"/families/{jones.pk}/details/", form)

    page = " ".join(html.unescape(response.content.decode()).split())
    assert f"The case reference EH-1001 is {IN_USE}." in page
    says_nothing_of(page, hargreaves)
    jones.refresh_from_db()
    assert jones.reference == "EH-2002"


def test_two_families_given_one_reference_before_it_was_refused_can_still_be_corrected(
    hargreaves: Family, lead: User
) -> None:
    twin = services.family_create(by=lead, family_name="Haig")
    Family.objects.filter(pk=twin.pk).update(reference="EH-1001")
    form = {"family_name": "Haigh", "reference": "EH-1001", "address_area": "", "language": "en"}

    response = signed_in(lead).post(f"/families/{twin.pk}/details/", form)

    assert response.status_code == 302
    twin.refresh_from_db()
    assert twin.family_name == "Haigh"


def test_the_api_refuses_a_second_family_with_a_reference_and_names_only_one_you_can_see(
    hargreaves: Family, lead: User, south: User
) -> None:
    body = {"family_name": "Jones", "reference": "EH-1001"}

    theirs = api(south).post("/api/families", body, content_type="application/json")
    ours = api(lead).post("/api/families", body, content_type="application/json")

    assert theirs.status_code == ours.status_code == 422
    told = theirs.json()["problems"]["reference"]
    assert IN_USE in told
    assert "Hargreaves" not in json.dumps(theirs.json())
    assert (
        "The Hargreaves family already has the case reference EH-1001" in ours.json()["problems"]["reference"]
    )
    assert Family.objects.filter(reference="EH-1001").count() == 1


def test_a_transfer_with_a_reference_another_team_holds_is_refused_without_naming_their_family(
    hargreaves: Family, south: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field().model_copy(update={"family_reference": "EH-1001"})
    path = tmp_path / "transfer.json"
    path.write_text(json.dumps(transfer_document(hargreaves) | {"plans": [plan.model_dump(mode="json")]}))

    with pytest.raises(ReadError) as refused:
        transfer_import(path, south)

    assert f"the reference EH-1001 is {IN_USE}: {ASK}" in str(refused.value)
    assert f"#{hargreaves.pk}" not in str(refused.value)
