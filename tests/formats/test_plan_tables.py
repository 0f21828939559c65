"""Plan tables as rows of text: headers, goals, actions, who and when, and rows that cannot be placed."""

from __future__ import annotations

import datetime as dt

import pytest

from familyplan.formats.cells import progress_notes, split_who_when, supporting_families_outcome
from familyplan.formats.tables import TableResult, read_table, without_merge_repeats
from familyplan.plan.models import ActionStatus, SupportingFamiliesOutcome
from tests.formats.builders import SEED_000_GUIDANCE, SEED_000_HEADER, SEED_000_ROWS, SEED_002_HEADER

TODAY = dt.date(2024, 1, 10)


def read(rows: list[list[str]], header: list[str] = SEED_000_HEADER) -> TableResult:
    result = read_table([header, *rows], "table 1", TODAY)
    assert result is not None
    return result


def action_row(
    goal: str, how: str, who: str = "Mum", when: str = "14/03/2024", review: str = ""
) -> list[str]:
    return [goal, how, who, when, review]


def test_the_seed_000_example_is_one_goal_with_three_parsed_actions() -> None:
    result = read([SEED_000_GUIDANCE, *SEED_000_ROWS])

    (goal,) = result.goals
    arrive, exit_card, referral = goal.actions
    assert goal.outcome == "Getting a good education"
    assert goal.supporting_families_outcome is SupportingFamiliesOutcome.EDUCATION
    assert [(o.name, o.role) for o in arrive.owners] == [("Susan", "Parent"), ("Ben", "Young person")]
    assert (arrive.recurrence, arrive.review_date) == ("Every day", dt.date(2024, 2, 23))
    assert (exit_card.recurrence, exit_card.review_date) == ("Every lesson", dt.date(2024, 2, 23))
    assert [(o.name, o.role) for o in exit_card.owners] == [("Sehar", "DSL"), ("Ben", "Young person")]
    assert (referral.who, referral.when, referral.due_date) == (
        "Mohamed (Off the record)",
        "19.01.2024",
        dt.date(2024, 1, 19),
    )
    assert [(note.date, note.text) for note in referral.progress] == [
        (None, "Referral completed. Ben remains on the CAMHS waiting list.")
    ]
    assert result.problems == []


@pytest.mark.parametrize(
    "header",
    [
        [
            "family goal(s)",
            "HOW WILL THIS HAPPEN?",
            "Who will do this",
            "When will we do this by",
            "Review/update",
        ],
        ["Goal", "Actions", "Person responsible", "By when", "Progress"],
        [
            "Family Goal ",
            "How  will this happen",
            "Who will do this?",
            "When will we do this?",
            "Review / Update",
        ],
        ["Desired outcome", "Steps we will take", "By whom", "Timescale", "Updates"],
    ],
    ids=["seed-wording-shouted", "short-names", "extra-spaces", "other-words"],
)
def test_headers_are_matched_by_their_key_words(header: list[str]) -> None:
    result = read(SEED_000_ROWS, header=header)

    actions = result.goals[0].actions
    assert [a.who for a in actions] == [row[2] for row in SEED_000_ROWS]
    assert [a.when for a in actions] == [row[3] for row in SEED_000_ROWS]
    assert actions[2].progress[0].text == SEED_000_ROWS[2][4]


def test_guidance_under_a_header_in_the_same_cell_does_not_change_the_column() -> None:
    # "...state when the action will be reviewed" must not make "When" the review column.
    header = [
        f"{title}\n{guidance}" for title, guidance in zip(SEED_000_HEADER, SEED_000_GUIDANCE, strict=True)
    ]

    result = read(SEED_000_ROWS, header=header)

    assert result.goals[0].actions[2].when == "19.01.2024"
    assert result.goals[0].actions[2].progress[0].text.startswith("Referral completed")


def test_the_header_may_sit_below_title_rows() -> None:
    rows = [
        ["Family Plan", "", "", "", ""],
        ["Family name: Smith", "", "", "", ""],
        SEED_000_HEADER,
        *SEED_000_ROWS,
    ]

    result = read_table(rows, "table 1", TODAY)

    assert result is not None
    assert len(result.goals[0].actions) == 3


def test_the_template_guidance_row_is_skipped_and_not_reported() -> None:
    result = read([SEED_000_GUIDANCE, *SEED_000_ROWS])

    assert len(result.goals[0].actions) == 3
    assert not any("Please provide a specific date" in a.when for a in result.goals[0].actions)
    assert result.problems == []


def test_a_table_without_the_plan_columns_is_not_a_plan_table() -> None:
    assert read_table([["Item", "Amount"], ["Rent", "400"]], "table 1", TODAY) is None


