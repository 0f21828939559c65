import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

pytest_plugins = ["tests.people"]

# Many tests take "today" when they are imported. A run that passes midnight (the council's, as
# the product counts days) can fail for that alone: such a failure says so, so it is not taken
# for a fault in the product.
_started: list[dt.date] = []


def _council_today() -> dt.date:
    from django.conf import settings

    return dt.datetime.now(ZoneInfo(settings.TIME_ZONE)).date()


def pytest_sessionstart(session: pytest.Session) -> None:
    _started.append(_council_today())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Any:
    report = yield
    if report.failed and _started and _council_today() != _started[0]:
        report.sections.append(
            (
                "The day changed during this run",
                f"The run started on {_started[0]} and it is now {_council_today()}: a test that"
                " took today's date when it was imported may have failed for that alone. Run it again.",
            )
        )
    return report
