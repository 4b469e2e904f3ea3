"""Parties to events named in text: states, officials, organs, organisations, groups, names.

:func:`find_actors` is the extraction pipeline's mention finder. It returns every party to a
possible event that a sentence or a story names, as :class:`ActorMention` objects with exact
offsets, longest match first, non-overlapping, in text order:

* **states** by name, alias, demonym or capital (:func:`~accordlib.find_countries`, with its
  context rules; ``date`` resolves "Moscow" in 1987 to the Soviet Union), plural demonyms
  included ("Palestinians");
* **officials** (:func:`~accordlib.find_officials`), with the state of a country named
  inside the mention when the scanner gives none;
* **role nouns** beside a state: "Israeli troops", "Rwandan rebels", "Russia's foreign
  ministry", "the Saudi-led coalition", "Pakistani government negotiators", with the CAMEO
  agent code of the role ("ISRMIL", "RWAREB"); coordinations give one mention per state:
  "the French and German foreign ministers", "the leaders of France, Germany and Italy";
* **state bodies** that stand for their state: "the Pentagon", "the Knesset", "Downing
  Street", "the Quai d'Orsay";
* **international organisations** with their CAMEO codes ("the Security Council" is the UN,
  "the European Community" the EU); companies are organisations marked ``corporate``, for
  the extractor's guards, never states;
* **non-state groups** ("Hamas", "the Taliban", "Houthi rebels") and blocs ("the West");
* **role nouns alone** ("protesters", "the rebels", "police") and **names alone** ("Erdogan
  said", "talks with Putin"), as ``generic`` actors the story may resolve; a surname that
  the text named in full before (with an office) resolves to that person here, and a name
  the gazetteer of office holders knows at the text's date
  (:func:`~accordlib.officials.holders.holder`) takes that person's name, office and state
  (it needs no cue then); "the Trump administration" is that person's state's government.

News agencies ("told Reuters", "(AP)") and words that only look like names (weekdays,
months, "Analysts said") are never parties.

    >>> from accordlib.extract.actors import find_actors
    >>> text = "Israeli troops and Hamas fighters clashed, the UN said; Erdogan urged calm."
    >>> [(m.text, m.party, m.code, m.source.name) for m in find_actors(text)]
    [('Israeli troops', 'ISR', 'ISRMIL', 'ROLE'), ('Hamas fighters', 'HAMAS', 'PSEREB', 'GROUP'), ('UN', 'UN', 'IGOUNO', 'ORGANIZATION'), ('Erdogan', 'TUR', 'TURGOV', 'NAME')]
    >>> [(m.text, m.actor.country.alpha3) for m in find_actors(
    ...     "the foreign ministers of France and Germany met")]
    [('France', 'FRA'), ('Germany', 'DEU')]

Cost: one call each of :func:`~accordlib.find_countries` and
:func:`~accordlib.find_officials`, one regular-expression scan for capitalised words, one
set intersection for lower-case role nouns, and bounded looks around what those find:
linear in the length of the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs

from accordlib._util.dates import PublishedLike, coerce_published
from accordlib._util.lazy import lazy_re
from accordlib._util.text import require_str
from accordlib._util.trusted import trusted
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country, CountryMention, MentionKind
from accordlib.countries.prose import find_countries
from accordlib.events.codes import cameo_actor_code
from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.actors_model import ActorMention, ActorSource
from accordlib.extract.actors_scan import (
    ANY_PARTY,
    NameRun,
    RoleLink,
    Source,
    adjectival_tail,
    capital_words,
    chains,
    compound_after,
    coordinated,
    lower_hits,
    name_runs,
    nominal_head,
    of_role_before,
    outside_spans,
    plural_demonym,
    role_after,
    surname,
    walk,
)
from accordlib.extract.actors_tables import (
    ActorTables,
    Node,
    Party,
    PartyKind,
    fold,
    phrase_key,
    tables,
)
from accordlib.extract.actors_unknown import UnknownStates, organ_members
from accordlib.extract.bodies import portfolio_bodies
from accordlib.officials.holders import holder
from accordlib.officials.model import OfficialMention
from accordlib.officials.scanner import find_officials, normalize_title

__all__ = ["find_actors"]

_new_mention: Final = trusted(ActorMention)
_new_actor: Final = trusted(Actor)

#: Ties between candidates of the same length: the higher rank wins.
_RANK_MEDIA: Final = 8
_RANK_TABLE: Final = 7
_RANK_OFFICIAL: Final = 6
_RANK_ROLE: Final = 5
_RANK_COUNTRY: Final = 4
_RANK_GENERIC: Final = 3
_RANK_NAME: Final = 2

#: The CAMEO agent code of business ("Turkish Airlines" is TURBUS): a company, not a party
#: to diplomatic events.
_BUSINESS: Final = "BUS"

# Enum members bound once: a member looked up on its class costs a descriptor call, and
# these are read for every mention.
_COUNTRY: Final = ActorSource.COUNTRY
_OFFICIAL: Final = ActorSource.OFFICIAL
_ROLE: Final = ActorSource.ROLE
_BODY: Final = ActorSource.BODY
_ORGANIZATION: Final = ActorSource.ORGANIZATION
_GROUP: Final = ActorSource.GROUP
_NAME: Final = ActorSource.NAME
_STATE_KIND: Final = ActorKind.STATE
_PERSON_KIND: Final = ActorKind.PERSON
_GROUP_KIND: Final = ActorKind.GROUP
_ORGANIZATION_KIND: Final = ActorKind.ORGANIZATION
_DEMONYM: Final = MentionKind.DEMONYM
_PARTY_MEDIA: Final = PartyKind.MEDIA
_PARTY_ROLE: Final = PartyKind.ROLE
_PARTY_BODY: Final = PartyKind.BODY
_PARTY_REGION: Final = PartyKind.REGION
_PARTY_GROUP: Final = PartyKind.GROUP


def _party_key(name: str) -> str:
    return "_".join(name.upper().replace("-", " ").split())


#: A span that may become mentions: (start, end, rank, mentions). Overlapping candidates
#: are resolved by length, then rank.
_Candidate = tuple[int, int, int, tuple[ActorMention, ...]]


class _Finder:
    """The state of one call of :func:`find_actors`."""

    def __init__(self, text: str, day: dt.date | None) -> None:
        self.text = text
        self.src = Source(text)
        self.day = day
        self.tabs: ActorTables = tables()
        self.candidates: list[_Candidate] = []
        self.no_names: list[tuple[int, int]] = []  # spans where no name may be read
        self._countries: dict[str, Country | None] = {}
        self._states: dict[str, Actor] = {}

    # ------------------------------------------------------------------ building blocks

    def country(self, alpha3: str) -> Country | None:
        """The country of a table's code, as it was on the text's date."""
        if alpha3 not in self._countries:
            found = get_country(alpha3) if alpha3 else None
            self._countries[alpha3] = self.dated(found)
        return self._countries[alpha3]

    def dated(self, country: Country | None) -> Country | None:
        if country is None or self.day is None:
            return country
        return get_country(country.name, date=self.day) or country

    def state(self, country: Country) -> Actor:
        actor = self._states.get(country.alpha3)
        if actor is None:
            actor = self._states[country.alpha3] = _new_actor(
                _STATE_KIND, country.name, country, None, None
            )
        return actor

    def mention(  # noqa: PLR0913 - one record's fields, all named at the call sites
        self,
        span: tuple[int, int],
        actor: Actor,
        source: ActorSource,
        *,
        code: str | None,
        party: str,
        head: tuple[int, int] | None = None,
        phrase: tuple[int, int] | None = None,
        plural: bool = False,
        generic: bool = False,
        agent: str | None = None,
        modifier: bool = False,
        corporate: bool = False,
    ) -> ActorMention:
        start, end = span
        head = head or span
        phrase = phrase or span
        return _new_mention(
            start, end, self.text[start:end], actor, code, plural, generic, source, party,
            agent, head[0], head[1], phrase[0], phrase[1], modifier, corporate,
        )  # fmt: skip

    def add(self, start: int, end: int, rank: int, *mentions: ActorMention) -> None:
        self.candidates.append((start, end, rank, mentions))

    def printed(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())

    # ------------------------------------------------------------------ countries and roles

    def countries(self, found: Sequence[CountryMention]) -> None:
        """Every country mention: alone, or with the role noun it modifies."""
        for chain in chains(found, self.text):
            used: set[int] | frozenset[int]
            last = chain[-1]
            compound = compound_after(self.text, last.end)
            if compound is None:
                used = self.role_unit(chain, last.end, possessive=False)
            elif compound.suppress:
                used = {id(last)}
                self.no_names.append((last.start, compound.end))
            else:
                used = self.role_unit(chain, compound.end, possessive=bool(compound.link))
            if not used and self.src.low[chain[0].start - 3 : chain[0].start] in _OF_ENDS:
                used = self.of_unit(chain)
            for mention in chain:
                if id(mention) not in used:
                    self.plain_country(mention)

    def plain_country(self, mention: CountryMention) -> None:
        plural = plural_demonym(mention)
        country = mention.country
        start, end = mention.start, mention.end
        code = country.alpha3
        modifier = mention.kind is _DEMONYM and not plural
        self.candidates.append(
            (start, end, _RANK_COUNTRY, (
                _new_mention(
                    start, end, mention.text, self.state(country), code, plural, False,
                    _COUNTRY, code, None, start, end, start, end, modifier, False,
                ),
            ))
        )  # fmt: skip

    def role_unit(
        self, chain: list[CountryMention], start: int, *, possessive: bool
    ) -> frozenset[int] | set[int]:
        """ "Israeli troops", "the French and German foreign ministers", "Russia's army"."""
        link = role_after(self.tabs, self.src, start)
        if link is None:
            return _NONE_USED
        members = [chain[-1]] if possessive else adjectival_tail(chain)
        self.unit(members, link, post=False)
        return {id(member) for member in members}

    def of_unit(self, chain: list[CountryMention]) -> frozenset[int] | set[int]:
        """ "the foreign ministers of France and Germany", "the government of Japan"."""
        members = nominal_head(chain)
        if not members:
            return _NONE_USED
        link = of_role_before(self.tabs, self.src, members[0].start)
        if link is None:
            return _NONE_USED
        self.unit(members, link, post=True)
        return {id(member) for member in members}

    def unit(self, members: list[CountryMention], link: RoleLink, *, post: bool) -> None:
        """One candidate for a role noun and the states it belongs to."""
        party = link.party
        phrase = (min(members[0].start, link.start), max(members[-1].end, link.end))
        head = (link.start, link.end)
        single = len(members) == 1
        head_text = self.printed(*head)
        mentions = []
        for member in members:
            country = member.country
            if party.kind is _PARTY_BODY:
                name = party.name
            elif single:
                name = self.printed(*phrase)
            elif post:  # "foreign ministers of France", "officials from Peru"
                name = f"{head_text} {self.src.low[link.end : members[0].start].split()[0]} {member.text}"
            else:
                name = f"{member.text} {head_text}"
            actor = _new_actor(party.actor_kind, name, country, None, None)
            span = phrase if single else (member.start, member.end)
            mentions.append(
                self.mention(
                    span,
                    actor,
                    _BODY if party.kind is _PARTY_BODY else _ROLE,
                    code=country.alpha3 + party.code,
                    party=country.alpha3,
                    head=head,
                    phrase=phrase,
                    plural=party.plural,
                    agent=party.code,
                    corporate=party.code.startswith(_BUSINESS),
                )
            )
        self.add(phrase[0], phrase[1], _RANK_ROLE, *mentions)

    # ------------------------------------------------------------------ phrases of the tables

    def phrases(self, words: Sequence[tuple[int, int, str]]) -> None:
        """Organisations, groups, bodies and role nouns: capitalised and lower-case starts."""
        src, tabs = self.src, self.tabs
        low = src.low
        roots = tabs.roots
        skip = 0
        for start, end, word in words:
            if start < skip:
                continue
            key = low[start:end] if word.isascii() else fold(word)
            node = roots.get(key)
            if node is None:
                continue
            if not node.readings and not _may_go_on(node.kids, low, end):
                continue  # most capitalised words start no phrase: one look at the next word
            hit = walk(tabs, src, (start, end, key), ANY_PARTY)
            if hit is not None:
                skip = hit.end
                self.phrase(hit.start, hit.end, hit.party)
        for hit in lower_hits(src, tabs):
            self.phrase(hit.start, hit.end, hit.party)

    def phrase(self, start: int, end: int, party: Party) -> None:
        kind = party.kind
        self.no_names.append((start, end))
        if kind is _PARTY_MEDIA:
            self.add(start, end, _RANK_MEDIA)
        elif kind is _PARTY_ROLE:
            if not party.attached:
                self.generic_role(start, end, party)
        elif kind is _PARTY_BODY:
            self.body(start, end, party)
        elif kind is _PARTY_REGION:
            self.region(start, end, party)
        else:
            self.organization(start, end, party)

    def generic_role(self, start: int, end: int, party: Party) -> None:
        name = self.printed(start, end)
        actor = _new_actor(party.actor_kind, name, None, None, None)
        mention = self.mention(
            (start, end),
            actor,
            _ROLE,
            code=party.code,
            party=party.short,
            plural=party.plural,
            generic=True,
            agent=party.code,
        )
        self.add(start, end, _RANK_GENERIC, mention)

    def body(self, start: int, end: int, party: Party) -> None:
        country = self.country(party.country)
        if country is None:
            return
        actor = _new_actor(party.actor_kind, party.name, country, None, None)
        mention = self.mention(
            (start, end),
            actor,
            _BODY,
            code=country.alpha3 + party.code,
            party=country.alpha3,
            agent=party.code,
        )
        self.add(start, end, _RANK_TABLE, mention)

    def region(self, start: int, end: int, party: Party) -> None:
        """A subdivision with a role noun: "the Northern Ireland government" (its state's)."""
        country = self.country(party.country)
        link = role_after(self.tabs, self.src, end)
        if country is None or link is None:
            return
        member = CountryMention(self.text[start:end], start, end, country, MentionKind.NAME)
        self.unit([member], link, post=False)

    def organization(self, start: int, end: int, party: Party) -> None:
        """An organisation or group, with the role noun after it: "UN peacekeepers"."""
        name = party.name or self.printed(start, end)
        head = (start, end)
        agent: str | None = None
        plural = False
        acronym = _ACRONYM_AFTER.match(self.text, end)  # "European Community (EC) ministers"
        link = role_after(self.tabs, self.src, acronym.end() if acronym else end)
        if link is not None and link.party.kind is _PARTY_ROLE:
            head = (link.start, link.end)
            agent = link.party.code
            plural = link.party.plural
        phrase = (start, head[1])
        if party.kind is _PARTY_GROUP:
            country = self.country(party.country)
            actor = _new_actor(_GROUP_KIND, name, country, None, None)
            code = (country.alpha3 if country else "") + party.code
            source = _GROUP
        else:
            actor = _new_actor(_ORGANIZATION_KIND, name, None, None, name)
            code = party.code
            source = _ORGANIZATION
        mention = self.mention(
            phrase,
            actor,
            source,
            code=code,
            party=party.short,
            head=head,
            phrase=phrase,
            plural=plural,
            agent=agent,
            corporate=party.corporate,
        )
        self.add(phrase[0], phrase[1], _RANK_TABLE, mention)

    # ------------------------------------------------------------------ officials and names

    def officials(
        self, found: Sequence[OfficialMention], countries: Sequence[CountryMention]
    ) -> list[tuple[int, Actor]]:
        """Every official; returns (end, actor) of the named ones, for surnames later."""
        starts = [mention.start for mention in countries]
        named: list[tuple[int, Actor]] = []
        for item in found:
            official = item.official
            country = self.dated(official.country)
            if country is None and official.organization is None:
                inside = bisect.bisect_left(starts, item.start)
                if inside < len(countries) and countries[inside].end <= item.end:
                    country = countries[inside].country
            name = official.name or _without_article(self.printed(item.start, item.end))
            if not name:
                continue
            actor = _new_actor(_PERSON_KIND, name, country, official.title, official.organization)
            if official.name:
                named.append((item.end, actor))
            self.add(
                item.start, item.end, _RANK_OFFICIAL, self.person(item.start, item.end, actor)
            )
            self.no_names.append((item.start, item.end))
        return named

    def person(
        self, start: int, end: int, actor: Actor, source: ActorSource = _OFFICIAL
    ) -> ActorMention:
        """A person's mention: its party is its state, else its organisation, else its name."""
        party = group = None
        if actor.country is not None:
            party = actor.country.alpha3
        elif actor.organization is not None:
            group = self.tabs.by_name.get(" ".join(phrase_key(actor.organization)))
            party = group.short if group is not None else None
        code = cameo_actor_code(actor)
        if code is None and group is not None:
            code = group.code
        return self.mention(
            (start, end),
            actor,
            source,
            code=code,
            party=party or _party_key(actor.name),
            generic=party is None,
        )

    def names(self, words: Sequence[tuple[int, int, str]], named: list[tuple[int, Actor]]) -> None:
        """Capitalised names outside every other mention, with a cue or a known surname;
        unknown names beside a state's organ are states (:mod:`.actors_unknown`)."""
        runs = name_runs(self.tabs, self.text, outside_spans(words, self.no_names))
        accepted = coordinated(self.text, runs)
        unknown = UnknownStates(self.tabs, self.src, runs, self.known_holder)
        known: dict[str, Actor] = {}
        pending = 0
        for index, (run, ok) in enumerate(zip(runs, accepted, strict=True)):
            while pending < len(named) and named[pending][0] <= run.start:
                person = named[pending][1]
                known[surname(person.name)] = person
                pending += 1
            actor = known.get(surname(" ".join(run.words)))
            if actor is None and self.unknown_state(index, runs, unknown, cued=ok):
                continue
            if actor is None:
                if not ok and (run.weak or len(run.words) > _KNOWN_WORDS):
                    continue
                actor = self.name_only(run)
                if not ok and actor.title is None:
                    continue  # no cue, and the gazetteer does not know the name ("Lavrov,")
                if len(run.words) > 1 and actor.kind is _PERSON_KIND:
                    known[surname(actor.name)] = actor
            mention = self.person(run.start, run.end, actor, _NAME)
            self.add(run.start, run.end, _RANK_NAME, mention)

    def known_holder(self, name: str) -> bool:
        return holder(name, self.day) is not None

    def unknown_state(
        self, index: int, runs: Sequence[NameRun], unknown: UnknownStates, *, cued: bool
    ) -> bool:
        """Mentions of a state no gazetteer knows (:mod:`.actors_unknown`): its organ ("the
        Veloria government", "soldiers from Veloria") and its name alone; True when the
        run is such a state's name (and read)."""
        run = runs[index]
        unit = unknown.units.get(index)
        if unit is not None and unit.members[0] == index:
            link = unit.link
            phrase = (min(run.start, link.start), max(runs[unit.members[-1]].end, link.end))
            single = len(unit.members) == 1
            mentions = [
                self.mention(
                    phrase if single else (member.start, member.end),
                    _new_actor(link.party.actor_kind, name, None, None, None),
                    _ROLE,
                    code=None,
                    party=_party_key(" ".join(member.words)),
                    head=(link.start, link.end),
                    phrase=phrase,
                    plural=link.party.plural,
                    agent=link.party.code,
                )
                for member, name in organ_members(
                    unit, runs, self.printed(*phrase), self.printed(link.start, link.end)
                )
            ]
            self.add(phrase[0], phrase[1], _RANK_ROLE, *mentions)
        if not unknown.is_state(run, cued):
            return False
        # The name alone too: it stands where the organ loses to a longer mention.
        name = " ".join(run.words)
        actor = _new_actor(_STATE_KIND, name, None, None, None)
        mention = self.mention(
            (run.start, run.end), actor, _NAME, code=None, party=_party_key(name)
        )
        self.add(run.start, run.end, _RANK_NAME, mention)
        return True

    def name_only(self, run: NameRun) -> Actor:
        """A person (or, with a word such as "Bureau", a body) known by name alone; a
        person the gazetteer of office holders knows at the text's date ("Putin said")
        gets their name, office and country."""
        name = " ".join(run.words)
        if _is_body(self.tabs, run):
            return _new_actor(_ORGANIZATION_KIND, name, None, None, None)
        known = holder(name, self.day)
        if known is None:
            return _new_actor(_PERSON_KIND, name, None, None, None)
        country = self.dated(known.country)
        title = normalize_title(known.title) if known.title else None
        return _new_actor(_PERSON_KIND, known.name, country, title, known.organization)

    # ------------------------------------------------------------------ resolution

    def resolve(self) -> list[ActorMention]:
        """The longest candidates, non-overlapping, in text order."""
        found: list[ActorMention] = []
        cluster: list[_Candidate] = []
        cluster_end = -1
        self.candidates.sort(key=_by_start)
        for candidate in self.candidates:
            if candidate[0] >= cluster_end:
                if len(cluster) == 1:
                    found.extend(cluster[0][3])
                elif cluster:
                    found.extend(_best_of(cluster))
                cluster = [candidate]
                cluster_end = candidate[1]
            else:
                cluster.append(candidate)
                cluster_end = max(cluster_end, candidate[1])
        if len(cluster) == 1:
            found.extend(cluster[0][3])
        elif cluster:
            found.extend(_best_of(cluster))
        return found


#: No country mention of a coordination taken by a role noun.
_NONE_USED: Final[frozenset[int]] = frozenset()
#: An acronym in brackets after a name: "the Gulf Cooperation Council (GCC)".
_ACRONYM_AFTER: Final = lazy_re(r"\s?\([A-Z][A-Za-z.&-]{1,11}\)")
#: How the text before "the foreign ministers of France" ends: "of " or "of the ".
_OF_ENDS: Final = frozenset({"of ", "he ", "om "})


def _by_start(candidate: _Candidate) -> tuple[int, int]:
    return (candidate[0], -candidate[1])


def _best_of(cluster: list[_Candidate]) -> list[ActorMention]:
    """Within overlapping candidates: the longest first, then the higher rank."""
    kept: list[_Candidate] = []
    for candidate in sorted(cluster, key=_by_length):
        start, end = candidate[0], candidate[1]
        if all(end <= other[0] or start >= other[1] for other in kept):
            kept.append(candidate)
    kept.sort(key=_by_start)
    return [mention for candidate in kept for mention in candidate[3]]


def _by_length(candidate: _Candidate) -> tuple[int, int, int]:
    return (candidate[0] - candidate[1], -candidate[2], candidate[0])


def _may_go_on(kids: dict[str, Node], low: str, end: int) -> bool:
    """Whether the word after ``end`` may continue a phrase whose next words are ``kids``
    (a cheap look before the trie walk: the next plain word must be one of them)."""
    after = low[end : end + 1]
    if not after.isspace():
        return after not in _PLAIN_ENDS  # a hyphen, a possessive, "&": let the walk read it
    rest = low[end : end + 32].split(None, 1)
    word = rest[0].rstrip(_WORD_ENDS) if rest else ""
    return word in kids or not word.isalnum()


#: What ends a word before the look at the next one (no phrase goes on across them).
_PLAIN_ENDS: Final = frozenset(",;:!?)]}\n")
_WORD_ENDS: Final = ".,;:!?)\"'”’"


def _without_article(name: str) -> str:
    for article in ("the ", "The "):
        if name.startswith(article):
            return name[len(article) :]
    return name


def _is_body(tabs: ActorTables, run: NameRun) -> bool:
    return any(fold(word) in tabs.org_words for word in run.words)


def find_actors(text: str, *, date: PublishedLike = None) -> list[ActorMention]:
    """Find every party to a possible event named in ``text`` (a sentence or a story).

    ``date`` (a date, datetime or ISO string) is the text's date: names resolve to the
    states of that day ("Moscow" in 1987 is the Soviet Union). See the module's
    documentation for what is found.
    """
    require_str(text, "text")
    day = None if date is None else coerce_published(date, what="date")
    finder = _Finder(text, day)
    countries = find_countries(text, date=day, places=True)  # "talks in Riyadh": a place
    words = capital_words(text)
    finder.countries(countries)
    finder.phrases(words)
    named = finder.officials(find_officials(text), countries)
    finder.no_names.extend((m.start, m.end) for m in countries)
    finder.names(words, named)
    return _leaders_governments(text, portfolio_bodies(text, finder.resolve()))


#: Role nouns that, after a leader's name, stand for the leader's government ("the
#: Obama administration", "the Modi government").
_LEADERS_ORGANS: Final = frozenset({"administration", "government", "cabinet", "regime"})


def _leaders_governments(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """ "The Obama administration": a person with a country right before a government
    role noun alone becomes that country's government, named as printed."""
    if len(found) < _PAIR:
        return found
    merged: list[ActorMention] = []
    for mention in found:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and mention.generic
            and mention.text.lower() in _LEADERS_ORGANS
            and previous.actor.kind is _PERSON_KIND
            and previous.actor.country is not None
            and text[previous.end : mention.start] == " "
        ):
            country = previous.actor.country
            actor = _new_actor(
                mention.actor.kind, text[previous.start : mention.end], country, None, None
            )
            merged[-1] = attrs.evolve(
                mention,
                start=previous.start,
                text=actor.name,
                actor=actor,
                code=country.alpha3 + (mention.agent or ""),
                party=country.alpha3,
                generic=False,
                head_start=mention.start,
                phrase_start=previous.start,
            )
            continue
        merged.append(mention)
    return merged


#: Names without a cue are looked up in the gazetteer of office holders up to this long.
_KNOWN_WORDS: Final = 2
#: A merge needs two mentions.
_PAIR: Final = 2
