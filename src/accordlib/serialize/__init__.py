"""Serialisation: every result to plain data and JSON and back (``converter``), and the
JSON Schema of every result type (``schema``)."""

from accordlib.serialize.convert import converter, from_dict, from_json, to_dict, to_json
from accordlib.serialize.schema import json_schema

__all__ = ["converter", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]
