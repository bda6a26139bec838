"""Topic words on a certificate mapped to the CE topic vocabulary.

The title says most ("Ethics for Massage Therapists", "Florida Laws and Rules"),
and some certificates break the hours down ("includes 2 hours of ethics",
"Ethics: 2 CE hours"). A topic named with its own hours keeps them; a single topic
named in the title covers the whole course; otherwise the topic is listed without
hours for the user to fill in. Where the certificate breaks its hours down by topic,
the breakdown wins: a topic of the title it leaves out gets the hours left over, if
any (and is left out when none are).
"""

from __future__ import annotations

import re
from decimal import Decimal

from lmt_tracker.certificates.reading import TopicFound
from lmt_tracker.certificates.words import NUMBER_PATTERN, number_value

# Order matters: more specific wording first ("medical errors" before "errors").
TOPIC_WORDS: tuple[tuple[str, str], ...] = (
    ("human_trafficking", r"human\s+trafficking|trafficking"),
    ("medical_errors", r"medical\s+errors?|prevention\s+of\s+(?:medical\s+)?errors"),
    ("laws_rules", r"laws?\s*(?:and|&)\s*rules|laws?\s*(?:and|&)\s*regulations|"
                   r"rules\s*(?:and|&)\s*regulations|jurisprudence|chapter\s+480|"
                   r"state\s+law|practice\s+act"),
    ("professional_boundaries", r"boundar(?:y|ies)"),
    ("sexual_misconduct", r"sexual\s+misconduct|sexual\s+harassment"),
    ("ethics", r"ethic(?:s|al)"),
    ("communicable_disease", r"HIV|AIDS|communicable|infectio(?:n|us)\s+(?:control|disease)|"
                             r"blood[\s-]?borne|pathogens"),
    ("cpr", r"\bCPR\b|cardiopulmonary|\bAED\b|basic\s+life\s+support|\bBLS\b"),
    ("self_care", r"self[\s-]care|body\s+mechanics|burnout"),
    ("implicit_bias", r"implicit\s+bias"),
    ("cultural_competency", r"cultural(?:ly)?\s+competen(?:ce|cy|t)|cultural\s+humility|"
                            r"diversity"),
    ("health_equity", r"health\s+equity"),
    ("child_abuse", r"child\s+abuse"),
    ("domestic_violence", r"domestic\s+violence"),
    ("opioids", r"opioids?"),
    ("pain_management", r"pain\s+management|chronic\s+pain"),
    ("research", r"research|evidence[\s-]based|evidence[\s-]informed"),
    ("business", r"business|marketing|practice\s+management|billing|insurance\s+billing"),
    ("hands_on", r"hands[\s-]on|technique|myofascial|deep\s+tissue|trigger\s+point|"
                 r"lymphatic|cupping|reflexology|prenatal\s+massage|sports\s+massage|"
                 r"stretching|manual\s+therapy|practical"),
)
_COMPILED = tuple((key, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
                  for key, words in TOPIC_WORDS)
_HOURS = rf"(?P<n>{NUMBER_PATTERN})\s*(?:\(\d+(?:\.\d+)?\)\s*)?(?:CE\s+|contact\s+|credit\s+)?" \
         r"(?:hours?|hrs?\.?)"
_BREAKDOWN = r"(?:of|in|on)\s+(?:the\s+)?(?P<words>[A-Za-z ,&/'-]{3,60})"
_TOPIC_HOURS = (
    re.compile(rf"{_HOURS}\s+{_BREAKDOWN}", re.IGNORECASE),  # "2 hours of ethics"
    re.compile(rf"(?P<words>[A-Za-z ,&/'-]{{3,60}}?)\s*[:(-]\s*{_HOURS}", re.IGNORECASE),
)


def _keys_in(text: str) -> list[str]:
    keys = []
    rest = text
    for key, pattern in _COMPILED:
        if pattern.search(rest):
            keys.append(key)
            rest = pattern.sub(" ", rest)
    return keys


def find_topics(lines: list[str], title: str | None, course_hours: Decimal | None,
                ) -> tuple[TopicFound, ...]:
    """Topics with their hours where printed; the title's single topic gets the course hours."""
    found: dict[str, TopicFound] = {}
    for line in lines:
        for pattern in _TOPIC_HOURS:
            for m in pattern.finditer(line):
                hours = number_value(m.group("n"))
                keys = _keys_in(m.group("words"))
                if hours is None or len(keys) != 1 or keys[0] in found:
                    continue
                if course_hours is not None and hours >= course_hours and \
                        not re.search(r"includ|of which|topic|subject|categor", line, re.I):
                    continue  # the course's own length, not a breakdown
                found[keys[0]] = TopicFound(keys[0], hours, line, "high")
    labelled = [line for line in lines
                if re.match(r"^(?:topics?|subjects?|categor(?:y|ies)|content\s+area)\s*:", line,
                            re.IGNORECASE)]
    title_keys = _keys_in(title) if title else []
    if found:
        # A printed breakdown is the certificate's own account. One topic of the title left
        # out of it gets the hours left over ("Laws and Rules / Medical Errors", 2 hours,
        # "includes 1 hour of medical errors"); none left over, and it is not added.
        rest = [k for k in title_keys if k not in found]
        left = course_hours - sum((f.hours or 0 for f in found.values()), Decimal(0)) \
            if course_hours is not None else None
        if len(rest) == 1 and left is not None and left > 0:
            found[rest[0]] = TopicFound(rest[0], left, title or "", "medium")
        title_keys = []
    for text in [title] if title_keys and title else []:
        for key in title_keys:
            if key not in found:
                hours = course_hours if len(title_keys) == 1 else None
                found[key] = TopicFound(key, hours, text, "medium")
    for text in labelled:
        for key in _keys_in(text):
            if key not in found:
                found[key] = TopicFound(key, None, text, "medium")
    return tuple(found.values())
