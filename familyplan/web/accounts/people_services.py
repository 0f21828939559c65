"""An administrator adds the people who sign in and changes what they may do (MISSION: the
administrator looks after users, agencies and settings).

A new person gets no password from anyone: their account is made with one nobody knows, and an
email with a link to choose their own (the same link a forgotten password sends, for as long as
PASSWORD_RESET_TIMEOUT). If it runs out, "Forgotten your password?" sends another.
Every addition and change is in the audit trail, with the fields that changed and never a password.
"""

from __future__ import annotations

import logging
import re
import secrets
from smtplib import SMTPException
from typing import Any

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from familyplan.smart import default_catalogue
from familyplan.web.accounts import permissions
from familyplan.web.accounts.models import Team, User
from familyplan.web.audit import services as audit
from familyplan.web.audit.models import AuditEvent

log = logging.getLogger(__name__)

# What an administrator sets, and the audit trail shows; never the password.
ACCESS_FIELDS = ("first_name", "last_name", "email", "job_title", "agency", "role", "team_id", "is_active")


class PersonRefused(Exception):
    """What is wrong with a person's details: ``problems`` maps each field to its message."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


def _details(person: User) -> dict[str, Any]:
    return {name: getattr(person, name) for name in ACCESS_FIELDS}


def _teamless(role: str, team: Team | int | None) -> dict[str, str]:
    """A team manager oversees their own team's plans: with none, they would see nothing."""
    if role == User.Role.MANAGER and not team:
        return {"team": str(_("Choose the team this manager oversees"))}
    return {}


# Initials alone ("FSW", "HV"): the hint asks for the role as the family would say it (seed 000).
_INITIALS = re.compile(r"[A-Z]{2,5}")


def _initials_only(job_title: str) -> dict[str, str]:
    short = job_title.strip()
    if not _INITIALS.fullmatch(short):
        return {}
    meaning = default_catalogue().acronyms.get(short)
    if meaning:
        message = _('Write the role in full: "%(meaning)s", not %(short)s') % {
            "meaning": meaning,
            "short": short,
        }
    else:
        message = _('Write the role in full, for example "Family Support Worker", not %(short)s') % {
            "short": short
        }
    return {"job_title": message}


def person_problems(
    *,
    person: User | None = None,
    username: str | None = None,
    email: str = "",
    role: str = "",
    team: Team | int | None = None,
    job_title: str | None = None,
) -> dict[str, str]:
    """What stops these details being saved for a new ``person`` (None) or a changed one: a username
    or email address someone else has, a manager with no team, a role written as initials. Only the
    parts given are asked about, so a form can ask before its other answers are right."""
    others = User.objects.exclude(pk=person.pk) if person else User.objects.all()
    problems = {}
    if username and others.filter(username__iexact=username).exists():
        problems["username"] = _("Someone already has the username %(name)s. Choose another") % {
            "name": username
        }
    if email and others.filter(email__iexact=email).exists():
        # A reset link goes to an address: two accounts on one address would get each other's.
        problems["email"] = _("Someone already has an account with this email address")
    if role:
        problems |= _teamless(role, team)
    return problems | (_initials_only(job_title) if job_title is not None else {})


@transaction.atomic
def person_add(
    *,
    by: User,
    username: str,
    first_name: str,
    last_name: str,
    email: str,
    role: str,
    team: Team | None = None,
    job_title: str = "",
    agency: str = "",
) -> User:
    """Make an account and email its owner a link to choose a password. PersonRefused if the
    username or email address is taken, or another of person_problems."""
    permissions.require(by, permissions.PEOPLE_MANAGE)
    problems = person_problems(username=username, email=email, role=role, team=team, job_title=job_title)
    if problems:
        raise PersonRefused(problems)
    person = User(
        username=username,
        first_name=first_name,
        last_name=last_name,
        email=email,
        role=role,
        team=team,
        job_title=job_title,
        agency=agency,
    )
    # Usable, so that "Forgotten your password?" works for them too; known to nobody.
    person.set_password(secrets.token_urlsafe(32))
    person.save()
    audit.record(
        AuditEvent.Action.CREATE,
        object_type="user",
        object_id=person.pk,
        detail={"after": {"username": username, **_details(person)}},
        user=by,
    )
    transaction.on_commit(lambda: _send_welcome(person))
    return person


