"""``--group ID=USER[,USER...]`` and ``MOCK_GROUPS`` declare groups; a malformed one stops the start."""

from __future__ import annotations

import pytest

from mock_server.cli import parse_settings


def test_groups_come_from_flags_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_GROUPS", "eng=alice,bob;ops=carol")
    settings = parse_settings(["--group", "qa=dan,dan,erin"])
    assert settings.groups == {"eng": ("alice", "bob"), "ops": ("carol",), "qa": ("dan", "erin")}


@pytest.mark.parametrize("value", ["eng", "=alice", "eng=", "eng=,"])
def test_a_malformed_group_is_refused(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_settings(["--group", value])
    assert stopped.value.code == 2
    assert "expected ID=USER[,USER...]" in capsys.readouterr().err
