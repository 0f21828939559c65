"""People who sign in, and the teams managers look after."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models, transaction
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _

# Sent with ``people`` (the accounts, as they stood before) when accounts are deactivated in bulk:
# a queryset's ``update(is_active=False)`` or a ``bulk_update`` of ``is_active``, which send no
# save signals. The receiver (accounts.signals) ends their sessions and API tokens.
deactivated = Signal()


class Team(models.Model):
    name = models.CharField(max_length=200, unique=True)

    def __str__(self) -> str:
        return self.name


def _turns_off(value: Any) -> bool:
    """Whether ``is_active=value`` deactivates: any false value (an expression is not counted)."""
    return not isinstance(value, models.expressions.Combinable) and not value


class PeopleQuerySet(models.QuerySet["User"]):
    """Accounts; deactivating any number of them at once ends their sessions and API tokens, as
    deactivating one does (Django's ``update`` and ``bulk_update`` skip the save signals)."""

    def update(self, **kwargs: Any) -> int:
        if "is_active" not in kwargs or not _turns_off(kwargs["is_active"]):
            return super().update(**kwargs)
        with transaction.atomic(using=self.db):
            leaving = list(self.filter(is_active=True))
            changed = super().update(**kwargs)
        _tell(leaving)
        return changed

    def bulk_update(self, objs: Iterable[User], fields: Iterable[str], batch_size: int | None = None) -> int:
        objs, fields = list(objs), list(fields)
        if "is_active" not in fields:
            return super().bulk_update(objs, fields, batch_size=batch_size)
        off = [person.pk for person in objs if _turns_off(person.is_active)]
        with transaction.atomic(using=self.db):
            leaving = list(self.model._default_manager.filter(pk__in=off, is_active=True))
            changed = super().bulk_update(objs, fields, batch_size=batch_size)
        _tell(leaving)
        return changed


def _tell(leaving: list[User]) -> None:
    if leaving:
        deactivated.send(sender=User, people=leaving)


class PeopleManager(UserManager.from_queryset(PeopleQuerySet)):  # type: ignore[misc]
    pass


class User(AbstractUser):
    class Role(models.TextChoices):
        PRACTITIONER = "practitioner", _("Practitioner")
        MANAGER = "manager", _("Team manager")
        COORDINATOR = "coordinator", _("Early help coordinator (council-wide)")
        ADMINISTRATOR = "administrator", _("Administrator")

    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PRACTITIONER)
    job_title = models.CharField("role, written in full", max_length=200, blank=True)
    agency = models.CharField(max_length=200, blank=True)
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="members")

    objects: ClassVar[PeopleManager] = PeopleManager()

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_manager(self) -> bool:
        return self.role in (self.Role.MANAGER, self.Role.COORDINATOR)

    @property
    def is_coordinator(self) -> bool:
        return self.role == self.Role.COORDINATOR

    @property
    def is_administrator(self) -> bool:
        return self.role == self.Role.ADMINISTRATOR or self.is_superuser


class ResetRequest(models.Model):
    """A password reset link asked for, counted against the limits (familyplan.plan.limits: reset_*).

    Neither the email address nor the client's address is kept: only keyed digests of them, enough
    to count, and only for as long as the limits count over.
    """

    email_key = models.CharField(max_length=64, db_index=True)
    client_key = models.CharField(max_length=64, db_index=True)
    at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"password reset asked for at {self.at:%d/%m/%Y %H:%M}"
