"""Officials: parse_official against nameparser's HumanName on the same official strings,
and find_officials over ~1 MB of wire-style prose.

    python benchmarks/run.py officials
    python benchmarks/bench_officials.py --accuracy    # also list the names each parser got wrong
    python benchmarks/bench_officials.py               # CPU time of this process (the default)
    python benchmarks/bench_officials.py --clock wall  # wall time instead
    python benchmarks/bench_officials.py --rounds 9    # more, shorter rounds (default 6)

nameparser is a general person-name parser, not an officials parser: it is the nearest peer
that a user would reach for. Accuracy compares the person's name only (nameparser's first,
middle, last and suffix joined), which is the part both parsers claim to find.

Speed is timed on official strings that neither parser has seen: every row's words around
its name (before and after it) with every other row's name, about 9,300 distinct strings
(``distinct_officials``), shuffled and cut into one batch per round. In each round both
parsers read the same batch, one after the other (which one goes first alternates), and
the row gives the median of the rounds; the line after it gives the median of the
per-round ratios and their range. A string is never timed twice, so no memory of whole
strings can flatter either side; what repeats is what repeats in a feed (titles, country
words, names).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import Row  # noqa: E402

import accordlib  # noqa: E402

TITLE = "Officials: parse_official vs nameparser.HumanName, find_officials"

# Official strings in the style of AP, Reuters, CNN, Gulf agencies and 1980s copy, with the
# person's name as a reader would write it. Written for this benchmark.
OFFICIALS = [
    ("US President Donald Trump", "Donald Trump"),
    ("Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
    ("Kazakh President Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"),
    ("Secretary of State Marco Rubio", "Marco Rubio"),
    ("Vice President JD Vance", "JD Vance"),
    ("US Special Envoy Steve Witkoff", "Steve Witkoff"),
    ("U.S. Special Envoy Steve Witkoff", "Steve Witkoff"),
    ("UN Secretary-General António Guterres", "António Guterres"),
    ("U.N. Secretary-General Antonio Guterres", "Antonio Guterres"),
    ("Emir of Qatar Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"),
    ("HRH Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
    ("Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
    ("King Abdullah II", "Abdullah II"),
    ("Jordan's King Abdullah II", "Abdullah II"),
    ("Egyptian President Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("State Department spokesperson Tammy Bruce", "Tammy Bruce"),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei", "Ali Khamenei"),
    ("Iran's Foreign Minister Abbas Araqchi", "Abbas Araqchi"),
    ("Pope Leo XIV", "Leo XIV"),
    ("King Charles III", "Charles III"),
    ("Turkish President Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
    ("Russian President Vladimir Putin", "Vladimir Putin"),
    ("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
    ("Chinese President Xi Jinping", "Xi Jinping"),
    ("Chinese Foreign Minister Wang Yi", "Wang Yi"),
    ("Chinese Vice Premier He Lifeng", "He Lifeng"),
    ("Japanese Prime Minister Shigeru Ishiba", "Shigeru Ishiba"),
    ("Japanese Foreign Minister Takeshi Iwaya", "Takeshi Iwaya"),
    ("German Chancellor Friedrich Merz", "Friedrich Merz"),
    ("German Foreign Minister Johann Wadephul", "Johann Wadephul"),
    ("French President Emmanuel Macron", "Emmanuel Macron"),
    ("British Prime Minister Keir Starmer", "Keir Starmer"),
    ("British Foreign Secretary David Lammy", "David Lammy"),
    ("Indian Prime Minister Narendra Modi", "Narendra Modi"),
    ("Indian External Affairs Minister S. Jaishankar", "S. Jaishankar"),
    ("Pakistani Prime Minister Shehbaz Sharif", "Shehbaz Sharif"),
    ("South Korean President Lee Jae-myung", "Lee Jae-myung"),
    ("North Korean leader Kim Jong Un", "Kim Jong Un"),
    ("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy"),
    ("Ukrainian Foreign Minister Andrii Sybiha", "Andrii Sybiha"),
    ("Syrian President Ahmad al-Sharaa", "Ahmad al-Sharaa"),
    ("Lebanese Prime Minister Nawaf Salam", "Nawaf Salam"),
    ("Lebanese President Joseph Aoun", "Joseph Aoun"),
    ("Palestinian President Mahmoud Abbas", "Mahmoud Abbas"),
    ("Israeli President Isaac Herzog", "Isaac Herzog"),
    ("Israeli Foreign Minister Gideon Saar", "Gideon Saar"),
    ("Israeli Defence Minister Israel Katz", "Israel Katz"),
    ("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"),
    ("Saudi Foreign Minister Prince Faisal bin Farhan", "Faisal bin Farhan"),
    ("UAE President Sheikh Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan"),
    ("Emirati Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan"),
    ("Kuwait's Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Mishal Al-Ahmad Al-Jaber Al-Sabah"),
    ("Sultan Haitham bin Tarik of Oman", "Haitham bin Tarik"),
    ("King Hamad bin Isa Al Khalifa of Bahrain", "Hamad bin Isa Al Khalifa"),
    ("Egyptian Foreign Minister Badr Abdelatty", "Badr Abdelatty"),
    ("Uzbek President Shavkat Mirziyoyev", "Shavkat Mirziyoyev"),
    ("Uzbek Foreign Minister Bakhtiyor Saidov", "Bakhtiyor Saidov"),
    ("Azerbaijani President Ilham Aliyev", "Ilham Aliyev"),
    ("Armenian Prime Minister Nikol Pashinyan", "Nikol Pashinyan"),
    ("Hungarian Prime Minister Viktor Orban", "Viktor Orban"),
    ("Polish Foreign Minister Radoslaw Sikorski", "Radoslaw Sikorski"),
    ("Italian Prime Minister Giorgia Meloni", "Giorgia Meloni"),
    ("Spanish Prime Minister Pedro Sanchez", "Pedro Sanchez"),
    ("Canadian Prime Minister Mark Carney", "Mark Carney"),
    ("Brazilian President Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva"),
    ("Mexican President Claudia Sheinbaum", "Claudia Sheinbaum"),
    ("European Commission President Ursula von der Leyen", "Ursula von der Leyen"),
    ("EU foreign policy chief Kaja Kallas", "Kaja Kallas"),
    ("NATO Secretary General Mark Rutte", "Mark Rutte"),
    ("IAEA Director General Rafael Grossi", "Rafael Grossi"),
    ("UN human rights chief Volker Turk", "Volker Turk"),
    ("U.N. envoy Hans Grundberg", "Hans Grundberg"),
    ("Hezbollah Secretary-General Naim Qassem", "Naim Qassem"),
    ("Defense Secretary Pete Hegseth", "Pete Hegseth"),
    ("Treasury Secretary Scott Bessent", "Scott Bessent"),
    ("White House press secretary Karoline Leavitt", "Karoline Leavitt"),
    ("US Ambassador to Israel Mike Huckabee", "Mike Huckabee"),
    ("US Ambassador to the UN Mike Waltz", "Mike Waltz"),
    ("Sen. Lindsey Graham", "Lindsey Graham"),
    ("Rep. Michael McCaul", "Michael McCaul"),
    ("House Speaker Mike Johnson", "Mike Johnson"),
    ("Gen. Michael Kurilla", "Michael Kurilla"),
    ("Lt. Gen. Eyal Zamir", "Eyal Zamir"),
    ("Joint Chiefs Chairman Gen. Dan Caine", "Dan Caine"),
    ("former President Barack Obama", "Barack Obama"),
    ("former Secretary of State Antony Blinken", "Antony Blinken"),
    ("President-elect Donald Trump", "Donald Trump"),
    ("Prime Minister Benjamin Netanyahu, of Israel", "Benjamin Netanyahu"),
    ("President Kassym-Jomart Tokayev, of Kazakhstan", "Kassym-Jomart Tokayev"),
    ("President of Kazakhstan Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"),
    ("Tokayev, Kazakhstan's president", "Tokayev"),
    ("Abbas Araqchi, Iran's foreign minister", "Abbas Araqchi"),
    ("Soviet Foreign Minister Eduard Shevardnadze", "Eduard Shevardnadze"),
    ("Soviet leader Mikhail Gorbachev", "Mikhail Gorbachev"),
    ("Secretary of State George Shultz", "George Shultz"),
    ("West German Chancellor Helmut Kohl", "Helmut Kohl"),
    ("Spokesman Charles Redman", "Charles Redman"),
    ("Queen Elizabeth II", "Elizabeth II"),
    ("Grand Ayatollah Ali al-Sistani", "Ali al-Sistani"),
    ("Minister of State for Foreign Affairs Dr. Mohammed bin Abdulaziz Al-Khulaifi", "Mohammed bin Abdulaziz Al-Khulaifi"),
]  # fmt: skip

# Sentences for the prose benchmark, in the style of wire copy (written for this benchmark).
SENTENCES = [
    "Israeli Prime Minister Benjamin Netanyahu met U.S. Special Envoy Steve Witkoff on Monday.",
    "Kassym-Jomart Tokayev, Kazakhstan's president, said the deal would help trade.",
    "The talks went on late into the night, and no statement was issued afterwards.",
    "Kremlin spokesman Dmitry Peskov told reporters that no meeting was planned.",
    "Shares of General Motors rose after the company reported higher quarterly profit.",
    "The prime minister declined to comment on the report, his office said.",
    "Secretary of State Marco Rubio and Vice President JD Vance attended the ceremony.",
    "Prices for wheat and corn fell as the harvest in the region came in above forecasts.",
    "Emir of Qatar Sheikh Tamim bin Hamad Al Thani received the delegation in Doha.",
    "Officials said the convoy reached the border crossing early on Sunday morning.",
]


def _prose(size: int, seed: int = 5) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5)))
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)


def _humanname_name(text: str) -> str:
    from nameparser import HumanName

    parsed = HumanName(text)
    return " ".join(p for p in (parsed.first, parsed.middle, parsed.last, parsed.suffix) if p)


def _ours_name(text: str) -> str:
    official = accordlib.parse_official(text)
    return official.name or "" if official is not None else ""


def accuracy(verbose: bool = False) -> tuple[int, int, int]:
    """Return (ours right, nameparser right, total) on the person's name in OFFICIALS."""
    ours = peer = 0
    for text, expected in OFFICIALS:
        got_ours = _ours_name(text)
        ours += got_ours == expected
        try:
            got_peer = _humanname_name(text)
        except ImportError:
            got_peer = ""
        peer += got_peer == expected
        if verbose and (got_ours != expected or got_peer != expected):
            print(f"  {text!r}: ours {got_ours!r}, nameparser {got_peer!r}, want {expected!r}")
    return ours, peer, len(OFFICIALS)


