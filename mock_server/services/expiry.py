"""Expiry dates as the API takes them, for chat sessions and collections alike."""

from __future__ import annotations

import contextlib
import datetime as dt
import zoneinfo

from ..errors import BadRequest

__all__ = ["parse_expiry"]


def parse_expiry(text: str, timezone: str | None) -> dt.datetime:
    """An ISO 8601 date (midnight in ``timezone``, UTC if none) or date-time (its own offset, else
    ``timezone``), as a UTC time; a clear 400 otherwise. A zone this machine does not know reads as UTC
    (the name is still kept): the spec cannot list every IANA name, and accepts any that looks like one."""
    zone: dt.tzinfo = dt.UTC
    # Unknown (ZoneInfoNotFoundError, a KeyError), a directory (OSError), not a key at all (ValueError).
    with contextlib.suppress(KeyError, ValueError, OSError):
        zone = zoneinfo.ZoneInfo(timezone) if timezone else dt.UTC
    try:
        if len(text) <= 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), zone)
        else:
            moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadRequest(f"expiry_date {text!r} is not an ISO 8601 date or date-time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        # A valid date-time such as 0001-01-01T00:30+01:00 lies before year 1 in UTC (or after 9999),
        # which datetime cannot hold: it is kept as the nearest time it can.
        edge = dt.datetime.min if moment.year == 1 else dt.datetime.max
        return edge.replace(tzinfo=dt.UTC)
