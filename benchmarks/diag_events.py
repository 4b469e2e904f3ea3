"""Why a trigger did or did not become an event: a trace of the extractor, sentence by sentence.

    python benchmarks/diag_events.py "Hungary rejected the proposal."
    python benchmarks/diag_events.py --id ev-0012 --id ev-0040      # rows of events_real.jsonl
    python benchmarks/diag_events.py --missed [--set real|reuters] [--limit N]

For each sentence read in full it prints the parties found (entity kind, actors, whether
generic), the coordinated groups, the attributions, and then every trigger with the fate of
its event: ``in frame`` (part of an attribution), ``roles: none`` (the parties rule it out),
``no agreement``, ``no parties``, ``confidence 0.42`` (below ``min_confidence``), or the event
built. ``--missed`` traces the sentences of the dev set's gold events that nothing of their
kind was emitted for (sets ``real``, events_real.jsonl, and ``reuters``, the 1987 stories).
``--holdout`` reads the hold-out files instead (for the lead only).

It instruments the steps of :func:`accordlib.extract.build.build_event` by wrapping them
(nothing in the package changes) and runs :func:`accordlib.extract_events` at
``min_confidence=0``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from accordlib import extract_events
from accordlib.events.model import Actor
from accordlib.extract import build, pipeline
from accordlib.extract.model import Trigger
from accordlib.extract.view import SentenceView

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "data"


def _actor(actor: Actor) -> str:
    country = actor.country.alpha3 if actor.country is not None else "-"
    return f"{actor.name}[{actor.kind.name[:3]},{country}]"


def _actors(actors: tuple[Actor, ...]) -> str:
    return ", ".join(_actor(a) for a in actors) or "-"


class Trace:
    """What the wrapped steps saw for the current trigger."""

    def __init__(self, min_confidence: float) -> None:
        self.min_confidence = min_confidence
        self.lines: list[str] = []
        self.step: dict[str, Any] = {}


@contextmanager
def instrumented(min_confidence: float) -> Iterator[Trace]:
    """Wrap the build steps and the pipeline's per-sentence function for a trace."""
    trace = Trace(min_confidence)
    saved: dict[tuple[object, str], object] = {}

    def wrap(module: object, name: str, make: Callable[[Any], Any]) -> None:
        original = getattr(module, name)
        saved[module, name] = original
        setattr(module, name, make(original))

    def roles_wrapper(original: Any) -> Any:
        def inner(view: SentenceView, match: Trigger, clause: Any, so_far: Any) -> Any:
            roles = original(view, match, clause, so_far)
            trace.step["clause"] = (clause.lower, clause.upper, clause.attribution is not None)
            trace.step["roles"] = roles
            return roles

        return inner

    def agreement_wrapper(original: Any) -> Any:
        def inner(*args: Any) -> Any:
            result = original(*args)
            trace.step["agreement"] = result
            return result

        return inner

    def parties_wrapper(original: Any) -> Any:
        def inner(*args: Any) -> Any:
            result = original(*args)
            trace.step["parties"] = result
            return result

        return inner

    def confidence_wrapper(original: Any) -> Any:
        def inner(*args: Any) -> Any:
            result = original(*args)
            trace.step["confidence"] = result
            trace.step["position"] = args[-1]
            return result

        return inner

    def build_wrapper(original: Any) -> Any:
        def inner(view: SentenceView, match: Trigger, ctx: Any, so_far: Any) -> Any:
            trace.step = {}
            event = original(view, match, ctx, so_far)
            trace.lines.append(_fate(view, match, event, trace.step, ctx))
            return event

        return inner

    def sentence_wrapper(original: Any) -> Any:
        def inner(doc: Any, reading: Any, actors: Any, ctx: Any) -> Any:
            printed = reading[1]
            trace.lines.append(f"\n## {printed!r}")
            names = [f"{m.text!r}->{_actor(m.actor)}{' gen' if m.generic else ''}" for m in actors]
            trace.lines.append(f"   recogniser: {'; '.join(names) or '-'}")
            return original(doc, reading, actors, ctx)

        return inner

    def view_wrapper(original: Any) -> Any:
        def inner(view: SentenceView, ctx: Any) -> Any:
            result = original(view, ctx)
            trace.lines.append(_describe_view(view))
            return result

        return inner

    wrap(build, "find_roles", roles_wrapper)
    wrap(build, "event_agreement", agreement_wrapper)
    wrap(build, "_parties", parties_wrapper)
    wrap(build, "event_confidence", confidence_wrapper)
    wrap(pipeline, "build_event", build_wrapper)
    wrap(pipeline, "_sentence_events", sentence_wrapper)
    wrap(pipeline, "attribute", view_wrapper)
    try:
        yield trace
    finally:
        for (module, name), original in saved.items():
            setattr(module, name, original)


