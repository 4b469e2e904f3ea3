"""Actors built without validators, for values that already have their types."""

from __future__ import annotations

from accordlib._util.trusted import trusted
from accordlib.countries.model import Country
from accordlib.events.kinds import ActorKind
from accordlib.events.model import Actor

__all__ = ["state_actor", "trusted_actor"]

#: Builds an Actor without its validators, for values that already have their types.
trusted_actor = trusted(Actor)


def state_actor(country: Country) -> Actor:
    """The STATE actor of ``country``."""
    # A Country's name is never blank: the unchecked constructor builds the same actor.
    return trusted_actor(ActorKind.STATE, country.name, country, None, None)
