"""Refusals from storage or validation become messages; real bugs still show a traceback."""

from __future__ import annotations

import pytest

import lmt_tracker.cli.judge as judge
from lmt_tracker.domain.core.validation import Problem, RecordInvalid
from lmt_tracker.store import StoreError


def test_a_storage_refusal_not_translated_by_its_command_is_still_a_message(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(args):
        raise StoreError("the database file is read-only", "copy it somewhere writable")

    monkeypatch.setattr(judge, "run_status", refuse)
    status, out, err = cli("status")
    assert status == 2 and out == ""
    assert err == (
        "lmt-tracker: error: the database file is read-only; copy it somewhere writable\n"
    )


def test_a_validation_refusal_names_the_field(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(args):
        raise RecordInvalid("course", [Problem("hours", "-1", "must be more than zero hours")])

    monkeypatch.setattr(judge, "run_status", refuse)
    status, _, err = cli("status")
    assert status == 2
    assert "course not saved: Hours = '-1': must be more than zero hours" in err


def test_a_bug_is_not_disguised_as_a_user_error(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(args):
        raise ZeroDivisionError("a real bug")

    monkeypatch.setattr(judge, "run_status", crash)
    with pytest.raises(ZeroDivisionError):
        cli("status")


def test_a_closed_pipe_ends_quietly(tmp_path) -> None:
    """`lmt-tracker eligibility --json | head -c 100`: no traceback when the reader leaves."""
    import subprocess
    import sys

    # 170 kB of JSON: more than a pipe holds, so the writer meets the closed pipe.
    command = (f"{sys.executable} -m lmt_tracker eligibility --hours 100 --json "
               "| head -c 100 > /dev/null")
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True,
                          text=True, cwd=tmp_path, check=False)
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, 141)
