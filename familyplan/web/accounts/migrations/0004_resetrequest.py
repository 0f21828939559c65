# Password reset links asked for, counted against the limits (only keyed digests of addresses).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0003_user_deactivated_in_bulk'),
    ]

    operations = [
        migrations.CreateModel(
            name='ResetRequest',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('email_key', models.CharField(db_index=True, max_length=64)),
                ('client_key', models.CharField(db_index=True, max_length=64)),
                ('at', models.DateTimeField(db_index=True)),
            ],
        ),
    ]
