"""Course title, provider, participant and delivery: found by label, then by usual wording.

Certificates name these in a handful of ways. A label ("Course Title:", "Provider:",
"Participant:") is trusted most; then the sentence a certificate is built around
("This certifies that NAME has successfully completed TITLE … presented by PROVIDER");
then, for the provider only, a line that reads like an organisation's name.
"""

from __future__ import annotations

import re

from lmt_tracker.certificates.dates import dates_in
from lmt_tracker.certificates.reading import Found
from lmt_tracker.certificates.words import tidy

_TITLE_LABELS = re.compile(r"^(?:course\s+title|course\s+name|title\s+of\s+course|course|"
                           r"title|program(?:\s+title)?|class(?:\s+title)?|workshop|seminar|"
                           r"webinar|activity(?:\s+title)?)\s*[:#-]\s*(?P<v>.*)$", re.IGNORECASE)
_COMPLETED = re.compile(r"(?:has\s+)?(?:successfully\s+)?(?:completed|attended|"
                        r"participated\s+in|finished|for\s+(?:the\s+)?(?:successful\s+)?"
                        r"(?:completion\s+of|completing|attending|participating\s+in))"
                        r"(?:\s+(?:the|a|an))?(?:\s+(?:\d+(?:\.\d+)?[\s-]*(?:CE\s+|contact\s+)?"
                        r"hours?|live|online|home[\s-]study|self[\s-]study|in[\s-]person|"
                        r"continuing\s+education|CE|course|class|workshop|seminar|webinar|"
                        r"program|training|requirements\s+(?:of|for)|entitled|titled|called|"
                        r"of|in|on)\b)*\s*[:,]?\s*(?P<v>.*)$", re.IGNORECASE)
_PROVIDER_LABELS = re.compile(r"^(?:(?:CE\s+|course\s+|approved\s+)?provider(?:\s+name)?|"
                              r"sponsor(?:ed\s+by)?|presented\s+by|offered\s+by|provided\s+by|"
                              r"hosted\s+by|issued\s+by|organi[sz]ation|organi[sz]ed\s+by|"
                              r"conducted\s+by|school|training\s+center|institution)"
                              r"\s*[:#-]?\s+(?P<v>.*)$", re.IGNORECASE)
_PROVIDER_INLINE = re.compile(r"\b(?:presented|offered|provided|sponsored|hosted|issued|"
                              r"conducted|taught)[:.]?\s+by\s*:?\s*(?P<v>.+)$", re.IGNORECASE)
_IS_APPROVED = re.compile(r"^(?P<v>.+?)\s+is\s+(?:an?\s+)?(?:approved|recognized|registered)\b",
                          re.IGNORECASE)
_ORG_WORDS = re.compile(r"\b(?:institute|academy|school|college|university|center|centre|"
                        r"seminars?|education|training|associates|bodywork|massage\s+therapy|"
                        r"LLC|Inc\.?|Co\.|Ltd|society|association|foundation|workshops|"
                        r"learning|studio|clinic)\b", re.IGNORECASE)
_NAME_LABELS = re.compile(r"^(?:participant(?:'s)?(?:\s+name)?|attendee(?:\s+name)?|"
                          r"licensee(?:\s+name)?|student(?:\s+name)?|name|awarded\s+to|"
                          r"presented\s+to|issued\s+to|recipient|therapist|learner)\s*[:-]?\s+"
                          r"(?P<v>.+)$", re.IGNORECASE)
_CERTIFIES = re.compile(r"(?:certif(?:y|ies)|confirms?|verif(?:y|ies)|acknowledges?)\s+that"
                        r"\s*:?\s*(?P<v>.*)$", re.IGNORECASE)
_NAME_THEN_COMPLETED = re.compile(r"^(?P<v>.+?)\s+(?:has|have)\s+(?:successfully\s+)?"
                                  r"(?:completed|attended|participated|fulfilled)", re.I)
_PRESENTED_TO = re.compile(r"\b(?:presented|awarded|granted|issued|presents?|awards?)\s+"
                           r"(?:this\s+(?:certificate|award)\s+)?(?:of\s+\w+\s+)?to\s*:?\s*"
                           r"(?P<v>.*)$", re.IGNORECASE)
_GENERIC_TITLE = re.compile(r"^(?:[\w-]+\s+){0,3}(?:course|class|program|workshop|seminar|"
                            r"webinar|training|module)$", re.IGNORECASE)
