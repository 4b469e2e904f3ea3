"""Readers of the PETRARCH-2 dictionaries for tools/gen_lexicon.py.

``parse_cameo`` reads CAMEO.2.0.txt (synonym sets, verb blocks, patterns) and
``compile_half`` turns one half of a pattern into the elements of
``lexicon_patterns.tsv``; ``agent_rows`` and ``actor_rows`` read Phoenix.agents.txt and
Phoenix.International.actors.txt. The syntax of each file is described in
tools/gen_lexicon.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lexicon_morphology import plural, unique

__all__ = [
    "SLOTS",
    "Block",
    "Pattern",
    "Verb",
    "actor_rows",
    "agent_rows",
    "compile_half",
    "lex",
    "parse_cameo",
    "parse_verb",
    "slots",
    "split_code",
    "strip_comment",
    "synset_phrases",
]


@dataclass
class Verb:
    """One verb line of a block: ``lemma`` is its words, ``head`` the inflected one."""

    line: int
    lemma: str
    head: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    given: list[str] | None
    code: str | None


@dataclass
class Pattern:
    line: int
    written: str
    pre: list[str]
    post: list[str]
    code: str


@dataclass
class Block:
    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


_CODE = re.compile(r"\[([^\]]*)\]\s*$")


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def parse_cameo(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """The synonym sets (name -> phrases, plurals added) and the verb blocks of the file."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    in_patterns = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        line = strip_comment(raw)
        if not line.strip():
            continue
        if not in_patterns:
            if line.startswith("&"):
                current_set = line.strip()
                synsets[current_set.rstrip("_").lower()] = []
            elif line.startswith("+") and current_set is not None:
                synsets[current_set.rstrip("_").lower()] += synset_phrases(
                    line[1:].strip(), plurals=not current_set.endswith("_")
                )
            continue
        if line.startswith("---"):
            match = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            assert match is not None, (number, line)
            block = Block(match.group(1), match.group(2).strip(), number)
            blocks.append(block)
        elif block is None:
            continue
        elif line.lstrip().startswith("-"):
            pattern = _parse_pattern(line.lstrip()[1:], number)
            if pattern is not None:
                block.patterns.append(pattern)
        else:
            block.verbs.append(parse_verb(line.strip(), number))
    return synsets, blocks


def synset_phrases(phrase: str, *, plurals: bool) -> list[str]:
    words = phrase.lower()
    keep = words.endswith("_")
    words = " ".join(words.rstrip("_").replace("_", " ").split())
    if plurals and not keep and words[-1:].isalpha():
        return [words, plural(words)]
    return [words]


def parse_verb(line: str, number: int) -> Verb:
    code = None
    match = _CODE.search(line)
    if match:
        code = match.group(1).strip()
        line = line[: match.start()].strip()
    given: list[str] | None = None
    if "{" in line:
        body = line[line.index("{") + 1 : line.index("}")] if "}" in line else ""
        given = [form for form in body.replace(",", " ").split() if form]
        line = line[: line.index("{")].strip()
    words = line.lower().split("_")
    marked = [index for index, word in enumerate(words) if word.startswith("+")]
    at = marked[0] if marked else 0
    head = words[at].lstrip("+")
    if given is not None:
        given = [_head_of(form.lower(), at) for form in given]
    return Verb(
        number,
        " ".join(word.lstrip("+") for word in words),
        head,
        tuple(words[:at]),
        tuple(words[at + 1 :]),
        [form for form in given if form] if given is not None else None,
        code,
    )


def _head_of(form: str, at: int) -> str:
    """The inflected verb of a compound's irregular form (+SHUTS_DOWN -> shuts)."""
    words = form.split("_")
    marked = [word for word in words if word.startswith("+")]
    if marked:
        return marked[0].lstrip("+")
    return words[at] if at < len(words) else ""


def _parse_pattern(body: str, number: int) -> Pattern | None:
    match = _CODE.search(body)
    if match is None or "*" not in body:
        return None
    code = match.group(1).strip()
    pre, _, post = body[: match.start()].partition("*")
    return Pattern(number, "- " + " ".join(body.split()), lex(pre), lex(post), code)


def lex(text: str) -> list[str]:
    """Split a pattern half into words and the brackets ( ) { }."""
    return re.findall(r"[(){}]|[^\s(){}]+", text)


