"""HTTP glue below the API and the admin API, so neither imports the other: bearer tokens, request bodies,
and ASGI layers that know nothing of h2oGPTe."""

from .auth import bearer_token
from .body import decode_json, read_body, read_optional_body

__all__ = ["bearer_token", "decode_json", "read_body", "read_optional_body"]
