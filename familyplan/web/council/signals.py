"""What the council's settings tell the apps above them when they change.

The council app sits below casework, so it cannot reach the plans whose stored SMART reports
its rules and review cycles decided; it says the settings changed, and casework listens.
"""

from __future__ import annotations

from django.dispatch import Signal

settings_changed = Signal()
