"""The quality report's HTML file, opened in a browser as a QA lead would open it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from typer.testing import CliRunner

from familyplan.cli import app
from tests.browser.conftest import AccessibilityLog
from tests.formats.builders import SEED_000_ROWS, write_csv, write_docx

pytestmark = pytest.mark.browser

SCREENSHOTS = os.environ.get("FAMILYPLAN_SCREENSHOTS")


def test_the_html_report_reads_offline_and_passes_axe(
    tmp_path: Path, page: Page, axe: AccessibilityLog
) -> None:
    for team in ("North", "South"):
        (tmp_path / "plans" / team).mkdir(parents=True)
    write_docx(tmp_path / "plans" / "North" / "smith.docx", SEED_000_ROWS)
    write_csv(
        tmp_path / "plans" / "South" / "jones.csv",
        [["Tyler will have appropriate support.", "Mum will monitor Tyler.", "School", "ASAP", ""]],
    )
    report = tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["quality-report", str(tmp_path / "plans"), "--html", str(report), "--today", "2024-01-10"]
    )
    assert result.exit_code == 0
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))

    page.goto(report.as_uri())

    expect(page.get_by_role("heading", name="Family plan quality report")).to_be_visible()
    expect(page.get_by_role("img", name="Plans by overall SMART score")).to_be_visible()
    expect(page.get_by_role("table", name="By team")).to_contain_text("South")
    axe.check(page)
    assert axe.problems == []
    assert requests == [report.as_uri()]
    if SCREENSHOTS:
        page.set_viewport_size({"width": 1100, "height": 900})
        page.screenshot(path=str(Path(SCREENSHOTS) / "quality-report.png"), full_page=False)
