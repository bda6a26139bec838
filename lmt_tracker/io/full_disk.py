"""How a full disk is said: the file, the space it needed, what is free, and the way out.

Every writer reports a full disk the same way (``portable.DiskFullError`` for the files
the app writes, ``store.DiskFullError`` for a database or its copy), as a phrase
(``domain.core.phrases``) the command line and the window say in the user's language.
Kept apart from ``portable``, which the window imports before its first paint: this is
imported only when a write has failed.
"""

from __future__ import annotations

from lmt_tracker.domain.core.phrases import N_, Phrase, joined, ph

#: What the user can do about it.
FREE_SPACE_REMEDY = N_("free some space on that drive (or choose another) and try again")


def disk_full_message(path: str, needed: str | None, free: str | None) -> Phrase:
    """"the disk is full: FILE could not be written (it needs about 3.0 MB; 1.2 MB free on
    that drive); nothing was changed" — ``needed`` and ``free`` as sizes in words, or None
    where unknown."""
    parts = []
    if needed is not None:
        parts.append(ph(N_("it needs about {size}"), size=needed))
    if free is not None:
        parts.append(ph(N_("{size} free on that drive"), size=free))
    detail: str = Phrase(" ({parts})", {"parts": joined(parts, "; ")}) if parts else ""
    return ph(N_("the disk is full: {path} could not be written{detail}; nothing was changed"),
              path=path, detail=detail)


def with_remedy(message: str) -> Phrase:
    """The message followed by the way out, as the command line prints it."""
    return Phrase("{message}; {remedy}", {"message": message, "remedy": ph(FREE_SPACE_REMEDY)})
