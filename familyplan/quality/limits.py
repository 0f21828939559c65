"""How a quality report is laid out and run.

The limits on what it reads (files in one run, the size of an earlier report) are
with every other limit in familyplan/plan/limits.py; a plan file's own size and
contents are limited by the readers.
"""

from __future__ import annotations

# Faults listed with their examples.
TOP_FAULTS = 10
# Longest example shown for a fault, in characters.
MAX_EXAMPLE = 240
# Below this many files, starting worker processes costs more than it saves.
POOL_FROM_FILES = 8
