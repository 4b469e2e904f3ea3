"""The value types of the actor recogniser: :class:`ActorMention` and :class:`ActorSource`.

:func:`~accordlib.extract.actors.find_actors` returns one :class:`ActorMention` per party a
text names; this leaf module holds the types so that the extraction pipeline can import
them without the recogniser.
"""

from __future__ import annotations

import enum

import attrs

from accordlib.events.model import Actor

__all__ = ["ActorMention", "ActorSource"]


class ActorSource(enum.Enum):
    """How a party was named: which mechanism of :func:`find_actors` found it."""

    #: A country by name, alias, demonym or capital: "Israel", "Palestinians", "Moscow".
    COUNTRY = "country"
    #: An official (:func:`~accordlib.find_officials`): "Kazakh President Tokayev".
    OFFICIAL = "official"
    #: A role noun with its state: "Israeli troops", "the foreign ministers of France and
    #: Germany"; alone ("protesters") when ``generic``.
    ROLE = "role"
    #: A state body that stands for its state: "the Pentagon", "the Knesset".
    BODY = "body"
    #: An international organisation or a company: "the Security Council", "OPEC".
    ORGANIZATION = "organization"
    #: A non-state armed or political group, or a bloc: "Hamas", "the West".
    GROUP = "group"
    #: A name alone: "Erdogan said" (resolved when the text named the person in full).
    NAME = "name"


@attrs.frozen
class ActorMention:
    """One party named in text: ``text == source[start:end]``.

    ``actor`` is the party as an :class:`~accordlib.Actor`; ``code`` its CAMEO actor code
    ("ISRMIL", "IGOUNO"; ``None`` when it has none); ``party`` a key that is the same for
    every mention of the same party: the ISO alpha-3 code of a state and of its organs,
    officials and forces, an organisation's or group's short name ("UN", "HAMAS"), else the
    upper-cased name ("PROTESTERS", "ERDOGAN"). ``agent`` is the CAMEO agent code of a role
    noun or body ("MIL", "GOV", "REB").

    ``generic`` is true when no state or organisation could be resolved (a role noun or a
    name alone): the story may resolve it. ``plural`` marks plural parties ("Palestinians",
    "Israeli troops"); ``modifier`` a singular demonym used as an adjective ("the Israeli
    proposal"), which may or may not be a party; ``corporate`` a company.

    Where roles are placed: ``head_start:head_end`` is the head noun ("troops", "foreign
    ministers"; the mention itself for names and countries) and ``phrase_start:phrase_end``
    the whole noun phrase. For a coordination ("the French and German foreign ministers")
    each state is a mention of its own word ("French", "German"), and they share the head
    and the phrase.
    """

    start: int
    end: int
    text: str
    actor: Actor
    code: str | None
    plural: bool = False
    generic: bool = False
    source: ActorSource = ActorSource.COUNTRY
    party: str = ""
    agent: str | None = None
    head_start: int = 0
    head_end: int = 0
    phrase_start: int = 0
    phrase_end: int = 0
    modifier: bool = False
    corporate: bool = False
