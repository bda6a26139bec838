"""Which column of a school's own class list is which field: the column mapping.

A registrar's export says "Student #", "Hours Completed", "A&P", "Kines", "Path".
:func:`propose` maps each header to a field (our column name, e.g. ``student_id``,
``anatomy_physiology``, ``tx_law_exam``): first what the user or a map file said,
then exact names, then common synonyms, and — only when asked (the app, where the
user confirms) — the closest name. A mapping is saved as a small TOML file
(``class_map_file.to_toml``) that ``lmt-tracker audit --map`` reads back
(``class_map_file.read_map``), with the two reading conventions a file cannot always
show: the order of day and month in slash dates, and whether a decimal comma is used.

Nothing here reads the class itself; ``school_csv`` does, through a mapping.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from lmt_tracker.domain.core.phrases import N_, Phrase, ph
from lmt_tracker.domain.core.vocabulary import ENTRY_SUBJECTS

REQUIRED: Final = ("student_id", "name", "total_hours")
DELIVERY_COLUMNS: Final = ("online_hours", "clinical_hours")
DATE_COLUMNS: Final = ("program_start", "graduation_date", "birth_date", "mblex_date")
SUBJECT_COLUMNS: Final = tuple(sorted(ENTRY_SUBJECTS))
#: A subject's online hours, part of that subject's hours: ``anatomy_physiology_online``.
#: Per-subject delivery rules (Georgia's in-class subjects, Michigan's in-person clinic)
#: judge them; without them a file's online total cannot say which subjects were online.
ONLINE_SUFFIX: Final = "_online"
ONLINE_SUBJECT_COLUMNS: Final = tuple(f"{s}{ONLINE_SUFFIX}" for s in SUBJECT_COLUMNS)
KNOWN_COLUMNS: Final = frozenset(
    (*REQUIRED, *DELIVERY_COLUMNS, *DATE_COLUMNS, "mblex", "school_state", *SUBJECT_COLUMNS,
     *ONLINE_SUBJECT_COLUMNS)
)
#: A state's own exam column: ``<state>_law_exam`` (jurisprudence), ``<state>_state_exam``,
#: ``<state>_practical_exam``; the state is a two-letter code.
STATE_EXAM_KINDS: Final = {
    "law_exam": "jurisprudence",
    "state_exam": "state_exam",
    "practical_exam": "practical_exam",
}
_STATE_EXAM = re.compile(r"([a-z]{2})_(law_exam|state_exam|practical_exam)")
_STATE_EXAM_SYNONYM = re.compile(
    r"([a-z]{2})_(?:(law|jurisprudence|law_and_rules|laws_and_rules)|(state)|(practical))"
    r"(?:_exam|_test)?(?:_result)?"
)

DATE_ORDERS: Final = ("day_first", "month_first")
DECIMALS: Final = ("comma", "point")

#: Headers seen in student information systems and school spreadsheets. Keys are
#: written as people write them and compared in :func:`key` form ("A&P" → "a_p").
_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "student_id": ("Student #", "Student No", "Student Number", "Student ID #", "ID",
                   "ID #", "Stu ID", "Student Num", "SID", "Enrollment ID",
                   "Learner ID"),
    "name": ("Full Name", "Student Name", "Student", "Graduate", "Graduate Name",
             "Name (Last, First)", "Last, First"),
    "total_hours": ("Hours Completed", "Total Hours Completed", "Hours", "Total",
                    "Program Hours", "Total Program Hours", "Clock Hours", "Total Clock Hours",
                    "Completed Hours", "Hours Earned"),
    "anatomy_physiology": ("A&P", "A & P", "A and P", "Anatomy & Physiology",
                           "Anatomy and Physiology", "A/P", "Anat & Phys"),
    "anatomy": ("Anat", "Anatomy Hours"),
    "physiology": ("Phys", "Physio", "Physiology Hours"),
    "kinesiology": ("Kines", "Kin", "Kinesio", "Kinesiology Hours"),
    "pathology": ("Path", "Patho", "Pathophysiology", "Pathology Hours"),
    "massage_theory_technique": ("Massage Theory", "Technique", "Techniques",
                                 "Massage Technique", "Massage Techniques",
                                 "Theory & Technique", "Massage Theory & Technique",
                                 "Massage Theory and Practice", "Bodywork", "Hands On",
                                 "Modalities"),
    "hydrotherapy": ("Hydro", "Hydrotherapy Hours"),
    "clinical_practicum": ("Practicum", "Clinical", "Clinic Practicum", "Clinical Practice",
                           "Student Clinic Practicum"),
    "ethics": ("Professional Ethics", "Ethics & Boundaries", "Ethics and Boundaries"),
    "business": ("Business Practices", "Business & Marketing", "Business and Ethics"),
    "laws_rules": ("Laws & Rules", "Laws and Rules", "Law", "Laws", "State Law",
                   "Laws and Regulations"),
    "first_aid_cpr": ("CPR", "First Aid", "CPR/First Aid", "First Aid & CPR", "CPR & First Aid"),
    "hygiene_sanitation": ("Hygiene", "Sanitation", "Hygiene & Sanitation"),
    "communicable_disease": ("HIV", "HIV/AIDS", "HIV AIDS", "Communicable Diseases",
                             "Infection Control"),
    "electives": ("Elective", "Elective Hours", "Allied Modalities", "Other"),
    "online_hours": ("Online", "Distance", "Distance Learning", "Online Hours Completed",
                     "Hybrid Online Hours"),
    "clinical_hours": ("Clinic Hours", "Student Clinic", "Student Clinic Hours",
                       "Supervised Clinic", "Supervised Clinic Hours"),
    "program_start": ("Start Date", "Start", "Enrollment Date", "Enrolled", "Program Start Date",
                      "First Day"),
    "graduation_date": ("Graduation", "Grad Date", "Graduated", "Completion Date",
                        "Program End", "End Date", "Completion"),
    "birth_date": ("DOB", "Date of Birth", "Birth Date", "Birthdate", "Birthday"),
    "mblex": ("MBLEx Result", "MBLEx Status", "MBLEx", "Exam", "Exam Result", "National Exam"),
    "mblex_date": ("MBLEx Date", "Exam Date", "MBLEx Exam Date", "Test Date"),
    "school_state": ("School State", "State of School", "Campus State", "Program State"),
    "anatomy_physiology_online": ("A&P Online", "Online A&P", "Anatomy & Physiology Online"),
    "massage_theory_technique_online": ("Massage Theory Online", "Online Massage Theory"),
    "pathology_online": ("Path Online", "Online Pathology"),
    "clinical_practicum_online": ("Practicum Online",),
}


def key(header: str) -> str:
    """A header in comparable form: lower case, ``#`` as "no", ``&`` as "and", every run
    of other characters one ``_`` ("Student #" → "student_no", "A&P" → "a_and_p")."""
    text = header.lower().replace("#", " no ").replace("&", " and ")
    return "_".join(re.findall(r"[0-9a-z]+", text))


SYNONYMS: Final[dict[str, str]] = {key(s): f for f, names in _SYNONYMS.items() for s in names}


class MappingError(ValueError):
    """A mapping that cannot be used (a map file's problem, two columns for one field)."""


def is_field(name: str) -> bool:
    return name in KNOWN_COLUMNS or _STATE_EXAM.fullmatch(name) is not None


def state_exam(field: str) -> tuple[str, str] | None:
    """``tx_law_exam`` → ``("TX", "jurisprudence")``; None for any other field."""
    m = _STATE_EXAM.fullmatch(field)
    return (m.group(1).upper(), STATE_EXAM_KINDS[m.group(2)]) if m else None


def _exact(header: str) -> str | None:
    """The field a header names exactly (case, spaces and hyphens ignored)."""
    name = "_".join(header.strip().lower().replace("-", " ").split())
    if is_field(name):
        return name
    k = key(header)
    return k if is_field(k) else None


STATE_NAMES: Final = {
    "alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca",
    "colorado": "co", "connecticut": "ct", "delaware": "de", "district_of_columbia": "dc",
    "florida": "fl", "georgia": "ga", "hawaii": "hi", "idaho": "id", "illinois": "il",
    "indiana": "in", "iowa": "ia", "kansas": "ks", "kentucky": "ky", "louisiana": "la",
    "maine": "me", "maryland": "md", "massachusetts": "ma", "michigan": "mi",
    "minnesota": "mn", "mississippi": "ms", "missouri": "mo", "montana": "mt",
    "nebraska": "ne", "nevada": "nv", "new_hampshire": "nh", "new_jersey": "nj",
    "new_mexico": "nm", "new_york": "ny", "north_carolina": "nc", "north_dakota": "nd",
    "ohio": "oh", "oklahoma": "ok", "oregon": "or", "pennsylvania": "pa",
    "puerto_rico": "pr", "rhode_island": "ri", "south_carolina": "sc", "south_dakota": "sd",
    "tennessee": "tn", "texas": "tx", "utah": "ut", "vermont": "vt", "virginia": "va",
    "washington": "wa", "west_virginia": "wv", "wisconsin": "wi", "wyoming": "wy",
}
_STATE_NAME = re.compile("(" + "|".join(sorted(STATE_NAMES, key=len, reverse=True)) + ")_(.+)")


def _synonym(header: str) -> str | None:
    k = key(header)
    found = SYNONYMS.get(k)
    if found:
        return found
    named = _STATE_NAME.fullmatch(k)  # "Texas Law Exam" → "tx_law_exam"
    if named:
        k = f"{STATE_NAMES[named.group(1)]}_{named.group(2)}"
    m = _STATE_EXAM_SYNONYM.fullmatch(k)
    if m:
        kind = "law_exam" if m.group(2) else "state_exam" if m.group(3) else "practical_exam"
        return f"{m.group(1)}_{kind}"
    return None


def closest(header: str, taken: frozenset[str] = frozenset()) -> str | None:
    """The field whose name or synonym is nearest the header (None below 0.8 likeness)."""
    k = key(header)
    if not k:
        return None
    names = {f: f for f in KNOWN_COLUMNS if f not in taken}
    names.update({s: f for s, f in SYNONYMS.items() if f not in taken and len(s) > 3})
    found = difflib.get_close_matches(k, sorted(names), n=1, cutoff=0.8)
    return names[found[0]] if found else None


@dataclass(frozen=True)
class ColumnMapping:
    """Each header's field (None: ignored) and how it was chosen, plus the conventions.

    ``how`` per column: ``"given"`` (the user or a map file), ``"exact"``, ``"synonym"``,
    ``"closest"`` or ``""`` (not mapped). ``date_order`` and ``decimal`` are None when
    the file itself is to settle them.
    """

    headers: tuple[str, ...]
    fields: tuple[str | None, ...]
    how: tuple[str, ...]
    date_order: str | None = None
    decimal: str | None = None
    sheet: str | None = None

    def field_of(self, header: str) -> str | None:
        for h, f in zip(self.headers, self.fields, strict=True):
            if h == header:
                return f
        return None

    def with_field(self, index: int, field: str | None) -> ColumnMapping:
        """The user's choice for one column; a field already used elsewhere moves here."""
        fields = list(self.fields)
        how = list(self.how)
        if field is not None:
            for i, f in enumerate(fields):
                if f == field and i != index:
                    fields[i], how[i] = None, ""
        fields[index], how[index] = field, "given"
        return replace(self, fields=tuple(fields), how=tuple(how))

    def given(self) -> dict[str, str]:
        """Header → field for every column (empty: ignored), as a map file says it."""
        return {h: f or "" for h, f in zip(self.headers, self.fields, strict=True) if h.strip()}

    def missing(self) -> list[str]:
        return [f for f in REQUIRED if f not in self.fields]

    @property
    def signature(self) -> str:
        """The same headers (in any order, any case) give the same signature."""
        keys = sorted(key(h) for h in self.headers if h.strip())
        return hashlib.sha256("\x1f".join(keys).encode()).hexdigest()[:24]


def propose(
    headers: Sequence[str],
    given: Mapping[str, str] | None = None,
    *,
    closeness: bool = False,
    date_order: str | None = None,
    decimal: str | None = None,
    sheet: str | None = None,
) -> ColumnMapping:
    """Map every header: ``given`` first, then exact names, synonyms, and the closest
    name when ``closeness`` is on. A field goes to one column only: the first claim of
    the strongest kind wins; ``given`` naming one field for two columns is an error."""
    given_keys = {key(h): v for h, v in (given or {}).items()}
    n = len(headers)
    fields: list[str | None] = [None] * n
    how = [""] * n
    owner: dict[str, int] = {}
    for i, h in enumerate(headers):
        if h in (given or {}) or key(h) in given_keys:
            value = (given or {}).get(h, given_keys.get(key(h), ""))
            how[i] = "given"
            if not value:
                continue
            if not is_field(value):
                raise MappingError(unknown_field_message(h, value))
            if value in owner:
                raise MappingError(ph(N_("columns {first} and {second} are both mapped to "
                                         "{field}; map one of them to \"\" (ignored)"),
                                      first=repr(headers[owner[value]]), second=repr(h),
                                      field=value))
            owner[value] = i
            fields[i] = value
    for kind, find in (("exact", _exact), ("synonym", _synonym)):
        for i, h in enumerate(headers):
            if how[i] or not h.strip():
                continue
            f = find(h)
            if f is not None and f not in owner:
                owner[f] = i
                fields[i], how[i] = f, kind
    if closeness:
        for i, h in enumerate(headers):
            if how[i] or not h.strip():
                continue
            f = closest(h, frozenset(owner))
            if f is not None:
                owner[f] = i
                fields[i], how[i] = f, "closest"
    return ColumnMapping(tuple(headers), tuple(fields), tuple(how), date_order, decimal, sheet)


def unknown_field_message(header: str, value: str) -> Phrase:
    near = difflib.get_close_matches(value, sorted(KNOWN_COLUMNS), n=1, cutoff=0.6)
    hint: str = ph(N_("did you mean {name}? "), name=near[0]) if near else ""
    return ph(N_("column {header} is mapped to {value}, which is not a field; {hint}fields are "
                 "the column names listed in Help › User guide, “A school's graduation audit” "
                 "(student_id, name, total_hours, a subject key, …, or <state>_law_exam)"),
              header=repr(header), value=repr(value), hint=hint)