_CREDENTIALS = re.compile(r",?\s+\b(?:LMT|LMBT|LMP|CMT|RMT|LMTs?|NCTMB|NCBTMB|BCTMB|MT|"
                          r"LMT,?\s*BCTMB)\b.*$")
# A line after "has completed" that is not the course's title
_NOISE = re.compile(r"^certificate\b|certificate\s+of|completion|approved\s+provider|"
                    r"provider\s*#|\bhours?\b|this is to|has successfully|signature|signed|"
                    r"\bdate\b|director|instructor|^(?:of|for|in|on)$", re.IGNORECASE)
_TRAILING = re.compile(r"\s*(?:\((?:[^)]*hours?[^)]*|[^)]*CE[^)]*)\)|,?\s+(?:on|dated)\s+\w+.*|"
                       r",?\s+for\s+(?:a\s+total\s+of\s+)?\d.*|,?\s+(?:\d+(?:\.\d+)?|one|two|"
                       r"three|four|five|six|seven|eight|ten|twelve)\s*(?:CE\s+|contact\s+)?"
                       r"(?:hours?|hrs|CEUs?)\b.*|,?\s+(?:presented|offered|provided|"
                       r"sponsored|hosted)\s+by\b.*)$", re.IGNORECASE)
_DELIVERY = (
    ("live_online", re.compile(r"live[\s-]+(?:online|webinar|virtual|stream)|live,?\s+"
                               r"interactive\s+(?:online|webinar|virtual)|synchronous|"
                               r"virtual\s+(?:live|classroom)|real[\s-]time\s+(?:online|webinar)|"
                               r"\bwebinar\b|\bzoom\b", re.IGNORECASE), "medium"),
    ("self_study", re.compile(r"home[\s-]study|self[\s-]study|self[\s-]paced|on[\s-]demand|"
                              r"correspondence|distance\s+learning|recorded|online\s+course|"
                              r"independent\s+study|asynchronous", re.IGNORECASE), "medium"),
    ("in_person", re.compile(r"in[\s-]person|classroom|live\s+(?:class|course|workshop|"
                             r"seminar|in[\s-]person)|hands[\s-]on\s+(?:workshop|class|"
                             r"training)|face[\s-]to[\s-]face|on[\s-]site", re.IGNORECASE),
     "medium"),
)
_DELIVERY_LABEL = re.compile(r"^(?:delivery(?:\s+method|\s+format)?|format|course\s+(?:type|"
                             r"format)|method(?:\s+of\s+delivery)?|type|mode)\s*:\s*(?P<v>.+)$",
                             re.IGNORECASE)


def _value_or_next(m: re.Match[str], lines: list[str], i: int) -> tuple[str, str]:
    """The value after a label, or the next line's when the label stands alone."""
    value = tidy(m.group("v"))
    if value:
        return value, lines[i]
    if i + 1 < len(lines):
        return tidy(lines[i + 1]), f"{lines[i]} {lines[i + 1]}"
    return "", lines[i]


def _clean_title(text: str) -> str:
    text = tidy(text)
    for _ in range(3):
        text = tidy(_TRAILING.sub("", text))
    return text


def _plausible_title(text: str) -> bool:
    for _value, words in dates_in(text):  # "completed on March 5, 2025" names no course
        text = text.replace(words, " ")
    return 3 <= len(text.strip()) <= 200 and bool(re.search(r"[A-Za-z]{3}", text)) \
        and not re.match(r"^(?:on|in|of|for|the|a|an|by)\b\s*$", text.strip(), re.I)


def find_title(lines: list[str]) -> Found | None:
    for i, line in enumerate(lines):
        m = _TITLE_LABELS.match(line)
        if m and not re.match(r"^(?:course|program)\s+(?:date|hours|number|approval|id|no)",
                               line, re.IGNORECASE):
            value, evidence = _value_or_next(m, lines, i)
            value = _clean_title(value)
            if _plausible_title(value):
                return Found(value, evidence, "high")
    for i, line in enumerate(lines):
        quoted = re.search(r'"([^"]{4,200})"', line)
        m = _COMPLETED.search(line)
        if not m:
            continue
        if quoted:
            return Found(_clean_title(quoted.group(1)), line, "high")
        value = _clean_title(m.group("v"))
        evidence = line
        if not _plausible_title(value) or _GENERIC_TITLE.match(value):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            value, evidence = _clean_title(nxt), f"{line} {nxt}".strip()
            if _plausible_title(value) and _NOISE.search(value) is None:
                return Found(value, evidence, "medium")
            continue
        return Found(value, evidence, "medium")
    return None