# --------------------------------------------------------------------------- patterns

#: Words of patterns that are not nouns, so get no plural (particles, function words).
_NOT_NOUNS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "into",
        "on",
        "onto",
        "at",
        "by",
        "for",
        "from",
        "with",
        "without",
        "over",
        "under",
        "out",
        "off",
        "up",
        "down",
        "away",
        "back",
        "forward",
        "aside",
        "apart",
        "together",
        "around",
        "through",
        "about",
        "against",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "his",
        "her",
        "their",
        "them",
        "him",
        "himself",
        "herself",
        "itself",
        "themselves",
        "not",
        "no",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "has",
        "have",
        "had",
        "than",
        "as",
        "upon",
        "toward",
        "towards",
        "between",
        "among",
        "within",
        "across",
        "along",
        "behind",
        "beyond",
        "during",
        "after",
        "before",
        "while",
        "since",
        "until",
        "till",
        "near",
        "there",
        "here",
        "then",
    ]
)
SLOTS = frozenset("+$^")


def _alternatives(word: str, *, head: bool) -> str:
    """One word position: ``a|b`` alternatives (``/`` in the dictionary), with the plural of
    a head noun added (patterns name nouns in the singular or the plural as they come)."""
    options = [option for option in word.lower().split("/") if option]
    if head:
        for option in list(options):
            if (
                option.isalpha()
                and len(option) > 2
                and option not in _NOT_NOUNS
                and not option.endswith(("s", "ly", "ing", "ed"))
            ):
                options.append(plural(option))
    return "|".join(unique(options))


def _phrase(words: list[str]) -> str:
    """A noun phrase of consecutive words, headed by its last word: ``financial_aid|aids``."""
    units: list[str] = []
    for word in words:
        if word.startswith("&"):
            units.append(word.rstrip("_"))
        else:
            units += [part for part in word.split("_") if part]
    encoded = []
    for index, unit in enumerate(units):
        if unit.startswith("&"):
            encoded.append(unit.lower())
        else:
            encoded.append(_alternatives(unit, head=index == len(units) - 1))
    return "_".join(encoded)


def compile_half(tokens: list[str]) -> list[str]:
    """The elements of one half of a pattern, in the table's syntax (see its header)."""
    elements: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "(":
            close = tokens.index(")", index) if ")" in tokens[index:] else len(tokens)
            inner = tokens[index + 1 : close]
            index = close + 1
            if not inner:
                continue
            items = _items(inner[1:])
            prep = _alternatives(inner[0], head=False)
            elements.append(">".join([prep, *items]) if items else prep + ">")
        elif token == "{":
            close = tokens.index("}", index) if "}" in tokens[index:] else len(tokens)
            elements.append(_phrase(tokens[index + 1 : close]))
            index = close + 1
        elif token in ")}":
            index += 1
        elif token in SLOTS or token == "%":
            elements.append("^" if token == "%" else token)
            index += 1
        else:
            elements.append(_phrase([token]))
            index += 1
    return [element for element in elements if element]


def _items(tokens: list[str]) -> list[str]:
    """The noun phrases of a prepositional phrase."""
    items: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "{":
            close = tokens.index("}", index) if "}" in tokens[index:] else len(tokens)
            items.append(_phrase(tokens[index + 1 : close]))
            index = close + 1
            continue
        if token in SLOTS or token == "%":
            items.append("^" if token == "%" else token)
        elif token not in "{}":
            items.append(_phrase([token]))
        index += 1
    return [item for item in items if item]


def slots(pre: list[str], post: list[str]) -> tuple[str, str]:
    """Where the pattern puts the source and the target: ``""`` (the defaults: the source
    before the trigger, the target its object), ``subject``, ``object`` or a preposition."""
    source = target = ""
    if "+" in pre:
        target = "subject"
    if "$" in post:
        source = "object"
    for index, element in enumerate(post):
        after = post[index + 1] if index + 1 < len(post) else ""
        if ">" in element:
            prep, *items = element.split(">")
            items = [item for item in items if item] or [after or "+"]
            if "+" in items and not target:
                target = prep
            if "$" in items and not source:
                source = prep
        elif element in SLOTS and index:
            before = post[index - 1]
            where = before if before in _NOT_NOUNS else "object"
            if element == "+" and not target:
                target = where
            elif element == "$" and not source:
                source = where
    if post[:1] == ["+"]:
        target = "object"
    if post[:1] == ["$"]:
        source = "object"
    return source, target


