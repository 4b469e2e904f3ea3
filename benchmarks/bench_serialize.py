"""Speed of serialisation: to_json/from_json for stories and events.

Peers on the same objects: ``json.dumps(attrs.asdict(x), default=str)`` (the usual
one-liner, which is lossy: enums as reprs, countries as full records, no way back) for
writing, and ``json.loads`` alone (the floor: parsing without building or validating
anything) for reading.

    python benchmarks/run.py serialize
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
from _common import Row, rate

import accordlib
from accordlib import Actor, ActorKind, DiplomaticEvent, EventKind, Factuality, Precision

TITLE = "Serialisation: to_json / from_json (one cattrs converter, validated)"

STORIES = Path(__file__).resolve().parents[1] / "examples" / "stories"


def _events() -> list[DiplomaticEvent]:
    usa = accordlib.get_country("USA")
    sun = accordlib.get_country("SUN")
    title = accordlib.Title(
        "Secretary of State", "Secretary of State", accordlib.Role.FOREIGN_MINISTER
    )
    sentence = "Secretary of State George Shultz will travel to Moscow next month for talks."
    base = DiplomaticEvent(
        kind=EventKind.VISIT,
        actors=(Actor(ActorKind.PERSON, "George Shultz", usa, title),),
        recipients=(Actor(ActorKind.STATE, "Soviet Union", sun),),
        factuality=Factuality.PLANNED,
        date=dt.date(1987, 4, 1),
        date_precision=Precision.MONTH,
        date_text="next month",
        location="Moscow",
        sentence=sentence,
        start=40,
        end=40 + len(sentence),
        rule="visit.future",
    )
    return [base.evolve(kind=kind) for kind in EventKind]


def _lossy(obj: object) -> str:
    return json.dumps(attrs.asdict(obj), default=str)  # type: ignore[arg-type]


def run(quick: bool) -> list[Row]:
    seconds = 0.3 if quick else 1.5
    texts = [path.read_text(encoding="utf-8") for path in sorted(STORIES.glob("*.txt"))]
    stories = [accordlib.parse_story(text) for text in texts]
    story_json = [accordlib.to_json(story) for story in stories]
    events = _events()
    event_json = [accordlib.to_json(event) for event in events]
    story_cls = type(stories[0])
    return [
        Row(
            "to_json(Story)",
            "stories",
            rate(accordlib.to_json, stories, min_seconds=seconds),
            "asdict+dumps (lossy)",
            rate(_lossy, stories, min_seconds=seconds),
        ),
        Row(
            "from_json(Story, text)",
            "stories",
            rate(
                lambda text: accordlib.from_json(story_cls, text), story_json, min_seconds=seconds
            ),
            "json.loads only",
            rate(json.loads, story_json, min_seconds=seconds),
        ),
        Row(
            "to_json(DiplomaticEvent)",
            "events",
            rate(accordlib.to_json, events, min_seconds=seconds),
            "asdict+dumps (lossy)",
            rate(_lossy, events, min_seconds=seconds),
        ),
        Row(
            "from_json(DiplomaticEvent, text)",
            "events",
            rate(
                lambda text: accordlib.from_json(DiplomaticEvent, text),
                event_json,
                min_seconds=seconds,
            ),
            "json.loads only",
            rate(json.loads, event_json, min_seconds=seconds),
        ),
    ]
