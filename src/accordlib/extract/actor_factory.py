"""Actors from what the finders and tables name: states, officials, organisations."""

from __future__ import annotations

from accordlib._util.trusted import trusted
from accordlib.countries.lookup import get_country
from accordlib.countries.model import Country
from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor
from accordlib.extract.phrases import OrgEntry
from accordlib.officials.model import Official

__all__ = ["org_actor", "person_actor", "state_actor", "trusted_actor"]

#: Builds an Actor without its validators, for values that already have their types.
trusted_actor = trusted(Actor)

_ARTICLES = ("the ", "The ")
_GENERIC_ORGANS = ("Foreign Ministry", "Foreign Office", "Defense Ministry", "Defence Ministry")


def state_actor(country: Country) -> Actor:
    """The STATE actor of ``country``."""
    # A Country's name is never blank: the unchecked constructor builds the same actor.
    return trusted_actor(ActorKind.STATE, country.name, country, None, None)


def person_actor(official: Official, raw: str) -> Actor | None:
    """The PERSON actor of an official; an unnamed one ("the prime minister") is named
    by its text without the article. ``None`` when nothing is left to name it."""
    name = official.name
    if not name:
        name = raw.strip()
        for article in _ARTICLES:
            if name.startswith(article):
                name = name[len(article) :]
    if not name.strip():
        return None
    # Not blank, and the other fields come typed from the Official: the unchecked
    # constructor builds the same actor.
    return trusted_actor(
        ActorKind.PERSON,
        name,
        official.country,
        official.title,
        official.organization,
    )


def org_actor(entry: OrgEntry) -> Actor:
    """The actor of an organisation named on its own: a government organ, a group or an
    organisation, with the country the table gives it."""
    country = get_country(entry.country) if entry.country else None
    if entry.kind == "government":
        name = entry.name if country is None else _government_name(entry.name, country)
        return Actor(ActorKind.GOVERNMENT, name, country, None, None)
    if entry.kind == "nonstate":
        return Actor(ActorKind.GROUP, entry.name, country)
    return Actor(ActorKind.ORGANIZATION, entry.name, country, None, entry.name)


def _government_name(name: str, country: Country) -> str:
    if name in _GENERIC_ORGANS or name.endswith("Ministry"):
        return f"{country.name} {name}"
    return name
