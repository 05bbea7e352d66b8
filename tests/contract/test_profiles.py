"""The contract tests' budgets: each profile pushes at least as hard as the one before it, on every budget."""

from __future__ import annotations

from dataclasses import fields

from contract_tests.profiles import PROFILES, Profile

ORDER = ("quick", "ci")


def test_the_profiles_are_the_ordered_ones() -> None:
    assert set(PROFILES) == set(ORDER)


def test_each_profile_pushes_at_least_as_hard_as_the_one_before() -> None:
    for budget in (f.name for f in fields(Profile) if f.name != "name"):
        values = [getattr(PROFILES[name], budget) for name in ORDER]
        assert values == sorted(values), budget
