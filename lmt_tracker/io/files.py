"""Opening a user's file safely: a regular file only, never blocking on a pipe or device.

Its own module so that reading one certificate does not import the storage layer
(``exchange`` imports SQLAlchemy; ``certificates`` and the certificate reader do not).
The work is ``lmt_tracker.portable``'s, the one module that opens files at the OS level
(binary mode on Windows, never a non-blocking flag where the platform lacks one).
"""

from __future__ import annotations

from lmt_tracker.portable import open_regular_file

__all__ = ["open_regular_file"]
