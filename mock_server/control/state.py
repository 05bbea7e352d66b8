"""The policy in force on one server, and the seeded generator its random choices come from."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping

from ..errors import BadRequest
from .decide import Decision, Draws, decide, fixed_decision, problems
from .policy import Policy

__all__ = ["Controls"]

Documented = Callable[[], Mapping[str, frozenset[int]]]


def _needs_spec(policy: Policy) -> bool:
    # Reading the contract takes a few tens of milliseconds; a server without faults starts without it.
    return policy.errors.rate > 0 or bool(policy.operations)


class Controls:
    """Holds the current policy and decides each request's latency and faults, reproducibly per seed."""

    def __init__(self, policy: Policy, seed: int, documented: Documented) -> None:
        self._seed = seed
        self._documented = documented
        found = self._problems(policy)
        if found:
            raise ValueError("invalid fault settings: " + "; ".join(found))
        self._policy = policy
        self._fixed: dict[str, Decision | None] = {}
        self.reseed()

    @property
    def policy(self) -> Policy:
        """The policy in force."""
        return self._policy

    def replace(self, policy: Policy) -> Policy:
        """Put ``policy`` in force, or raise ``BadRequest`` listing what is wrong with it."""
        found = self._problems(policy)
        if found:
            raise BadRequest("Invalid fault settings: " + "; ".join(found))
        self._policy = policy
        self._fixed = {}
        return policy

    def reseed(self) -> None:
        """Start the random choices over, as at start-up."""
        # A stream of its own, so new ids and faults never draw from each other's sequence.
        self._random = random.Random(f"faults:{self._seed}")

    def decide(self, operation_id: str) -> Decision:
        """Draw the next request's luck and apply the policy to it."""
        draws = Draws(self._random.random(), self._random.random(), self._random.random())
        # Decided once per operation when chance plays no part: this runs on every API request.
        if operation_id not in self._fixed:
            self._fixed[operation_id] = fixed_decision(self._policy, operation_id)
        return self._fixed[operation_id] or decide(self._policy, operation_id, draws)

    def _problems(self, policy: Policy) -> list[str]:
        return problems(policy, self._documented() if _needs_spec(policy) else {})