def _mailed(subject: str, body: str, to: str) -> None:
    """Send, and log a failure rather than fail the change already saved: the person can still ask
    for a link from the sign-in page."""
    try:
        send_mail(subject, body, None, [to])
    except (OSError, SMTPException):
        log.warning("an account email could not be sent", exc_info=True)


@transaction.atomic
def person_change(*, person: User, by: User, **fields: Any) -> User:
    """Change someone's details or access (``ACCESS_FIELDS``); an administrator cannot take away
    their own access or deactivate themselves, so the council is never left without one."""
    permissions.require(by, permissions.PEOPLE_MANAGE)
    unknown = set(fields) - set(ACCESS_FIELDS) - {"team"}
    if unknown:
        raise ValueError(f"not a field an administrator changes: {sorted(unknown)}")
    if "team" in fields:
        team = fields.pop("team")
        fields["team_id"] = team.pk if team else None
    if (person.is_superuser or person.is_staff) and not by.is_superuser:
        # Their email is where a reset link goes: whoever could change it could take the account over.
        raise PersonRefused({"email": _("Only a superuser can change a superuser's or staff account")})
    email_changed = fields.get("email", person.email).lower() != person.email.lower()
    # A role as saved is not asked about again: deactivating a leaver must not wait on its wording.
    job_title = fields.get("job_title", person.job_title)
    problems = person_problems(
        person=person,
        email=fields["email"] if email_changed else "",
        role=fields.get("role", person.role),
        team=fields.get("team_id", person.team_id),
        job_title=job_title if job_title != person.job_title else None,
    )
    if person.pk == by.pk and (
        fields.get("role", person.role) != person.role or not fields.get("is_active", True)
    ):
        field = "is_active" if not fields.get("is_active", True) else "role"
        problems[field] = _(
            "You cannot change your own access or deactivate yourself. Ask another administrator"
        )
    if problems:
        raise PersonRefused(problems)
    before = _details(person)
    old_email = person.email
    for name, value in fields.items():
        setattr(person, name, value)
    person.save()  # deactivating ends their sessions and API tokens (accounts.signals)
    if email_changed and old_email:
        transaction.on_commit(lambda: _tell_of_new_address(person, old_email))
    after = _details(person)
    changes = {k: {"before": before[k], "after": v} for k, v in after.items() if before[k] != v}
    if changes:
        audit.record(
            AuditEvent.Action.UPDATE,
            object_type="user",
            object_id=person.pk,
            detail={"changes": changes},
            user=by,
        )
    return person


def families_led(person: User) -> int:
    """How many families with a plan still open this person leads: when they leave, each needs a
    new lead practitioner, chosen by the family's manager."""
    open_plans = ("live", "awaiting_sign_off")
    led = person.taf_places.filter(is_lead=True, family__plans__status__in=open_plans)
    return int(led.values("family").distinct().count())


def _send_welcome(person: User) -> None:
    context = {
        "user": person,
        "uid": urlsafe_base64_encode(force_bytes(person.pk)),
        "token": default_token_generator.make_token(person),
        "base_url": settings.BASE_URL.rstrip("/"),
        "service_name": settings.SERVICE_NAME,
        "hours": max(1, settings.PASSWORD_RESET_TIMEOUT // 3600),
    }
    subject = _("Your account on %(service)s") % {"service": settings.SERVICE_NAME}
    _mailed(subject, render_to_string("accounts/welcome_email.txt", context), person.email)


def _tell_of_new_address(person: User, old_email: str) -> None:
    subject = _("The email address of your account on %(service)s was changed") % {
        "service": settings.SERVICE_NAME
    }
    body = _(
        "An administrator changed the email address of your account (%(username)s). Links to choose "
        "a password now go to the new address. If you did not expect this, tell your manager."
    ) % {"username": person.username}
    _mailed(subject, body, old_email)


@transaction.atomic
def team_add(*, by: User, name: str) -> Team:
    """A team a manager will oversee; PersonRefused if a team has that name already."""
    permissions.require(by, permissions.PEOPLE_MANAGE)
    name = " ".join(name.split())
    if Team.objects.filter(name__iexact=name).exists():
        raise PersonRefused({"name": _("There is already a team called %(name)s") % {"name": name}})
    team = Team.objects.create(name=name)
    audit.record(
        AuditEvent.Action.CREATE,
        object_type="team",
        object_id=team.pk,
        detail={"after": {"name": name}},
        user=by,
    )
    return team
