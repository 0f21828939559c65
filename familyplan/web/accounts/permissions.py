"""Who may do what: every permission of the service, as a named rule.

Pages, services, templates and the API ask these rules and decide nothing
themselves. A rule checks one record; lists are filtered in the selectors
(``casework.selectors.families_for``), and a test holds the two to the same
answer.

Need to know (Caldicott principle 4): a practitioner sees the families whose Team
Around the Family they are in; a manager also sees their team's families; an
early help coordinator and an administrator see all. The lead practitioner
(or their manager, or an administrator) changes the plan; other members of the
team update progress on the actions given to them.

Rules that take a record take the family's record (``Family``), except
``action.update`` (an ``Action``) and the ``closure.*`` rules (a ``Plan``). Records
are read through their relations, so this module imports no app above it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from rules.predicates import always_allow, predicate
from rules.rulesets import RuleSet

from familyplan.web.accounts.models import User

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

F = TypeVar("F", bound=Callable[..., Any])

# The names every caller uses.
FAMILY_VIEW = "family.view"
FAMILY_CREATE = "family.create"
FAMILY_DELETE = "family.delete"
PLAN_CHANGE = "plan.change"
ACTION_UPDATE = "action.update"
FAMILY_AUDIT = "family.audit"
SUBJECT_ACCESS = "person.subject_access"
LEGAL_HOLD = "family.legal_hold"
FAMILY_MOVE = "family.move"
CLOSURE_SIGN_OFF = "closure.sign_off"
CLOSURE_SECOND_PERSON = "closure.second_person"
CLOSURES_LIST = "closure.list"
SUPERVISE = "plan.supervise"
DATA_NOTIFICATIONS = "oversight.data_notifications"
OVERSIGHT = "oversight.view"
SETTINGS = "council.settings"
ADMIN_SITE = "admin.site"
PEOPLE_MANAGE = "people.manage"
SIGNED_IN = "account.signed_in"
ANYONE = "anyone"
# What a change to a family's record or plan asks: may they see the family, and change its plan.
CHANGE_A_PLAN = (FAMILY_VIEW, PLAN_CHANGE)

RULES = RuleSet()


def _person(user: Any) -> User | None:
    if isinstance(user, User) and user.is_active:
        return user
    return None


@predicate
def is_signed_in(user: Any) -> bool:
    return _person(user) is not None


@predicate
def is_administrator(user: Any) -> bool:
    person = _person(user)
    return person is not None and person.is_administrator


@predicate
def is_coordinator(user: Any) -> bool:
    person = _person(user)
    return person is not None and person.is_coordinator


@predicate
def is_manager(user: Any) -> bool:
    """A team manager or an early help coordinator."""
    person = _person(user)
    return person is not None and person.is_manager


@predicate
def manages_the_team_of(user: Any, family: Any) -> bool:
    person = _person(user)
    return (
        person is not None
        and person.is_manager
        and person.team_id is not None
        and person.team_id == family.team_id
    )


def _taf_of(user: Any, family: Any) -> list[Any]:
    # Reads the prefetched team when the caller has it (the plan page does), else one query.
    return [t for t in family.taf.all() if t.user_id == user.pk]


@predicate
def is_in_the_taf_of(user: Any, family: Any) -> bool:
    return _person(user) is not None and bool(_taf_of(user, family))


@predicate
def leads(user: Any, family: Any) -> bool:
    return _person(user) is not None and any(t.is_lead for t in _taf_of(user, family))


@predicate
def is_given(user: Any, action: Any) -> bool:
    """The action is given to this person (chosen by Team Around the Family member)."""
    owner = action.taf_member
    return _person(user) is not None and owner is not None and owner.user_id == user.pk


@predicate
def changes_the_plan_of_the_action(user: Any, action: Any) -> bool:
    return bool(RULES.test_rule(PLAN_CHANGE, user, action.goal.plan.family))


@predicate
def asked_to_close(user: Any, plan: Any) -> bool:
    closure = getattr(plan, "closure", None)
    return closure is not None and closure.requested_by_id == user.pk


@predicate
def leads_the_plan(user: Any, plan: Any) -> bool:
    return bool(leads(user, plan.family))


@predicate
def manages_the_team_of_the_plan(user: Any, plan: Any) -> bool:
    return bool(manages_the_team_of(user, plan.family))


@predicate
def is_staff(user: Any) -> bool:
    person = _person(user)
    return person is not None and person.is_staff


RULES.add_rule(ANYONE, always_allow)
RULES.add_rule(SIGNED_IN, is_signed_in)
RULES.add_rule(FAMILY_VIEW, is_administrator | is_coordinator | is_in_the_taf_of | manages_the_team_of)
# A practitioner of any agency may lead a family's plan, and whoever adds a family leads it first;
# an administrator looks after people and settings, not families (MISSION: who uses it).
RULES.add_rule(FAMILY_CREATE, is_signed_in & ~is_administrator)
# A family's whole record is removed by an administrator (retention removes closed records itself).
RULES.add_rule(FAMILY_DELETE, is_administrator)
RULES.add_rule(PLAN_CHANGE, manages_the_team_of | leads)
RULES.add_rule(ACTION_UPDATE, is_given | changes_the_plan_of_the_action)
RULES.add_rule(FAMILY_AUDIT, is_administrator | manages_the_team_of)
RULES.add_rule(SUBJECT_ACCESS, is_administrator | manages_the_team_of)
RULES.add_rule(LEGAL_HOLD, is_administrator | manages_the_team_of)
# A family moves to another team (and so to that team's manager's oversight) by its own team's
# manager, an early help coordinator or an administrator.
RULES.add_rule(FAMILY_MOVE, is_administrator | is_coordinator | manages_the_team_of)
RULES.add_rule(CLOSURES_LIST, is_manager)
# Oversight of a plan is its team's manager's (or the council-wide coordinator's): a manager
# who sits in another team's Team Around the Family takes part in it, but does not oversee it.
RULES.add_rule(CLOSURE_SIGN_OFF, is_coordinator | manages_the_team_of_the_plan)
# A second person signs off: not the one who asked to close the plan, nor its lead.
RULES.add_rule(CLOSURE_SECOND_PERSON, ~asked_to_close & ~leads_the_plan)
RULES.add_rule(SUPERVISE, is_coordinator | manages_the_team_of)
# Seed 001: the early help coordinator receives the DATA Notification forms.
RULES.add_rule(DATA_NOTIFICATIONS, is_coordinator | is_administrator)
RULES.add_rule(OVERSIGHT, is_manager | is_administrator)
RULES.add_rule(SETTINGS, is_administrator)
# Seeing everyone with an account, and ending a person's sessions and API tokens.
RULES.add_rule(PEOPLE_MANAGE, is_administrator)
# Django's own admin site, for staff accounts.
RULES.add_rule(ADMIN_SITE, is_staff)

# What a person is told when a rule says no (pages that hide records answer "not found" instead).
REFUSALS = {
    PLAN_CHANGE: _("Only the lead practitioner or their manager can change this plan."),
    ACTION_UPDATE: _("You can update only the actions given to you."),
    FAMILY_AUDIT: _("Only the team's manager can see who has looked at this record."),
    SUBJECT_ACCESS: _("Subject access requests are answered by a manager or an administrator."),
    LEGAL_HOLD: _("A legal hold is placed or lifted by the team's manager or an administrator."),
    FAMILY_MOVE: _(
        "A family is moved to another team by its team's manager, a coordinator or an administrator."
    ),
    OVERSIGHT: _("The dashboard is for managers and early help coordinators."),
    SETTINGS: _("Council settings are for administrators."),
    # Nothing of what the page is, nor that it exists.
    ADMIN_SITE: _("You do not have access to this page."),
    PEOPLE_MANAGE: _(
        "Only an administrator can see people's accounts, end their sessions and unlock signing in."
    ),
    SUPERVISE: _("Management oversight is recorded by the family's team manager."),
    DATA_NOTIFICATIONS: _("DATA Notification forms go to the early help coordinator."),
    FAMILY_CREATE: _("Families are added and imported by practitioners and managers, not administrators."),
    FAMILY_DELETE: _("Only an administrator can remove a family's whole record."),
}


def who_to_ask(user: Any) -> StrOrPromise:
    """Who to ask when a rule says no: a practitioner's team manager brings them into a family's
    team; what anyone else may do, their role and team, is set by an administrator."""
    person = _person(user)
    if person is not None and person.role == User.Role.PRACTITIONER and person.team_id is not None:
        return _("If you think you should be able to, ask your team manager.")
    if person is not None and person.is_administrator:
        return _("If you think you should be able to, ask another administrator.")
    return _("If you think you should be able to, ask an administrator.")


def rule_exists(rule: str) -> bool:
    return bool(RULES.rule_exists(rule))


def can(user: Any, rule: str, record: Any = None) -> bool:
    """Whether ``user`` may do ``rule`` (with ``record``, where the rule takes one)."""
    return bool(RULES.test_rule(rule, user, record))


def require(user: Any, rule: str, record: Any = None) -> None:
    """Refuse (403, with the rule's plain reason) unless ``user`` may do ``rule``."""
    if not can(user, rule, record):
        raise PermissionDenied(REFUSALS.get(rule, _("You cannot do this.")))


def asks(*rule_names: str) -> Callable[[F], F]:
    """Marks a page or API operation with the rules it asks, so a test can hold every route to them."""
    unknown = [name for name in rule_names if not RULES.rule_exists(name)]
    if unknown or not rule_names:
        raise ValueError(f"unknown permission rules: {unknown or 'none named'}")

    def mark(view: F) -> F:
        view.permission_rules = rule_names  # type: ignore[attr-defined]
        return view

    return mark


SIGNED_OUT = _(
    "You have been signed out. This happens after %(minutes)d minutes without using the service, "
    "or when your sessions are ended. Sign in again to carry on."
)


def signed_in(view: F) -> F:
    """A page for people signed in: anyone else is sent to sign in, and comes back after. Someone
    whose session has run out is told so there. A request a page's script makes (a SMART panel's
    check) is answered 401, so the page it came from can say so, keeping what was typed in it."""

    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can(request.user, SIGNED_IN):
            if request.headers.get("HX-Request") == "true":
                return HttpResponse(status=401)
            if session_ran_out(request):
                messages.info(request, SIGNED_OUT % {"minutes": settings.SESSION_COOKIE_AGE // 60})
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)  # type: ignore[no-any-return]

    return checked  # type: ignore[return-value]


def session_ran_out(request: HttpRequest) -> bool:
    """Whether the browser came with a session that has ended (run out, or ended for it): one
    signed out by choice has no session cookie left to send."""
    sent = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    return bool(sent) and not request.session.items() and request.session.session_key is None