def split_code(code: str) -> tuple[str, bool]:
    """The code of a pattern and whether it is reversed (``[:173]``); ``[a:b]`` is ``a``."""
    code = code.strip().rstrip("!")
    if code.startswith(":"):
        return code[1:], True
    return code.split(":", 1)[0], False


# --------------------------------------------------------------------------- agents and actors


def _phrase_words(text: str) -> str:
    """A dictionary phrase as lower-case words: ``_`` joins, a blank allows other words
    in between (written ``*``), a final ``_`` (no plural) is dropped."""
    parts = [" ".join(part.split("_")) for part in text.strip().lower().split()]
    return " * ".join(" ".join(part.split()) for part in parts if part.strip())


def agent_rows(text: str) -> list[dict[str, str]]:
    """Role nouns with agent codes, substitution sets (``!PERSON!``) expanded."""
    substitutions: dict[str, list[str]] = {}
    rows: list[dict[str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_comment(raw)
        if not line.strip():
            continue
        sub = re.match(r"(![A-Z]+!)\s*=\s*(.*)", line)
        if sub:
            substitutions[sub.group(1)] = [item.strip() for item in sub.group(2).split(",")]
            continue
        match = re.match(r"\s*(.*?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]", line)
        if match is None:
            continue
        phrase, plurals, code = match.group(1), match.group(2), match.group(3).strip()
        position = "after" if code.startswith("~") else "before"
        given = None if plurals is None else plurals.strip("{}").split()
        for variant, substituted in _substitute(phrase, substitutions):
            words = _phrase_words(variant)
            if substituted or variant.endswith("_"):
                forms = []
            elif given is not None:
                forms = [_phrase_words(form) for form in given]
            else:
                forms = [plural(words)] if words[-1:].isalpha() else []
            rows.append(
                {
                    "phrase": words,
                    "plural": "|".join(form for form in forms if form != words),
                    "code": code.strip("~"),
                    "position": position,
                    "line": str(number),
                }
            )
    return _dedupe(rows, ("phrase", "code"))


def _substitute(phrase: str, substitutions: dict[str, list[str]]) -> Iterator[tuple[str, bool]]:
    for marker, items in substitutions.items():
        if marker in phrase:
            for item in items:
                yield phrase.replace(marker, item), True
            return
    yield phrase, False


def _dedupe(rows: list[dict[str, str]], key: tuple[str, ...]) -> list[dict[str, str]]:
    seen: set[tuple[str, ...]] = set()
    kept = []
    for row in rows:
        name = tuple(row[column] for column in key)
        if name not in seen:
            seen.add(name)
            kept.append(row)
    return kept


_ACTOR_TYPES = ("IGO", "NGO", "MNC")


def actor_rows(text: str) -> list[dict[str, str]]:
    """Organisations with their actor codes; entries with dated codes (people in office)
    are left out."""
    groups: list[dict[str, object]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = strip_comment(raw)
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        if line.startswith("+") and groups:
            groups[-1]["aliases"].append(line[1:].split("[")[0])  # type: ignore[attr-defined]
        elif line[0].isspace() and groups:
            groups[-1]["codes"] += codes  # type: ignore[operator]
        elif not line[0].isspace():
            groups.append(
                {"name": line.split("[")[0], "aliases": [], "codes": codes, "line": number}
            )
    rows = []
    for group in groups:
        codes = [str(code).split() for code in group["codes"]]  # type: ignore[attr-defined]
        if not codes or any(len(code) != 1 for code in codes):
            continue  # no code, or a dated one: a person in an office
        code = next((code[0] for code in codes if code[0] != "---"), "")
        if not code or code.endswith("ELI"):
            continue
        name = _phrase_words(str(group["name"])).replace(" * ", " ")
        aliases = [_phrase_words(alias).replace(" * ", " ") for alias in group["aliases"]]  # type: ignore[attr-defined]
        rows.append(
            {
                "name": name,
                "aliases": "|".join(unique(alias for alias in aliases if alias != name)),
                "code": code,
                "type": code[:3] if code[:3] in _ACTOR_TYPES else "other",
                "line": str(group["line"]),
            }
        )
    return _dedupe(rows, ("name", "code"))
