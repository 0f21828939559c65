from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    name = "familyplan.web.casework"
    label = "casework"  # the app's label, as in its migrations
    verbose_name = "Families and plans"
