"""Answers in flight: the registry of answers being streamed, keyed by question id, and their controls.

A stream (the REST JSON-lines completion, or the SDK's WebSocket) registers its answer with ``flight``
and asks its ``Flight`` before each piece: ``gate`` waits while the answer is paused and says whether to
send the next piece, ``pace`` sleeps between pieces but wakes at once on a stop. ``stop``, ``finish``,
``pause`` and ``resume`` may come from any connection of the same process; the stream then ends with its
final line and has the stored answer cut to exactly what it sent.

A control is applied at once to a stream of this process, and also recorded in the store, which every
stream polls (at most every ``_STORE_POLL_SECONDS``): with several processes on one SQL store, a control
given to one process reaches the stream another one serves.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum

from ..errors import BadRequest
from ..store import Store
from ..store.workers import call_store
from .access import visible_message

__all__ = ["Action", "Flight", "Generation"]

# How often a held or sleeping stream looks at its controls: short enough that a stop ends it "promptly".
_POLL_SECONDS = 0.02
# How often a stream reads its controls from the store (other processes' controls arrive that way).
_STORE_POLL_SECONDS = 0.05
_SENTENCE_END = (".", "!", "?", ":", "\n")


class Action(StrEnum):
    """What a client may ask of an answer in flight."""

    STOP = "stop"
    FINISH = "finish"
    PAUSE = "pause"
    RESUME = "resume"


class Flight:
    """One answer being streamed, and what its clients asked of it (thread-safe flags)."""

    def __init__(self, owner: str, poll: Callable[[], Awaitable[str | None]] | None = None) -> None:
        self.owner = owner
        self._lock = threading.Lock()
        self._stopped = False
        self._finishing = False
        self._paused = False
        self._poll = poll
        self._polled_at = 0.0
        self._seen: str | None = None

    def apply(self, action: Action) -> None:
        """Record a client's request; a stop or finish also ends a pause."""
        with self._lock:
            if action is Action.STOP:
                self._stopped, self._paused = True, False
            elif action is Action.FINISH:
                self._finishing, self._paused = True, False
            else:
                self._paused = action is Action.PAUSE

    @property
    def paused(self) -> bool:
        """Whether the answer is held."""
        return self._paused

    def ended(self, sent: str) -> bool:
        """Whether the stream must end now, having sent ``sent``: stopped, or finishing at a sentence end."""
        if self._stopped:
            return True
        return self._finishing and (not sent.strip() or sent.rstrip().endswith(_SENTENCE_END))

    async def gate(self, sent: str) -> bool:
        """Wait while paused; then True to send the next piece, False to end the answer with ``sent``."""
        await self._sync()
        while self._paused:
            await asyncio.sleep(_POLL_SECONDS)
            await self._sync()
        return not self.ended(sent)

    async def pace(self, seconds: float) -> None:
        """Sleep ``seconds`` between pieces, waking early when the answer is stopped."""
        deadline = time.monotonic() + seconds
        while not self._stopped and (left := deadline - time.monotonic()) > 0:
            await asyncio.sleep(min(left, _POLL_SECONDS))
            await self._sync()

    async def _sync(self) -> None:
        """Apply a control recorded in the store since the last look (another process may have had it)."""
        now = time.monotonic()
        if self._poll is None or now - self._polled_at < _STORE_POLL_SECONDS:
            return
        self._polled_at = now
        action = await self._poll()
        if action is not None and action != self._seen:
            self._seen = action
            self.apply(Action(action))


class Generation:
    """The answers this process is streaming, and the four controls of the API."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._flights: dict[str, Flight] = {}

    @contextmanager
    def flight(self, question_id: str, owner: str) -> Iterator[Flight]:
        """Register the answer to ``question_id`` for as long as it streams."""
        flight = Flight(owner, lambda: self._recorded(question_id))
        with self._lock:
            self._flights[question_id] = flight
        try:
            yield flight
        finally:
            with self._lock:
                if self._flights.get(question_id) is flight:
                    del self._flights[question_id]

    async def _recorded(self, question_id: str) -> str | None:
        return await call_store(self._store, self._store.control_of, question_id)

    def in_flight(self, question_id: str) -> Flight | None:
        """The answer to ``question_id`` if it is streaming now."""
        with self._lock:
            return self._flights.get(question_id)

    def control(self, user: str, question_id: str, action: Action) -> None:
        """Apply ``action`` to the answer of one of the user's questions; an answer not streaming is left
        as it is (its stream has ended, or it was asked for as JSON)."""
        message = visible_message(self._store, user, question_id)
        if message.reply_to is not None:
            raise BadRequest(f"Chat message {question_id} is an answer; give the id of its question")
        flight = self.in_flight(question_id)
        if flight is not None:
            flight.apply(action)
        # For a stream another process serves. Question ids are never reused, so a control left after its
        # answer ended is never read again (a reset or load clears them).
        self._store.set_control(question_id, action.value)
