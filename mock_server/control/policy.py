"""What can be simulated about the API's behaviour: latency, errors, stream pacing and stream faults.

Plain data only. Every section has a server-wide value; ``operations`` may override whole sections for
single operationIds. Times are in seconds, like the server's other settings.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta

__all__ = [
    "Errors",
    "Latency",
    "Override",
    "Pacing",
    "Policy",
    "StreamFault",
    "StreamFaultKind",
]

_Seconds = Annotated[float, Meta(ge=0, le=3600)]
_Rate = Annotated[float, Meta(ge=0, le=1)]

# error: a ChatError line ends the stream; stall: nothing more is sent while the connection stays open;
# drop: the connection closes without the final chunk.
StreamFaultKind = Literal["error", "stall", "drop"]


class Latency(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Extra time before a response starts: uniform between ``min`` and ``max`` (fixed when equal)."""

    min: _Seconds = 0.0
    max: _Seconds = 0.0


class Errors(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A share of requests answered with ``status`` and the spec's Error body instead of being served."""

    rate: _Rate = 0.0
    status: Annotated[int, Meta(ge=400, le=599)] = 500


class Pacing(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """How fast a streamed answer comes: seconds before the first line, then lines per second (0: no wait)."""

    time_to_first_token: _Seconds = 0.0
    tokens_per_second: Annotated[float, Meta(ge=0)] = 0.0


class StreamFault(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A share of streams that go wrong after ``after_lines`` lines (always before the final line)."""

    kind: StreamFaultKind | None = None
    rate: _Rate = 1.0
    after_lines: Annotated[int, Meta(ge=0)] = 3
    # A stalled stream is closed after this long if the client has not given up by then.
    max_stall: Annotated[float, Meta(gt=0, le=3600)] = 30.0


class Override(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """Sections that replace the server-wide ones for one operation; an absent section is inherited."""

    latency: Latency | None = None
    errors: Errors | None = None
    pacing: Pacing | None = None
    stream_fault: StreamFault | None = None


class Policy(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The whole configuration: server-wide sections plus per-operationId overrides."""

    latency: Latency = Latency()
    errors: Errors = Errors()
    pacing: Pacing = Pacing()
    stream_fault: StreamFault = StreamFault()
    operations: dict[str, Override] = msgspec.field(default_factory=dict)
