import datetime as dt
from typing import Any

import pytest

pytest_plugins = ["tests.people"]

# Many tests take "today" when they are imported. A run that passes midnight can fail for that
# alone: such a failure says so, so it is not taken for a fault in the product.
_DAY_THE_RUN_STARTED = dt.date.today()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Any:
    report = yield
    if report.failed and dt.date.today() != _DAY_THE_RUN_STARTED:
        report.sections.append(
            (
                "The day changed during this run",
                f"The run started on {_DAY_THE_RUN_STARTED} and it is now {dt.date.today()}: a test that"
                " took today's date when it was imported may have failed for that alone. Run it again.",
            )
        )
    return report
