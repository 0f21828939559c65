"""The page of who has looked at a family's record: every entry can be reached, a page at a time,
and each says what was done in plain words, never a name from the code."""

from __future__ import annotations

import re

from django.apps import apps
from django.utils import timezone

from familyplan.web.accounts.models import User
from familyplan.web.audit import services as audit
from familyplan.web.audit import words
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework import family_record, services
from familyplan.web.casework.models import Family, FamilyMember, NetworkMember, Plan
from familyplan.web.operations.demo import load_demo
from tests.people import make_user, signed_in

# Names the code gives records and entries, which nobody reading the page should meet.
CODE_NAMES = re.compile(
    r"\b(created|changed|viewed|deleted|exported) [a-z_]+\b|[a-z]+_[a-z_]+|networkmember|tafmember"
    r"|familymember|progressnote|servicegap|interimsafetyplan|supervisionnote|datanotification"
)


def whats(page: str) -> list[str]:
    """The words of the "What" column (the third cell of each row of the record)."""
    rows = re.findall(r'<tr class="govuk-table__row">(.*?)</tr>', page, flags=re.S)
    cells = [re.findall(r'<td class="govuk-table__cell">(.*?)</td>', row, flags=re.S) for row in rows]
    return [row[2] for row in cells if row]


def looked_at(family: Family, times: int) -> None:
    audit.record_all(AuditEvent.Action.VIEW, [audit.Entry("family", family.pk, family.pk)] * times)


def test_a_long_record_of_access_is_read_a_page_at_a_time(manager: User, family: Family) -> None:
    looked_at(family, 250)
    client = signed_in(manager)

    first = client.get(f"/families/{family.pk}/who-has-looked/").content.decode()
    second = client.get(f"/families/{family.pk}/who-has-looked/?page=2").content.decode()
    last = client.get(f"/families/{family.pk}/who-has-looked/?page=3").content.decode()

    # Opening the page is on the trail too, before it is listed.
    total = AuditEvent.objects.filter(family_id=family.pk).count()
    assert f"entries 1 to 100 of {total - 2}" in first
    assert "Page 1 of 3" in first
    assert 'href="?page=2" rel="next"' in first
    assert 'rel="prev"' not in first
    assert len(whats(first)) == 100
    assert "Page 2 of 3" in second
    assert 'href="?page=1" rel="prev"' in second
    assert 'href="?page=3" rel="next"' in second
    assert "Page 3 of 3" in last
    assert 'rel="next"' not in last
    assert len(whats(last)) == total - 200


def test_a_short_record_of_access_has_no_pages_to_move_between(manager: User, family: Family) -> None:
    page = signed_in(manager).get(f"/families/{family.pk}/who-has-looked/").content.decode()

    assert "govuk-pagination" not in page
    assert "Newest first (" in page


def test_what_was_done_is_said_in_plain_words(manager: User, lead: User, plan: Plan) -> None:
    family = plan.family
    services.person_add(model=NetworkMember, by=lead, family=family, name="Gran", relationship="Grandmother")
    ben = FamilyMember.objects.get(family=family, name="Ben")
    family_record.legal_hold_set(family=family, by=manager, on=True, reason="A court case.")
    client = signed_in(manager)
    client.get(f"/families/{family.pk}/members/{ben.pk}/subject-access.json")
    client.get(f"/plans/{plan.pk}/file/docx/")

    said = whats(client.get(f"/families/{family.pk}/who-has-looked/").content.decode())

    assert "Added a person to the support network" in said
    assert "Exported everything held (subject access)" in said
    assert "Exported the plan (Word)" in said
    assert "Placed a legal hold" in said
    assert "Added a member of the family" in said
    assert "Looked at the family&#x27;s record" in said
    assert [s for s in said if CODE_NAMES.search(s)] == []


def test_every_entry_of_a_familys_working_life_is_said_in_plain_words(db) -> None:
    load_demo(timezone.localdate())
    entries = AuditEvent.objects.filter(family_id__isnull=False)

    said = {(e.object_type, e.action): str(words.said(e)) for e in entries}

    assert {("networkmember", "create"), ("review", "create"), ("closure", "update")} <= said.keys()
    assert {kind: s for kind, s in said.items() if s in map(str, words.DONE.values())} == {}
    assert {kind: s for kind, s in said.items() if CODE_NAMES.search(s)} == {}


# Kept with a family but never put on its trail: which files were imported (to refuse the same
# file twice), and the scaling scores of a review (on the trail as the review).
NOT_ON_THE_TRAIL = {"importrecord", "scalingscore"}


def test_every_kind_of_record_kept_with_a_family_has_plain_words_for_adding_it() -> None:
    kinds = {
        model._meta.model_name
        for app in ("casework", "reviews", "oversight")
        for model in apps.get_app_config(app).get_models()
    } - NOT_ON_THE_TRAIL

    assert {kind for kind in kinds if (kind, words.CREATE) not in words.SAID} == set()
    assert all(not CODE_NAMES.search(str(s)) for s in words.SAID.values())


def test_an_entry_of_a_kind_not_yet_named_still_says_what_was_done(db) -> None:
    someone = make_user("someone")
    entry = audit.record(AuditEvent.Action.UPDATE, object_type="something_new", object_id=1, user=someone)

    assert str(words.said(entry)) == "Changed the record"
