"""Plans in Word documents: the seed templates, content controls, merged and nested tables, contingency."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document

from familyplan.formats import read_plan
from familyplan.formats.docx_reader import table_rows
from familyplan.plan.models import Plan, SupportingFamiliesOutcome
from tests.formats.builders import (
    SEED_000_GUIDANCE,
    SEED_000_GUIDANCE_TABLE,
    SEED_000_HEADER,
    SEED_000_ROWS,
    SEED_002_HEADER,
    add_docx_table,
    put_in_content_control,
    put_row_in_repeating_section,
    write_docx,
)

TODAY = dt.date(2024, 1, 10)
HOUSING_ROW = [
    "Secure housing",
    "Mr Patel will arrange a viewing.",
    "Mr Patel (Housing Officer)",
    "14/03/2024",
    "",
]


def assert_is_the_seed_000_example(plan: Plan) -> None:
    (goal,) = plan.goals
    arrive, exit_card, referral = goal.actions
    assert goal.outcome == "Getting a good education"
    assert goal.supporting_families_outcome is SupportingFamiliesOutcome.EDUCATION
    assert [(o.name, o.role) for o in arrive.owners] == [("Susan", "Parent"), ("Ben", "Young person")]
    assert (arrive.recurrence, arrive.review_date) == ("Every day", dt.date(2024, 2, 23))
    assert [(o.name, o.role) for o in exit_card.owners] == [("Sehar", "DSL"), ("Ben", "Young person")]
    assert (exit_card.recurrence, exit_card.review_date) == ("Every lesson", dt.date(2024, 2, 23))
    assert (referral.owners[0].name, referral.due_date) == ("Mohamed", dt.date(2024, 1, 19))
    assert referral.progress[0].text == "Referral completed. Ben remains on the CAMHS waiting list."


def test_the_seed_000_example_with_its_guidance_row_reads_as_one_goal_with_three_actions(
    tmp_path: Path,
) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)

    result = read_plan(path, today=TODAY)

    assert_is_the_seed_000_example(result.plan)
    assert result.problems == []
    assert result.source == str(path)


def test_the_whole_seed_000_document_reads_only_the_example(tmp_path: Path) -> None:
    # The blank template table, the table explaining each column, then the example.
    document = Document()
    document.add_paragraph("Family Plan")
    add_docx_table(
        document, [["Family Plan", "", "", "", ""], SEED_000_HEADER, SEED_000_GUIDANCE], italic_rows=[2]
    )
    add_docx_table(document, SEED_000_GUIDANCE_TABLE)
    document.add_paragraph("Example")
    add_docx_table(document, [[*SEED_000_HEADER[:4], "Review/update"], *SEED_000_ROWS])
    document.save(tmp_path / "seed.docx")

    result = read_plan(tmp_path / "seed.docx", today=TODAY)

    assert_is_the_seed_000_example(result.plan)
    assert result.problems == []


def test_the_seed_002_three_columns_are_read_with_who_and_when_split(tmp_path: Path) -> None:
    rows = [
        [
            "Lily will go to sleep by 8pm.",
            "Mum will read a story.",
            "Mrs March (Head of Year 6) by 14 March 2025",
        ]
    ]
    path = write_docx(tmp_path / "plan.docx", rows, header=SEED_002_HEADER, title=None, guidance=None)

    action = read_plan(path, today=TODAY).plan.actions[0]

    assert (action.who, action.when, action.due_date) == (
        "Mrs March (Head of Year 6)",
        "by 14 March 2025",
        dt.date(2025, 3, 14),
    )


def test_text_inside_word_content_controls_is_read(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)
    document = Document(str(path))
    cell = document.tables[0].rows[3].cells[2]
    put_in_content_control(cell, "Susan (Parent) / Ben (Young person)")
    assert cell.text == ""  # what python-docx alone would see
    document.save(path)

    plan = read_plan(path, today=TODAY).plan

    assert plan.actions[0].who == "Susan (Parent) / Ben (Young person)"
    assert [o.name for o in plan.actions[0].owners] == ["Susan", "Ben"]


def test_an_empty_content_control_s_prompt_is_not_read_as_the_family_s_words(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)
    document = Document(str(path))
    put_in_content_control(
        document.tables[0].rows[3].cells[4], "Click or tap here to enter text.", placeholder=True
    )
    document.save(path)

    plan = read_plan(path, today=TODAY).plan

    assert plan.actions[0].progress == []


def test_rows_in_a_repeating_section_content_control_are_read(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)
    document = Document(str(path))
    put_row_in_repeating_section(document.tables[0].rows[5])
    document.save(path)

    plan = read_plan(path, today=TODAY).plan

    assert [a.how for a in plan.actions][-1] == "CAMHS referral to be completed."


def test_a_vertically_merged_goal_cell_is_one_goal(tmp_path: Path) -> None:
    document = Document()
    table = add_docx_table(document, [SEED_000_HEADER, *SEED_000_ROWS])
    table.cell(1, 0).merge(table.cell(3, 0))
    assert [r.cells[0].text for r in table.rows[1:]] == [table.cell(1, 0).text] * 3  # python-docx repeats it
    document.save(tmp_path / "plan.docx")

    plan = read_plan(tmp_path / "plan.docx", today=TODAY).plan

    assert [(g.outcome, len(g.actions)) for g in plan.goals] == [("Getting a good education", 3)]


def test_a_horizontally_merged_cell_keeps_later_cells_under_their_headers(tmp_path: Path) -> None:
    document = Document()
    table = add_docx_table(document, [SEED_000_HEADER, HOUSING_ROW])
    merged = table.cell(1, 1).merge(table.cell(1, 2))
    merged.text = "Mr Patel (Housing Officer) will arrange a viewing."
    document.save(tmp_path / "plan.docx")

    action = read_plan(tmp_path / "plan.docx", today=TODAY).plan.actions[0]

    assert (action.how, action.who) == ("Mr Patel (Housing Officer) will arrange a viewing.", "")
    assert action.due_date == dt.date(2024, 3, 14)


def test_a_plan_table_nested_in_a_layout_table_is_read(tmp_path: Path) -> None:
    document = Document()
    layout = document.add_table(rows=1, cols=1)
    layout.cell(0, 0).paragraphs[0].text = "Plan agreed at the TAF meeting"
    inner = layout.cell(0, 0).add_table(rows=2, cols=5)
    for row, values in zip(inner.rows, [SEED_000_HEADER, HOUSING_ROW], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(tmp_path / "plan.docx")

    result = read_plan(tmp_path / "plan.docx", today=TODAY)

    assert [a.who for a in result.plan.actions] == ["Mr Patel (Housing Officer)"]
    assert result.problems == []
    # The nested table's text is read with that table, not again as the layout cell's.
    assert table_rows(layout._tbl) == [["Plan agreed at the TAF meeting"]]


def test_a_row_that_cannot_be_placed_is_reported_with_its_table_and_row(tmp_path: Path) -> None:
    rows = [*SEED_000_ROWS, ["", "", "Mrs March (Head of Year 6)", "14/03/2025", ""]]
    path = write_docx(tmp_path / "plan.docx", rows)

    result = read_plan(path, today=TODAY)

    assert len(result.plan.actions) == 3
    assert [(p.where, p.text) for p in result.problems] == [
        ("table 1, row 7", "Mrs March (Head of Year 6) | 14/03/2025")
    ]


def test_a_contingency_plan_under_its_heading_is_read(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)
    document = Document(str(path))
    document.add_heading("Contingency plan", level=2)
    document.add_paragraph("If Susan is unwell, Grandma Pat will take Ben to school.")
    document.add_paragraph("Ben can ring Grandma Pat on her mobile.")
    document.add_heading("Signatures", level=2)
    document.add_paragraph("Susan Smith")
    document.save(path)

    plan = read_plan(path, today=TODAY).plan

    assert plan.contingency == (
        "If Susan is unwell, Grandma Pat will take Ben to school.\nBen can ring Grandma Pat on her mobile."
    )


def test_a_contingency_plan_in_a_label_and_value_table_is_read(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)
    document = Document(str(path))
    add_docx_table(
        document,
        [
            ["Next review", "23.02.2024"],
            ["Contingency plan (what will happen if the plan does not work)", "Grandma Pat will take Ben."],
        ],
    )
    document.save(path)

    assert read_plan(path, today=TODAY).plan.contingency == "Grandma Pat will take Ben."


def test_a_sentence_starting_with_contingency_is_not_taken_for_the_label(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "plan.docx", SEED_000_ROWS)
    document = Document(str(path))
    document.add_paragraph("Contingency planning is reviewed at every TAF meeting.")
    document.add_paragraph("Contingency plan: Grandma Pat will take Ben to school.")
    document.save(path)

    assert read_plan(path, today=TODAY).plan.contingency == "Grandma Pat will take Ben to school."


def test_a_line_break_inside_a_cell_separates_who_from_when(tmp_path: Path) -> None:
    rows = [["Lily will go to sleep by 8pm.", "Mum will read a story.", ""]]
    path = write_docx(tmp_path / "plan.docx", rows, header=SEED_002_HEADER, title=None, guidance=None)
    document = Document(str(path))
    run = document.tables[0].rows[1].cells[2].paragraphs[0].add_run("Mum (Sarah)")
    run.add_break()
    run.add_text("when she can")
    document.save(path)

    action = read_plan(path, today=TODAY).plan.actions[0]

    assert (action.who, action.when) == ("Mum (Sarah)", "when she can")


def test_section_headings_over_rows_holding_a_goal_and_its_action_are_reported_not_goals(
    tmp_path: Path,
) -> None:
    document = Document()
    table = add_docx_table(
        document,
        [
            SEED_002_HEADER,
            ["Section A \u2013 Children's needs", "", ""],
            [
                "Mia (6) will be asleep by 8pm.",
                "Kerry will read Mia a story at 7.30pm.",
                "Kerry (Mum) 20/01/2024",
            ],
            ["Section B \u2013 Parent's needs", "", ""],
            ["Kerry will feel less alone.", "", ""],
            [
                "Kerry will have an evening to herself.",
                "Donna will have the children.",
                "Donna (Aunt) 17/01/2024",
            ],
        ],
    )
    merged = table.rows[1].cells[0].merge(table.rows[1].cells[-1])  # a heading across the table
    merged.text = "Section A \u2013 Children's needs"
    document.save(str(tmp_path / "sections.docx"))

    result = read_plan(tmp_path / "sections.docx", today=TODAY)

    # A goal written as a sentence with no actions yet is still a goal, which the checker flags.
    assert [(g.outcome, len(g.actions)) for g in result.plan.goals] == [
        ("Mia (6) will be asleep by 8pm.", 1),
        ("Kerry will feel less alone.", 0),
        ("Kerry will have an evening to herself.", 1),
    ]
    assert [(p.where, p.text) for p in result.problems] == [
        ("table 1, row 2", "Section A \u2013 Children's needs"),
        ("table 1, row 4", "Section B \u2013 Parent's needs"),
    ]
    assert all("heading" in p.reason for p in result.problems)


def test_a_name_with_no_role_before_someone_with_theirs_is_two_people_in_a_who_cell(tmp_path: Path) -> None:
    document = Document()
    add_docx_table(
        document,
        [
            ["What are we worried about?", "What needs to happen?", "Who will help?", "Due"],
            [
                "Josh (11) is hitting his younger brother when he is angry.",
                "Lisa and Josh will make a calm-down plan together with Aisha.",
                "Lisa Campbell (Mum), Josh, Aisha Begum (Family Practitioner)",
                "18/01/2024",
            ],
        ],
    )
    document.save(str(tmp_path / "campbell.docx"))

    (action,) = read_plan(tmp_path / "campbell.docx", today=TODAY).plan.goals[0].actions

    assert [(o.name, o.role, o.kind.value) for o in action.owners] == [
        ("Lisa Campbell", "Mum", "family"),
        ("Josh", "", "unknown"),
        ("Aisha Begum", "Family Practitioner", "practitioner"),
    ]
