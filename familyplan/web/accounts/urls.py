"""The person's own account and two-factor sign-in."""

from django.urls import include, path

from familyplan.web.accounts import views

account = [
    path("", views.account, name="account"),
    path("password/", views.password_change, name="password-change"),
    path("two-factor/set-up/", views.two_factor_set_up, name="two-factor-set-up"),
    path("two-factor/turn-off/", views.two_factor_turn_off, name="two-factor-turn-off"),
]

urlpatterns = [
    path("sign-in/code/", views.sign_in_code, name="sign-in-code"),
    path("account/", include(account)),
]
