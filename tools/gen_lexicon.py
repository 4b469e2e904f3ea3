"""Compile the PETRARCH-2 dictionaries into accordlib's lexicon tables.

Inputs, read from ``../shared/data/upstream/petrarch2/`` (MIT licence, Open Event Data
Alliance; the shared directory does not ship with the package):

* ``CAMEO.2.0.txt`` — the CAMEO verb dictionary: synonym sets (``&NAME`` with ``+phrase``
  lines), then verb blocks ``--- NAME [code] ---`` of synonymous verbs (``VERB``,
  ``VERB {irregular forms}``, ``VERB [own code]``, compounds ``+BEEF_UP`` and
  ``WIRE_+TAP`` with ``+`` on the verb) and their patterns
  ``- pre-verb nouns (pre-verb prepositional phrases) * nouns (prepositional phrases)
  [code]``, where ``{A B}`` is a noun phrase headed by its last word, ``(P N)`` a
  prepositional phrase, ``+`` the target, ``$`` the source, ``^`` any noun phrase, ``&X``
  a synonym set, ``_`` joins consecutive words and ``[a:b]`` / ``[:b]`` give a code for
  the reverse direction;
* ``Phoenix.agents.txt`` — role nouns ("rebels", "police", "foreign minister") with CAMEO
  agent codes (``[~MIL]`` is added after the actor's code, ``[NGO~]`` before it);
* ``Phoenix.International.actors.txt`` — international organisations, NGOs and companies
  with their CAMEO codes (entries with dated codes, which are people in office, are left
  out).

Plus the curated table ``src/accordlib/data/lexicon_curated.tsv`` (hand-written, one
example sentence per row) for what the dictionary lacks or gets wrong.

Every CAMEO code goes through ``KIND_OF_CODE``, the reviewed CAMEO → ``EventKind`` map
(tools/lexicon_review.py, a reason per row); codes without a kind (statements, 01x) give no event, and a
pattern with such a code still overrides its verb's own code ("no event here"). Every
inflection is generated here, at build time, from the lemmas and the dictionary's
irregular forms (``verb_forms``, ``plural``): the package has no lemmatiser.

Outputs (committed, generated — do not edit):

* ``lexicon_verbs.tsv`` — every trigger word: verbs, nouns, light verbs, with forms;
* ``lexicon_patterns.tsv`` — the patterns of each block, in a normalised syntax;
* ``lexicon_synsets.tsv`` — the synonym sets the patterns use, with plurals;
* ``agents.tsv`` — role nouns and their agent codes;
* ``igo_actors.tsv`` — organisations and their actor codes.

Run from the repository root: ``python tools/gen_lexicon.py`` (``--check`` exits 1 if a
committed table is out of date, 0 with a message when ``../shared`` is absent;
``--licence`` prints the note for the package's licence notes).
"""

from __future__ import annotations

import argparse
import csv
import operator
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules below

from lexicon_morphology import Forms, plural, unique, verb_forms
from lexicon_review import (
    BARE_CODES,
    INTENT_ROOT,
    KIND_OF_CODE,
    LEFT_OUT_PATTERNS,
    LEFT_OUT_VERBS,
    REPORTED_CODES,
    REPORTING_BLOCKS,
    REVERSED_CODES,
)
from lexicon_sources import (
    Block,
    Verb,
    actor_rows,
    agent_rows,
    compile_half,
    lex,
    parse_cameo,
    parse_verb,
    slots,
    split_code,
    synset_phrases,
)

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "data" / "upstream" / "petrarch2"
DATA = ROOT / "src" / "accordlib" / "data"
CURATED = DATA / "lexicon_curated.tsv"

LICENCE_NOTE = """\
accordlib/data/lexicon_verbs.tsv, lexicon_patterns.tsv, lexicon_synsets.tsv, agents.tsv
and igo_actors.tsv are compiled by tools/gen_lexicon.py from the PETRARCH-2 dictionaries
CAMEO.2.0.txt, Phoenix.agents.txt and Phoenix.International.actors.txt
(https://github.com/openeventdata/petrarch2), which carry this notice:

The MIT License (MIT)

Copyright (c) 2014, 2015 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
DEALINGS IN THE SOFTWARE.

The dictionaries' development was funded by the U.S. National Science Foundation (CAMEO:
Schrodt 2012, CAMEO Event and Actor Codebook 1.1b3).
"""


