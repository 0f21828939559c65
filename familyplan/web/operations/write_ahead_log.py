"""SQLite's write-ahead log, turned on once for each database file a process opens.

The log lets pages be read while a save is written. SQLite keeps the mode in the database file, so
it is set once rather than on every new connection: asking for it on each connection needs a moment
with no other writer, and in a burst of saves a new connection could fail with "database is locked"
at once, before its busy timeout was consulted.
"""

from __future__ import annotations

import threading
from typing import Any

_SET: set[str] = set()
_SETTING = threading.Lock()


def use_write_ahead_log(sender: Any, connection: Any, **kwargs: Any) -> None:
    """On a process's first connection to a SQLite file, put the file in write-ahead-log mode."""
    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict.get("NAME", ""))
    if name in _SET or name == ":memory:" or "mode=memory" in name:
        return  # set already; or a database held in memory, which has no log
    with _SETTING:  # other connections opened meanwhile wait here until the mode is set
        if name in _SET:
            return
        raw = connection.connection
        if str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            raw.execute("PRAGMA journal_mode=WAL")
        _SET.add(name)