def _describe_view(view: SentenceView) -> str:
    lines = []
    for ent in view.entities:
        flags = "".join(
            flag
            for flag, on in (("gen ", ent.generic), ("mod ", ent.modifier), ("spk ", ent.speaker))
            if on
        )
        lines.append(
            f"   entity {ent.start}-{ent.end} {ent.kind} {view.words(ent.start, ent.end)!r}"
            f" {flags}-> {_actors(ent.actors) if ent.kind != 'agreement' else ent.agreement}"
        )
    for group in view.groups:
        if len(group.ents) > 1:
            lines.append(f"   group {group.start}-{group.end}: {_actors(group.actors)}")
    for att in view.attributions:
        lines.append(
            f"   attribution {att.verb!r} speaker={_actors(att.speaker)}"
            f" clause {att.start}-{att.end} frame {att.frame_start}-{att.frame_end}"
        )
    for match in view.matches:
        lines.append(
            f"   trigger {match.kind} {match.rule!r} {view.words(match.start, match.end)!r}"
            f" head={view.lows[match.head]!r} src={match.source_slot} tgt={match.target_slot}"
            f" preps={sorted(match.recipients)} nominal={match.nominal} passive={match.passive}"
        )
    return "\n".join(lines)


def _fate(view: SentenceView, match: Trigger, event: Any, step: dict[str, Any], ctx: Any) -> str:
    head = f"   -> {match.kind} {view.words(match.start, match.end)!r}: "
    if "clause" not in step:
        return (
            head + "in an attribution's frame (or anaphor)" + ("" if event is None else " [event]")
        )
    roles = step["roles"]
    lower, upper, attributed = step["clause"]
    where = f"clause {lower}-{upper}{' attributed' if attributed else ''}"
    if roles is None:
        return head + f"roles ruled it out ({where})"
    found = f"roles {_actors(roles.actors)} -> {_actors(roles.recipients)}"
    if step.get("agreement") is None:
        return head + f"no agreement ({found})"
    if step.get("parties") is None:
        return head + f"no parties ({found}; {where})"
    actors, recipients = step["parties"]
    confidence = step.get("confidence")
    told = (
        f"{_actors(actors)} -> {_actors(recipients)} conf={confidence} pos={step.get('position')}"
    )
    if event is None:
        return head + f"dropped: {told}"
    if confidence is not None and confidence < 0.5:
        return head + f"LOW {told} ({event.factuality.name})"
    return head + f"EVENT {event.kind.name} {told} ({event.factuality.name})"


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def trace_text(text: str, published: str | None = None, min_confidence: float = 0.0) -> str:
    with instrumented(min_confidence) as trace:
        extract_events(text, published=published, min_confidence=min_confidence)
    return "\n".join(trace.lines)


def _real_rows(data: Path) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in _read(data / "events_real.jsonl")}


def _row_text(row: dict[str, Any]) -> str:
    context = str(row["context"]) + " " if row.get("context") else ""
    return context + str(row["sentence"])


def _missed_real(data: Path, limit: int) -> None:
    shown = 0
    for row in _read(data / "events_real.jsonl"):
        events = extract_events(_row_text(row), published=row.get("published"))
        kinds = [e.kind.name for e in events]
        missed = [g for g in row["events"] if g["kind"] not in kinds]
        if not missed:
            continue
        gold = ", ".join(
            f"{g['kind']} {g['actors']}->{g['recipients']} {g['trigger']!r}" for g in missed
        )
        print(f"\n===== {row['id']}: gold {gold}")
        print(trace_text(_row_text(row), row.get("published")))
        shown += 1
        if shown >= limit:
            return


def _missed_reuters(data: Path, limit: int) -> None:
    shown = 0
    for row in _read(data / "reuters1987_events.jsonl"):
        text = str(row["text"])
        events = extract_events(text, published=str(row["date"]))
        for gold in row["events"]:
            start = text.find(str(gold["sentence"]))
            end = start + len(str(gold["sentence"]))
            if any(
                e.kind.name == gold["kind"] and e.start < end and start < e.end for e in events
            ):
                continue
            print(
                f"\n===== {row.get('id')}: gold {gold['kind']} {gold.get('actors')}->"
                f"{gold.get('recipients')} {gold['trigger']!r}"
            )
            for line in trace_text(text, str(row["date"])).split("\n## "):
                if str(gold["sentence"])[:40].replace("\n", " ") in line.replace("\\n", " "):
                    print("## " + line)
            shown += 1
            if shown >= limit:
                return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text", nargs="*", help="texts to trace")
    parser.add_argument("--id", action="append", default=[], help="a row id of events_real.jsonl")
    parser.add_argument("--missed", action="store_true")
    parser.add_argument("--set", default="real", choices=("real", "reuters"))
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--holdout", action="store_true")
    parser.add_argument("--published", default=None)
    args = parser.parse_args(argv)
    data = args.data / "holdout" if args.holdout else args.data
    for text in args.text:
        print(trace_text(text, args.published))
    if args.id:
        rows = _real_rows(data)
        for key in args.id:
            row = rows[key]
            print(f"\n===== {key}: gold {row['events']}")
            print(trace_text(_row_text(row), row.get("published")))
    if args.missed:
        (_missed_real if args.set == "real" else _missed_reuters)(data, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