def test_seed_000_s_explanation_table_is_not_a_plan_table() -> None:
    rows = [
        ["Family Goals", "Family goals should be the desired outcomes"],
        ["How will this happen", "To achieve"],
    ]

    assert read_table(rows, "table 2", TODAY) is None


def test_a_blank_goal_cell_means_the_same_goal() -> None:
    result = read(
        [
            action_row("Secure housing", "Mr Patel will arrange a viewing."),
            action_row("", "Mum will bring her tenancy papers."),
            action_row("Financial stability", "Mum will open a bank account."),
        ]
    )

    assert [(g.outcome, len(g.actions)) for g in result.goals] == [
        ("Secure housing", 2),
        ("Financial stability", 1),
    ]


def test_a_goal_repeated_in_each_row_by_a_vertical_merge_is_one_goal() -> None:
    result = read(
        [
            action_row("Secure housing", "Mr Patel will arrange a viewing."),
            action_row("Secure housing", "Mum will bring her tenancy papers."),
        ]
    )

    assert [(g.outcome, len(g.actions)) for g in result.goals] == [("Secure housing", 2)]


def test_text_repeated_across_a_horizontal_merge_is_read_once() -> None:
    merged = ["Secure housing", "Mum will ring the council.", "Mum will ring the council.", "14/03/2024", ""]

    assert without_merge_repeats(merged) == [
        "Secure housing",
        "Mum will ring the council.",
        "",
        "14/03/2024",
        "",
    ]
    action = read([merged]).goals[0].actions[0]
    assert (action.how, action.who, action.due_date) == (
        "Mum will ring the council.",
        "",
        dt.date(2024, 3, 14),
    )


@pytest.mark.parametrize(
    ("goal", "outcome"),
    [
        ("Getting a good education", SupportingFamiliesOutcome.EDUCATION),
        ("SECURE HOUSING", SupportingFamiliesOutcome.HOUSING),
        (
            "Safe from domestic abuse: Mum and the children feel safe at home",
            SupportingFamiliesOutcome.DOMESTIC_ABUSE,
        ),
        ("Better managed substance use", SupportingFamiliesOutcome.SUBSTANCE_USE),
        ("Ben will be in school for 90% of sessions", None),
    ],
)
def test_a_goal_named_as_a_supporting_families_outcome_is_tagged_and_kept(
    goal: str, outcome: SupportingFamiliesOutcome | None
) -> None:
    (read_goal,) = read([action_row(goal, "Mum will ring the school.")]).goals

    assert read_goal.supporting_families_outcome is outcome
    assert read_goal.outcome == goal
    assert supporting_families_outcome(goal) is outcome


def test_a_row_with_who_and_when_but_no_action_is_reported() -> None:
    result = read([*SEED_000_ROWS, action_row("", "", "Mrs March (Head of Year 6)", "14/03/2025")])

    assert len(result.goals[0].actions) == 3
    (problem,) = result.problems
    assert problem.where == "table 1, row 5"
    assert "no action" in problem.reason
    assert problem.text == "Mrs March (Head of Year 6) | 14/03/2025"


def test_review_text_before_any_goal_is_reported() -> None:
    result = read([action_row("", "", "", "", "Going well"), *SEED_000_ROWS])

    assert [p.where for p in result.problems] == ["table 1, row 2"]
    assert result.problems[0].text == "Going well"
    assert len(result.goals) == 1


def test_an_action_before_any_goal_is_kept_and_reported() -> None:
    result = read([action_row("", "Mum will ring the school each Monday.")])

    assert result.goals[0].outcome == ""
    assert result.goals[0].actions[0].how == "Mum will ring the school each Monday."
    assert "no family goal" in result.problems[0].reason


def test_a_goal_with_no_actions_yet_is_kept_without_a_problem() -> None:
    result = read([action_row("Secure housing", "", "", "")])

    assert [(g.outcome, g.actions) for g in result.goals] == [("Secure housing", [])]
    assert result.problems == []


def test_empty_rows_are_ignored() -> None:
    result = read([["", "", "", "", ""], SEED_000_ROWS[0], ["  ", "", "", "", ""]])

    assert len(result.goals[0].actions) == 1
    assert result.problems == []


def test_text_in_a_column_outside_the_layout_is_reported_once_per_column() -> None:
    header = [*SEED_000_HEADER, "Notes"]
    rows = [[*SEED_000_ROWS[0], "Dad works nights"], [*SEED_000_ROWS[1], "Ask about transport"]]

    result = read(rows, header=header)

    (problem,) = result.problems
    assert problem.where == "table 1, column 6 (Notes)"
    assert problem.text == "Dad works nights | Ask about transport"


