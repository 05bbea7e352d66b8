"""The contract tests' budgets: which profile runs, and each pushes at least as hard as the one before it."""

from __future__ import annotations

from dataclasses import fields

import pytest

from contract_tests.profiles import PROFILE_ENV, PROFILES, Profile, current_profile

ORDER = ("quick", "ci")


def test_the_profiles_are_the_ordered_ones() -> None:
    assert set(PROFILES) == set(ORDER)


def test_each_profile_pushes_at_least_as_hard_as_the_one_before() -> None:
    for budget in (f.name for f in fields(Profile) if f.name != "name"):
        values = [getattr(PROFILES[name], budget) for name in ORDER]
        assert values == sorted(values), budget


@pytest.mark.parametrize(
    ("ci", "expected"),
    [("true", "ci"), ("1", "ci"), (" YES ", "ci"), ("", "quick"), ("false", "quick"), ("0", "quick")],
)
def test_the_ci_variable_picks_the_profile(monkeypatch: pytest.MonkeyPatch, ci: str, expected: str) -> None:
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    monkeypatch.setenv("CI", ci)
    assert current_profile().name == expected


def test_a_named_profile_wins_over_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv(PROFILE_ENV, "quick")
    assert current_profile().name == "quick"
