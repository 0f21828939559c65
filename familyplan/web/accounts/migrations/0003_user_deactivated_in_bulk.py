# The accounts' manager ends sessions and API tokens when accounts are deactivated in bulk.

import familyplan.web.accounts.models
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0002_alter_user_role'),
    ]

    operations = [
        migrations.AlterModelManagers(
            name='user',
            managers=[
                ('objects', familyplan.web.accounts.models.PeopleManager()),
            ],
        ),
    ]
