"""The person's own account, two-factor sign-in, resetting a forgotten password, and the
administrators' page of people."""

from django.urls import include, path

from familyplan.web.accounts import password_reset, people_views, permissions, views

# Resetting a forgotten password is for people who cannot sign in: open to anyone.
public = permissions.asks(permissions.ANYONE)

account = [
    path("", views.account, name="account"),
    path("password/", views.password_change, name="password-change"),
    path("two-factor/set-up/", views.two_factor_set_up, name="two-factor-set-up"),
    path("two-factor/turn-off/", views.two_factor_turn_off, name="two-factor-turn-off"),
    path("still-here/", views.still_here, name="still-here"),
]

urlpatterns = [
    path("sign-in/reset/", public(password_reset.ResetRequestView.as_view()), name="password-reset"),
    path("sign-in/reset/sent/", public(password_reset.ResetSentView.as_view()), name="password-reset-sent"),
    path(
        "sign-in/reset/<uidb64>/<token>/",
        public(password_reset.NewPasswordView.as_view()),
        name="password-reset-new",
    ),
    path("sign-in/reset/done/", public(password_reset.ResetDoneView.as_view()), name="password-reset-done"),
    path("people/", people_views.people, name="people"),
    path("people/new/", people_views.person_new, name="person-new"),
    path("people/teams/new/", people_views.team_new, name="team-new"),
    path("people/<int:user_id>/", people_views.person_edit, name="person"),
    path("people/<int:user_id>/end-sessions/", people_views.end_sessions, name="person-end-sessions"),
    path("people/<int:user_id>/unlock/", people_views.unlock, name="person-unlock"),
    path("sign-in/code/", views.sign_in_code, name="sign-in-code"),
    path("account/", include(account)),
]
