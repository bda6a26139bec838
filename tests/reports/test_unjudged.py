"""What is missing to judge a credential: the one sentence every output uses (issue 14)."""

from __future__ import annotations

import datetime as dt

from lmt_tracker.domain.core.findings import Finding
from lmt_tracker.domain.core.records import Credential
from lmt_tracker.domain.status import CredentialStatus
from lmt_tracker.reports.unjudged import missing_to_judge, unjudged_reason


def _status(findings, *, compliant=None, status="active", end=None, jurisdiction="ZZ"):
    credential = Credential("state_license", jurisdiction, "1", "LMT", None, end,
                            status=status, id=1)
    return CredentialStatus(credential, jurisdiction, None, end, None, None, compliant, None,
                            tuple(findings))


def _finding(key: str, message: str, status: str = "to_confirm", kind: str = "other"):
    return Finding(kind=kind, key=key, label=key, status=status, message=message)


def test_the_missing_hour_figure_comes_before_a_date_note() -> None:
    s = _status([_finding("expiry_date", "The printed expiry differs from the prediction"),
                 _finding("total", "The CE hours required are not recorded", "unverified",
                          "hours")])
    assert missing_to_judge(s) == ("The CE hours required are not recorded",
                                   "The printed expiry differs from the prediction")
    assert unjudged_reason(s) == ("Cannot be judged yet: The CE hours required are not "
                                  "recorded; The printed expiry differs from the prediction")


def test_an_unknown_jurisdiction_asks_for_one_from_the_list() -> None:
    s = _status([_finding("rule", "No rule file for Texas", "unverified")],
                jurisdiction="Texas")
    [item] = missing_to_judge(s)
    assert item.startswith("“Texas” is not a jurisdiction")


def test_no_findings_and_no_dates_still_names_what_to_enter() -> None:
    assert missing_to_judge(_status([])) == (
        "Enter the issue and expiry dates printed on the credential",)


def test_a_verdict_or_a_retired_credential_has_nothing_missing() -> None:
    judged = _status([], compliant=True, end=dt.date(2027, 1, 1))
    assert missing_to_judge(judged) == () and unjudged_reason(judged) is None
    retired = _status([], status="retired")
    assert missing_to_judge(retired) == ()
    assert unjudged_reason(retired) == "Retired: no continuing education is required"