def _header(source: str, what: str) -> str:
    return (
        f"# generated by tools/gen_lexicon.py from {source} — do not edit.\n"
        f"# {what}\n"
        "# Source: PETRARCH-2 dictionaries (github.com/openeventdata/petrarch2), MIT licence,\n"
        "# Copyright (c) 2014, 2015 Open Event Data Alliance; the full notice is printed by\n"
        "# python tools/gen_lexicon.py --licence. Curated additions: lexicon_curated.tsv.\n"
    )


# --------------------------------------------------------------------------- the reviewed map


def kind_of(code: str) -> tuple[str, bool]:
    """The kind a CAMEO code maps to (``""`` for none) and whether it is an intention."""
    for size in range(len(code), 1, -1):
        if code[:size] in KIND_OF_CODE:
            return KIND_OF_CODE[code[:size]][0], code.startswith(INTENT_ROOT)
    return "", False


# --------------------------------------------------------------------------- the curated table

CURATED_POS = ("verb", "noun", "word", "modal", "light", "drop", "synset")
#: Parts of speech whose trigger is its words as written, without inflections.
WORD_ONLY_POS = ("word", "modal", "drop")


def read_curated(path: Path = CURATED) -> list[dict[str, str]]:
    """The rows of the curated table (checked: known columns, kinds, parts of speech)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = list(
        csv.DictReader(
            (line for line in lines if not line.startswith("#")),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
    )
    kinds = _event_kinds()
    seen: set[str] = set()
    for row in rows:
        where = f"{path.name}: {row['id']}"
        if row["id"] in seen:
            raise SystemExit(f"{where}: duplicate id")
        seen.add(row["id"])
        if row["pos"] not in CURATED_POS:
            raise SystemExit(f"{where}: unknown pos {row['pos']!r}")
        if row["kind"] != "-" and row["kind"] not in kinds:
            raise SystemExit(f"{where}: {row['kind']!r} is not an EventKind")
        if (
            row["pos"] in ("verb", "noun", "word", "modal")
            and row["kind"] == "-"
            and row["pattern"] == "-"
        ):
            raise SystemExit(
                f"{where}: a {row['pos']} row needs a kind or a pattern (no kind: no event)"
            )
        if row["pos"] == "synset" and "_" in row["trigger"].rstrip("_"):
            raise SystemExit(f"{where}: a set name has no _ (it joins words in patterns)")
        if not row["example"] or not row["reason"]:
            raise SystemExit(f"{where}: every row has an example and a reason")
    return rows


def _event_kinds() -> frozenset[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from accordlib.events.kinds import EventKind  # noqa: PLC0415 - the tool runs from the repo

    return frozenset(EventKind.__members__)


# --------------------------------------------------------------------------- building

VERB_COLUMNS = (
    "entry", "block", "pos", "lemma", "before", "after", "forms", "participles",
    "cameo", "kind", "intent", "reverse", "line",
)  # fmt: skip
PATTERN_COLUMNS = (
    "pattern", "block", "before", "after", "cameo", "kind", "intent", "reverse",
    "source_slot", "target_slot", "line",
)  # fmt: skip


def _code_cells(code: str) -> dict[str, str]:
    """The cameo, kind, intent and reverse cells of a dictionary code."""
    cameo, reverse = split_code(code)
    if not re.fullmatch(r"\d{2,4}", cameo):
        return {"cameo": "", "kind": "", "intent": "", "reverse": ""}
    kind, intent = kind_of(cameo)
    reverse = reverse or cameo.startswith(REVERSED_CODES)
    return {
        "cameo": cameo,
        "kind": kind,
        "intent": "y" if intent and kind else "",
        "reverse": "y" if reverse and kind else "",
    }


def _verb_row(entry: str, block: str, pos: str, verb: Verb, code: str) -> dict[str, str]:
    forms = verb_forms(verb.head, verb.given)
    return {
        "entry": entry,
        "block": block,
        "pos": pos,
        "lemma": verb.lemma,
        "before": " ".join(verb.before),
        "after": " ".join(verb.after),
        "forms": "|".join(forms.forms),
        "participles": "|".join(forms.participles),
        **_code_cells(code),
        "line": str(verb.line),
    }


def cameo_rows(
    blocks: list[Block], synsets: dict[str, list[str]]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The verb and pattern rows of the dictionary's blocks that code at least one event,
    as reviewed (tools/lexicon_review.py: bare codes, verbs and patterns left out).

    A block whose own codes give an event keeps all its verbs in the table (the
    extractor's actor cues read them), reviewed or left out (then inert: no block)."""
    verbs: list[dict[str, str]] = []
    patterns: list[dict[str, str]] = []
    reviewed: set[str] = set()
    for block in blocks:
        codes = [verb.code or block.code for verb in block.verbs]
        if not any(_code_cells(code)["kind"] for code in codes + [p.code for p in block.patterns]):
            continue
        block_verbs = [_reviewed_verb(block, verb, reviewed) for verb in block.verbs]
        block_patterns = _block_patterns(block, synsets, reviewed)
        if not any(row["kind"] for row in block_verbs):
            # no verb codes alone: a pattern without a kind changes nothing
            block_patterns = [row for row in block_patterns if row["kind"]]
        verbs += block_verbs
        patterns += block_patterns
    stale = (BARE_CODES.keys() | LEFT_OUT_VERBS.keys() | LEFT_OUT_PATTERNS.keys()) - reviewed
    if stale:
        raise SystemExit(
            f"tools/lexicon_review.py: no such block, verb or pattern: {sorted(stale)}"
        )
    _unique_ids(verbs, "entry")
    return verbs, patterns


