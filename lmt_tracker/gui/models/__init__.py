"""Small Qt table models: lazy, so a table of 100,000 rows never builds a widget per row.

``course_table`` (the CE courses), ``course_filter`` (its search and filters) and
``cohort_model`` (a school class: graduates × jurisdictions).
"""

__all__ = ["cohort_model", "course_filter", "course_table"]