def find_provider(lines: list[str], title: str | None = None) -> Found | None:
    for i, line in enumerate(lines):
        m = _PROVIDER_LABELS.match(line)
        if m:
            value, evidence = _value_or_next(m, lines, i)
            value = _clean_org(value)
            if value:
                return Found(value, evidence, "high")
    for line in lines:
        m = _PROVIDER_INLINE.search(line)
        if m:
            value = _clean_org(m.group("v"))
            if value:
                return Found(value, line, "medium")
    for line in lines:
        m = _IS_APPROVED.match(line)
        if m:
            value = _clean_org(m.group("v"))
            if value and not re.match(r"^(?:this|the)\s+(?:course|program|class)", value, re.I):
                return Found(value, line, "medium")
    for i, line in enumerate(lines):
        if _ORG_WORDS.search(line) and (title is None or line != title) \
                and not re.search(r"director|instructor|signature|coordinator", line, re.I) \
                and len(line) <= 80 and not re.search(r"\d{3,}|certif|complet|:", line, re.I):
            if i < 2:  # the letterhead: who issues the certificate
                return Found(tidy(line), line, "medium", "from the certificate's heading")
            return Found(tidy(line), line, "low", "the provider's name was not labelled")
    return None


def _clean_org(text: str) -> str:
    text = re.split(r"(?<=[a-z]{2})\.\s|\s+(?:is\s+(?:an?\s+)?approved|approved\s+provider|"
                    r"NCBTMB|provider\s*#|#|on\s+\w+\s+\d|,\s*(?:an?\s+)?(?:NCBTMB|approved))",
                    text, maxsplit=1, flags=re.IGNORECASE)[0]
    text = tidy(text)
    return text if 2 <= len(text) <= 120 and re.search(r"[A-Za-z]{2}", text) else ""


def _clean_name(text: str) -> str:
    text = re.split(r"\s+(?:has|have|for|who|license|lic\.?|#)\b", text, maxsplit=1,
                    flags=re.IGNORECASE)[0]
    text = tidy(_CREDENTIALS.sub("", tidy(text)))
    text = re.sub(r"\b([A-Za-z]{2,})\.(?=\s)", r"\1", text)  # "Lee. Wong" (OCR); "Q." stays
    words = text.split()
    if not 2 <= len(words) <= 5 or re.search(r"\d|certif|complet|course", text, re.I):
        return ""
    return text


def find_participant(lines: list[str]) -> Found | None:
    for line in lines:
        m = _NAME_LABELS.match(line)
        if m and not re.match(r"^(?:course|provider|program)", line, re.I):
            value = _clean_name(m.group("v"))
            if value:
                return Found(value, line, "high")
    for i, line in enumerate(lines):
        for pattern in (_CERTIFIES, _PRESENTED_TO):
            m = pattern.search(line)
            if not m:
                continue
            value = _clean_name(m.group("v"))
            if value:
                return Found(value, line, "high")
            if not tidy(m.group("v")) and i + 1 < len(lines):
                value = _clean_name(lines[i + 1])
                if value:
                    return Found(value, f"{line} {lines[i + 1]}", "high")
    for i, line in enumerate(lines):
        m = _NAME_THEN_COMPLETED.match(line)
        if m:
            value = _clean_name(m.group("v"))
            if value:
                return Found(value, line, "medium")
        if re.match(r"^(?:has|have)\s+(?:successfully\s+)?(?:completed|attended)", line, re.I) \
                and i:
            value = _clean_name(lines[i - 1])
            if value:
                return Found(value, f"{lines[i - 1]} {line}", "medium")
    return None


def find_delivery(lines: list[str]) -> Found | None:
    for line in lines:
        m = _DELIVERY_LABEL.match(line)
        if m:
            for key, pattern, _conf in _DELIVERY:
                if pattern.search(m.group("v")):
                    return Found(key, line, "high")
            value = m.group("v").lower()
            if re.search(r"\blive\b", value):
                return Found("in_person", line, "medium")
            if re.search(r"\bonline\b", value):
                return Found("self_study", line, "low", "online but not said to be live")
    for key, pattern, confidence in _DELIVERY:
        for line in lines:
            if pattern.search(line):
                return Found(key, line, confidence)
    for line in lines:
        if re.search(r"\bonline\b", line, re.I) and not re.search(r"\bwww\.|https?:", line, re.I):
            return Found("self_study", line, "low", "online but not said to be live")
    return None
