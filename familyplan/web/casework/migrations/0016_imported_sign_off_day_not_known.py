"""A closure that came in from a file was given the day it came in as its day of sign-off.
That day is not when a manager signed it off: it is cleared, so the plan shows the day
closing was asked for instead. Every closure signed off here names its manager (the
column is protected), so one with a day and no manager came in from a file. A closure
that comes in with no day asked for says so from now on (asked_on_known)."""

from django.db import migrations, models


def clear_import_days(apps, schema_editor):
    Closure = apps.get_model("casework", "Closure")
    Closure.objects.filter(signed_off_by__isnull=True, signed_off_at__isnull=False).update(signed_off_at=None)


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
