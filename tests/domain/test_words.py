"""Every vocabulary key reads as words, in full and in short form."""

from __future__ import annotations

import pytest

from lmt_tracker.domain.core import vocabulary as vocab
from lmt_tracker.domain.core.words import short_word, word

KEYS = sorted(
    vocab.ENTRY_SUBJECTS
    | vocab.TRAINING_DELIVERY
    | vocab.CE_TOPICS
    | vocab.CE_DELIVERY
    | vocab.EXAMS
    | vocab.CREDENTIAL_KINDS
)


@pytest.mark.parametrize("key", KEYS)
def test_a_key_becomes_capitalised_words(key: str) -> None:
    for form in (word(key), short_word(key)):
        assert "_" not in form
        assert form[:1].isupper()


def test_full_and_short_forms() -> None:
    assert word("laws_rules") == "Laws and rules"
    assert short_word("laws_rules") == "Laws & rules"
    assert word("mblex") == short_word("mblex") == "MBLEx"


def test_a_rules_own_label_and_unknown_keys() -> None:
    assert (
        short_word("Anatomy, physiology and kinesiology") == "Anatomy, physiology and kinesiology"
    )
    assert word("reiki_level_two") == "Reiki level two"
    assert word(None) == short_word("") == ""
