from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the service: backups and restores, and the demo records of `make run`."""

    name = "familyplan.web.operations"
    label = "operations"
    verbose_name = "Running the service"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from familyplan.web.operations.write_ahead_log import use_write_ahead_log

        connection_created.connect(use_write_ahead_log, dispatch_uid="familyplan-write-ahead-log")
