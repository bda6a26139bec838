"""Export is lossless: export → import → export gives the same bytes; bad files change nothing."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lmt_tracker.domain.core.records import Bundle, Course, Credential, TopicHours
from lmt_tracker.io.bundle import DocumentError, to_document
from lmt_tracker.io.exchange import export_bytes, export_to, import_from, read_document
from lmt_tracker.store import StoreError, open_database
from lmt_tracker.store.bulk import write_bundle


def test_demo_export_import_export_is_identical(
    any_demo_store, new_database, tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    export_to(any_demo_store, first)
    other = open_database(new_database())
    import_from(other, first)
    assert export_bytes(other) == first.read_bytes()
    if other.target.path is not None:
        with other.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    other.close()


def test_the_export_holds_certificates_and_graduates(any_demo_store) -> None:
    document = json.loads(export_bytes(any_demo_store))
    assert document["format"] == "lmt-tracker-export"
    assert len(document["certificates"]) == 20
    assert len(document["classes"][0]["graduates"]) == 40
    assert document["courses"][0]["hours"] == "2"


hours = st.decimals(min_value=Decimal("0.25"), max_value=Decimal("40"), places=2)
titles = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda s: s.strip())


@st.composite
def bundles(draw: st.DrawFn) -> Bundle:
    n_cred = draw(st.integers(0, 3))
    credentials = tuple(
        Credential(
            "state_license",
            draw(st.sampled_from(["FL", "NY", "TX"])),
            draw(st.text("0123456789", max_size=8)),
            "LMT",
            None,
            None,
            id=i + 1,
        )
        for i in range(n_cred)
    )
    courses = []
    for i in range(draw(st.integers(0, 6))):
        h = draw(hours)
        topic_h = draw(st.decimals(min_value=Decimal("0.25"), max_value=h, places=2))
        courses.append(
            Course(
                draw(titles),
                draw(titles),
                dt.date(2020, 1, 1) + dt.timedelta(days=draw(st.integers(0, 1500))),
                h,
                draw(st.sampled_from(["in_person", "live_online", "self_study"])),
                hour_minutes=draw(st.sampled_from([50, 60])),
                topics=(TopicHours(draw(st.sampled_from(["ethics", "hands_on"])), topic_h),),
                applies_to=None if not credentials or draw(st.booleans()) else (credentials[0].id,),
                id=i + 1,
            )
        )
    return Bundle(
        credentials=credentials,
        courses=tuple(courses),
        settings=draw(
            st.dictionaries(st.text("abc", min_size=1, max_size=3), st.text(max_size=5), max_size=2)
        ),
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(bundle=bundles())
def test_any_bundle_round_trips_through_json(
    bundle: Bundle, new_database, tmp_path_factory
) -> None:
    folder = tmp_path_factory.mktemp("rt")
    store = open_database(new_database())
    write_bundle(store, bundle, replace=False)
    path = folder / "a.json"
    export_to(store, path)
    again = open_database(new_database())
    import_from(again, path)
    assert export_bytes(again) == path.read_bytes()
    assert json.loads(path.read_bytes())["courses"] == to_document(bundle)["courses"]
    store.close()
    again.close()


def test_a_truncated_file_is_refused_and_nothing_is_written(
    any_demo_store, new_database, tmp_path: Path
) -> None:
    path = tmp_path / "cut.json"
    path.write_bytes(export_bytes(any_demo_store)[:5000])
    target = open_database(new_database())
    with pytest.raises(DocumentError, match=r"not complete JSON .* truncated"):
        import_from(target, path)
    assert target.is_empty()
    target.close()


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"format": "lmt-tracker-export", "format_version": 99}))
    with pytest.raises(DocumentError, match="newer LMT Tracker"):
        read_document(path)


def test_every_bad_record_in_a_file_is_named(demo_store, tmp_path: Path) -> None:
    document = json.loads(export_bytes(demo_store))
    document["courses"][0]["hours"] = "-3"
    document["courses"][2]["delivery"] = "telepathy"
    document["credentials"][0]["expiry_date"] = "2020-02-31"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    text = str(caught.value)
    assert "credentials[0].expiry_date" in text
    assert "nothing was imported" in text
    # Parse errors are reported before record checks; fix the date and the rest appear.
    document["credentials"][0]["expiry_date"] = "2030-02-28"
    path.write_text(json.dumps(document))
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert "courses[0].hours" in str(caught.value)
    assert "courses[2].delivery" in str(caught.value)


def test_import_into_a_non_empty_database_needs_replace_and_backs_up(
    demo_store, tmp_path: Path
) -> None:
    path = tmp_path / "x.json"
    export_to(demo_store, path)
    before = export_bytes(demo_store)
    with pytest.raises(StoreError, match="already holds records"):
        import_from(demo_store, path)
    assert export_bytes(demo_store) == before
    backup = import_from(demo_store, path, replace=True)
    assert backup is not None and backup.exists()
    assert export_bytes(demo_store) == before


def test_deeply_nested_json_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100000 + "]" * 100000)
    with pytest.raises(DocumentError):
        read_document(path)
