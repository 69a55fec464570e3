"""json.encoder: the encoder class (defined in json)."""

from json import JSONEncoder
