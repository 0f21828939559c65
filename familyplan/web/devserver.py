"""`make run`: set up the embedded database, load the demo families and serve the app."""

from __future__ import annotations

import os


def main() -> None:
    # A developer's machine only: debug pages and the development secret.
    os.environ.setdefault("FAMILYPLAN_DEBUG", "1")
    os.environ["DJANGO_SETTINGS_MODULE"] = "familyplan.web.settings"  # development, by name
    import django
    from django.core.management import call_command

    django.setup()
    from familyplan.web.operations.demo import DEMO_PASSWORD, load_demo

    call_command("migrate", interactive=False, verbosity=0)
    logins = load_demo()
    print("\nFamily Plan is running at http://127.0.0.1:8000")
    print(f"Demo logins (password for each: {DEMO_PASSWORD}):")
    for username, who in logins:
        print(f"  {username:<8} {who}")
    print("Press Ctrl+C to stop.\n", flush=True)
    call_command("runserver", "127.0.0.1:8000", use_reloader=False)


if __name__ == "__main__":
    main()
