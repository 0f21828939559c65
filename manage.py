#!/usr/bin/env python
"""Django's command-line utility for Family Plan."""

import os
import sys

if __name__ == "__main__":
    # Production unless development is asked for by name (make run and the tests do).
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyplan.web.settings_production")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
