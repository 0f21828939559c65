from django.apps import AppConfig


class CaseworkConfig(AppConfig):
    name = "familyplan.casework"
    verbose_name = "Families and plans"
