"""The three speed idioms of ``accordlib._util``: Lazy, Memo and the trusted constructor."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accordlib._util.lazy import Lazy, lazy_re, lazy_regex
from accordlib._util.memo import Memo, memoized
from accordlib._util.trusted import trusted
from accordlib.wire.model import Segment, SegmentKind

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_serialize import (  # the result strategies live with the JSON tests
    actors,
    country_mentions,
    events,
    official_mentions,
    officials,
    titles,
)

# --------------------------------------------------------------------------- Lazy


def test_lazy_builds_once_for_many_threads() -> None:
    calls: list[int] = []
    started = threading.Barrier(8)

    def factory() -> list[int]:
        calls.append(1)
        return [len(calls)]

    value = Lazy(factory)
    seen: list[object] = []

    def work() -> None:
        started.wait()
        seen.append(value.get())

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1]
    assert len({id(item) for item in seen}) == 1
    assert value.built


def test_lazy_is_not_built_until_asked_and_retries_after_a_failure() -> None:
    attempts: list[int] = []

    def factory() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("table missing")
        return "ready"

    value = Lazy(factory)
    assert not value.built
    with pytest.raises(OSError, match="table missing"):
        value.get()
    assert not value.built
    assert value.get() == "ready"
    assert value.get() == "ready"
    assert len(attempts) == 2


def test_lazy_patterns_compile_on_first_use_and_behave_as_compiled() -> None:
    words = lazy_regex(r"\p{Lu}\p{Ll}+")
    digits = lazy_re(r"\d+")
    assert "_compiled" in vars(words)
    assert "findall" not in vars(words)
    assert words.findall("Astana and Doha") == ["Astana", "Doha"]
    assert "findall" in vars(words)  # bound once, then called directly
    assert digits.sub("#", "May 30, 2026") == "May #, #"
    assert words.pattern == r"\p{Lu}\p{Ll}+"


# --------------------------------------------------------------------------- Memo


def test_memo_is_bounded_in_entries() -> None:
    memo: Memo[str, int] = Memo(max_entries=3, max_key_length=10)
    for word in ("Oman", "Qatar", "Kuwait"):
        memo.put(word, len(word))
    assert len(memo) == 3
    memo.put("Bahrain", 7)  # full: emptied, then the new entry
    assert len(memo) == 1
    assert memo.get("Bahrain") == 7
    assert memo.get("Oman") is None


def test_memo_never_keeps_long_keys() -> None:
    memo: Memo[str, int] = Memo(max_entries=100, max_key_length=8)
    long_word = "x" * 200_000
    assert memo.put(long_word, 1) == 1  # the value is still returned
    assert len(memo) == 0
    assert memo.put(("tuple", "key"), 2, length=9) == 2
    assert len(memo) == 0
    memo.put(("tuple", "key"), 3, length=8)
    assert memo.get(("tuple", "key")) == 3


def test_memoized_matches_the_uncached_function() -> None:
    calls: list[str] = []

    @memoized(max_entries=2, max_key_length=5)
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert [shout("doha"), shout("doha"), shout("riyadh"), shout("riyadh")] == [
        "DOHA",
        "DOHA",
        "RIYADH",
        "RIYADH",
    ]
    assert calls == ["doha", "riyadh", "riyadh"]  # "riyadh" is too long to keep
    assert shout.uncached("baku") == "BAKU"  # type: ignore[attr-defined]
    assert len(shout.memo) == 1  # type: ignore[attr-defined]


@given(st.lists(st.text(max_size=12), max_size=60))
def test_memoized_is_transparent(words: list[str]) -> None:
    @memoized(max_entries=7, max_key_length=6)
    def fold(text: str) -> str:
        return text.casefold()

    assert [fold(word) for word in words] == [word.casefold() for word in words]


# --------------------------------------------------------------------------- trusted


def _rebuilt(value: object) -> object:
    fields = attrs.fields(type(value))  # type: ignore[misc]  # an attrs instance's class
    return trusted(type(value))(*(getattr(value, field.name) for field in fields))


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=150)
@given(st.one_of(events(), actors, titles, officials, official_mentions(), country_mentions()))
def test_trusted_builds_what_validated_construction_builds(value: object) -> None:
    rebuilt = _rebuilt(value)
    assert type(rebuilt) is type(value)
    assert rebuilt == value
    assert hash(rebuilt) == hash(value)
    assert attrs.asdict(rebuilt, recurse=False) == attrs.asdict(value, recurse=False)  # type: ignore[arg-type]


@given(st.text(max_size=50), st.integers(0, 10_000), st.sampled_from(SegmentKind))
def test_trusted_segments_equal_validated_segments(
    text: str, start: int, kind: SegmentKind
) -> None:
    # Segment keeps a __dict__ (no slots): the constructor fills the dictionary instead.
    made = trusted(Segment)(kind, start, start + len(text), text)
    assert made == Segment(kind, start, start + len(text), text)
    assert vars(made) == vars(Segment(kind, start, start + len(text), text))


def test_trusted_instances_stay_frozen() -> None:
    segment = trusted(Segment)(SegmentKind.BODY, 0, 4, "Doha")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        segment.text = "Baku"  # type: ignore[misc]  # the point of the test
