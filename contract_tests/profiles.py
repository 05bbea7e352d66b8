"""How hard the contract tests push: ``quick`` locally, ``ci`` when ``CI=true`` (or ``CONTRACT_PROFILE``)."""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = [
    "PROFILES",
    "PROFILE_ENV",
    "SEED_ENV",
    "Profile",
    "ci_requested",
    "current_profile",
    "generation_seed",
]

PROFILE_ENV = "CONTRACT_PROFILE"
SEED_ENV = "CONTRACT_SEED"
_DEFAULT_SEED = 20261122


@dataclass(frozen=True)
class Profile:
    """Budgets of one profile."""

    name: str
    # Stateless: Hypothesis examples per operation in the fuzzing phase (examples and coverage are fixed).
    max_examples: int
    # Stateful: scenarios, and the most steps in one scenario.
    stateful_scenarios: int
    stateful_steps: int
    # Stateful over every operation and the spec's links only.
    explicit_scenarios: int
    # Stateful over the chat chain's operations only.
    chain_scenarios: int
    # Fault-injection runs (schemathesis' engine, all phases, a few operations each).
    fault_max_examples: int
    fault_stateful_steps: int
    # The model-based state machine: runs, and steps per run.
    model_runs: int
    model_steps: int
    # The CLI run: examples per operation, and the seconds after which it is stopped as hung. Its Coverage
    # phase draws about 6,500 cases whatever the examples, so quick and ci take about as long: 53 s (quick)
    # on an idle 2-core machine, 69 s (ci) on a loaded one. Each limit is over three times that.
    cli_max_examples: int
    cli_max_time: int
    # The stock CLI with none of our configuration (tests/contract/test_bare_spec.py): examples per operation.
    # Its fuzzing phase is where they go: at schemathesis' default of 100 it took 326 s of a 381-s run on
    # 2 cores, at 30 it took 86 s of 126 s.
    bare_max_examples: int


PROFILES = {
    "quick": Profile(
        name="quick",
        max_examples=8,
        stateful_scenarios=90,
        stateful_steps=12,
        explicit_scenarios=90,
        chain_scenarios=30,
        fault_max_examples=8,
        fault_stateful_steps=10,
        model_runs=12,
        model_steps=15,
        cli_max_examples=3,
        cli_max_time=240,
        bare_max_examples=30,
    ),
    "ci": Profile(
        name="ci",
        # Deeper than quick everywhere, within what keeps the whole CI command under 20 minutes on 2 cores.
        max_examples=12,
        stateful_scenarios=90,
        stateful_steps=14,
        explicit_scenarios=90,
        chain_scenarios=40,
        fault_max_examples=15,
        fault_stateful_steps=12,
        model_runs=24,
        model_steps=25,
        cli_max_examples=6,
        cli_max_time=300,
        # As quick: at 50 this one test took 194 s of a 16-minute CI run on a busy 2-core machine.
        bare_max_examples=30,
    ),
}


def ci_requested() -> bool:
    """Whether the environment says this is a CI run: ``CI`` is ``1``, ``true`` or ``yes`` (any case)."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def current_profile() -> Profile:
    """``CONTRACT_PROFILE`` if set, else ``ci`` when ``CI`` is true, else ``quick``."""
    name = os.environ.get(PROFILE_ENV, "").strip().lower()
    if not name:
        name = "ci" if ci_requested() else "quick"
    if name not in PROFILES:
        raise RuntimeError(f"{PROFILE_ENV}={name!r}: expected one of {sorted(PROFILES)}")
    return PROFILES[name]


def generation_seed() -> int | None:
    """The seed of schemathesis/Hypothesis: fixed unless ``CONTRACT_SEED`` names another (or ``random``)."""
    raw = os.environ.get(SEED_ENV, "").strip().lower()
    if raw == "random":
        return None
    return int(raw) if raw else _DEFAULT_SEED