def test_a_status_column_sets_each_action_s_status() -> None:
    header = [*SEED_000_HEADER, "Status"]
    rows = [
        [*SEED_000_ROWS[0], "Completed"],
        [*SEED_000_ROWS[1], "In progress"],
        [*SEED_000_ROWS[2], "Paused"],
    ]

    actions = read(rows, header=header).goals[0].actions

    assert [a.status for a in actions] == [
        ActionStatus.DONE,
        ActionStatus.IN_PROGRESS,
        ActionStatus.NOT_STARTED,
    ]
    assert actions[2].progress[-1].text == "Status: Paused"


def test_a_second_header_row_starts_a_table_with_its_own_columns() -> None:
    rows = [
        SEED_000_ROWS[0],
        ["Goal", "Who", "When", "Actions", "Review"],
        ["Secure housing", "Mr Patel (Housing Officer)", "14/03/2024", "Arrange a viewing.", ""],
    ]

    result = read(rows)

    housing = result.goals[1].actions[0]
    assert (housing.how, housing.who) == ("Arrange a viewing.", "Mr Patel (Housing Officer)")


def test_a_contingency_row_in_the_plan_table_is_the_contingency_plan_not_an_action() -> None:
    rows = [
        *SEED_000_ROWS,
        ["Contingency plan", "If Susan is unwell, Grandma Pat will take Ben to school.", "", "", ""],
    ]

    result = read(rows)

    assert result.contingency == "If Susan is unwell, Grandma Pat will take Ben to school."
    assert len(result.goals) == 1
    assert result.problems == []


def test_the_seed_002_three_columns_split_who_from_when() -> None:
    rows = [
        [
            "Lily will go to sleep by 8pm on at least five nights a week.",
            "Mum will read a bedtime story with Lily every night and tick the chart.",
            "Mum (Sarah) every night, reviewed on 3 June 2025",
        ],
        ["", "Mrs March will check in with Lily each Monday.", "Mrs March (Head of Year 6) by 14 March 2025"],
    ]

    result = read(rows, header=SEED_002_HEADER)

    story, check_in = result.goals[0].actions
    assert (story.who, story.when) == ("Mum (Sarah)", "every night, reviewed on 3 June 2025")
    assert (story.recurrence, story.review_date) == ("every night", dt.date(2025, 6, 3))
    assert (check_in.who, check_in.when, check_in.due_date) == (
        "Mrs March (Head of Year 6)",
        "by 14 March 2025",
        dt.date(2025, 3, 14),
    )
    assert [(o.name, o.role) for o in check_in.owners] == [("Mrs March", "Head of Year 6")]


@pytest.mark.parametrize(
    ("cell", "who", "when"),
    [
        ("Mrs March (Head of Year 6) by 14 March 2025", "Mrs March (Head of Year 6)", "by 14 March 2025"),
        ("Dad - ASAP", "Dad", "ASAP"),
        ("Amira Khan, Health Visitor, 19.01.2024", "Amira Khan, Health Visitor", "19.01.2024"),
        ("Sehar (DSL)\nOngoing", "Sehar (DSL)", "Ongoing"),
        ("Mum\nwhen she can", "Mum", "when she can"),
        ("Mum by Friday", "Mum", "by Friday"),
        ("Susan (Parent) every day", "Susan (Parent)", "every day"),
        ("19.01.2024", "", "19.01.2024"),
        ("Priya Shah - Health Visitor", "Priya Shah - Health Visitor", ""),
        ("Grandma Pat", "Grandma Pat", ""),
        ("Dietitian (Mr Osei) - April 2026", "Dietitian (Mr Osei)", "April 2026"),
        ("April Jones (FSW) by Friday", "April Jones (FSW)", "by Friday"),
    ],
)
def test_a_combined_who_and_when_cell_is_split(cell: str, who: str, when: str) -> None:
    assert split_who_when(cell, TODAY) == (who, when)


def test_review_text_is_one_undated_note_unless_lines_open_with_dates() -> None:
    assert [(n.date, n.text) for n in progress_notes("Going well.\nAttendance 85%.", TODAY)] == [
        (None, "Going well.\nAttendance 85%.")
    ]
    assert [(n.date, n.text) for n in progress_notes("Seen 23.02.2024 at school", TODAY)] == [
        (None, "Seen 23.02.2024 at school")
    ]


def test_each_line_opening_with_a_date_is_its_own_dated_note() -> None:
    notes = progress_notes(
        "23/02/2024: Referral made.\nWaiting list is long.\n05.04.2024 - Seen by CAMHS.", TODAY
    )

    assert [(n.date, n.text) for n in notes] == [
        (dt.date(2024, 2, 23), "Referral made.\nWaiting list is long."),
        (dt.date(2024, 4, 5), "Seen by CAMHS."),
    ]
