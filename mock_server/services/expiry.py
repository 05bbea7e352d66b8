"""Expiry dates as the API takes them, for chat sessions and collections alike: the one parser of both."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import zoneinfo

import msgspec

from ..errors import BadRequest

__all__ = ["parse_expiry"]

# RFC 3339's date-time (section 5.6), which the spec's `format: date-time` names, with the offset optional
# because the spec reads a date-time without one in `timezone`. msgspec checks the values but also takes a
# space for the T and an offset without its colon, which RFC 3339 does not; this grammar comes first.
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})?"
)
# Worded as the chat session's body decoder words a bad `expiry_date` (msgspec's RFC 3339 date decoding
# in read_body), so both operations refuse the same strings with the same Error body.
_INVALID = "Invalid request body: Invalid RFC3339 encoded date or datetime - at `$.expiry_date`"


def _moment(text: str, zone: dt.tzinfo) -> dt.datetime:
    """``text`` as an aware date-time: a date, or a date-time without offset, is read in ``zone``."""
    try:
        if _DATE_TIME.fullmatch(text):
            moment = msgspec.convert(text, dt.datetime)
        else:
            # The decoder the chat session's `expiry_date: date` goes through, so a date means the same
            # to both operations.
            moment = dt.datetime.combine(msgspec.convert(text, dt.date), dt.time())
    except msgspec.ValidationError:
        raise BadRequest(_INVALID) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def parse_expiry(text: str, timezone: str | None) -> dt.datetime:
    """An RFC 3339 date (midnight in ``timezone``, UTC if none) or date-time (its own offset, else
    ``timezone``), as a UTC time; a 400 for anything else. An instant before year 1 or after 9999 in UTC
    is kept at that edge. A zone this machine does not know reads as UTC (the name is still kept): the
    spec cannot list every IANA name, and accepts any that looks like one."""
    zone: dt.tzinfo = dt.UTC
    # Unknown (ZoneInfoNotFoundError, a KeyError), a directory (OSError), not a key at all (ValueError).
    with contextlib.suppress(KeyError, ValueError, OSError):
        zone = zoneinfo.ZoneInfo(timezone) if timezone else dt.UTC
    moment = _moment(text, zone)
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        # A valid date-time such as 0001-01-01T00:30+01:00 lies before year 1 in UTC (or after 9999),
        # which datetime cannot hold: it is kept as the nearest time it can. A 400 would refuse input the
        # spec's formats allow (schemathesis generates such values and counts a refusal as a failure).
        edge = dt.datetime.min if moment.year == 1 else dt.datetime.max
        return edge.replace(tzinfo=dt.UTC)
