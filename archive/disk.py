"""A full disk, told apart from other failures: it stops a run, it is no site's fault.

A write can fail for want of space (ENOSPC), over a file-size limit (EFBIG) or over a quota
(EDQUOT); SQLite reports the first as SQLITE_FULL and the others as a failed write. Each is
reported the same way, naming the file, so that an operator frees space and runs again.
"""

from __future__ import annotations

import errno
import sqlite3

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})
SQLITE_DISK_FULL = frozenset({"SQLITE_FULL", "SQLITE_IOERR_WRITE"})
DISK_FULL_REASON = "disk_full"
"""The reason a crawl closes with when it can no longer write."""


def is_disk_full(error: BaseException) -> bool:
    """The error is a write refused for want of space, size or quota."""
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorname", "") in SQLITE_DISK_FULL
    return isinstance(error, OSError) and error.errno in DISK_FULL_ERRNOS


def disk_full_problem(path: object) -> str:
    """The run's problem line for a full disk."""
    return f"disk full writing {path}"
