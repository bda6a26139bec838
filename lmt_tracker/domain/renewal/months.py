"""Month arithmetic of license cycles: the end of a month, whole months and months touched.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

from dateutil.relativedelta import relativedelta

ONE_DAY: Final = dt.timedelta(days=1)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def whole_months(start: dt.date, end_inclusive: dt.date) -> int:
    """Whole months from ``start`` to the day after ``end_inclusive``."""
    delta = relativedelta(end_inclusive + ONE_DAY, start)
    return int(delta.years) * 12 + int(delta.months)


def months_touched(start: dt.date, end: dt.date) -> int:
    """Calendar months from ``start``'s month to ``end``'s, both counted ("each month or
    partial month"): 2024-02-15 .. 2025-08-31 is 19."""
    return (end.year - start.year) * 12 + end.month - start.month + 1
