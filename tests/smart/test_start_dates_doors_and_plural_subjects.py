"""Several people as a verb's subject, a "while" that opens a clause, the house's front door, a
promise signed as an agreement, and a when cell that only says when the action starts."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.smart import Context, check_cells, check_statement, explain_statement

TODAY = dt.date(2026, 12, 6)


def needs_work(text: str, kind: str, context: Context | None = None) -> set[str]:
    found = check_statement(text, kind, today=TODAY, context=context or Context())
    return {f.rule for f in found if f.severity.needs_work}


@pytest.mark.parametrize(
    "text",
    [
        "Amina and the children move into their own tenancy by 31.07.2027.",
        "The children eat breakfast at home before school at least 4 days a week by 01.03.2027.",
    ],
)
def test_a_base_form_after_several_people_is_their_verb(text: str) -> None:
    change = explain_statement(text, "outcome", today=TODAY).reading.slot("change")
    assert change is not None
    assert needs_work(text, "outcome") == set()


def test_while_opens_a_clause_and_is_no_second_thing_done() -> None:
    context = Context(who="Claire Doherty, Traveller Education Adviser", when="03.06.2027 to 16.06.2027")
    text = "Claire to monitor Levi and Kizzy's attendance while the family are travelling."
    assert "action-purposeless-verb" in needs_work(text, "action", context)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "If there's a fire, Janet and Callum get out by the front door straight away and ring 999 from "
            "outside, and Callum goes to Mrs Patel at number 14, who will look after him until Kirsty gets there.",
            False,
        ),
        ("If Mum relapses, the school will contact the front door.", True),
    ],
)
def test_the_houses_front_door_is_no_process(text: str, flagged: bool) -> None:
    assert ("contingency-process-only" in needs_work(text, "contingency")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Kayleigh and Connor to sign a feeding agreement confirming they will follow all health advice.",
            True,
        ),
        ("Mum will sign the childcare contract saying Ben will start at nursery on 15.01.2027.", False),
        (
            "Mum will sign the tenancy agreement at the housing office on 15.01.2027 so the family can move in.",
            False,
        ),
    ],
)
def test_an_agreement_signed_as_a_promise_of_how_the_signers_will_behave(text: str, flagged: bool) -> None:
    context = Context(who="Kayleigh Moore (Mum)", when="15.01.2027")
    assert ("action-written-agreement" in needs_work(text, "action", context)) is flagged


@pytest.mark.parametrize(
    ("when", "flagged"),
    [
        ("From 18.01.2027", True),
        ("From 18 January 2027", True),
        ("From 18.01.2027, review 01.03.2027", False),
        ("From 18.01.2027 to 01.03.2027", False),
        ("18.01.2027", False),
    ],
)
def test_a_start_date_alone_is_ongoing_with_no_review(when: str, flagged: bool) -> None:
    assert ("when-ongoing" in needs_work(when, "when")) is flagged
    cells = check_cells(
        "action", Context(who="Dad (Darren)", when=when), today=TODAY, action="Darren to go to the group."
    )
    assert any(f.rule == "when-ongoing" for _, f in cells) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "If there are further concerns, the school will pass them to the Front Door.",
        "If the situation escalates, Jo will report it to the front door the same day.",
        "If the school has concerns, they will go through the front door.",
    ],
)
def test_childrens_services_front_door_is_still_a_process(text: str) -> None:
    assert "contingency-process-only" in needs_work(text, "contingency")


@pytest.mark.parametrize(
    "text",
    [
        "Mum will sign the tenancy agreement confirming she will move in by 15.01.2027, with Jo there to explain it.",
        "Dad will sign the employment contract stating he will start work at Tesco on 01.02.2027.",
    ],
)
def test_the_agreements_of_ordinary_life_are_no_written_agreement(text: str) -> None:
    context = Context(who="Kim (Mum)", when="15.01.2027")
    assert "action-written-agreement" not in needs_work(text, "action", context)


@pytest.mark.parametrize(
    "text", ["Mum and her partner support the children.", "Mum and her partner keep an eye on the children."]
)
def test_whose_partner_is_no_verb(text: str) -> None:
    context = Context(who="Kim (Mum) and Dean (Mum's partner)", when="Every day, review 01.03.2027")
    assert "action-purposeless-verb" in needs_work(text, "action", context)


def test_plural_things_that_go_down_or_out_have_their_verb() -> None:
    change = explain_statement("Her arrears come down to under £200 by 30.04.2027.", "outcome").reading.slot(
        "change"
    )
    assert change is not None
    assert change.note == "come down"


@pytest.mark.parametrize(
    "when",
    ["Starts 18.01.2027", "Start date 18.01.2027", "Commencing Monday 18.01.2027", "From w/c 18.01.2027"],
)
def test_every_way_of_giving_only_a_start_is_ongoing(when: str) -> None:
    assert "when-ongoing" in needs_work(when, "when")


def test_a_week_to_do_it_in_is_no_start() -> None:
    assert "when-ongoing" not in needs_work("w/c 18.01.2027", "when")


def test_an_action_that_is_itself_a_start_is_done_on_its_from_date() -> None:
    starts = check_cells(
        "action",
        Context(who="Kayleigh Moore (Mum)", when="From 18.01.2027"),
        today=TODAY,
        action="Ben will start at Oakfield Primary, with Mum taking him to the gate on his first morning.",
    )
    goes_on = check_cells(
        "action",
        Context(who="Nan (Pat)", when="From 18.01.2027"),
        today=TODAY,
        action="Nan will have the children for tea after school so Mum can go to her group.",
    )
    assert not any(f.rule == "when-ongoing" for _, f in starts)
    assert any(f.rule == "when-ongoing" for _, f in goes_on)


def test_a_plans_start_action_is_judged_with_its_when_cell() -> None:
    from familyplan.plan import Action, Goal, Plan
    from familyplan.smart import check_plan

    plan = Plan(
        goals=[
            Goal(
                outcome="Ben is at school every day by 01.03.2027.",
                actions=[
                    Action(how="Ben will start at Oakfield Primary.", who="Mum (Kim)", when="From 18.01.2027")
                ],
            )
        ]
    )
    assert "when-ongoing" not in {f.rule for f in check_plan(plan, today=TODAY).findings}


@pytest.mark.parametrize(
    ("text", "kind", "rule", "flagged"),
    [
        (
            "If attendance does not improve, a Penalty Notice will be issued and the matter passed on.",
            "contingency",
            "contingency-process-only",
            True,
        ),
        (
            "If things get worse, Mum will keep a closer eye on Chloe.",
            "contingency",
            "action-purposeless-verb",
            True,
        ),
        (
            "On mornings Kerry-Ann has overslept, Grandma Jean will come over at 8am and walk Amber to school.",
            "contingency",
            "contingency-no-trigger",
            False,
        ),
        (
            "Tyler asleep in his own bed by 9pm on 5 school nights out of 5 by 17.03.2027; Tyler will keep count on his chart.",
            "outcome",
            "outcome-generic",
            False,
        ),
    ],
)
def test_penalty_notices_closer_eyes_mornings_it_happens_and_counts_kept(
    text: str, kind: str, rule: str, flagged: bool
) -> None:
    assert (rule in needs_work(text, kind)) is flagged