def _reviewed_verb(block: Block, verb: Verb, reviewed: set[str]) -> dict[str, str]:
    """The row of one verb of a block, with its reviewed bare code (``reviewed`` receives
    the review's keys that applied)."""
    entry = f"{block.name}:{verb.lemma}"
    if entry in LEFT_OUT_VERBS:
        reviewed.add(entry)
        return _verb_row(entry, "", "verb", verb, "")  # inert: no kind, no patterns
    code = verb.code or block.code
    for key in (entry, block.name):
        if key in BARE_CODES:
            reviewed.add(key)
            code = BARE_CODES[key][0]
            break
    return _verb_row(entry, block.name, "verb", verb, code)


def _block_patterns(
    block: Block, synsets: dict[str, list[str]], reviewed: set[str]
) -> list[dict[str, str]]:
    """The pattern rows of a block, as reviewed (left out; a reporting verb's acts)."""
    rows = []
    for number, pattern in enumerate(block.patterns, start=1):
        name = f"{block.name}.{number}"
        if name in LEFT_OUT_PATTERNS:
            reviewed.add(name)
            continue
        tokens = pattern.pre + pattern.post
        used = {token.lower().rstrip("_") for token in tokens if token.startswith("&")}
        if not used <= synsets.keys():
            continue  # an undefined synonym set: PETRARCH skips the pattern too
        pre, post = compile_half(pattern.pre), compile_half(pattern.post)
        source, target = slots(pre, post)
        code = pattern.code
        if block.name in REPORTING_BLOCKS and not split_code(code)[0].startswith(REPORTED_CODES):
            code = "-"  # a reported act: no event at the reporting verb
        rows.append(
            {
                "pattern": name,
                "block": block.name,
                "before": " ".join(pre),
                "after": " ".join(post),
                **_code_cells(code),
                "source_slot": source,
                "target_slot": target,
                "line": str(pattern.line),
            }
        )
    return rows


def _unique_ids(rows: list[dict[str, str]], column: str) -> None:
    seen: dict[str, int] = {}
    for row in rows:
        name = row[column]
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            row[column] = f"{name}#{seen[name]}"


