"""`familyplan quality-report` over a council's folders, as a QA lead runs it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from familyplan.cli import app
from familyplan.quality.anonymise import anonymise
from tests.formats.builders import SEED_000_ROWS, write_csv, write_docx, write_xlsx

runner = CliRunner()

GOOD_ROW = [
    "By Easter, Ben will be in school for at least 95% of sessions each half term, measured by the register.",
    "Sarah Jones (Family Support Worker) will visit every Monday at 4pm to plan the week's meals with Mum.",
    "Sarah Jones (Family Support Worker)",
    "19.01.2024",
    "",
]
ASAP_ROW = [
    "Tyler will have appropriate emotional support.",
    "Mum will monitor Tyler's school attendance.",
    "School",
    "ASAP",
    "",
]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Two teams' folders of Word, Excel and CSV plans, a damaged file, and a file that is not a plan."""
    root = tmp_path / "plans"
    north, south = root / "North", root / "South"
    north.mkdir(parents=True)
    south.mkdir()
    write_docx(north / "smith.docx", SEED_000_ROWS)
    write_docx(north / "jones.docx", [ASAP_ROW])
    write_xlsx(
        north / "patel.xlsx",
        [ASAP_ROW, [*ASAP_ROW[:1], "Dad will ring Mr Okafor on 3 March 2024.", *ASAP_ROW[2:]]],
    )
    for number in range(6):
        write_csv(south / f"plan-{number}.csv", [GOOD_ROW])
    (south / "damaged.docx").write_bytes(b"this is not a Word file")
    (root / "notes.txt").write_text("minutes of the meeting", encoding="utf-8")
    (north / "~$smith.docx").write_bytes(b"lock")
    return root


def run_report(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["quality-report", *args, "--today", "2024-01-10"])
    # The terminal wraps long lines; a message is read as one line.
    return result.exit_code, " ".join(result.stderr.split())


def test_every_plan_under_the_folders_is_counted_with_refused_and_skipped_files_named(
    archive: Path, tmp_path: Path
) -> None:
    code, stderr = run_report(str(archive), "--json", str(tmp_path / "r.json"))

    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert code == 0
    assert report["files"] == {"read": 9, "refused": 1, "skipped": 2}
    assert report["refused"] == [
        {
            "file": "South/damaged.docx",
            "reason": "not a Word file (it is not a zip archive, as .docx files are)",
        }
    ]
    assert {s["file"] for s in report["skipped"]} == {"notes.txt", "North/~$smith.docx"}
    assert "9 plan(s) read, 1 refused, 2 skipped." in stderr
    assert "South/damaged.docx" in stderr


def test_a_report_saved_among_the_plans_is_passed_over_on_the_next_run_not_refused(archive: Path) -> None:
    run_report(str(archive), "--json", str(archive / "q1.json"), "--xlsx", str(archive / "q1.xlsx"))

    code, _ = run_report(str(archive), "--json", str(archive / "q2.json"))

    report = json.loads((archive / "q2.json").read_text(encoding="utf-8"))
    assert code == 0
    assert report["files"] == {"read": 9, "refused": 1, "skipped": 4}
    assert {s["file"]: s["reason"] for s in report["skipped"]}["q1.xlsx"] == "a quality report, not a plan"
    assert "q1.json" not in {r["file"] for r in report["refused"]}


def test_plans_are_broken_down_by_the_team_folder_they_sit_in(archive: Path, tmp_path: Path) -> None:
    run_report(str(archive), "--json", str(tmp_path / "r.json"))

    teams = {t["team"]: t for t in json.loads((tmp_path / "r.json").read_text())["teams"]}

    assert set(teams) == {"North", "South"}
    assert teams["North"]["plans"] == 3
    assert teams["South"]["plans"] == 6
    assert teams["North"]["average_overall"] < teams["South"]["average_overall"]
    assert teams["South"]["no_contingency"] == 6


