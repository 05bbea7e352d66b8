"""The mutation harness (``scripts/mutants``) in CI: every mutant still applies, and a sample is caught.

The script runs all of them (minutes); CI runs three from different classes, each stopped at the first
failing test, and checks that every mutant's edit still applies to today's server (so a refactoring that
moves the code fails here, and the mutant gets updated, instead of silently testing the unbroken server).
"""

from __future__ import annotations

import pytest

from scripts.mutation.catalogue import CLASSES, MUTANTS
from scripts.mutation.runner import check_applies, judge

SAMPLE = ("sessions_page_one_too_many", "session_readable_by_anyone", "share_not_saved")


@pytest.mark.parametrize("mutant", MUTANTS, ids=[m.name for m in MUTANTS])
def test_mutant_still_applies(mutant: object) -> None:
    from scripts.mutation.catalogue import Mutant

    assert isinstance(mutant, Mutant)
    assert mutant.kind in CLASSES
    assert check_applies(mutant) != ""


def test_every_class_has_mutants() -> None:
    assert {m.kind for m in MUTANTS} == set(CLASSES)
    assert len(MUTANTS) >= 30


@pytest.mark.parametrize("name", SAMPLE)
def test_sample_mutant_is_caught(name: str) -> None:
    mutant = next(m for m in MUTANTS if m.name == name)
    verdict = judge(mutant, first_only=True, fast_only=True)
    assert verdict.caught, f"{mutant.description} was not caught:\n{verdict.output}"
