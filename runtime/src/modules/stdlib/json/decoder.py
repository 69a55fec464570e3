"""json.decoder: the decoder classes (defined in json)."""

from json import JSONDecoder, JSONDecodeError
