"""What casework tells the apps above it, without importing them.

Casework sits below reviews and oversight: it may not call them. When a plan
changes, it sends ``plan_changed`` (with ``plan_id``) and the apps that keep
figures about plans (the reviews app keeps drift) update them.
"""

from __future__ import annotations

from django.dispatch import Signal

plan_changed = Signal()