def curated_rows(
    rows: list[dict[str, str]], irregular: dict[str, list[str]]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The verb and pattern rows of the curated table (synset rows are read by build).
    A verb without irregular forms of its own takes the dictionary's (bring, brought)."""
    verbs: list[dict[str, str]] = []
    patterns: list[dict[str, str]] = []
    for row in rows:
        pos = row["pos"]
        if pos == "synset":
            continue
        block = f"curated:{row['id']}"
        has_pattern = row["pattern"] not in ("", "-")
        cameo = row["cameo"] if row["cameo"] != "-" else ""
        kind = row["kind"] if row["kind"] != "-" else ""
        code = {
            "cameo": cameo,
            "kind": kind,
            "intent": "y" if kind and cameo.startswith(INTENT_ROOT) else "",
            "reverse": "",
        }
        triggers = row["trigger"].split("|")
        for trigger in triggers:
            verb, forms = _curated_forms(pos, trigger, irregular)
            verbs.append(
                {
                    "entry": block if len(triggers) == 1 else f"{block}:{verb.lemma}",
                    "block": block,
                    "pos": pos,
                    "lemma": verb.lemma,
                    "before": " ".join(verb.before),
                    "after": " ".join(verb.after),
                    "forms": "|".join(forms.forms),
                    "participles": "|".join(forms.participles),
                    **(dict.fromkeys(code, "") if has_pattern else code),
                    "line": "curated",
                }
            )
        if has_pattern:
            pre, _, post = row["pattern"].upper().partition("*")
            pre_elements, post_elements = compile_half(lex(pre)), compile_half(lex(post))
            source, target = slots(pre_elements, post_elements)
            patterns.append(
                {
                    "pattern": block,
                    "block": block,
                    "before": " ".join(pre_elements),
                    "after": " ".join(post_elements),
                    **code,
                    "source_slot": source,
                    "target_slot": target,
                    "line": "curated",
                }
            )
    return _shared_entries(verbs, patterns)


def _shared_entries(
    verbs: list[dict[str, str]], patterns: list[dict[str, str]]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """One entry per curated trigger word ("meeting": meeting_with, meeting_of, ...), whose
    block holds the patterns of all the rows with that word (a row of several words puts
    its pattern in each word's block): the matcher then reads the word once, and the best
    pattern wins as it did among the rows' entries. The entry keeps the id and code of the
    row with a reading of its own ("talks" alone), or the first row's id."""
    groups: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in verbs:
        key = (row["pos"], row["lemma"], row["before"], row["after"], row["forms"])
        groups.setdefault(key, []).append(row)
    blocks_of: dict[str, list[str]] = {}
    shared = []
    for rows in groups.values():
        entry = dict(next((row for row in rows if row["kind"]), rows[0]))
        entry["block"] = entry["entry"]
        for row in rows:
            blocks_of.setdefault(row["block"], []).append(entry["block"])
        shared.append((verbs.index(rows[0]), entry))
    new_patterns = [
        {**row, "block": block} for row in patterns for block in blocks_of.get(row["block"], [])
    ]
    return [entry for _, entry in sorted(shared, key=operator.itemgetter(0))], new_patterns


def _curated_forms(pos: str, trigger: str, irregular: dict[str, list[str]]) -> tuple[Verb, Forms]:
    """The parsed trigger of a curated row and its forms (see the table's header)."""
    keep = trigger.endswith("_")
    trigger = trigger.rstrip("_")
    if "+" not in trigger:
        if pos in WORD_ONLY_POS:  # "out_of_the_question": "out" and its particles
            verb = parse_verb(trigger.upper(), 0)
            return verb, Forms([verb.head], [])
        head, _, last = trigger.rpartition("_")
        trigger = f"{head}_+{last}" if head else f"+{last}"
    verb = parse_verb(trigger.upper(), 0)
    if pos == "noun":
        word = verb.head
        return verb, Forms([word] if keep else unique([word, plural(word)]), [])
    return verb, verb_forms(verb.head, verb.given or _irregular(verb.head, irregular))


def _irregular(lemma: str, irregular: dict[str, list[str]]) -> list[str] | None:
    """The dictionary's irregular forms of ``lemma``, or of the irregular verb it ends
    with (become: be + came, become; withdraw: with + drew, drawn)."""
    if lemma in irregular:
        return irregular[lemma]
    for prefix in _VERB_PREFIXES:
        base = lemma[len(prefix) :]
        if lemma.startswith(prefix) and base in irregular:
            return [prefix + form for form in irregular[base]]
    return None


#: Prefixes of compound verbs that inflect as their base (become, withdraw, overcome).
_VERB_PREFIXES = ("be", "with", "under", "over", "out", "up", "re", "fore", "for", "mis")


def irregular_forms(blocks: list[Block], synsets: dict[str, list[str]]) -> dict[str, list[str]]:
    """The dictionary's irregular forms of its single-word verbs (bring: brings, brought...),
    and of "have" from its auxiliary-verb set (&AUXVERB3_: have, has, had)."""
    forms: dict[str, list[str]] = {
        "have": [form for form in synsets.get("&auxverb3", []) if form != "have"]
    }
    for block in blocks:
        for verb in block.verbs:
            if verb.given and not verb.before and not verb.after:
                forms.setdefault(verb.head, verb.given)
    return forms


def _tsv(header: str, columns: Iterable[str], rows: Iterable[dict[str, str]]) -> str:
    columns = tuple(columns)
    lines = [header, "\t".join(columns) + "\n"]
    for row in rows:
        cells = [row[column] for column in columns]
        assert all("\t" not in cell and "\n" not in cell for cell in cells), row
        lines.append("\t".join(cells) + "\n")
    return "".join(lines)


# --------------------------------------------------------------------------- main

HEADER_VERBS = _header(
    "CAMEO.2.0.txt and lexicon_curated.tsv",
    "Trigger words of the event lexicon (accordlib.extract.lexicon), one row per entry.\n"
    "# entry: id (BLOCK:lemma; a curated word has one entry, named after its row with a reading\n"
    "# of its own or its first row); block: the patterns it uses (lexicon_patterns.tsv;\n"
    "# empty: a verb the review leaves out, kept for the actor cues, never a trigger);\n"
    "# pos: verb, noun, word (a verb's or an adjective's forms as written: 'offered', 'ready'),\n"
    "# modal, light (a support verb: 'held talks' is the noun's event) or drop (forms whose\n"
    "# bare reading is no event, from the curated table);\n"
    "# lemma, before/after: the entry's words (compounds: 'wire tap', 'shut down'; after-words may\n"
    "# stand up to three words away); forms: every form of the inflected word, generated;\n"
    "# participles: forms that can be past participles (passives); cameo/kind: the code and\n"
    "# EventKind of the word alone (empty: an event only through a pattern); intent: y for a\n"
    "# stated intention (CAMEO 03x); reverse: y when source and target swap (hosting a visit);\n"
    "# line: the line of CAMEO.2.0.txt (curated: lexicon_curated.tsv).",
)
HEADER_PATTERNS = _header(
    "CAMEO.2.0.txt and lexicon_curated.tsv",
    "Patterns of the event lexicon: a more specific reading of a block's trigger words.\n"
    "# before/after: elements before and after the trigger, in order, separated by blanks:\n"
    "# a_b (consecutive words), a|b (alternatives), &set (lexicon_synsets.tsv), p>np\n"
    "# (a preposition and its noun phrases; p> alone is a bare preposition), + target, $ source,\n"
    "# ^ any noun phrase. cameo/kind: the code and EventKind (empty kind: no event, it overrides\n"
    "# the trigger's own code); source_slot/target_slot: subject, object or the preposition that\n"
    "# introduces the party (empty: the defaults, source before and target after the trigger).\n"
    "# line: the pattern's line in CAMEO.2.0.txt (curated: lexicon_curated.tsv; a curated\n"
    "# pattern stands in the block of each of its row's trigger words).",
)
HEADER_SYNSETS = _header(
    "CAMEO.2.0.txt and lexicon_curated.tsv",
    "Synonym sets used by the patterns (phrases separated by |, regular plurals added).",
)
HEADER_AGENTS = _header(
    "Phoenix.agents.txt",
    "Role nouns with CAMEO agent codes: 'rebels' is REB, 'foreign minister' GOV. position: after\n"
    "# (the code follows the actor's country code: ISR + MIL) or before (NGO + ...). In a phrase,\n"
    "# * allows other words in between; plural: the plural forms (generated when regular);\n"
    "# line: the line of Phoenix.agents.txt.",
)
HEADER_ACTORS = _header(
    "Phoenix.International.actors.txt",
    "Organisations with CAMEO actor codes: intergovernmental (IGO), non-governmental (NGO),\n"
    "# companies (MNC) and others, by lower-case name and aliases. Entries with dated codes\n"
    "# (people in office) are left out. line: the line of Phoenix.International.actors.txt.",
)


def build() -> dict[str, str]:
    """The text of every generated table, keyed by file name."""
    synsets, blocks = parse_cameo((UPSTREAM / "CAMEO.2.0.txt").read_text(encoding="utf-8"))
    curated = read_curated()
    for row in curated:
        if row["pos"] == "synset":
            name = row["trigger"].lower().rstrip("_")
            phrases = [item.strip() for item in row["pattern"].split("|") if item.strip()]
            synsets[name] = [p for phrase in phrases for p in synset_phrases(phrase, plurals=True)]
    verbs, patterns = cameo_rows(blocks, synsets)
    more_verbs, more_patterns = curated_rows(curated, irregular_forms(blocks, synsets))
    verbs += more_verbs
    patterns += more_patterns
    used = {
        unit
        for row in patterns
        for element in (row["before"] + " " + row["after"]).split()
        for unit in re.split(r"[>_]", element)
        if unit.startswith("&")
    }
    mine = {row["trigger"].lower() for row in curated if row["pos"] == "synset"}
    synset_rows = [
        {
            "synset": name,
            "phrases": "|".join(unique(phrases)),
            "line": "curated" if name in mine else "CAMEO.2.0.txt",
        }
        for name, phrases in synsets.items()
        if name in used
    ]
    return {
        "lexicon_verbs.tsv": _tsv(HEADER_VERBS, VERB_COLUMNS, verbs),
        "lexicon_patterns.tsv": _tsv(HEADER_PATTERNS, PATTERN_COLUMNS, patterns),
        "lexicon_synsets.tsv": _tsv(HEADER_SYNSETS, ("synset", "phrases", "line"), synset_rows),
        "agents.tsv": _tsv(
            HEADER_AGENTS,
            ("phrase", "plural", "code", "position", "line"),
            agent_rows((UPSTREAM / "Phoenix.agents.txt").read_text(encoding="utf-8")),
        ),
        "igo_actors.tsv": _tsv(
            HEADER_ACTORS,
            ("name", "aliases", "code", "type", "line"),
            actor_rows(
                (UPSTREAM / "Phoenix.International.actors.txt").read_text(encoding="utf-8")
            ),
        ),
    }


# --------------------------------------------------------------------------- the reference page

RULES_PAGE = ROOT / "docs" / "rules.md"
MARK_START = "<!-- lexicon:start -->\n"
MARK_END = "<!-- lexicon:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "/") if text else "-"


def _written(row: Mapping[str, str]) -> str:
    """A pattern as the reference shows it: ``before * after``."""
    return " ".join(part for part in (row["before"], "*", row["after"]) if part).replace("|", "/")


def lexicon_markdown() -> str:
    """The generated reference of docs/rules.md, from the package's tables (so it needs
    no ../shared): per kind, the words that code it alone and the patterns that do; then
    the blocks of synonymous verbs the patterns belong to, and what gives no event."""
    sys.path.insert(0, str(ROOT / "src"))
    from accordlib._util.tables import read_table  # noqa: PLC0415 - the tool runs from the repo
    from accordlib.events.codes import event_code  # noqa: PLC0415
    from accordlib.events.kinds import EventKind  # noqa: PLC0415

    entries = read_table("lexicon_verbs.tsv")
    patterns = read_table("lexicon_patterns.tsv")
    members: dict[str, list[str]] = {}
    for row in entries:
        members.setdefault(row["block"], []).append(row["lemma"])
    out = ["| kind | PLOVER | words alone | patterns |", "|---|---|---|---|"]
    sections = []
    for kind in EventKind:
        alone = [row for row in entries if row["kind"] == kind.name]
        found = [row for row in patterns if row["kind"] == kind.name]
        count = len({row["pattern"] for row in found})
        out.append(f"| {kind.name} | {event_code(kind).plover} | {len(alone)} | {count} |")
        lines = [f"### {kind.name}", "", "| trigger | reading | CAMEO | id |", "|---|---|---|---|"]
        for row in alone:
            forms = ", ".join(row["forms"].split("|"))
            words = " ".join(
                part for part in (row["before"], f"**{forms}**", row["after"]) if part
            )
            lines.append(f"| {words} | alone ({row['pos']}) | {row['cameo']} | `{row['entry']}` |")
        lines += _pattern_lines(found, members)
        sections.append("\n".join(lines))
    blocks = ["### Blocks", "", "| block | verbs |", "|---|---|"]
    blocks += [
        f"| {name} | {', '.join(words)} |"
        for name, words in members.items()
        if name and not name.startswith("curated:")
    ]
    other = ["### No event alone", "", "| trigger | reading | id |", "|---|---|---|"]
    other += [
        f"| {', '.join(row['forms'].split('|'))} | {row['pos']} | `{row['entry']}` |"
        for row in entries
        if row["pos"] in ("drop", "light")
    ]
    return "\n\n".join(["\n".join(out), *sections, "\n".join(blocks), "\n".join(other)]) + "\n"


def _pattern_lines(found: list[dict[str, str]], members: dict[str, list[str]]) -> list[str]:
    """Reference lines of patterns: the dictionary's by block, a curated pattern once with
    all its trigger words (it stands in the block of each)."""
    by_key: dict[str, list[str]] = {}
    words: dict[str, list[str]] = {}
    for row in found:
        curated = row["line"] == "curated"
        key = row["pattern"] if curated else row["block"]
        if curated:
            words.setdefault(key, []).extend(members.get(row["block"], []))
            if key in by_key:
                continue
        by_key.setdefault(key, []).append(
            f"`{_written(row)}` {row['cameo']}"
            + (" (intent)" if row["intent"] else "")
            + f" <sub>{row['pattern']}</sub>"
        )
    return [
        f"| {_cell(', '.join(dict.fromkeys(words[key])) if key in words else key)}"
        f" | {'; '.join(readings)} | | |"
        for key, readings in by_key.items()
    ]


def write_markdown(*, check: bool) -> int:
    """Put :func:`lexicon_markdown` between the markers of docs/rules.md."""
    page = RULES_PAGE.read_text(encoding="utf-8")
    start = page.index(MARK_START) + len(MARK_START)
    end = page.index(MARK_END)
    text = page[:start] + lexicon_markdown() + page[end:]
    if text == page:
        return 0
    if check:
        print(f"{RULES_PAGE} is out of date: run python tools/gen_lexicon.py", file=sys.stderr)
        return 1
    RULES_PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {RULES_PAGE.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the tables are stale")
    parser.add_argument("--licence", action="store_true", help="print the licence note")
    parser.add_argument(
        "--markdown", action="store_true", help="regenerate the reference in docs/rules.md"
    )
    args = parser.parse_args(argv)
    if args.licence:
        print(LICENCE_NOTE, end="")
        return 0
    if args.markdown:
        return write_markdown(check=args.check)
    if not UPSTREAM.exists():
        print(f"{UPSTREAM} not found: the tables are committed, nothing to do", file=sys.stderr)
        return 0
    targets = {DATA / name: text for name, text in build().items()}
    stale = [
        path
        for path, text in targets.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    if args.check:
        for path in stale:
            print(f"{path} is out of date: run python tools/gen_lexicon.py", file=sys.stderr)
        return 1 if stale or write_markdown(check=True) else 0
    for path in stale:
        path.write_text(targets[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    write_markdown(check=False)
    if stale:
        print("\nLicence note for the package's licence notes:\n")
        print(LICENCE_NOTE, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
