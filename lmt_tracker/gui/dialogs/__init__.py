"""The main window's dialogs: each edits or shows one thing and returns what the user chose.

Others use ``course_dialog`` (a CE course, with its certificate), ``credential_dialog``
(a license, certification or membership), ``record_dialogs`` (profile, training program,
exam attempt), ``certificate_dialog`` (certificates read in a batch), ``wizard`` (the
first-run set-up), ``crash_report`` and ``open_failure``. ``base`` and
``certificate_fill`` serve the dialogs themselves.
"""

__all__ = [
    "certificate_dialog",
    "course_dialog",
    "crash_report",
    "credential_dialog",
    "open_failure",
    "record_dialogs",
    "wizard",
]