def test_plans_in_no_team_folder_are_a_row_of_their_own_so_the_teams_add_up(
    archive: Path, tmp_path: Path
) -> None:
    write_csv(archive / "loose.csv", [GOOD_ROW])
    # A folder inside another named first, and a file in it named again: each file is counted once,
    # under the team of the widest folder named.
    code, _ = run_report(
        str(archive / "North"), str(archive / "loose.csv"), str(archive), "--json", str(tmp_path / "r.json")
    )

    report = json.loads((tmp_path / "r.json").read_text())
    assert code == 0
    assert report["files"] == {"read": 10, "refused": 1, "skipped": 2}
    assert [(t["team"], t["plans"]) for t in report["teams"]] == [
        ("North", 3),
        ("South", 6),
        ("Not in a team's folder", 1),
    ]
    assert sum(t["plans"] for t in report["teams"]) == report["plans"]


def test_a_report_that_could_not_be_written_is_refused_before_any_plan_is_read(
    archive: Path, tmp_path: Path
) -> None:
    code, stderr = run_report(
        str(archive), "--json", str(tmp_path / "r.json"), "--html", str(tmp_path / "nowhere" / "r.html")
    )

    assert code == 2
    assert f"{tmp_path / 'nowhere' / 'r.html'}: cannot write the report there (no folder called" in stderr
    assert "plan(s) read" not in stderr
    assert not (tmp_path / "r.json").exists()  # nothing is half-written


def test_a_folder_with_no_plan_that_can_be_read_writes_no_report(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "minutes.txt").write_text("notes", encoding="utf-8")

    code, stderr = run_report(str(tmp_path / "empty"), "--html", str(tmp_path / "r.html"))

    assert code == 2
    assert "no plan could be read, so no report was written" in stderr
    assert not (tmp_path / "r.html").exists()


def test_the_files_written_are_named(archive: Path, tmp_path: Path) -> None:
    code, stderr = run_report(
        str(archive), "--json", str(tmp_path / "r.json"), "--xlsx", str(tmp_path / "r.xlsx")
    )

    assert code == 0
    assert f"Written: {tmp_path / 'r.json'}, {tmp_path / 'r.xlsx'}" in stderr


def test_the_most_common_faults_are_counted_with_their_guidance_and_anonymised_examples(
    archive: Path, tmp_path: Path
) -> None:
    run_report(str(archive), "--json", str(tmp_path / "r.json"))

    report = json.loads((tmp_path / "r.json").read_text())
    faults = {f["rule"]: f for f in report["top_faults"]}

    assert len(report["top_faults"]) == 10
    assert faults["when-asap"]["findings"] == 3
    assert faults["when-asap"]["plans"] == 2
    assert faults["when-asap"]["seed"].startswith("000_")
    purposeless = faults["action-purposeless-verb"]["examples"]
    assert purposeless == ["Mum will monitor [name]'s school attendance."]
    text = json.dumps(report["top_faults"])
    for personal in ("Tyler", "Ben", "Okafor", "Sarah", "19.01.2024", "3 March 2024"):
        assert personal not in text
    sections = {s["section"]: s["findings"] for s in report["sections"]}
    assert sections["Actions: when"] >= 3


def test_plans_missing_a_contingency_lead_or_dates_are_counted(archive: Path, tmp_path: Path) -> None:
    run_report(str(archive), "--json", str(tmp_path / "r.json"))

    gaps = json.loads((tmp_path / "r.json").read_text())["gaps"]

    assert gaps["no_contingency"] == 9
    assert gaps["no_lead"] == 9
    # jones.docx and patel.xlsx only say "ASAP"; the others give a date.
    assert gaps["no_dates"] == 2


