from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('casework', '0009_goal_achieved_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='plan',
            name='smart_report',
            field=models.JSONField(blank=True, default=dict, editable=False),
        ),
        migrations.AddField(
            model_name='plan',
            name='smart_checked_on',
            field=models.DateField(blank=True, editable=False, null=True),
        ),
    ]
