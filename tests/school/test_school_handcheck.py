"""A case checked by hand against state_requirements/TX.toml (version effective 2021-04-01).

Reading the file: 500 hours in total; minimum age 18; subject minimums —
massage_theory_technique 200, anatomy 50, physiology 25, kinesiology 50, pathology 40,
hydrotherapy 20, laws_rules + business + ethics 45, hygiene_sanitation + first_aid_cpr +
communicable_disease 20, clinical_practicum 50; exams — the MBLEx or the state exam, AND
the jurisprudence exam or the state exam; fingerprints and a background check to confirm.

So a graduate with exactly that curriculum and a passed MBLEx is short only the
Texas jurisprudence exam (a class list has no column for it); ten hours fewer of
pathology makes them short 10 total hours and 10 pathology hours as well; a
16-year-old without the MBLEx is short the MBLEx and the minimum age.
"""

from __future__ import annotations

import datetime as dt

from lmt_tracker.domain.entry.cohort import audit_cohort, choose, shortfalls
from lmt_tracker.io.school_csv import parse_class_csv
from lmt_tracker.rules.loader import load_all

AS_OF = dt.date(2026, 1, 15)
CSV = (
    "student_id,name,total_hours,massage_theory_technique,anatomy,physiology,kinesiology,"
    "pathology,hydrotherapy,ethics,laws_rules,business,hygiene_sanitation,first_aid_cpr,"
    "clinical_practicum,birth_date,mblex,mblex_date\n"
    "TX-1,Exact Curriculum,500,200,50,25,50,40,20,15,15,15,10,10,50,2000-01-15,pass,2025-06-01\n"
    "TX-2,Short Pathology,490,200,50,25,50,30,20,15,15,15,10,10,50,2000-01-15,pass,2025-06-01\n"
    "TX-3,Too Young,500,200,50,25,50,40,20,15,15,15,10,10,50,2009-03-01,none,\n"
)


def test_texas_by_hand() -> None:
    parsed = parse_class_csv(CSV, AS_OF)
    assert parsed.errors == ()
    audit = audit_cohort(parsed.graduates, choose(load_all(), ["TX"], AS_OF), AS_OF)
    short = {row.graduate.student_id: [(f.key, f.needed, f.have)
                                       for f in shortfalls(row.results[0])]
             for row in audit.rows}
    law = ("jurisprudence|state_exam", None, None)
    assert short["TX-1"] == [law]
    assert short["TX-2"] == [("total_hours", 500, 490), ("pathology", 40, 30), law]
    assert short["TX-3"] == [("mblex|state_exam", None, None), law, ("min_age", 18, None)]
    confirm = {f.key for f in audit.rows[0].results[0].findings if f.status == "to_confirm"}
    assert confirm == {"fingerprints", "background_check"}
    assert audit.eligible_counts == (0,) and audit.short_counts == (3,)
