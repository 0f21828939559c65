"""Every whole-plan rule flags a plan that breaks it, and leaves a near miss alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import textstat

from familyplan.plan.models import (
    Action,
    ActionStatus,
    Closure,
    ClosureReason,
    FamilyMember,
    Goal,
    GoalStatus,
    InterimSafetyPlan,
    NetworkMember,
    Plan,
    PlanType,
    Practitioner,
    Review,
    ServiceGap,
    SupportingFamiliesOutcome,
)
from familyplan.smart import SettingsError, check_plan, default_catalogue, load_catalogue
from familyplan.smart.readability import sentence_count

TODAY = dt.date(2025, 3, 3)


def a_good_plan() -> Plan:
    return Plan(
        family_name="Smith",
        started_on=dt.date(2025, 1, 6),
        family_members=[
            FamilyMember(name="Susan", relationship="Mum"),
            FamilyMember(name="Tom", relationship="Dad"),
            FamilyMember(
                name="Ben",
                relationship="Son",
                is_child=True,
                date_of_birth=dt.date(2013, 4, 2),
                views="I want to feel less worried about going into class.",
            ),
        ],
        support_network=[
            NetworkMember(name="Grandma Pat", relationship="Grandmother", how_they_help="School run")
        ],
        practitioners=[
            Practitioner(name="Sarah Jones", role="Family Support Worker", agency="Early Help", is_lead=True),
            Practitioner(name="Mrs March", role="Head of Year 6", agency="Hope Primary School"),
        ],
        strengths=["Susan and Ben are close and talk every evening."],
        needs=["Ben's school attendance is low"],
        goals=[
            Goal(
                outcome="By the end of the spring term, Ben will be in school for at least 90% of sessions each half term.",
                need="Ben's school attendance is low",
                supporting_families_outcome=SupportingFamiliesOutcome.EDUCATION,
                measure_of_success="The school register shows 90% or more",
                actions=[
                    Action(
                        how="Susan will walk Ben to the school gate at 8.45am every school day.",
                        who="Susan (Mum)",
                        when="Every school day (review 14.04.2025)",
                        recurrence="Every school day",
                        review_date=dt.date(2025, 4, 14),
                    ),
                    Action(
                        how="Mrs March will meet Ben every Monday at 9am to plan his week.",
                        who="Mrs March (Head of Year 6)",
                        when="Every Monday (review 14.04.2025)",
                        recurrence="Every Monday",
                        review_date=dt.date(2025, 4, 14),
                    ),
                ],
            )
        ],
        contingency="If Susan is unwell, Grandma Pat will take Ben to school and ring Sarah Jones the same day.",
        reviews=[Review(date=dt.date(2025, 2, 17), next_review_date=dt.date(2025, 3, 31))],
    )


def rules_in(plan: Plan, today: dt.date = TODAY) -> list[str]:
    return [f.rule for f in check_plan(plan, today=today).findings]


def without_lead(p: Plan) -> None:
    p.practitioners[0].is_lead = False


def without_role(p: Plan) -> None:
    p.practitioners[1].role = ""


def without_strengths(p: Plan) -> None:
    p.strengths = []


def without_child_views(p: Plan) -> None:
    p.family_members[2].views = ""


def with_unmet_need(p: Plan) -> None:
    p.needs.append("Mum is struggling with debt")


def with_empty_goal(p: Plan) -> None:
    p.goals.append(Goal(outcome="Mum will have a budget she sticks to each month.", actions=[]))


def without_goals(p: Plan) -> None:
    p.goals = []
    p.needs = []


def without_family_actions(p: Plan) -> None:
    p.goals[0].actions = p.goals[0].actions[1:]


def as_to_do_list(p: Plan) -> None:
    p.goals[0].actions = p.goals[0].actions[:1]


def without_network(p: Plan) -> None:
    p.support_network = []


def with_father_left_out(p: Plan) -> None:
    p.family_members[1].involved_in_plan = False


def with_duplicate(p: Plan) -> None:
    p.goals[0].actions.append(p.goals[0].actions[0].model_copy())


def with_review_overdue(p: Plan) -> None:
    p.reviews[0].next_review_date = dt.date(2025, 2, 28)


def with_review_months_away(p: Plan) -> None:
    p.reviews[0].next_review_date = dt.date(2025, 6, 30)


def with_review_months_away_for_a_reason(p: Plan) -> None:
    with_review_months_away(p)
    p.reviews[0].next_review_reason = "Ben's operation on 2 June; the family asked to meet after it."


def opened_long_ago(p: Plan) -> None:
    p.started_on = dt.date(2023, 12, 1)
    p.reviews[0].date = dt.date(2025, 2, 17)


def with_expired_interim(p: Plan) -> None:
    p.interim_safety_plan = InterimSafetyPlan(issue="Dad's drinking", end_date=dt.date(2025, 2, 1))


def with_gap_without_risk(p: Plan) -> None:
    p.service_gaps.append(ServiceGap(support_needed="Speech and language therapy"))


def with_passed_date(p: Plan) -> None:
    p.goals[0].actions[0].review_date = dt.date(2025, 2, 1)


def beyond_timescale(p: Plan) -> None:
    p.goals[0].actions[1].review_date = dt.date(2027, 1, 1)


def hard_to_read(p: Plan) -> None:
    jargon = (
        "Multi-agency professionals will collaboratively facilitate comprehensive therapeutic interventions "
        "addressing intergenerational psychological vulnerabilities and environmental determinants."
    )
    for goal in p.goals:
        goal.actions += [
            Action(how=f"{jargon} Stage {i}.", who="Sarah Jones", when="14/04/2025") for i in range(6)
        ]


def without_outcome_area(p: Plan) -> None:
    p.goals[0].supporting_families_outcome = None


def with_achievement(p: Plan) -> None:
    p.goals[0].actions[1].status = ActionStatus.DONE


def less_formal_father(p: Plan) -> None:
    p.family_members[1].involved_in_plan = False
    p.family_members[1].reason_not_involved = "Lives abroad; Susan keeps him updated by phone each week."


# rule id: (change that must trigger it, change that must not)
CASES: dict[str, tuple[Callable[[Plan], None], Callable[[Plan], None]]] = {
    "plan-no-lead": (without_lead, without_strengths),
    "plan-practitioner-no-role": (without_role, without_lead),
    "plan-no-strengths": (without_strengths, without_lead),
    "plan-no-child-views": (without_child_views, without_strengths),
    "plan-need-without-goal": (with_unmet_need, without_strengths),
    "plan-no-goals": (without_goals, with_empty_goal),
    "plan-goal-without-actions": (with_empty_goal, without_strengths),
    "plan-no-family-actions": (without_family_actions, as_to_do_list),
    "plan-goal-to-do-list": (as_to_do_list, without_family_actions),
    "plan-network-not-explored": (without_network, without_strengths),
    "plan-father-absent": (with_father_left_out, less_formal_father),
    "plan-duplicate-actions": (with_duplicate, with_empty_goal),
    "plan-review-overdue": (with_review_overdue, without_strengths),
    "plan-review-beyond-cycle": (with_review_months_away, with_review_months_away_for_a_reason),
    "plan-open-over-a-year": (opened_long_ago, without_strengths),
    "plan-interim-expired": (with_expired_interim, without_strengths),
    "plan-gap-without-risk": (with_gap_without_risk, without_strengths),
    "plan-action-date-passed": (with_passed_date, without_strengths),
    "plan-date-beyond-timescale": (beyond_timescale, without_strengths),
    "plan-reading-level": (hard_to_read, without_strengths),
    "plan-goal-without-outcome-area": (without_outcome_area, without_strengths),
    "plan-achievement": (with_achievement, without_strengths),
}


def test_every_plan_rule_has_a_case() -> None:
    plan_rules = {r.id for r in default_catalogue().rules.values() if "plan" in r.applies_to}

    assert set(CASES) == plan_rules


def test_a_good_plan_needs_no_work() -> None:
    problems = [f for f in check_plan(a_good_plan(), today=TODAY).findings if f.severity.needs_work]

    assert problems == []


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_plan_rule_flags_a_plan_that_breaks_it(rule_id: str) -> None:
    plan = a_good_plan()
    CASES[rule_id][0](plan)

    assert rule_id in rules_in(plan)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_plan_rule_leaves_a_near_miss_alone(rule_id: str) -> None:
    plan = a_good_plan()
    CASES[rule_id][1](plan)

    assert rule_id not in rules_in(plan)


def test_a_goal_without_actions_is_located_on_that_goal() -> None:
    plan = a_good_plan()
    with_empty_goal(plan)

    finding = next(f for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-goal-without-actions")

    assert finding.location is not None
    assert finding.location.goal == 1


def test_a_my_plan_is_overdue_after_six_weeks_and_an_early_help_plan_after_eight() -> None:
    plan = a_good_plan()
    plan.reviews[0].next_review_date = None
    day = dt.date(2025, 2, 17) + dt.timedelta(weeks=7)

    early_help = rules_in(plan, today=day)
    plan.plan_type = PlanType.MY_PLAN
    my_plan = rules_in(plan, today=day)

    assert "plan-review-overdue" not in early_help
    assert "plan-review-overdue" in my_plan


def test_a_next_review_months_after_the_start_of_a_plan_with_no_reviews_is_flagged() -> None:
    plan = a_good_plan()
    plan.reviews = []
    plan.next_review_date = dt.date(2025, 6, 30)

    finding = next(f for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-review-beyond-cycle")

    assert "25 weeks after the plan started, 06/01/2025" in finding.message
    assert "by 03/03/2025" in finding.message


def test_a_plan_begun_long_ago_with_no_reviews_recorded_is_not_held_to_its_start() -> None:
    plan = a_good_plan()
    plan.reviews = []
    plan.started_on = TODAY - dt.timedelta(weeks=55)
    plan.next_review_date = TODAY + dt.timedelta(weeks=3)

    assert "plan-review-beyond-cycle" not in rules_in(plan)


def test_a_next_review_a_few_days_past_the_cycle_is_not_chased() -> None:
    plan = a_good_plan()
    plan.reviews = []
    plan.next_review_date = plan.started_on + dt.timedelta(weeks=9)

    assert "plan-review-beyond-cycle" not in rules_in(plan)


def test_a_need_sharing_only_the_childs_name_with_a_goal_has_no_goal() -> None:
    plan = a_good_plan()
    plan.needs.append("Ben's sleep")

    found = [f.text for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-need-without-goal"]

    assert found == ["Ben's sleep"]


def test_a_stopped_action_is_kept_for_the_record_and_not_judged() -> None:
    plan = a_good_plan()
    stopped = plan.goals[0].actions[1].model_copy(update={"when": "ASAP", "status": ActionStatus.STOPPED})
    plan.goals[0].actions.append(stopped)

    findings = check_plan(plan, today=TODAY).findings

    assert [f for f in findings if f.location and f.location.action == 2] == []
    assert "plan-duplicate-actions" not in {f.rule for f in findings}


def test_a_goal_whose_actions_have_all_stopped_has_no_actions() -> None:
    plan = a_good_plan()
    for action in plan.goals[0].actions:
        action.status = ActionStatus.STOPPED

    assert "plan-goal-without-actions" in rules_in(plan)


def test_a_practitioner_the_plan_introduces_with_a_role_may_be_named_alone_in_a_who_cell() -> None:
    plan = a_good_plan()
    plan.goals[0].actions[0].who = "Sarah Jones"
    plan.goals[0].actions[1].who = "Sam Brown"

    flagged = [f.text for f in check_plan(plan, today=TODAY).findings if f.rule == "who-no-role"]

    assert flagged == ["Sam Brown"]


def test_a_closed_plan_is_not_chased_for_reviews_or_contingency() -> None:
    plan = a_good_plan()
    with_review_overdue(plan)
    plan.contingency = ""
    plan.closure = Closure(reason=ClosureReason.OUTCOMES_ACHIEVED, date=TODAY)

    rules = rules_in(plan)

    assert "plan-review-overdue" not in rules
    assert "contingency-missing" not in rules


def test_an_achieved_goal_is_celebrated() -> None:
    plan = a_good_plan()
    plan.goals[0].status = GoalStatus.ACHIEVED

    praise = [f for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-achievement"]

    assert praise[0].message.startswith("Goal achieved: By the end of the spring term, Ben will be in school")


def test_an_achieved_goal_with_no_outcome_written_is_named_so() -> None:
    plan = a_good_plan()
    plan.goals[0].status = GoalStatus.ACHIEVED
    plan.goals[0].outcome = ""

    praise = [f for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-achievement"]

    assert praise[0].message == "Goal achieved: a goal with no outcome written"


def test_scores_are_0_to_100_and_a_poor_plan_scores_lower() -> None:
    poor = a_good_plan()
    for change in (without_lead, without_strengths, with_review_overdue, with_duplicate, with_unmet_need):
        change(poor)
    poor.goals[0].actions[0].when = "ASAP"
    poor.goals[0].outcome = "Improve attendance."

    good_report = check_plan(a_good_plan(), today=TODAY)
    poor_report = check_plan(poor, today=TODAY)

    assert set(good_report.scores) == {"S", "M", "A", "R", "T"}
    assert all(0 <= v <= 100 for v in poor_report.scores.values())
    assert good_report.overall == 100
    assert poor_report.overall < good_report.overall


def test_top_fixes_put_errors_first_one_per_rule() -> None:
    plan = a_good_plan()
    without_lead(plan)
    with_duplicate(plan)
    with_duplicate(plan)

    fixes = check_plan(plan, today=TODAY).top_fixes

    assert fixes[0].severity.value == "error"
    assert len({f.rule for f in fixes}) == len(fixes)


def test_a_council_can_switch_a_rule_off(tmp_path: Path) -> None:
    settings = tmp_path / "council.yaml"
    settings.write_text("disabled: [plan-no-strengths]\n", encoding="utf-8")
    plan = a_good_plan()
    without_strengths(plan)

    report = check_plan(plan, today=TODAY, catalogue=load_catalogue(settings))

    assert "plan-no-strengths" not in [f.rule for f in report.findings]


def test_a_council_can_add_its_own_words(tmp_path: Path) -> None:
    settings = tmp_path / "council.yaml"
    settings.write_text("words:\n  action-purposeless-verb: [chase]\n", encoding="utf-8")
    catalogue = load_catalogue(settings)
    plan = a_good_plan()
    plan.goals[0].actions[1].how = "Mrs March will be chasing the referral."

    report = check_plan(plan, today=TODAY, catalogue=catalogue)

    assert "action-purposeless-verb" in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("disabled: [no-such-rule]\n", "no rule called 'no-such-rule'"),
        ("disabled: plan-no-lead\n", "'disabled' must be a list"),
        ("colour: blue\n", "unknown setting(s): colour"),
        ("disabled: [\n", "not valid YAML"),
    ],
)
def test_a_broken_settings_file_is_refused_with_the_reason(
    tmp_path: Path, settings: str, message: str
) -> None:
    path = tmp_path / "council.yaml"
    path.write_text(settings, encoding="utf-8")

    with pytest.raises(SettingsError) as caught:
        load_catalogue(path)

    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Hi.",
        "Mum will ring the school. Ok. Ben will be in bed by 8pm on 3.4.2025 every school night!",
        "Is it - really - done? Yes it's done... Dad'll check it's done, with Nan's help — every week.",
        "multi-step instructions. a b. one two three",
    ],
)
def test_the_reading_level_counts_sentences_as_textstat_does(text: str) -> None:
    assert sentence_count(text) == textstat.sentence_count(text)


def test_the_reading_level_names_no_school_year_after_the_last() -> None:
    plan = a_good_plan()
    run_on = " and ".join(["Mum will take Ben to the club on the bus that goes past the house"] * 12)
    plan.goals[0].actions += [Action(how=run_on, who="Sarah Jones", when="14/04/2025") for _ in range(3)]

    [finding] = [f for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-reading-level"]

    assert "school year 13 or above" in finding.message


def test_a_who_cell_naming_someone_the_plan_lists_in_the_family_needs_no_role() -> None:
    plan = a_good_plan()
    plan.goals[0].actions[0].who = "Ben"
    plan.goals[0].actions[1].who = "Grandma Pat and Tom"
    stranger = Action(
        how="Kim will ring Susan every Friday.", who="Kim", when="Every Friday (review 14.04.2025)"
    )
    plan.goals[0].actions.append(stranger)

    unnamed = [f.text for f in check_plan(plan, today=TODAY).findings if f.rule == "who-no-role"]

    assert unnamed == ["Kim"]  # neither the family nor its network: the family may not know her


def test_ongoing_work_whose_review_has_passed_is_reported_late() -> None:
    plan = a_good_plan()
    action = plan.goals[0].actions[0]
    action.when, action.recurrence, action.due_date = "Ongoing - review 10/02/2025", "", None
    action.review_date = dt.date(2025, 2, 10)

    rules = {f.rule for f in check_plan(plan, today=TODAY).findings}

    assert "plan-action-date-passed" in rules


def test_an_action_for_a_baby_months_away_is_beyond_the_babys_timescale() -> None:
    plan = a_good_plan()
    plan.family_members.append(
        FamilyMember(name="Lexi", relationship="Daughter", is_child=True, date_of_birth=dt.date(2025, 1, 20))
    )
    plan.goals[0].actions.append(
        Action(
            how="Ryan will put up Lexi's cot in their bedroom.",
            who="Ryan (Dad)",
            when="30/07/2025",
            due_date=dt.date(2025, 7, 30),
        )
    )
    found = [f for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-date-beyond-timescale"]
    assert len(found) == 1
    assert "three months" in found[0].message
    plan.goals[0].actions[-1].when = "28/04/2025"
    plan.goals[0].actions[-1].due_date = dt.date(2025, 4, 28)
    assert "plan-date-beyond-timescale" not in rules_in(plan)


def test_an_action_for_a_childs_safety_months_away_is_beyond_the_childs_timescale() -> None:
    plan = a_good_plan()
    plan.goals[0].actions.append(
        Action(
            how="Sehar will make a safety plan with Jayden and his mum for the walk home from school.",
            who="Sehar Malik (Designated Safeguarding Lead)",
            when="30/07/2025",
            due_date=dt.date(2025, 7, 30),
        )
    )
    found = [f for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-date-beyond-timescale"]
    assert len(found) == 1
    assert "for the child's safety" in found[0].message
    plan.goals[0].actions[-1].when = "28/04/2025"
    plan.goals[0].actions[-1].due_date = dt.date(2025, 4, 28)
    assert "plan-date-beyond-timescale" not in rules_in(plan)


def test_a_step_due_more_than_six_months_away_is_beyond_the_childs_timescale() -> None:
    plan = a_good_plan()
    plan.goals[0].actions.append(
        Action(
            how="Sarah will fill in the in-year school application with Mum and take it to the admissions office.",
            who="Sarah Jones (Family Support Worker)",
            when="30/09/2025",
            due_date=dt.date(2025, 9, 30),
        )
    )
    found = [f for f in check_plan(plan, today=TODAY).findings if f.rule == "plan-date-beyond-timescale"]
    assert len(found) == 1
    assert "six months" in found[0].message
    plan.goals[0].actions[-1].when = "30/06/2025"
    plan.goals[0].actions[-1].due_date = dt.date(2025, 6, 30)
    assert "plan-date-beyond-timescale" not in rules_in(plan)
    plan.goals[0].actions[-1].when = "30/09/2025"
    plan.goals[0].actions[-1].due_date = dt.date(2025, 9, 30)
    plan.goals[0].actions[-1].status = ActionStatus.DONE
    assert "plan-date-beyond-timescale" not in rules_in(plan)  # done already: no step left to bring forward
