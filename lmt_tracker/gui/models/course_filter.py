"""Which courses the table shows: search text, date range, topic, delivery, credential, certificate.

Pure Python so it is cheap to test and runs the same for 30 or 100,000 courses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lmt_tracker.domain.core.records import Course


@dataclass(frozen=True)
class CourseFilter:
    text: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    topic: str | None = None
    delivery: str | None = None
    credential_id: int | None = None
    has_certificate: bool | None = None

    @property
    def active(self) -> bool:
        return self != CourseFilter()

    def matches(self, course: Course, haystack: str) -> bool:
        """``haystack``: the course's searchable text, lower-cased (see :func:`haystack`)."""
        if self.start is not None and course.completed < self.start:
            return False
        if self.end is not None and course.completed > self.end:
            return False
        if self.delivery is not None and course.delivery != self.delivery:
            return False
        if self.topic is not None and not any(t.topic == self.topic for t in course.topics):
            return False
        if self.credential_id is not None and course.applies_to is not None \
                and self.credential_id not in course.applies_to:
            return False
        if self.has_certificate is not None and \
                (course.certificate_sha256 is not None) != self.has_certificate:
            return False
        return not self.text or all(word in haystack for word in self.text.lower().split())


def haystack(course: Course) -> str:
    """Everything a search looks in: title, provider, notes and approval numbers."""
    approvals = " ".join(f"{a.body} {a.number}" for a in course.approvals)
    return f"{course.title} {course.provider} {course.notes} {approvals}".lower()
