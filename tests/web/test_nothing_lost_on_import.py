"""A plan brought in from a file keeps everything it holds; what the database keeps otherwise is said."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from familyplan.formats import ReadError, plan_to_json
from familyplan.formats.fhir import plan_to_fhir
from familyplan.plan import models as m
from familyplan.plan.reviews import review_due
from familyplan.web.accounts.models import User
from familyplan.web.casework import field_tables, importing
from familyplan.web.casework.importing import FileResult, import_file, transfer_document, transfer_import
from familyplan.web.casework.interchange import to_model
from familyplan.web.casework.models import Family, ImportRecord
from familyplan.web.casework.models import Plan as StoredPlan
from familyplan.web.casework.review_due import review_due_on, review_overdue
from familyplan.web.casework.selectors import plan_parts
from tests.api.test_api import api
from tests.formats.whole_plan import a_plan_with_every_field
from tests.people import signed_in

TODAY = dt.date(2026, 3, 2)


def imported(plan: m.Plan, folder: Path, by: User, dry_run: bool = False) -> FileResult:
    path = folder / "nowak.json"
    path.write_text(plan_to_json(plan), encoding="utf-8")
    return import_file(path, by, today=TODAY, dry_run=dry_run)


def stored_again(result: FileResult) -> m.Plan:
    assert result.status == "imported", result.reason
    return to_model(plan_parts().get(family=result.family))


def test_an_interim_safety_plan_with_no_end_date_comes_in_and_the_plan_page_asks_for_one(
    lead: User, tmp_path: Path
) -> None:
    interim = m.InterimSafetyPlan(issue="Dad drinks at night.", actions="Gran stays over on weekdays.")
    plan = a_plan_with_every_field().model_copy(
        update={"interim_safety_plan": interim, "closure": None, "practitioners": []}
    )  # with no lead named in the file, the person importing it leads

    result = imported(plan, tmp_path, lead)

    assert stored_again(result).interim_safety_plan == interim
    assert ("practitioners", "no lead practitioner named: the person importing it leads") in {
        (p.where, p.reason) for p in result.problems
    }
    page = signed_in(lead).get(f"/plans/{plan_parts().get(family=result.family).pk}/").content.decode()
    assert "The interim safety plan has no end date." in page  # the checker's finding
    status = page.split('id="task-interim-status">')[1].split("</div>")[0]
    assert "No end date" in status


def test_long_names_and_roles_come_in_whole(lead: User, tmp_path: Path) -> None:
    role = "Family support worker, " * 14  # over 300 characters
    plan = a_plan_with_every_field()
    plan.practitioners[0] = plan.practitioners[0].model_copy(update={"role": role.strip(), "name": "N" * 450})
    plan.family_members[0] = plan.family_members[0].model_copy(update={"relationship": "Mum " * 60})

    again = stored_again(imported(plan, tmp_path, lead))

    # The importer leads now (the file's lead has no account here): the long name is found by name.
    long_named = next(p for p in again.practitioners if p.name == "N" * 450)
    assert long_named.role == role.strip()
    relationships = {member.name: member.relationship for member in again.family_members}
    assert relationships[plan.family_members[0].name] == ("Mum " * 60).strip()


def test_a_score_for_a_goal_the_plan_does_not_have_refuses_the_file_and_says_where(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()
    review = plan.reviews[0]
    data = json.loads(plan_to_json(plan))
    data["reviews"][0]["scaling"] = [{"goal_index": len(plan.goals), "family": 4}]  # as another system might
    path = tmp_path / "nowak.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    result = import_file(path, lead, today=TODAY)

    assert result.status == "failed"
    assert f"review 1 (of {review.date:%d/%m/%Y}), score 1: goal_index {len(plan.goals)} names no goal" in (
        result.reason
    )
    assert not Family.objects.exists()


def values_kept_otherwise() -> m.Plan:
    plan = a_plan_with_every_field().model_copy(update={"family_language": "pl", "started_on": None})
    plan.practitioners.append(m.Practitioner(name="Sam Patel", role="Youth worker", agency="Youth service"))
    plan.practitioners[-1] = plan.practitioners[-1].model_copy(update={"is_lead": True})
    plan.goals[0] = plan.goals[0].model_copy(update={"term": "Short-term"})
    plan.goals[1] = plan.goals[1].model_copy(update={"term": "fortnightly"})
    plan.reviews[0] = plan.reviews[0].model_copy(update={"kind": "online", "next_review_date": None})
    return plan


def test_what_the_database_keeps_otherwise_is_said_for_each_part(lead: User, tmp_path: Path) -> None:
    plan = values_kept_otherwise()
    first_lead = plan.lead
    assert first_lead is not None

    result = imported(plan, tmp_path, lead)

    said = {(p.where, p.reason) for p in result.problems}
    assert said == {
        (
            "family language",
            "'pl' is not a language the family's copy is written in (en or cy): English is used",
        ),
        (
            "practitioner Sam Patel",
            f"also named as lead; a family has one lead practitioner, and {first_lead.name} is named first",
        ),
        ("goal 2", "term 'fortnightly' is not short, medium or long: left out"),
        ("review 1", "kind 'online' is not meeting or collated: kept as a meeting"),
        # A My Plan is reviewed every 6 weeks: the checker reads the file the same way.
        ("review 1", "no date for the next review: 24/03/2026, a full review cycle after it, is kept"),
        ("plan", "no start date: the day it came in, 02/03/2026, is kept instead"),
        (
            f"practitioner {first_lead.name}",
            "named as lead but has no account here: kept in the Team Around the Family, "
            "and the person importing it leads, so that the plan can be worked on",
        ),
    }
    again = stored_again(result)
    assert again.goals[0].term == "short"  # "Short-term" is short: nothing to say
    assert again.family_language == "en"
    assert again.reviews[0].next_review_date == plan.reviews[0].date + dt.timedelta(weeks=6)


def test_a_dry_run_says_the_same_and_writes_nothing(lead: User, tmp_path: Path) -> None:
    plan = values_kept_otherwise()

    result = imported(plan, tmp_path, lead, dry_run=True)

    assert result.status == "would import"
    assert len(result.problems) == 7
    assert not Family.objects.exists()


# Each table of the mapper, with the part of the plan format it holds.
FORMAT_PARTS = {
    "casework.FamilyMember": (m.FamilyMember, field_tables.MEMBER_FIELDS),
    "casework.NetworkMember": (m.NetworkMember, field_tables.NETWORK_FIELDS),
    "casework.TafMember": (m.Practitioner, field_tables.PRACTITIONER_FIELDS),
    "casework.Goal": (
        m.Goal,
        {name: kind for name, kind in field_tables.GOAL_FIELDS.items() if name != "term"},
    ),
    "casework.Action": (m.Action, field_tables.ACTION_FIELDS),
    "casework.InterimSafetyPlan": (m.InterimSafetyPlan, field_tables.INTERIM_FIELDS),
    "casework.ServiceGap": (m.ServiceGap, field_tables.GAP_FIELDS),
    "casework.Plan": (m.Plan, field_tables.PLAN_FIELDS),
    "reviews.Review": (m.Review, {n: k for n, k in field_tables.REVIEW_FIELDS.items() if n != "kind"}),
}


def _longest(model: type[m.BaseModel], name: str) -> int | None:
    limits = [getattr(item, "max_length", None) for item in model.model_fields[name].metadata]
    return next((limit for limit in limits if limit is not None), None)


def test_every_column_the_mapper_writes_holds_the_longest_value_the_plan_format_allows() -> None:
    too_short = []
    for label, (model, table) in FORMAT_PARTS.items():
        stored = apps.get_model(label)
        for name, kind in table.items():
            column = stored._meta.get_field(name)
            allowed = _longest(model, name)
            text = kind == field_tables.SAME and column.get_internal_type() == "CharField"
            if text and allowed and column.max_length < allowed:
                too_short.append(f"{label}.{name}: {column.max_length} < {allowed}")
            filled_and_said = f"{label}.{name}" in (
                "casework.Plan.started_on",
                "reviews.Review.next_review_date",
            )
            if not column.null and model.model_fields[name].default is None and not filled_and_said:
                too_short.append(f"{label}.{name}: the format allows no value, the column needs one")
    assert too_short == []


def test_the_dashboard_counts_an_interim_safety_plan_with_no_end_date(
    lead: User, manager: User, tmp_path: Path
) -> None:
    interim = m.InterimSafetyPlan(issue="Dad drinks at night.")
    imported(
        a_plan_with_every_field().model_copy(update={"interim_safety_plan": interim, "closure": None}),
        tmp_path,
        lead,
    )

    page = signed_in(manager).get("/oversight/interim-expired/").content.decode()

    assert "Nowak" in page


def test_a_record_from_another_council_says_what_the_database_keeps_otherwise(
    lead: User, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    family = imported(a_plan_with_every_field(), tmp_path, lead).family
    assert family is not None
    record = transfer_document(family)
    record["reference"] = "EH-ELSEWHERE-7"
    record["plans"][0]["family_language"] = "pl"
    record["plans"][0]["reviews"][0]["kind"] = "online"
    transfer = tmp_path / "transfer.json"
    transfer.write_text(json.dumps(record), encoding="utf-8")

    call_command("transfer", "import", str(transfer), "--as", lead.username)

    said = capsys.readouterr().out
    assert "family language: 'pl' is not a language the family's copy is written in" in said
    assert "plan 1, review 1: kind 'online' is not meeting or collated: kept as a meeting" in said


def test_an_undated_progress_note_and_an_undated_closure_are_dated_and_said(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()
    action = plan.goals[0].actions[0]
    action.progress[0] = action.progress[0].model_copy(update={"date": None})
    assert plan.closure is not None
    assert plan.started_on is not None
    plan.closure = plan.closure.model_copy(update={"date": None})

    said = {(p.where, p.reason) for p in imported(plan, tmp_path, lead).problems}

    started = f"{plan.started_on:%d/%m/%Y}"
    assert ("goal 1, action 1", f"a progress note with no date is dated the plan's start, {started}") in said
    assert ("closure", "no date: the day it came in is kept as the day it was asked for") in said


def test_a_record_from_another_council_with_no_reference_of_its_own_keeps_its_plans_reference(
    lead: User, tmp_path: Path
) -> None:
    family = imported(a_plan_with_every_field(), tmp_path, lead).family
    assert family is not None
    record = transfer_document(family)
    record["reference"] = ""
    transfer = tmp_path / "transfer.json"
    transfer.write_text(json.dumps(record), encoding="utf-8")

    with pytest.raises(ReadError, match="a family with reference EH-2026-0042 is already here"):
        transfer_import(transfer, lead)


def test_who_wrote_each_note_who_signed_off_and_whom_a_goal_is_for_come_in_and_show(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()
    assert plan.closure is not None

    result = imported(plan, tmp_path, lead)
    again = stored_again(result)

    assert again.goals[0].for_children == plan.goals[0].for_children == ["Ben Nowak"]
    assert [n.by for n in again.goals[0].actions[0].progress] == [
        n.by for n in plan.goals[0].actions[0].progress
    ]
    assert again.closure is not None
    assert again.closure.signed_off_by == plan.closure.signed_off_by
    page = signed_in(lead).get(f"/plans/{plan_parts().get(family=result.family).pk}/").content.decode()
    # Signed off in the system it came from, on the day its file gives.
    assert (
        "This plan was closed before it came into Family Plan, signed off by"
        f" {plan.closure.signed_off_by} on 3 April 2026."
    ) in page
    closure = api(lead).get(f"/api/plans/{plan_parts().get(family=result.family).pk}/closure").json()
    assert (closure["signed_off_by"], closure["no_goal_achieved_reason"], closure["signed_off_at"][:10]) == (
        plan.closure.signed_off_by,
        plan.closure.no_goal_achieved_reason,
        "2026-04-03",
    )
    assert f", {plan.supervision[0].by}</p>" in page  # the supervisor, not the person importing


def test_a_file_that_meets_a_fault_of_the_program_fails_alone_and_the_others_come_in(
    lead: User, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    good = a_plan_with_every_field()
    faulty = good.model_copy(update={"family_name": "Faulty", "family_reference": "EH-FAULT-1"})
    storing = importing.plan_from_model

    def store_all_but_faulty(family: Family, plan: m.Plan, *args: object) -> object:
        if plan.family_name == "Faulty":
            raise IndexError("list index out of range")  # a fault of the program, not of the file
        return storing(family, plan, *args)

    monkeypatch.setattr(importing, "plan_from_model", store_all_but_faulty)
    files = [
        SimpleUploadedFile("faulty.json", plan_to_json(faulty).encode()),
        SimpleUploadedFile("nowak.json", plan_to_json(good).encode()),
    ]

    page = signed_in(lead).post("/import/", {"files": files})

    assert page.status_code == 200
    text = page.content.decode()
    assert "nothing from it was imported: the program met a fault (IndexError at" in text
    assert list(Family.objects.values_list("family_name", flat=True)) == ["Nowak"]
    assert "Faulty" not in caplog.text  # the log says where the fault is, not what the file holds
    assert "IndexError at" in caplog.text


def test_the_area_a_contact_the_day_a_goal_was_achieved_and_the_sign_off_words_travel(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()
    family = imported(plan, tmp_path, lead).family
    assert family is not None
    record = transfer_document(family)
    family.delete()  # the first council's copy is gone: only the transfer file holds the record
    transfer = tmp_path / "transfer.json"
    transfer.write_text(json.dumps(record), encoding="utf-8")

    again = to_model(plan_parts().get(family=transfer_import(transfer, lead)))

    assert again.family_area == plan.family_area == "North ward"
    assert again.support_network[0].contact == plan.support_network[0].contact
    assert again.goals[0].achieved_on == plan.goals[0].achieved_on
    assert again.closure is not None
    assert plan.closure is not None
    assert again.closure.no_goal_achieved_reason == plan.closure.no_goal_achieved_reason
    assert again.closure.sign_off_comment == plan.closure.sign_off_comment


def test_a_plan_that_came_in_closed_with_no_day_of_sign_off_shows_the_day_closing_was_asked_for(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()
    assert plan.closure is not None
    plan.closure = plan.closure.model_copy(update={"signed_off_on": None})

    result = imported(plan, tmp_path, lead)

    assert ("closure", "no day of sign-off: it shows as closed on the day it was asked for") in {
        (p.where, p.reason) for p in result.problems
    }
    assert stored_again(result).closure == plan.closure  # exported again with no day, as it came
    page = signed_in(lead).get(f"/plans/{plan_parts().get(family=result.family).pk}/").content.decode()
    assert (
        "This plan was closed before it came into Family Plan: it was asked to close on 1 April 2026"
        f" and signed off by {plan.closure.signed_off_by}."
    ) in page
    assert f"{timezone.localdate():%-d %B %Y}. It can be read" not in page


def test_a_plan_that_came_in_closed_with_no_dates_shows_none_and_goes_out_with_none(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()
    assert plan.closure is not None
    plan.closure = plan.closure.model_copy(update={"date": None, "signed_off_on": None})

    result = imported(plan, tmp_path, lead)

    assert stored_again(result).closure == plan.closure  # not the day it came in, as a day it closed
    page = signed_in(lead).get(f"/plans/{plan_parts().get(family=result.family).pk}/").content.decode()
    assert (
        "This plan was closed before it came into Family Plan and signed off by"
        f" {plan.closure.signed_off_by}. It can be read"
    ) in page


def test_a_dry_run_names_the_family_it_would_make_and_counts_in_plain_words(lead: User) -> None:
    plan = a_plan_with_every_field()
    reviews = [
        r.model_copy(update={"scaling": [s for s in r.scaling if s.goal_index == 0]}) for r in plan.reviews
    ]
    one_goal = plan.model_copy(update={"goals": plan.goals[:1], "reviews": reviews})
    files = [SimpleUploadedFile("nowak.json", plan_to_json(one_goal).encode())]

    text = signed_in(lead).post("/import/", {"files": files, "dry_run": "1"}).content.decode()

    assert f"Nowak family: 1 goal, {len(one_goal.goals[0].actions)} action" in text
    assert "1 goals" not in text
    assert not Family.objects.exists()


def test_a_dry_run_of_the_same_plan_twice_says_the_second_would_not_come_in(lead: User) -> None:
    plan = a_plan_with_every_field()
    files = [
        SimpleUploadedFile(name, plan_to_json(plan).encode()) for name in ("nowak.json", "nowak-copy.json")
    ]

    text = html.unescape(signed_in(lead).post("/import/", {"files": files, "dry_run": "1"}).content.decode())

    assert "1 would be imported, 1 already here" in " ".join(text.split())
    assert not Family.objects.exists()


def test_a_file_that_is_not_a_plan_says_so_in_plain_words(lead: User) -> None:
    files = [
        SimpleUploadedFile("hello.json", b'{"hello": "world"}'),
        SimpleUploadedFile("cut.json", b'{"family_name": "Nowak'),
    ]

    text = signed_in(lead).post("/import/", {"files": files}).content.decode()

    assert "hello: not a field of the plan format (check its spelling)" in text
    assert "not valid JSON at line 1, column 17: unterminated string" in text


def test_a_plan_moved_as_a_fhir_bundle_comes_in_as_it_does_from_the_plan_format(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()
    from_json = imported(plan, tmp_path, lead)
    stored_from_json = stored_again(from_json)
    Family.objects.all().delete()
    ImportRecord.objects.all().delete()  # the same plan again is refused as already imported
    path = tmp_path / "nowak.fhir.json"
    path.write_text(json.dumps(plan_to_fhir(plan)), encoding="utf-8")

    from_fhir = import_file(path, lead, today=TODAY)

    assert from_fhir.problems == from_json.problems
    assert stored_again(from_fhir).model_dump() == stored_from_json.model_dump()
    moved = stored_from_json
    assert [len(moved.reviews), len(moved.support_network), len(moved.service_gaps)] == [1, 1, 1]


def test_after_sending_files_the_page_says_first_what_happened_and_its_title_counts_failures(
    lead: User,
) -> None:
    files = [
        SimpleUploadedFile("nowak.json", plan_to_json(a_plan_with_every_field()).encode()),
        SimpleUploadedFile("cut.json", b'{"family_name": "Nowak'),
    ]

    text = html.unescape(signed_in(lead).post("/import/", {"files": files}).content.decode())

    assert "<title>1 file could not be imported – Import plan files" in text
    banner = text.index('role="alert"')
    assert banner < text.index('id="files"')
    assert "1 imported, 0 already here, 1 could not be imported." in " ".join(text[banner:].split())


def test_a_review_with_no_next_date_is_due_when_the_checker_says_not_overdue_from_the_day_it_was_held(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field().model_copy(update={"closure": None, "next_review_date": None})
    held = TODAY - dt.timedelta(days=14)
    plan.reviews[:] = [plan.reviews[0].model_copy(update={"date": held, "next_review_date": None})]

    result = imported(plan, tmp_path, lead)

    stored = plan_parts().get(family=result.family)
    assert review_due_on(stored) == review_due(plan) == held + dt.timedelta(weeks=6)
    assert not StoredPlan.objects.filter(review_overdue(TODAY), pk=stored.pk).exists()


def test_a_family_named_after_its_file_is_said_so_and_one_named_in_the_file_is_not(
    lead: User, tmp_path: Path
) -> None:
    plan = a_plan_with_every_field()

    unnamed = imported(plan.model_copy(update={"family_name": ""}), tmp_path, lead, dry_run=True)
    named = imported(plan, tmp_path, lead, dry_run=True)

    assert unnamed.family_name == "nowak"
    said = [f"{problem.where}: {problem.reason}" for problem in unnamed.problems]
    assert (
        "family: no family name: the file's name, 'nowak', is used; correct it on the family's details page"
        in said
    )
    assert not [problem for problem in named.problems if problem.where == "family"]
