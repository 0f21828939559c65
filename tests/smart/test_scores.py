"""The plan score says what a reviewer would: the guidance's good example high, its poor wording low."""

from __future__ import annotations

from bench.calibration import TODAY, ben_plan, empty_plan, seed_002_poor_plan
from familyplan.smart import check_plan


def test_seed_000s_worked_example_as_a_whole_plan_scores_over_80() -> None:
    assert check_plan(ben_plan(), today=TODAY).overall > 80


def test_seed_002s_poor_wording_as_a_plan_scores_under_50() -> None:
    assert check_plan(seed_002_poor_plan(), today=TODAY).overall < 50


def test_a_plan_with_no_goals_scores_0_on_every_letter() -> None:
    report = check_plan(empty_plan(), today=TODAY)

    assert report.overall == 0
    assert set(report.scores.values()) == {0}


def test_no_contingency_costs_more_than_a_warning_on_one_action() -> None:
    with_warning = ben_plan()
    with_warning.goals[0].actions[0].how = "Susan will monitor Ben's mornings."
    without_contingency = ben_plan()
    without_contingency.contingency = ""

    assert (
        check_plan(without_contingency, today=TODAY).overall
        < check_plan(with_warning, today=TODAY).overall
        < check_plan(ben_plan(), today=TODAY).overall
    )


def test_a_plan_with_no_dates_at_all_keeps_only_part_of_its_score() -> None:
    undated = ben_plan()
    for action in undated.goals[0].actions:
        action.when = "To be arranged"

    assert check_plan(undated, today=TODAY).overall < 0.75 * check_plan(ben_plan(), today=TODAY).overall


def test_a_letter_score_shows_where_the_problems_are() -> None:
    report = check_plan(seed_002_poor_plan(), today=TODAY)

    assert report.scores["T"] < report.scores["R"]
