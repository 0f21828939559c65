"""`familyplan check` and `lint-statements` as a council would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from familyplan import statement_lines
from familyplan.cli import app
from familyplan.formats.fhir import plan_to_fhir
from familyplan.smart import default_catalogue
from tests.formats.builders import SEED_000_ROWS, write_docx
from tests.formats.whole_plan import a_plan_with_every_field

runner = CliRunner()


@pytest.fixture
def seed_000_docx(tmp_path: Path) -> Path:
    return write_docx(tmp_path / "example.docx", SEED_000_ROWS)


def check_json(*args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["check", *args, "--format", "json"])
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else {}


def test_the_seed_000_word_plan_is_read_into_its_parts(seed_000_docx: Path) -> None:
    code, report = check_json(str(seed_000_docx), "--today", "2024-01-10")

    assert code == 0
    assert report["plan"]["goals"] == 1
    assert report["plan"]["actions"] == 3
    actions = report["plan"]["goals_detail"][0]["actions"]
    assert [[o["name"] for o in a["owners"]] for a in actions] == [
        ["Susan", "Ben"],
        ["Sehar", "Ben"],
        ["Mohamed"],
    ]
    assert [(a["recurrence"], a["review_date"], a["due_date"]) for a in actions] == [
        ("Every day", "2024-02-23", None),
        ("Every lesson", "2024-02-23", None),
        ("", None, "2024-01-19"),
    ]


def test_the_seed_000_acronyms_are_flagged_with_what_they_stand_for(seed_000_docx: Path) -> None:
    _, report = check_json(str(seed_000_docx), "--today", "2024-01-10")

    acronyms = {
        f["text"]: f
        for f in report["findings"]
        if f["rule"] in ("who-role-acronym", "acronym", "statement-acronym")
    }
    assert "DSL = Designated Safeguarding Lead" in acronyms["DSL"]["message"]
    assert "CAMHS = Child and Adolescent Mental Health Services" in acronyms["CAMHS"]["message"]
    # Seed 000 asks the who column to avoid acronyms, so the role in its own worked plan needs work too.
    assert (acronyms["DSL"]["severity"], acronyms["CAMHS"]["severity"]) == ("warning", "warning")


def test_the_seed_000_statements_keep_their_findings(seed_000_docx: Path) -> None:
    _, report = check_json(str(seed_000_docx), "--today", "2024-01-10")

    statement_findings = sorted(
        (
            f["location"]["field"],
            -1 if f["location"]["action"] is None else f["location"]["action"],
            f["rule"],
        )
        for f in report["findings"]
        if f["location"] and f["location"]["goal"] == 0 and f["severity"] != "praise"
    )
    assert statement_findings == [
        ("how", 2, "action-passive"),
        ("how", 2, "action-referral-only"),
        ("how", 2, "statement-acronym"),
        ("outcome", -1, "outcome-no-measure"),
        ("outcome", -1, "outcome-no-timescale"),
        ("who", 1, "who-role-acronym"),
    ]


def test_a_day_first_date_raises_no_false_alarm(seed_000_docx: Path) -> None:
    _, report = check_json(str(seed_000_docx), "--today", "2024-01-10")

    about_the_referral_date = [
        f
        for f in report["findings"]
        if f["location"] and f["location"]["action"] == 2 and f["location"]["field"] == "when"
    ]
    assert about_the_referral_date == []


def test_the_text_report_names_the_file_scores_and_fixes(seed_000_docx: Path) -> None:
    result = runner.invoke(
        app, ["check", str(seed_000_docx), "--today", "2024-01-10"], env={"COLUMNS": "200"}
    )

    assert result.exit_code == 0
    assert "example.docx" in result.stdout
    assert "1 goal(s), 3 action(s)" in result.stdout
    assert "Fix these first" in result.stdout
    assert "Designated Safeguarding Lead" in result.stdout


@pytest.mark.parametrize("columns", ["80", "110", "160"])
def test_each_finding_s_advice_reads_as_whole_lines_at_any_terminal_width(
    seed_000_docx: Path, columns: str
) -> None:
    result = runner.invoke(
        app, ["check", str(seed_000_docx), "--today", "2024-01-10"], env={"COLUMNS": columns}
    )

    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= int(columns)
    # The advice for an acronym is one sentence; it must not be cut into a word or two a line.
    assert any("acronym the family may not know" in line for line in lines)
    assert any("who-role-acronym" in line for line in lines)


def test_fail_under_exits_1_below_the_threshold_and_0_above(seed_000_docx: Path) -> None:
    _, report = check_json(str(seed_000_docx), "--today", "2024-01-10")
    score = report["overall"]

    below = runner.invoke(
        app, ["check", str(seed_000_docx), "--today", "2024-01-10", "--fail-under", str(score + 1)]
    )
    at = runner.invoke(
        app, ["check", str(seed_000_docx), "--today", "2024-01-10", "--fail-under", str(score)]
    )

    assert below.exit_code == 1
    assert f"{seed_000_docx}: scored {score}, under {score + 1}" in " ".join(below.stderr.split())
    assert at.exit_code == 0
    assert "scored" not in at.stderr


def test_fail_under_must_be_a_score_a_plan_can_have(seed_000_docx: Path) -> None:
    result = runner.invoke(app, ["check", str(seed_000_docx), "--fail-under", "150"])

    assert result.exit_code == 2
    assert "--fail-under" in result.stderr


def test_an_unreadable_file_exits_2_with_one_line_and_no_traceback(
    tmp_path: Path, seed_000_docx: Path
) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")

    result = runner.invoke(app, ["check", str(broken), str(seed_000_docx)])

    assert result.exit_code == 2
    assert "broken.docx: not a Word file" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "example.docx" in result.stdout  # the readable file is still checked


def test_the_json_report_has_an_entry_for_each_file_that_could_not_be_read(
    tmp_path: Path, seed_000_docx: Path
) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")

    code, alone = check_json(str(broken))
    _, both = check_json(str(broken), str(seed_000_docx), "--today", "2024-01-10")

    assert code == 2
    assert alone["file"] == str(broken)
    assert alone["error"].startswith("not a Word file")
    assert [entry["file"] for entry in both] == [str(broken), str(seed_000_docx)]
    assert both[0] == alone
    assert "error" not in both[1]
    assert both[1]["plan"]["goals"] == 1


def test_a_folder_given_to_check_is_named_with_the_command_for_folders(
    tmp_path: Path, seed_000_docx: Path
) -> None:
    (tmp_path / "North").mkdir()
    (tmp_path / "South").mkdir()
    (tmp_path / "South" / "plan.docx").write_bytes(b"not a zip")

    result = runner.invoke(
        app, ["check", str(tmp_path / "North"), str(tmp_path / "South" / "plan.docx"), str(seed_000_docx)]
    )

    lines = result.stderr.splitlines()
    assert result.exit_code == 2
    assert f"{tmp_path / 'North'}: is a folder; `familyplan quality-report" in lines[0]
    # The file is named by the path given, so two files of the same name in two folders are told apart.
    assert f"{tmp_path / 'South' / 'plan.docx'}: not a Word file" in lines[1]
    assert "example.docx" in result.stdout


def test_a_bad_today_is_a_clear_error(seed_000_docx: Path) -> None:
    result = runner.invoke(app, ["check", str(seed_000_docx), "--today", "19/01/2024"])

    assert result.exit_code == 2
    assert "--today must be a date written YYYY-MM-DD" in result.stderr


def test_lint_statements_gives_one_verdict_per_line_in_order(tmp_path: Path) -> None:
    lines = [
        {"text": "Mum will monitor Ben's attendance at school.", "kind": "action", "label": "poor"},
        {"text": "19.01.2024", "kind": "when"},
        {"text": "School", "kind": "who"},
    ]
    path = tmp_path / "statements.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")

    result = runner.invoke(app, ["lint-statements", str(path)])

    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert [o["verdict"] for o in out] == ["needs-work", "ok", "needs-work"]
    finding = next(f for f in out[0]["findings"] if f["rule"] == "action-purposeless-verb")
    assert set(finding) == {"rule", "letter", "severity", "message", "suggestion", "start", "end", "seed"}
    assert lines[0]["text"][finding["start"] : finding["end"]] == "monitor"


def test_an_actions_who_and_when_cells_are_checked_as_a_plans_check_checks_them(tmp_path: Path) -> None:
    action = "The school will text Mum each Friday with Ben's attendance for the week."
    lines = [
        {"text": action, "kind": "action", "who": "The school office", "when": "TBC"},
        {
            "text": action,
            "kind": "action",
            "who": "Mrs Patel (Attendance Officer)",
            "when": "Every Friday until 26/03/2027",
        },
    ]
    path = tmp_path / "statements.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")

    result = runner.invoke(app, ["lint-statements", str(path), "--today", "2026-12-05"])

    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["verdict"] for o in out] == ["needs-work", "ok"]
    by_cell = {(f["rule"], f.get("cell")) for f in out[0]["findings"]}
    assert ("who-organisation", "who") in by_cell
    assert any(cell == "when" for _, cell in by_cell)
    flagged = next(f for f in out[0]["findings"] if f.get("cell") == "who")
    assert lines[0]["who"][flagged["start"] : flagged["end"]] == "The school office"


def test_an_empty_who_cell_given_is_checked_as_a_plans_empty_cell_and_one_left_out_is_not(
    tmp_path: Path,
) -> None:
    action = "Ring the housing office about the damp on Monday."
    lines = [
        {"text": action, "kind": "action", "who": " ", "when": "Every Monday (review 01/02/2027)"},
        {"text": action, "kind": "action", "when": "Every Monday (review 01/02/2027)"},
    ]
    path = tmp_path / "statements.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")

    result = runner.invoke(app, ["lint-statements", str(path), "--today", "2026-12-05"])

    given, left_out = [json.loads(line) for line in result.stdout.splitlines()]
    assert ("who-missing", "who") in {(f["rule"], f.get("cell")) for f in given["findings"]}
    assert given["verdict"] == "needs-work"
    assert "who-missing" not in {f["rule"] for f in left_out["findings"]}


def test_lint_statements_goes_on_past_malformed_lines_and_exits_2_at_the_end(tmp_path: Path) -> None:
    path = tmp_path / "statements.jsonl"
    path.write_text(
        '{"text": "ok", "kind": "action"}\n'
        '{"text": "x", "kind": "goal"}\n'
        "not json at all\n"
        '{"text": "School", "kind": "who"}\n',
        encoding="utf-8",
    )

    result = runner.invoke(app, ["lint-statements", str(path)])

    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 2
    assert len(out) == 4
    assert out[1]["error"].startswith("line 2: kind must be one of")
    assert out[2] == {"error": 'line 3: expected {"text": "...", "kind": "..."}'}
    assert out[3]["verdict"] == "needs-work"
    assert "2 line(s) could not be read" in " ".join(result.stderr.split())


def test_a_long_input_checked_by_a_pool_of_processes_keeps_its_order_and_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(statement_lines, "BATCH_LINES", 7)  # many small batches across the processes
    rows = []
    for i in range(60):
        if i % 13 == 5:
            rows.append("not json at all")
        else:
            kind = ("action", "outcome", "who", "when")[i % 4]
            rows.append(json.dumps({"text": f"Gran {i} will walk Ben to school on Monday.", "kind": kind}))
    lines = [line + "\n" for line in rows]
    catalogue = default_catalogue()

    alone = list(statement_lines.verdict_lines(lines, catalogue, None, processes=1))
    pooled = list(statement_lines.verdict_lines(lines, catalogue, None, processes=2))

    assert pooled == alone
    assert len(pooled) == 60
    assert [bad for _, bad in pooled] == [i % 13 == 5 for i in range(60)]
    assert json.loads(pooled[5][0]) == {"error": 'line 6: expected {"text": "...", "kind": "..."}'}
    assert [json.loads(out)["reading"]["kind"] for out, _ in pooled[52:56]] == [
        "action",
        "outcome",
        "who",
        "when",
    ]


def test_a_council_settings_file_switches_a_rule_off(tmp_path: Path) -> None:
    path = tmp_path / "statements.jsonl"
    path.write_text(
        '{"text": "Mum will monitor the bedtime chart every evening.", "kind": "action"}\n', encoding="utf-8"
    )
    settings = tmp_path / "council.yaml"
    settings.write_text("disabled: [action-purposeless-verb]\n", encoding="utf-8")

    result = runner.invoke(app, ["lint-statements", str(path), "--settings", str(settings)])

    assert json.loads(result.stdout)["verdict"] == "ok"


def test_a_settings_file_naming_an_unknown_rule_is_refused(tmp_path: Path) -> None:
    settings = tmp_path / "council.yaml"
    settings.write_text("disabled: [no-such-rule]\n", encoding="utf-8")

    result = runner.invoke(app, ["rules", "--settings", str(settings)])

    assert result.exit_code == 2
    assert "no rule called 'no-such-rule'" in result.stderr


def test_help_and_a_mistyped_option_answer_without_loading_the_checker() -> None:
    """The word lists, patterns and plan models load only for a command that checks something."""
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from familyplan.cli import app\n"
        "for args, code in ((['--help'], 0), (['check', '--help'], 0), (['lint-statements', '--nope'], 2)):\n"
        "    assert CliRunner().invoke(app, args).exit_code == code, args\n"
        "loaded = ('familyplan.smart.checker', 'familyplan.smart.words', 'familyplan.plan.models')\n"
        "print(sorted(m for m in loaded if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_fhir_bundle_is_checked_whole_with_no_unread_rows_and_no_note_of_parts_left_out(
    tmp_path: Path,
) -> None:
    path = tmp_path / "nowak.fhir.json"
    path.write_text(json.dumps(plan_to_fhir(a_plan_with_every_field())), encoding="utf-8")

    code, report = check_json(str(path))
    text = runner.invoke(app, ["check", str(path)], env={"COLUMNS": "300"}).stdout

    assert code == 0
    assert report["unread_rows"] == []
    assert report["notes"] == []
    assert "Note:" not in text
    assert "Not read" not in text


def test_what_a_file_left_unread_is_printed_with_its_words_as_written(tmp_path: Path) -> None:
    bundle = plan_to_fhir(a_plan_with_every_field())
    care_plan = bundle["entry"][0]["resource"]  # the plan's own CarePlan comes first
    care_plan["activity"].append({"detail": {"description": "Mum will ring [bold]the school[/bold]"}})
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")

    code, report = check_json(str(path))
    text = runner.invoke(app, ["check", str(path)], env={"COLUMNS": "300"}).stdout

    assert code == 0
    [unread] = report["unread_rows"]
    assert unread["text"] == "Mum will ring [bold]the school[/bold]"
    assert "is not for any of the CarePlan's goals, so it was not read" in text
    assert '"Mum will ring [bold]the school[/bold]"' in text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_lint_statements_reads_what_windows_programs_save(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "statements.jsonl"
    line = json.dumps(
        {"text": "Zoë will walk to school with Mum every day.", "kind": "action"}, ensure_ascii=False
    )
    path.write_text(line + "\n", encoding=encoding)

    result = runner.invoke(app, ["lint-statements", str(path)])

    assert result.exit_code == 0, result.output
    assert "error" not in json.loads(result.stdout)


def test_lint_statements_refuses_text_in_another_encoding_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "statements.jsonl"
    path.write_bytes('{"text": "Zoë will walk to school.", "kind": "action"}\n'.encode("cp1252"))

    result = runner.invoke(app, ["lint-statements", str(path)])

    assert result.exit_code == 2
    assert "not UTF-8" in result.output
    assert "Traceback" not in result.output


def _without_settings() -> dict[str, str]:
    return {
        k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "FAMILYPLAN_SECRET_KEY")
    }


def test_a_web_command_without_its_production_settings_says_what_to_set(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "familyplan.cli", "import", "--as", "someone", str(tmp_path)],
        capture_output=True,
        text=True,
        env=_without_settings(),
    )

    assert done.returncode == 2
    assert "FAMILYPLAN_SECRET_KEY" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_web_commands_help_needs_no_secret_and_names_the_command_as_typed() -> None:
    for args, usage in (
        (["import", "--help"], "usage: familyplan import "),
        (["audit", "verify", "--help"], "usage: familyplan audit verify "),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "familyplan.cli", *args],
            capture_output=True,
            text=True,
            env=_without_settings(),
        )

        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(usage)
        assert "FAMILYPLAN_SECRET_KEY" not in done.stdout + done.stderr


def test_a_refusal_is_one_line_however_long_and_keeps_the_brackets_of_a_file_name(tmp_path: Path) -> None:
    folder = tmp_path / ("a folder with a long name for the plans of the north locality team" + " x" * 20)
    folder.mkdir()
    notes = folder / "[draft] notes.txt"
    notes.write_text("not a plan", encoding="utf-8")

    result = runner.invoke(app, ["check", str(notes)])

    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert "[draft] notes.txt" in result.stderr


def test_what_a_plan_says_in_square_brackets_is_printed_as_written(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["explain", "[child's name] will go to bed by 8pm every night", "--kind", "outcome"]
    )

    assert result.exit_code == 0
    assert "Outcome: [child's name] will go to bed" in result.stdout
    assert '"[child\'s name]"' in result.stdout


def test_explain_checks_an_action_s_cells_as_lint_statements_does(tmp_path: Path) -> None:
    action = "Dad will walk Ava to school every morning"
    lines = tmp_path / "one.jsonl"
    lines.write_text(json.dumps({"text": action, "kind": "action", "who": "Dad", "when": "ASAP"}) + "\n")
    linted = json.loads(runner.invoke(app, ["lint-statements", str(lines)]).stdout)

    explained = runner.invoke(
        app, ["explain", action, "--kind", "action", "--who", "Dad", "--when", "ASAP", "--format", "json"]
    )
    as_text = runner.invoke(
        app, ["explain", action, "--kind", "action", "--who", "Dad", "--when", "ASAP"], env={"COLUMNS": "200"}
    )

    said = json.loads(explained.stdout)
    assert said["verdict"] == linted["verdict"] == "needs-work"
    assert {(f["rule"], f.get("cell")) for f in said["findings"]} == {
        (f["rule"], f.get("cell")) for f in linted["findings"]
    }
    assert ("when-asap", "when") in {(f["rule"], f.get("cell")) for f in said["findings"]}
    assert "Verdict: needs-work" in as_text.stdout
    assert "when-asap (the when cell)" in as_text.stdout


def test_the_command_says_its_version() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])

    assert result.exit_code == 0
    assert result.stdout.strip() == f"familyplan {version('familyplan')}"


@pytest.mark.parametrize("columns", ["60", "80", "140"])
def test_the_rule_list_shows_each_rule_whole_at_any_terminal_width(columns: str) -> None:
    result = runner.invoke(app, ["rules"], env={"COLUMNS": columns})

    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= int(columns)
    for rule in ("outcome-improve-without-measure", "contingency-process-only"):
        line = next(line for line in lines if rule in line)
        assert "warning" in line
