"""License cycles and continuing education: is one credential's CE complete?

``compliance`` is the way in (``evaluate_renewal``): it finds the CE period, what it
requires and the best allocation of the courses, and explains it as findings. In the
order it uses them: ``cycles`` (license cycles from the renewal rule) and ``periods``
(CE periods the cycle does not give), ``requirement`` (the total and every minimum of a
period), ``hours`` (the one place a course's hours become the rule's hours), ``terms``
(shared terms: rounding, the national body, words), ``course_index`` (courses by date),
``problem`` (the allocation problem of one period), ``allocation`` (the best allocation
under caps), ``lines`` (per-course lines) and ``findings`` (the solved allocation as
findings).
"""

__all__ = ["compliance", "cycles", "periods"]
