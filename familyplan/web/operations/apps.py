from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the service: backups and restores, and the demo records of `make run`."""

    name = "familyplan.web.operations"
    label = "operations"
    verbose_name = "Running the service"
