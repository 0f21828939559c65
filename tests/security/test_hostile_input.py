"""Random and hostile input on every form and reader: never a server error, always a clear
message, and nothing stored half-way."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familyplan.formats import ReadError, read_plan
from familyplan.web.accounts.models import User
from familyplan.web.audit.models import AuditEvent
from familyplan.web.casework.models import Action, Family, FamilyMember, Goal, Plan, ServiceGap, TafMember
from tests.people import signed_in

HOSTILE = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=50).map(lambda s: s * 400),  # huge
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            "\x00\x01\x02\x1b[31m",
            '=HYPERLINK("http://x")',
            "31/02/2024",
            "2024-13-45",
            "99/99/9999",
            "../../etc/passwd",
            "' OR 1=1 --",
            "\u202e\u200b",
            "",
            " " * 50,
        ]
    ),
)
FORM_FIELDS = {
    "/families/new/": ["family_name", "reference", "address_area"],
    "/families/{family}/members/new/": [
        "name",
        "relationship",
        "date_of_birth",
        "is_child",
        "reason_not_involved",
        "views",
    ],
    "/families/{family}/network/new/": ["name", "relationship", "how_they_help", "contact"],
    "/families/{family}/taf/new/": ["name", "role", "agency", "contact", "is_lead"],
    "/plans/{plan}/goals/new/": [
        "outcome",
        "supporting_families_outcome",
        "measure_of_success",
        "need",
        "term",
    ],
    "/plans/{plan}/goals/{goal}/actions/new/": ["how", "person", "who", "when", "status"],
    "/plans/{plan}/contingency/": ["contingency", "version"],
    "/plans/{plan}/about/": ["reason", "worries", "strengths", "needs", "version"],
    "/plans/{plan}/started/": ["started_on", "reason", "version"],
    "/plans/{plan}/interim/": ["issue", "actions", "end_date"],
    "/plans/{plan}/gaps/new/": ["kind_of_service", "support_needed", "risk"],
    "/plans/{plan}/reviews/new/": ["date", "kind", "attendees", "next_review_date"],
    "/plans/{plan}/close/": ["reason", "summary", "family_agreed", "taf_agreed"],
    "/plans/{plan}/views-link/": ["for_name"],
    "/check/": ["kind", "field", "how"],
    "/account/two-factor/set-up/": ["code"],
}
STORED = [Family, FamilyMember, TafMember, Goal, Action, ServiceGap]


def counts() -> list[int]:
    return [model.objects.count() for model in STORED]


@pytest.mark.parametrize("route", sorted(FORM_FIELDS))
def test_hostile_input_on_a_form_never_breaks_the_page(route: str, lead: User, plan: Plan) -> None:
    goal = Goal.objects.create(plan=plan, outcome="Ben will be in school.")
    url = route.format(family=plan.family_id, plan=plan.pk, goal=goal.pk)
    client = signed_in(lead)

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.fixed_dictionaries({name: HOSTILE for name in FORM_FIELDS[route]}))
    def post(data: dict[str, str]) -> None:
        before = counts()
        response = client.post(url, data)
        assert response.status_code < 500
        page = response.content.decode()
        assert "<script>alert(1)</script>" not in page
        if response.status_code == 200 and "There is a problem" in page:
            assert counts() == before  # refused: nothing stored

    post()


def read_or_error(path: Path) -> tuple[object, str | None]:
    try:
        return read_plan(path).plan, None
    except ReadError as error:
        return None, str(error)


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".csv", ".docx", ".xlsx"])
@settings(max_examples=40, deadline=None)
@given(content=st.binary(max_size=2000))
def test_any_bytes_in_a_plan_file_give_a_result_or_a_one_line_error(
    tmp_path_factory, suffix: str, content: bytes
) -> None:
    path = tmp_path_factory.mktemp("hostile") / f"plan{suffix}"
    path.write_bytes(content)

    result, error = read_or_error(path)

    if error is None:
        assert result is not None
    else:
        assert "\n" not in error
        assert error.startswith(f"plan{suffix}: ")


@settings(max_examples=40, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(string.printable, max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(["goals", "actions", "outcome", "how", "when", "status", "x"]),
                children,
                max_size=4,
            )
        ),
        max_leaves=20,
    )
)
def test_any_json_gives_a_plan_or_a_one_line_error(tmp_path_factory, data: object) -> None:
    path = tmp_path_factory.mktemp("json") / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    _, error = read_or_error(path)

    assert error is None or "\n" not in error


def test_nothing_half_written_when_a_review_is_refused(lead: User, plan: Plan) -> None:
    goal = Goal.objects.create(plan=plan, outcome="Ben will be in school.")
    events = AuditEvent.objects.count()

    response = signed_in(lead).post(
        f"/plans/{plan.pk}/reviews/new/",
        {"date": "01/03/2026", "kind": "meeting", "next_review_date": "01/02/2026", f"family_{goal.pk}": "5"},
    )

    assert "The next review must be after this one" in response.content.decode()
    assert plan.reviews.count() == 0
    assert goal.scores.count() == 0
    assert not AuditEvent.objects.filter(object_type="review").exists()
    assert AuditEvent.objects.count() > events  # the page view itself is on record
