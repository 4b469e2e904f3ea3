"""Serialisation: lossless JSON for every result type, structured errors, JSON Schema.

Hypothesis strategies for the public result types are defined here (``actors``,
``events``, ``titles``, ...); the round-trip and schema properties run over all of them.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import accordlib
from accordlib import (
    Actor,
    ActorKind,
    Country,
    CountryMention,
    DeserializationError,
    DiplomaticEvent,
    EventKind,
    Factuality,
    MentionKind,
    Official,
    OfficialMention,
    Precision,
    Role,
    Title,
    from_dict,
    from_json,
    get_country,
    json_schema,
    serialize,
    to_dict,
    to_json,
)
from accordlib._util.lazy import Lazy
from accordlib.events.model import period_start as _period_start
from accordlib.serialize import convert as converter_module

ROOT = Path(__file__).resolve().parent.parent
STORIES = sorted((ROOT / "examples" / "stories").glob("*.txt"))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def country(code: str) -> Country:
    found = get_country(code)
    assert found is not None, code
    return found


# --------------------------------------------------------------------------- strategies

#: Codes the converter must resolve, including historic and non-ISO entities.
COUNTRY_CODES = [
    "USA", "ISR", "KAZ", "UZB", "ARE", "BHR", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN",
    "XKX", "PSE", "TWN", "VAT", "SUN", "YUG", "CSK", "DDR",
]  # fmt: skip

texts = st.text(max_size=30)
names = texts.filter(str.strip)
countries = st.sampled_from(COUNTRY_CODES).map(country)
titles = st.builds(
    Title,
    text=texts,
    canonical=texts,
    role=st.sampled_from(Role),
    modifiers=st.lists(texts, max_size=3).map(tuple),
    portfolio=st.none() | texts,
)
actors = st.builds(
    Actor,
    kind=st.sampled_from(ActorKind),
    name=names,
    country=st.none() | countries,
    title=st.none() | titles,
    organization=st.none() | texts,
)
officials = st.builds(
    Official,
    name=st.none() | names,
    title=st.none() | titles,
    country=st.none() | countries,
    organization=st.none() | texts,
    honorifics=st.lists(texts, max_size=2).map(tuple),
    raw=texts,
)


@st.composite
def spans(draw: st.DrawFn) -> tuple[int, int]:
    start = draw(st.integers(0, 10**6))
    return start, start + draw(st.integers(0, 1000))


@st.composite
def official_mentions(draw: st.DrawFn) -> OfficialMention:
    start, end = draw(spans())
    return OfficialMention(draw(officials), start, end)


@st.composite
def country_mentions(draw: st.DrawFn) -> CountryMention:
    start, end = draw(spans())
    return CountryMention(
        draw(texts), start, end, draw(countries), draw(st.sampled_from(MentionKind))
    )


@st.composite
def events(draw: st.DrawFn) -> DiplomaticEvent:
    precision = draw(st.sampled_from(Precision))
    date = None
    if precision is not Precision.UNKNOWN:
        day = draw(st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 12, 31)))
        date = _period_start(day, precision)  # the model's convention
    sentence = draw(st.text(max_size=200))
    start = draw(st.integers(0, 10**7))
    return DiplomaticEvent(
        kind=draw(st.sampled_from(EventKind)),
        actors=draw(st.lists(actors, max_size=3)),
        recipients=draw(st.lists(actors, max_size=2)),
        agreement=draw(st.none() | texts),
        factuality=draw(st.sampled_from(Factuality)),
        date=date,
        date_precision=precision,
        date_text=draw(st.none() | texts),
        location=draw(st.none() | texts),
        source=draw(st.none() | actors),
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        rule=draw(st.none() | texts),
    )


results = st.one_of(
    events(), actors, titles, officials, official_mentions(), country_mentions(), countries
)


# --------------------------------------------------------------------------- round trips


@SETTINGS
@given(results)
def test_json_round_trip_for_every_public_type(value: Any) -> None:
    cls = type(value)
    text = to_json(value)
    assert from_json(cls, text) == value
    data = to_dict(value)
    assert json.loads(json.dumps(data)) == data  # plain JSON data, nothing else
    assert from_dict(cls, data) == value
    assert to_json(from_json(cls, text)) == text  # stable output


@SETTINGS
@given(st.one_of(events(), actors, officials, official_mentions()))
def test_outputs_match_their_json_schema(value: Any) -> None:
    schema = json_schema(type(value))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(to_dict(value))


SHULTZ = Actor(
    ActorKind.PERSON,
    "George Shultz",
    country=country("USA"),
    title=Title("Secretary of State", "Secretary of State", Role.FOREIGN_MINISTER),
)
SHEVARDNADZE = Actor(
    ActorKind.PERSON,
    "Eduard Shevardnadze",
    country=country("SUN"),
    title=Title("Foreign Minister", "Foreign Minister", Role.FOREIGN_MINISTER),
)
VISIT = DiplomaticEvent(
    kind=EventKind.VISIT,
    actors=(SHULTZ,),
    recipients=(SHEVARDNADZE,),
    factuality=Factuality.PLANNED,
    date=dt.date(1987, 4, 1),
    date_precision=Precision.MONTH,
    date_text="next month",
    location="Moscow",
    sentence="Shultz will travel to Moscow next month.",
    start=52,
    end=92,
    rule="visit.future",
)

VISIT_JSON = (
    '{"kind": "VISIT", '
    '"actors": [{"kind": "PERSON", "name": "George Shultz", "country": "USA", '
    '"title": {"text": "Secretary of State", "canonical": "Secretary of State", '
    '"role": "FOREIGN_MINISTER", "modifiers": [], "portfolio": null}, "organization": null}], '
    '"recipients": [{"kind": "PERSON", "name": "Eduard Shevardnadze", "country": "SUN", '
    '"title": {"text": "Foreign Minister", "canonical": "Foreign Minister", '
    '"role": "FOREIGN_MINISTER", "modifiers": [], "portfolio": null}, "organization": null}], '
    '"agreement": null, "factuality": "PLANNED", "date": "1987-04-01", '
    '"date_precision": "MONTH", "date_text": "next month", "location": "Moscow", '
    '"source": null, "sentence": "Shultz will travel to Moscow next month.", '
    '"start": 52, "end": 92, "rule": "visit.future", "confidence": 1.0}'
)


def test_every_event_code_round_trips() -> None:
    codes = [
        accordlib.event_code(kind, factuality) for kind in EventKind for factuality in Factuality
    ]
    for code in codes:
        assert from_json(accordlib.EventCode, to_json(code)) == code
    assert to_dict(codes[0]) == {
        "kind": "JOIN_AGREEMENT",
        "factuality": "OCCURRED",
        "cameo": "057",
        "cameo_name": "Sign formal agreement",
        "plover": "SUPPORT",
        "plover_mode": None,
        "source": codes[0].source,
    }


def test_event_json_is_exactly_as_documented() -> None:
    assert to_json(VISIT) == VISIT_JSON
    assert from_json(DiplomaticEvent, VISIT_JSON) == VISIT
    assert list(to_dict(VISIT)) == [field.name for field in attrs.fields(DiplomaticEvent)]


def test_indent_and_non_ascii() -> None:
    actor = Actor(ActorKind.PERSON, "António Guterres", organization="United Nations")
    assert '"António Guterres"' in to_json(actor)
    assert '"Ant\\u00f3nio Guterres"' in to_json(actor, ensure_ascii=True)
    assert to_json(actor, indent=2).splitlines()[:3] == [
        "{",
        '  "kind": "PERSON",',
        '  "name": "António Guterres",',
    ]
    assert from_json(Actor, to_json(actor, indent=2).encode("utf-8")) == actor


SCALARS = [
    (EventKind.SIGN_AGREEMENT, '"SIGN_AGREEMENT"'),
    (Factuality.HYPOTHETICAL, '"HYPOTHETICAL"'),
    (Role.HEAD_OF_STATE, '"HEAD_OF_STATE"'),
    (dt.date(2025, 11, 6), '"2025-11-06"'),
    (dt.date(1, 1, 1), '"0001-01-01"'),
    (dt.datetime(2025, 11, 6, 14, 30), '"2025-11-06T14:30:00"'),
    (dt.datetime(2025, 11, 6, 14, 30, tzinfo=dt.timezone.utc), '"2025-11-06T14:30:00+00:00"'),
    (country("ISR"), '"ISR"'),
    (country("XKX"), '"XKX"'),
    (country("PSE"), '"PSE"'),
    (country("TWN"), '"TWN"'),
    (country("SUN"), '"SUN"'),
]


@pytest.mark.parametrize(("value", "text"), SCALARS, ids=str)
def test_enums_by_name_dates_iso_countries_alpha3(value: Any, text: str) -> None:
    assert to_json(value) == text
    assert from_json(type(value), text) == value


def test_lone_surrogates_are_escaped_so_the_json_encodes_as_utf8() -> None:
    actor = Actor(ActorKind.STATE, "Isra\ud800el", organization="\udfff é")
    text = to_json(actor)
    assert '"Isra\\ud800el"' in text
    assert '"\\udfff é"' in text
    text.encode("utf-8")
    assert from_json(Actor, text) == actor


def test_countries_come_back_as_the_library_record() -> None:
    soviet = from_json(Country, '"SUN"')
    assert soviet.name == "Soviet Union"
    assert soviet is country("SUN") or soviet == country("SUN")


# --------------------------------------------------------------------------- errors


def problems(cls: type, data: Any) -> list[str]:
    with pytest.raises(DeserializationError) as info:
        from_dict(cls, data)
    assert info.value.cls is cls
    assert str(info.value).splitlines()[1:] == list(info.value.errors)
    return list(info.value.errors)


KINDS = ", ".join(EventKind.__members__)
ACTOR_KINDS = "STATE, GOVERNMENT, MILITARY, PERSON, ORGANIZATION, GROUP"

# (class, data, every problem expected, in order)
BAD_DATA: list[tuple[type, Any, list[str]]] = [
    (Actor, {}, ["required field missing @ $.kind", "required field missing @ $.name"]),
    (Actor, [], ["expected an object for Actor, got list @ $"]),
    (Actor, "Israel", ["expected an object for Actor, got str @ $"]),
    (Actor, None, ["expected an object for Actor, got NoneType @ $"]),
    (
        Actor,
        {"kind": "NATION", "name": 7, "country": "usa", "title": "President", "extra": 1},
        [
            f"'NATION' is not an ActorKind name; expected one of {ACTOR_KINDS} @ $.kind",
            "expected a string, got int @ $.name",
            "'usa' is not a known country alpha-3 code @ $.country",
            "expected an object for Title, got str @ $.title",
            "extra fields found (extra) @ $",
        ],
    ),
    (
        Actor,
        {"kind": "STATE", "name": "Israel", "country": "Israel"},
        ["'Israel' is not a known country alpha-3 code @ $.country"],
    ),
    (Actor, {"kind": "STATE", "name": "  "}, ["Actor.name must not be empty or blank @ $.name"]),
    (Actor, {"kind": 0, "name": "Israel"}, ["expected the name of an ActorKind (a string), got int @ $.kind"]),
    (
        DiplomaticEvent,
        {
            "kind": "SIGNING",
            "actors": [
                {"kind": "STATE", "name": "Israel", "country": "ZZZ"},
                {"kind": "STATE"},
                "Bahrain",
            ],
            "recipients": {"kind": "STATE", "name": "UAE"},
            "factuality": "occurred",
            "date": "26 Dec 2025",
            "start": "5",
            "end": True,
        },
        [
            f"'SIGNING' is not an EventKind name; expected one of {KINDS} @ $.kind",
            "'ZZZ' is not a known country alpha-3 code @ $.actors[0].country",
            "required field missing @ $.actors[1].name",
            "expected an object for Actor, got str @ $.actors[2]",
            "expected an array, got dict @ $.recipients",
            ("'occurred' is not a Factuality name; expected one of OCCURRED, ONGOING, ANNOUNCED, "
            "PLANNED, CONDITIONAL, HYPOTHETICAL, NEGATED @ $.factuality"),
            "expected an ISO 8601 date (YYYY-MM-DD), got '26 Dec 2025' @ $.date",
            "expected an integer, got str @ $.start",
            "expected an integer, got bool @ $.end",
        ],
    ),
    (
        DiplomaticEvent,
        {"kind": "MEET", "start": 9, "end": 4},
        ["DiplomaticEvent.end (4) must not be before start (9) @ $.end"],
    ),
    (
        DiplomaticEvent,
        {"kind": "MEET", "start": -3, "end": 2},
        ["DiplomaticEvent.start must be >= 0, got -3 @ $.start"],
    ),
    (
        DiplomaticEvent,
        {"kind": "MEET", "source": {"kind": "STATE", "name": ""}},
        ["Actor.name must not be empty or blank @ $.source.name"],
    ),
    (
        DiplomaticEvent,
        {"kind": "MEET", "date": "2025-11-6"},
        ["expected an ISO 8601 date (YYYY-MM-DD), got '2025-11-6' @ $.date"],
    ),
    (
        DiplomaticEvent,
        {"kind": "MEET", "date": "2025-02-30"},
        ["expected an ISO 8601 date (YYYY-MM-DD), got '2025-02-30' @ $.date"],
    ),
    (
        DiplomaticEvent,
        {"kind": "MEET", "date": "20251106"},
        ["expected an ISO 8601 date (YYYY-MM-DD), got '20251106' @ $.date"],
    ),
    (
        DiplomaticEvent,
        {"kind": "MEET", "date": 20251106},
        ["expected an ISO 8601 date (YYYY-MM-DD), got 20251106 @ $.date"],
    ),
    (
        OfficialMention,
        {"official": {"name": "Wang Yi", "title": None}, "start": 10, "end": 2},
        ["invalid OfficialMention: end (2) must not be before start (10) @ $"],
    ),
    (Country, "Atlantis", ["'Atlantis' is not a known country alpha-3 code @ $"]),
    (Country, 840, ["expected a country's alpha-3 code (a string), got int @ $"]),
    (EventKind, "meet", [f"'meet' is not an EventKind name; expected one of {KINDS} @ $"]),
    (dt.date, "2025-11-06T10:00:00", ["expected an ISO 8601 date (YYYY-MM-DD), got '2025-11-06T10:00:00' @ $"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("cls", "data", "expected"), BAD_DATA, ids=lambda v: getattr(v, "__name__", None)
)
def test_bad_data_lists_every_problem_with_its_path(cls: type, data: Any, expected: list[str]) -> None:  # fmt: skip
    assert problems(cls, data) == expected


def test_the_error_is_an_accord_value_error_never_a_key_error() -> None:
    with pytest.raises(DeserializationError) as info:
        from_dict(DiplomaticEvent, {})
    assert isinstance(info.value, accordlib.AccordError)
    assert isinstance(info.value, ValueError)
    assert not isinstance(info.value, KeyError)
    assert info.value.errors == ("required field missing @ $.kind",)
    assert (
        str(info.value)
        == "cannot build DiplomaticEvent (1 problem):\nrequired field missing @ $.kind"
    )


MALFORMED_JSON = [
    ("", "malformed JSON: Expecting value at line 1 column 1 (char 0)"),
    ('{"kind": ', "malformed JSON: Expecting value at line 1 column 10 (char 9)"),
    ('{"kind": "MEET",}', "malformed JSON: Expecting property name enclosed in double quotes at line 1 column 17 (char 16)"),
    ("{'kind': 'MEET'}", "malformed JSON: Expecting property name enclosed in double quotes at line 1 column 2 (char 1)"),
    ('{"kind": "MEET"} trailing', "malformed JSON: Extra data at line 1 column 18 (char 17)"),
    (b'{"kind": "\xff"}', "malformed JSON: not UTF-8 (invalid start byte)"),
    ("[" * 100_000 + "]" * 100_000, "malformed JSON: nested too deeply"),
    ("1" * 5000, "malformed JSON: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message"), MALFORMED_JSON)
def test_malformed_json_raises_the_same_error(text: str | bytes, message: str) -> None:
    with pytest.raises(DeserializationError) as info:
        from_json(DiplomaticEvent, text)
    assert info.value.errors == (message,)


def test_json_of_the_wrong_shape() -> None:
    with pytest.raises(
        DeserializationError, match=r"expected an object for DiplomaticEvent, got list @ \$"
    ):
        from_json(DiplomaticEvent, "[]")


def test_from_json_needs_text() -> None:
    with pytest.raises(
        TypeError, match=r"text must be str or bytes \(JSON text\), not dict"
    ) as info:
        from_json(DiplomaticEvent, {"kind": "MEET"})  # type: ignore[arg-type]
    assert isinstance(info.value, accordlib.InputTypeError)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["kind", "actors", "name", "country", "date", "start", "end", "x"])
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@SETTINGS
@given(json_values)
def test_any_json_value_either_builds_or_raises_the_one_error(data: Any) -> None:
    for cls in (DiplomaticEvent, Actor, Official):
        errors: tuple[str, ...] = ()
        try:
            value = from_dict(cls, data)
        except DeserializationError as exc:
            errors = exc.errors
            assert errors
        else:
            assert isinstance(value, cls)
        assert all(" @ $" in error for error in errors)


# --------------------------------------------------------------------------- JSON Schema


def test_event_schema_shape() -> None:
    schema = json_schema(DiplomaticEvent)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$ref"] == "#/$defs/DiplomaticEvent"
    event = schema["$defs"]["DiplomaticEvent"]
    assert list(event["properties"]) == [field.name for field in attrs.fields(DiplomaticEvent)]
    assert event["required"] == ["kind"]
    assert event["additionalProperties"] is False
    assert event["properties"]["date"] == {
        "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]
    }
    assert event["properties"]["actors"] == {"type": "array", "items": {"$ref": "#/$defs/Actor"}}
    assert schema["$defs"]["EventKind"]["enum"] == list(EventKind.__members__)
    assert schema["$defs"]["Actor"]["properties"]["country"]["anyOf"][0]["pattern"] == "^[A-Z]{3}$"
    assert sorted(schema["$defs"]) == [
        "Actor", "ActorKind", "DiplomaticEvent", "EventKind", "Factuality", "Precision", "Role", "Title",
    ]  # fmt: skip


SCHEMA_REJECTS = [
    {"kind": "MEETING"},
    {"kind": "MEET", "date": "26 Dec 2025"},
    {"kind": "MEET", "actors": [{"kind": "STATE"}]},
    {"kind": "MEET", "actors": [{"kind": "STATE", "name": "Israel", "country": "Israel"}]},
    {"kind": "MEET", "start": "0"},
    {"kind": "MEET", "author": "me"},
    {"actors": []},
]


@pytest.mark.parametrize("data", SCHEMA_REJECTS)
def test_schema_rejects_what_from_dict_rejects(data: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(
        json_schema(DiplomaticEvent), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert not validator.is_valid(data)
    with pytest.raises(DeserializationError):
        from_dict(DiplomaticEvent, data)


def test_schema_of_a_list_of_events_validates_a_real_list() -> None:
    schema = json_schema(list[DiplomaticEvent])
    assert schema["title"] == "list[DiplomaticEvent]"
    assert schema["type"] == "array"
    assert schema["items"] == {"$ref": "#/$defs/DiplomaticEvent"}
    jsonschema.Draft202012Validator(schema).validate(to_dict([VISIT, VISIT]))


def test_schema_of_unsupported_types_is_a_type_error() -> None:
    @attrs.frozen
    class Odd:
        value: complex

    with pytest.raises(TypeError, match=r"no JSON Schema for type <class 'complex'>"):
        json_schema(Odd)


# --------------------------------------------------------------------------- stories

parse_story = getattr(accordlib, "parse_story", None)
extract_events = getattr(accordlib, "extract_events", None)


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_parsed_story_round_trips_and_matches_the_schema(path: Path) -> None:
    if parse_story is None:
        pytest.skip("the wire parser (accordlib.parse_story) has not landed")
    story = parse_story(path.read_text(encoding="utf-8"))
    text = to_json(story)
    again = from_json(type(story), text)
    assert again == story
    assert again.text == path.read_text(encoding="utf-8")
    schema = json_schema(type(story))
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(json.loads(text))


@SETTINGS
@given(st.text(max_size=400))
def test_any_parsed_text_round_trips(text: str) -> None:
    if parse_story is None:
        pytest.skip("the wire parser (accordlib.parse_story) has not landed")
    story = parse_story(text)
    assert from_json(type(story), to_json(story)) == story


def test_story_schema_shape() -> None:
    story_class = getattr(accordlib, "Story", None)
    if story_class is None:
        pytest.skip("the wire model (accordlib.Story) has not landed")
    schema = json_schema(story_class)
    jsonschema.Draft202012Validator.check_schema(schema)
    story = schema["$defs"]["Story"]
    assert list(story["properties"]) == [field.name for field in attrs.fields(story_class)]
    assert story["properties"]["segments"] == {
        "type": "array",
        "items": {"$ref": "#/$defs/Segment"},
    }
    assert story["properties"]["published"] == {
        "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]
    }
    assert {"Segment", "SegmentKind", "Byline", "Dateline", "Credit", "Note", "Copyright"} <= set(
        schema["$defs"]
    )


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_extracted_events_round_trip(path: Path) -> None:
    if extract_events is None:
        pytest.skip("the extractor (accordlib.extract_events) has not landed")
    found = extract_events(path.read_text(encoding="utf-8"))
    for event in found:
        assert from_json(DiplomaticEvent, to_json(event)) == event
    data = serialize.converter().unstructure(found, list[DiplomaticEvent])
    assert serialize.converter().structure(data, list[DiplomaticEvent]) == found


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_officials_and_country_mentions_found_in_stories_round_trip(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found: list[Any] = [*accordlib.find_officials(text), *accordlib.find_countries(text)]
    for value in found:
        cls = type(value)
        assert from_json(cls, to_json(value)) == value
        jsonschema.Draft202012Validator(
            json_schema(cls), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        ).validate(to_dict(value))


def test_found_officials_serialise_as_documented() -> None:
    mentions = accordlib.find_officials("Kazakh President Kassym-Jomart Tokayev met Wang Yi.")
    assert mentions
    data = to_dict(mentions[0].official)
    assert data["name"] == "Kassym-Jomart Tokayev"
    assert data["country"] == "KAZ"
    assert data["title"]["role"] == "HEAD_OF_STATE"


# --------------------------------------------------------------------------- the converter


def test_one_converter_built_once_under_concurrency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(converter_module, "_CONVERTER", Lazy(converter_module._build))
    seen: list[object] = []
    barrier = threading.Barrier(8)

    def build() -> None:
        barrier.wait()
        seen.append(converter_module.converter())

    threads = [threading.Thread(target=build) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8
    assert len({id(converter) for converter in seen}) == 1


def test_import_accordlib_does_not_import_cattrs() -> None:
    code = "import sys, accordlib; print('cattrs' in sys.modules, 'jsonschema' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_lists_of_results() -> None:
    text = to_json([VISIT, VISIT.evolve(kind=EventKind.MEET)])
    assert text.startswith('[{"kind": "VISIT", ')
    assert from_json(list[DiplomaticEvent], text) == [VISIT, VISIT.evolve(kind=EventKind.MEET)]
    with pytest.raises(DeserializationError) as info:
        from_json(list[DiplomaticEvent], '[{"kind": 1}, 3, {"kind": "MEET"}]')
    assert str(info.value).splitlines() == [
        "cannot build list[DiplomaticEvent] (2 problems):",
        "expected the name of an EventKind (a string), got int @ $[0].kind",
        "expected an object for DiplomaticEvent, got int @ $[1]",
    ]


def test_containers_of_results() -> None:
    converter = serialize.converter()
    data = converter.unstructure([VISIT, VISIT], list[DiplomaticEvent])
    assert data[0]["kind"] == "VISIT"
    assert converter.structure(data, list[DiplomaticEvent]) == [VISIT, VISIT]
