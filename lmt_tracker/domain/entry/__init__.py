"""Entry-level eligibility: does a training and exam record meet a jurisdiction's rules?

``eligibility`` is the way in (one applicant against one jurisdiction, or many at once).
Beneath it: ``applicant`` (the applicant a rule judges: hours, exams, age, dates),
``checker`` (one rule version's requirements compiled into an ``EntryChecker``),
``compiled`` (every version of a jurisdiction compiled once) and ``cohort_classes``
(applicants every rule judges alike, judged once). A school's audit builds on it:
``cohort`` (graduates against jurisdictions, as a matrix) and ``cohort_summary``.
"""

__all__ = ["cohort", "cohort_summary", "eligibility"]