def test_the_workbook_has_a_sheet_for_each_table_with_formulas_made_harmless(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    (root / "=HYPERLINK(1)").mkdir(parents=True)
    write_csv(root / "=HYPERLINK(1)" / "a.csv", [ASAP_ROW])

    code, _ = run_report(str(root), "--xlsx", str(tmp_path / "r.xlsx"))

    workbook = load_workbook(tmp_path / "r.xlsx")
    assert code == 0
    assert workbook.sheetnames == [
        "Summary",
        "Scores",
        "Faults",
        "Sections",
        "Missing",
        "Teams",
        "Refused",
        "Skipped",
    ]
    teams = list(workbook["Teams"].iter_rows(values_only=True))
    assert teams[1][0] == "'=HYPERLINK(1)"
    faults = [row[1] for row in workbook["Faults"].iter_rows(min_row=2, values_only=True)]
    assert "when-asap" in faults
    summary = dict(workbook["Summary"].iter_rows(min_row=2, values_only=True))
    assert summary["Files read"] == 1
    made_on = next(row[1] for row in workbook["Summary"].iter_rows(min_row=2) if row[0].value == "Made on")
    assert made_on.is_date  # a date the reader's spreadsheet sorts and shows, not ISO text
    assert made_on.number_format == "d mmmm yyyy"


def test_the_html_report_stands_alone_with_described_charts(archive: Path, tmp_path: Path) -> None:
    run_report(str(archive), "--html", str(tmp_path / "r.html"))

    page = (tmp_path / "r.html").read_text(encoding="utf-8")

    assert "<script" not in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    assert page.count("<svg") == page.count("<title id=") == page.count("<desc id=")
    assert "when-asap" in page
    assert "North" in page
    assert "South" in page
    assert "Tyler" not in page


def test_the_html_reports_wide_tables_each_scroll_in_a_named_region_on_a_phone(
    archive: Path, tmp_path: Path
) -> None:
    run_report(str(archive), "--html", str(tmp_path / "r.html"))

    page = (tmp_path / "r.html").read_text(encoding="utf-8")

    two_columns = page.count("<table class='fits'>")
    assert two_columns >= 2  # scores and gaps: they wrap instead, and are no tab stop
    assert (
        page.count("<table") - two_columns == page.count('<div class="scroll" role="region" aria-label=') > 0
    )
    assert "Made on 20" not in page  # the day in words, not 2026-12-05


def test_a_fault_about_someones_views_keeps_its_apostrophe() -> None:
    from familyplan.quality.report import _rule_text
    from familyplan.smart import default_catalogue

    assert (
        _rule_text("plan-no-child-views", default_catalogue())
        == "Someone's views and wishes are not recorded."
    )


def test_since_an_earlier_report_says_what_improved_and_what_got_worse(archive: Path, tmp_path: Path) -> None:
    earlier = tmp_path / "earlier.json"
    run_report(str(archive / "North"), "--json", str(earlier))

    code, _ = run_report(
        str(archive / "South"), "--json", str(tmp_path / "now.json"), "--since", str(earlier)
    )

    since = json.loads((tmp_path / "now.json").read_text())["since"]
    assert code == 0
    assert since["earlier_report_made_on"] == "2024-01-10"
    improved = {row["what"]: row for row in since["improved"]}
    assert (
        improved["Overall SMART score (average)"]["now"] > improved["Overall SMART score (average)"]["before"]
    )
    assert improved["Plans with 'when-asap'"] == {
        "what": "Plans with 'when-asap'",
        "before": 66.7,
        "now": 0.0,
        "unit": "% of plans",
    }

    run_report(
        str(archive / "North"),
        "--json",
        str(tmp_path / "back.json"),
        "--html",
        str(tmp_path / "back.html"),
        "--since",
        str(tmp_path / "now.json"),
    )
    assert "Since the report of 10 January 2024" in (tmp_path / "back.html").read_text(encoding="utf-8")

    back = json.loads((tmp_path / "back.json").read_text())["since"]
    worse = {row["what"]: (row["before"], row["now"]) for row in back["worse"]}
    assert worse["Plans with 'when-asap'"] == (0.0, 66.7)
    assert "Overall SMART score (average)" in worse


def test_a_since_file_that_is_not_a_report_is_refused_in_one_line(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # short names, so the message fits the terminal unbroken
    Path("other.json").write_text('{"goals": []}', encoding="utf-8")

    code, stderr = run_report("plans", "--json", "r.json", "--since", "other.json")

    assert code == 2
    assert "other.json: not a quality report written with --json" in stderr
    assert "Traceback" not in stderr
    assert not (tmp_path / "r.json").exists()


def test_a_report_needs_somewhere_to_go(archive: Path) -> None:
    code, stderr = run_report(str(archive))

    assert code == 2
    assert "--html, --xlsx and/or --json" in stderr


def test_a_folder_that_does_not_exist_is_named(tmp_path: Path) -> None:
    code, stderr = run_report(str(tmp_path / "nowhere"), "--json", str(tmp_path / "r.json"))

    assert code == 2
    assert "no such file or folder" in stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs March will call Ben on 19/01/2024.", "Mrs [name] will call [name] on [date]."),
        ("Grandma Pat to collect Zara every Monday", "Grandma [name] to collect [name] every Monday"),
        (
            "Attend the group on 3rd March 2025, ring 07700 900123",
            "Attend the group on [date], ring [number]",
        ),
        ("Email sarah.jones@council.gov.uk by end of June 2025", "Email [email] by end of [date]"),
        # An ordinary word opening a statement is no name; a name that is also a word still goes.
        ("Getting Zara to school on time", "Getting [name] to school on time"),
        ("Referral to Brookside Clinic for Kai", "Referral to [name] Clinic for [name]"),
        ("Sterling will walk to school", "[name] will walk to school"),
    ],
)
def test_examples_lose_names_dates_and_contact_details(text: str, expected: str) -> None:
    assert anonymise(text) == expected


