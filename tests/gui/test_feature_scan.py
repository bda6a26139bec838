"""PySide6's scan of every imported module gives the same answers, read more cheaply
(``lmt_tracker.gui.feature_scan``, issue 17: about 20 ms from the start to the dashboard)."""

from __future__ import annotations

import sys

from lmt_tracker.gui import feature_scan


def test_the_cheap_check_answers_as_pyside6s_own_for_every_module_loaded() -> None:
    assert feature_scan.install()  # as gui/app.py does (perhaps already, in this process)
    original = feature_scan.replaced
    assert original is not None and original is not feature_scan.uses_pyside
    import lmt_tracker.gui.app
    import lmt_tracker.paths  # noqa: F401 - in the sample

    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: feature_scan.uses_pyside(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    # Both kinds are in the sample: the app's Qt modules mention PySide6, the rest do not.
    assert answers["lmt_tracker.gui.feature_scan"] and answers["lmt_tracker.gui.app"]
    assert not answers["lmt_tracker.paths"] and not answers["sys"]


def test_installing_twice_keeps_pyside6s_check_as_the_one_replaced() -> None:
    feature_scan.install()
    first = feature_scan.replaced
    assert feature_scan.install()
    assert feature_scan.replaced is first
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is feature_scan.uses_pyside
