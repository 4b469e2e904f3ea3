"""Titles and officials: "Israeli Prime Minister Benjamin Netanyahu" as person, office and country.

``model`` holds the value types; :func:`normalize_title`, :func:`parse_official` and
:func:`find_officials` are the public functions.
"""

from accordlib.officials.model import Official, OfficialMention, Role, Title
from accordlib.officials.scanner import find_officials, normalize_title, parse_official

__all__ = [
    "Official",
    "OfficialMention",
    "Role",
    "Title",
    "find_officials",
    "normalize_title",
    "parse_official",
]
