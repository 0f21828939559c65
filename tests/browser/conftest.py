"""Browser tests: Debian's Chromium, driven by Playwright, against the app on a live server.

Playwright never downloads a browser here: it drives /usr/bin/chromium.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread
from django.utils import timezone
from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import Error as PlaywrightError

CHROMIUM = os.environ.get("FAMILYPLAN_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _ReleaseWhenSent:
    """A response body that lets the next request in once it has been sent and closed."""

    def __init__(self, body: Iterable[bytes], lock: threading.Lock) -> None:
        self.body = body
        self.lock = lock
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.body)

    def close(self) -> None:
        # wsgiref may close a response twice when sending it fails.
        if self.closed:
            return
        self.closed = True
        try:
            if hasattr(self.body, "close"):
                self.body.close()
        finally:
            self.lock.release()


class OneRequestAtATimeServer(ThreadedWSGIServer):
    """The live server, answering one request at a time.

    The test database is SQLite in memory: every request thread shares its one connection.
    When the browser sends two requests together (the SMART panel's check as the field loses
    focus, and the form's Save), they would run on that connection at once, and one fails
    with "database table is locked" or a broken transaction. A real server gives each
    thread its own connection, so this is only needed here. Connections stay threaded, so
    a browser's idle spare connection cannot hold up the others.
    """

    def set_app(self, application: Any) -> None:
        lock = threading.Lock()

        def one_at_a_time(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
            lock.acquire()
            try:
                body = application(environ, start_response)
            except BaseException:
                lock.release()
                raise
            return _ReleaseWhenSent(body, lock)

        super().set_app(one_at_a_time)


LiveServerThread.server_class = OneRequestAtATimeServer


@pytest.fixture
def browser() -> Iterator[Browser]:
    if not shutil.which(CHROMIUM):
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: install Debian's 'chromium' package (.ci/run does)."
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _async_unsafe_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # The live server runs in a thread beside Playwright's event loop: only in these tests.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1024, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


class AccessibilityLog:
    """Runs axe-core on each page it is shown and keeps the serious and critical problems, and any
    content outside a landmark."""

    def __init__(self) -> None:
        self.axe = Axe()
        self.pages: list[str] = []
        self.problems: list[str] = []

    def check(self, page: Page) -> None:
        # A click that follows a link returns before the next page has loaded: axe needs its document.
        page.wait_for_load_state("load")
        try:
            results = self.axe.run(page)
        except PlaywrightError:  # the page was still being replaced when axe started: once more
            page.wait_for_load_state("load")
            results = self.axe.run(page)
        self.pages.append(page.url)
        for violation in results.response["violations"]:
            # Serious and critical problems, and content outside any landmark ("region", moderate),
            # which leaves screen reader users lost on the page.
            if violation["impact"] in ("serious", "critical") or violation["id"] == "region":
                targets = [", ".join(node["target"]) for node in violation["nodes"]][:3]
                self.problems.append(f"{page.url}: {violation['id']} ({violation['impact']}): {targets}")


@pytest.fixture
def axe() -> AccessibilityLog:
    return AccessibilityLog()


@pytest.fixture
def lead_with_a_goal(page: Page, live_server: Any, axe: AccessibilityLog) -> tuple[Any, Any]:
    """The lead practitioner, signed in, with a family's plan that has one goal: (plan, goal)."""

    from familyplan.web.accounts.models import User
    from familyplan.web.casework import services
    from tests.browser.signing_in import sign_in
    from tests.browser.test_a_plan_from_first_meeting_to_closure import people

    people()
    lead = User.objects.get(username="lead")
    family = services.family_create(by=lead, family_name="Smith")
    plan = services.plan_start(
        family=family, by=lead, plan_type="early_help", started_on=timezone.localdate()
    )
    goal = services.goal_save(
        by=lead, plan=plan, outcome="Ben will be in school.", supporting_families_outcome="education"
    )
    sign_in(page, live_server.url, "lead", axe)
    return plan, goal