def distinct_officials(seed: int = 11) -> list[str]:
    """Official strings that no row spells: each row's words before and after its name
    around each other row's name ("Pope" + "Mark Rutte"), shuffled."""
    shapes: list[tuple[str, str]] = []
    for text, name in OFFICIALS:
        at = text.index(name)
        shapes.append((text[:at], text[at + len(name) :]))
    names = list(dict.fromkeys(name for _, name in OFFICIALS))
    rows = {text for text, _ in OFFICIALS}
    texts = [
        text
        for text in dict.fromkeys(
            before + name + after for before, after in shapes for name in names
        )
        if text not in rows
    ]
    random.Random(seed).shuffle(texts)
    return texts


def _timed(parse: Callable[[str], object], batch: list[str], clock: Callable[[], float]) -> float:
    """Strings per second of one pass of ``parse`` over ``batch``."""
    gc.collect()
    start = clock()
    for text in batch:
        parse(text)
    return len(batch) / (clock() - start)


def paired_rounds(
    ours: Callable[[str], object],
    peer: Callable[[str], object],
    batches: list[list[str]],
    clock: Callable[[], float],
) -> list[tuple[float, float]]:
    """(ours, peer) strings per second on each batch, both parsers on the same strings, the
    one that goes first alternating from round to round."""
    rounds: list[tuple[float, float]] = []
    for number, batch in enumerate(batches):
        if number % 2:
            peer_rate = _timed(peer, batch, clock)
            ours_rate = _timed(ours, batch, clock)
        else:
            ours_rate = _timed(ours, batch, clock)
            peer_rate = _timed(peer, batch, clock)
        rounds.append((ours_rate, peer_rate))
    return rounds


