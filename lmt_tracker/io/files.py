"""Opening a user's file safely: a regular file only, never blocking on a pipe or device.

Its own module so that reading one certificate does not import the storage layer
(``exchange`` imports SQLAlchemy; ``certificates`` and the certificate reader do not).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def open_regular_file(path: Path) -> Iterator[BinaryIO | None]:
    """Open ``path`` for reading if it is a regular file; yield None for a pipe or device.

    Opened without blocking first: a plain ``open`` of a named pipe waits forever for
    a writer, and a device such as /dev/zero never ends.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            yield None
            return
        os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle
