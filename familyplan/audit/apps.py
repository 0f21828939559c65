from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "familyplan.audit"
    verbose_name = "Audit trail"

    def ready(self) -> None:
        from familyplan.audit import signals  # noqa: F401 - connects the receivers
