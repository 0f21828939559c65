"""`familyplan refresh-reports`: check again every live plan whose stored SMART report is not from
today (run it daily from cron or a systemd timer, and after changing the council's settings)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from familyplan.web.casework.services import reports_refresh


class Command(BaseCommand):
    help = (
        "Check again every live plan whose stored SMART report was not made today, so the dashboard's "
        "scores hold for plans nobody has opened (dates pass; the council's settings change). "
        "Run it daily from cron or a systemd timer."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        checked = reports_refresh()
        self.stdout.write(f"Checked {checked} live plan(s) again.")