def run(quick: bool, clock: Callable[[], float] = time.process_time, rounds: int = 6) -> list[Row]:
    texts = [text for text, _ in OFFICIALS]
    peer_parse: Callable[[str], object] | None
    try:
        from nameparser import HumanName

        peer_parse = HumanName
    except ImportError:  # pragma: no cover - the bench extra installs it
        print("nameparser is not installed: pip install -e '.[bench]'")
        peer_parse = None
    for text in texts:  # warm-up: lazy tables load here, on strings the rounds never time
        accordlib.parse_official(text)
        if peer_parse is not None:
            peer_parse(text)
    distinct = distinct_officials()
    count = 3 if quick else max(1, rounds)
    size = len(distinct) // count // (2 if quick else 1)
    batches = [distinct[k * size : (k + 1) * size] for k in range(count)]
    peer: float | None = None
    if peer_parse is not None:
        paired = paired_rounds(accordlib.parse_official, peer_parse, batches, clock)
        ratios = sorted(ours / peer for ours, peer in paired)
        ours = statistics.median(ours for ours, _ in paired)
        peer = statistics.median(peer for _, peer in paired)
        print(
            f"parse_official / nameparser: median x{statistics.median(ratios):.1f} "
            f"(x{ratios[0]:.1f} to x{ratios[-1]:.1f}) over {count} rounds of {size:,} "
            f"distinct strings"
        )
    else:
        ours = statistics.median(_timed(accordlib.parse_official, b, clock) for b in batches)
    peer_name = "nameparser.HumanName" if peer_parse is not None else None
    rows = [
        Row(
            "parse_official, distinct official strings",
            "strings",
            ours,
            peer_name,
            peer,
            "goal >= 10x",
        ),
    ]
    text = _prose(200_000 if quick else 1_000_000)
    accordlib.find_officials(text)  # warm
    best = float("inf")
    for _ in range(2 if quick else 3):
        start = clock()
        accordlib.find_officials(text)
        best = min(best, clock() - start)
    rows.append(Row("find_officials, wire-style prose", "KB", len(text) / 1000 / best))
    right, peer_right, total = accuracy()
    print(
        f"name accuracy on {total} official strings: ours {right}/{total}, "
        f"nameparser.HumanName {peer_right}/{total}"
    )
    return rows


if __name__ == "__main__":
    from _common import print_rows

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds")
    parser.add_argument("--accuracy", action="store_true", help="list the names each got wrong")
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="cpu", help="process CPU time or wall time"
    )
    parser.add_argument("--rounds", type=int, default=6, help="paired rounds (default 6)")
    args = parser.parse_args()
    if args.accuracy:
        print(accuracy(verbose=True))
    else:
        chosen = time.process_time if args.clock == "cpu" else time.perf_counter
        print_rows(
            f"{TITLE} [{args.clock} clock]",
            run(quick=args.quick, clock=chosen, rounds=args.rounds),
        )
