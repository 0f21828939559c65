"""A closure that came in from a file was given the day it came in as its day of sign-off.
That day is not when a manager signed it off: it is cleared, so the plan shows the day
closing was asked for instead. Every closure signed off here names its manager (the
column is protected), so one with a day and no manager came in from a file. A closure
that came in with no day asked for was given the same moment for both, and says so
from now on (asked_on_known)."""

from django.db import migrations, models


def clear_import_days(apps, schema_editor):
    Closure = apps.get_model("casework", "Closure")
    for closure in Closure.objects.filter(signed_off_by__isnull=True, signed_off_at__isnull=False):
        # Came in with no day asked for: both days were set as it came in, within moments.
        same_moment = abs((closure.requested_at - closure.signed_off_at).total_seconds()) < 60
        closure.asked_on_known = not same_moment
        closure.signed_off_at = None
        closure.save(update_fields=["asked_on_known", "signed_off_at"])


class Migration(migrations.Migration):
    dependencies = [("casework", "0015_whole_record_travels")]

    operations = [
        migrations.AddField(
            model_name="closure",
            name="asked_on_known",
            field=models.BooleanField(default=True, verbose_name="the day it was asked for is known"),
        ),
        migrations.RunPython(clear_import_days, migrations.RunPython.noop),
    ]
