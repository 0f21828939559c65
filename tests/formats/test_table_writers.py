"""Plans written as Word and Excel tables read back to the same goals, actions, who and when."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from familyplan.formats import read_plan
from familyplan.formats.table_writers import plan_to_docx, plan_to_xlsx
from familyplan.plan.models import Action, Goal, Plan, ProgressNote


def a_plan() -> Plan:
    return Plan(
        goals=[
            Goal(
                outcome="Getting a good education",
                actions=[
                    Action(
                        how="Ben is to arrive at school at 9am, 15 minutes later, to miss the rush.",
                        who="Susan (Parent) / Ben (Young person)",
                        when="Every day (review 23.02.2024)",
                        progress=[ProgressNote(text="Attendance is now 85%.")],
                    ),
                    Action(
                        how="CAMHS referral to be completed.",
                        who="Mohamed (Off the record)",
                        when="19.01.2024",
                    ),
                ],
            ),
            Goal(
                outcome="Mum will have a weekly budget that covers rent, food and bills.",
                actions=[Action(how="=SUM(A1:A9) looks like a formula", who="@Sarah", when="-")],
            ),
        ],
        contingency="If Susan is unwell, Grandma Pat will take Ben to school.",
    )


def shape(plan: Plan) -> list[tuple[str, list[tuple[str, str, str]]]]:
    return [(g.outcome, [(a.how, a.who, a.when) for a in g.actions]) for g in plan.goals]


@pytest.mark.parametrize(("suffix", "writer"), [("docx", plan_to_docx), ("xlsx", plan_to_xlsx)])
def test_a_written_plan_reads_back_the_same(tmp_path: Path, suffix: str, writer) -> None:
    path = tmp_path / f"plan.{suffix}"
    path.write_bytes(writer(a_plan()))

    plan = read_plan(path, today=dt.date(2024, 1, 10)).plan

    assert shape(plan) == shape(a_plan())
    assert plan.goals[0].actions[0].progress[0].text == "Attendance is now 85%."


def test_the_word_copy_keeps_the_contingency_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(plan_to_docx(a_plan()))

    assert read_plan(path).plan.contingency == a_plan().contingency


def test_spreadsheet_cells_that_look_like_formulas_are_stored_as_text() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(plan_to_xlsx(a_plan()))).active

    cells = [
        c for row in sheet.iter_rows() for c in row if c.value and str(c.value).startswith(("=", "@", "-"))
    ]

    assert cells
    assert all(c.data_type == "s" for c in cells)


@pytest.mark.parametrize(("suffix", "writer"), [("docx", plan_to_docx), ("xlsx", plan_to_xlsx)])
def test_control_characters_pasted_into_a_plan_do_not_stop_its_export(
    tmp_path: Path, suffix: str, writer
) -> None:
    pasted = a_plan().model_copy(deep=True)
    pasted.goals[0].actions[0].how = "Mum will walk Ben to school\x0bat 8.30am.\x01"
    path = tmp_path / f"plan.{suffix}"

    path.write_bytes(writer(pasted))

    read = read_plan(path, today=dt.date(2024, 1, 10)).plan
    assert read.goals[0].actions[0].how == "Mum will walk Ben to school\nat 8.30am."
