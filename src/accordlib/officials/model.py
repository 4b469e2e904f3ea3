"""The value types of the officials domain: roles, titles, officials and their mentions."""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from accordlib.countries.model import Country

__all__ = ["ROLE_PRIORITY", "Official", "OfficialMention", "Role", "Title"]


class Role(enum.Enum):
    """What kind of office a title names; serialised by member name.

    The taxonomy is deliberately coarse, so that it is the same across countries:
    a "Premier", a "Prime Minister" and a "Chancellor" of Germany all lead a government.
    """

    #: President of a republic, Supreme Leader of Iran, "leader" of a state.
    HEAD_OF_STATE = "head_of_state"
    #: Prime Minister, Premier, Chancellor (Germany, Austria).
    HEAD_OF_GOVERNMENT = "head_of_government"
    #: King, Queen, Emir, Sultan, reigning Sheikh.
    MONARCH = "monarch"
    #: Crown Prince, heir apparent.
    HEIR = "heir"
    #: Vice President.
    DEPUTY_HEAD_OF_STATE = "deputy_head_of_state"
    #: Deputy Prime Minister, Vice Premier, Vice Chancellor.
    DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government"
    #: Foreign Minister, Foreign Secretary, (US) Secretary of State.
    FOREIGN_MINISTER = "foreign_minister"
    #: Any other minister or cabinet secretary; the portfolio says which.
    MINISTER = "minister"
    #: Envoys and special representatives.
    ENVOY = "envoy"
    #: Ambassadors, permanent representatives, chargés d'affaires.
    AMBASSADOR = "ambassador"
    #: Spokesperson, spokesman, spokeswoman, press secretary.
    SPOKESPERSON = "spokesperson"
    #: Military ranks and commands.
    MILITARY = "military"
    #: Pope, Patriarch, Grand Mufti, Ayatollah as an office.
    RELIGIOUS_LEADER = "religious_leader"
    #: Officers of intergovernmental organisations (UN, NATO, EU, IAEA, ...).
    IGO_OFFICIAL = "igo_official"
    #: Members of parliaments and congresses, speakers.
    LEGISLATOR = "legislator"
    #: Every other public office (governor, mayor, adviser, director, ...).
    OFFICIAL = "official"


#: Which of a person's offices is their title when they hold several: the one that
#: matters most for diplomacy first (rank 0).
ROLE_PRIORITY: dict[Role, int] = {
    role: rank
    for rank, role in enumerate(
        (
            Role.MONARCH,
            Role.HEAD_OF_STATE,
            Role.HEAD_OF_GOVERNMENT,
            Role.HEIR,
            Role.FOREIGN_MINISTER,
            Role.DEPUTY_HEAD_OF_STATE,
            Role.DEPUTY_HEAD_OF_GOVERNMENT,
            Role.IGO_OFFICIAL,
            Role.ENVOY,
            Role.AMBASSADOR,
            Role.MINISTER,
            Role.SPOKESPERSON,
            Role.MILITARY,
            Role.LEGISLATOR,
            Role.RELIGIOUS_LEADER,
            Role.OFFICIAL,
        )
    )
}


def _str_tuple(value: str | Iterable[str]) -> tuple[str, ...]:
    """Accept one word or any iterable of words; store a tuple (lists would be unhashable)."""
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class Title:
    """A title as printed and what it means.

    ``text`` is the title as it appeared (empty for a title that was not printed but is known
    from the gazetteer of office holders: see :attr:`Official.inferred`); ``canonical`` the full English title in title
    case ("PM" -> "Prime Minister"); ``role`` its place in the :class:`Role` taxonomy;
    ``modifiers`` the lower-case qualifiers found with it ("deputy", "former", ...);
    ``portfolio`` the ministry or field for ministers ("Defence", "Foreign Affairs") and the
    field of envoys ("Hostage Affairs"); where an ambassador or envoy is posted is no
    portfolio (see :attr:`Official.posting`).
    """

    text: str
    canonical: str
    role: Role = attrs.field(validator=attrs.validators.instance_of(Role))
    modifiers: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    portfolio: str | None = None


@attrs.frozen
class Official:
    """One official: who, in which office, for which country or organisation.

    ``raw`` is the text the official was parsed from, unchanged. ``honorifics`` are
    forms of address ("Sheikh", "Dr.", "HRH") kept out of ``name``. When the text gives the
    person several offices ("Deputy Prime Minister and Foreign Minister"), ``offices`` lists
    them all in printed order and ``title`` is the one that matters most for diplomacy (the
    Foreign Minister); with one office, ``offices`` is empty. ``posting`` is where an
    ambassador or envoy is sent: a country, organisation or region as printed ("Turkey" in
    "ambassador to Turkey", "Middle East" in "Special Envoy for the Middle East").
    ``inferred`` names the fields that the text does not give and that accordlib filled
    from its gazetteer of office holders, at the story's date ("country", "title",
    "organization"): "Foreign Ministry spokesperson Maria Zakharova" has ``country`` Russia
    and ``inferred == ("country",)``.
    """

    name: str | None
    title: Title | None
    country: Country | None = None
    organization: str | None = None
    honorifics: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    raw: str = ""
    offices: tuple[Title, ...] = attrs.field(default=(), converter=tuple)
    posting: str | None = None
    inferred: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)


def _check_span(instance: OfficialMention, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{attribute.name} must be a non-negative int, got {value!r}")
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"end ({value}) must not be before start ({instance.start})")


@attrs.frozen
class OfficialMention:
    """An official named in running text; ``source[start:end]`` is the mention."""

    official: Official
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)


# Bind the annotations to these classes now, so that serialisers never look them up by name
# (a second copy of this module, as doctest collection may import, must not leak in).
for _cls in (Title, Official, OfficialMention):
    attrs.resolve_types(_cls)
del _cls
