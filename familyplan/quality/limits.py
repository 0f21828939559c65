"""The limits on what a quality report reads, in one place.

A plan file's own size and unpacked size are limited by the readers
(familyplan.formats); these limit the report around them.
"""

from __future__ import annotations

# Files in one run: a council's whole archive, with room to spare.
MAX_FILES = 200_000
# An earlier report given with --since (the JSON this command writes is far smaller).
MAX_REPORT_BYTES = 20 * 1024 * 1024
# Faults listed with their examples.
TOP_FAULTS = 10
# Longest example shown for a fault, in characters.
MAX_EXAMPLE = 240
# Below this many files, starting worker processes costs more than it saves.
POOL_FROM_FILES = 8