def test_names_the_plan_records_are_removed_even_at_the_start(tmp_path: Path) -> None:
    assert anonymise("Susan will read with Ben.", names=["Susan Smith"]) == "[name] will read with [name]."


def test_more_files_than_the_limit_are_refused_before_any_is_read(archive: Path, tmp_path: Path) -> None:
    from familyplan.plan import limits

    before = limits.current()
    limits.set_current(replace(before, report_files=5))
    try:
        code, stderr = run_report(str(archive), "--json", str(tmp_path / "r.json"))
    finally:
        limits.set_current(before)

    assert code == 2
    assert "more than 5 plan files (limit FAMILYPLAN_LIMIT_REPORT_FILES)" in stderr
    assert not (tmp_path / "r.json").exists()


def test_a_fault_whose_message_is_all_detail_is_named_by_what_is_wrong() -> None:
    from familyplan.quality.report import _rule_text
    from familyplan.smart import default_catalogue

    text = _rule_text("plan-father-absent", default_catalogue())

    assert text.startswith("No father or male carer is recorded")
    assert not text.startswith("Involve")


def test_a_plan_file_giving_its_dates_only_in_the_when_words_counts_as_dated(tmp_path: Path) -> None:
    root = tmp_path / "plans"
    root.mkdir()
    action = {"how": "Mum will walk Ben to school.", "who": "Mum", "when": "Every day (review 23/02/2024)"}
    plan = {"goals": [{"outcome": "Ben will be in school every day by March.", "actions": [action]}]}
    (root / "dated.json").write_text(json.dumps(plan), encoding="utf-8")

    run_report(str(root), "--json", str(tmp_path / "r.json"))

    assert json.loads((tmp_path / "r.json").read_text())["gaps"]["no_dates"] == 0


def test_an_old_word_doc_file_is_refused_with_the_reason_check_gives_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "old_plan_2019.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    write_docx(tmp_path / "plans" / "plan.docx", SEED_000_ROWS)

    code, stderr = run_report(str(tmp_path / "plans"), "--json", str(tmp_path / "r.json"))

    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert code == 0
    assert report["files"] == {"read": 1, "refused": 1, "skipped": 0}
    assert "Refused: old_plan_2019.doc" in stderr
    (refused,) = report["refused"]
    assert refused["file"] == "old_plan_2019.doc"
    assert (
        refused["reason"]
        == "an older Word file (.doc): open it in Word and save it as a Word Document (.docx)"
    )
