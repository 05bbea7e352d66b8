"""The storage options: flags and their MOCK_* variables, and the combinations refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from mock_server.cli import parse_settings


def test_storage_flags_and_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_settings(["--data", "m.db", "--workers", "3"]).data == Path("m.db")
    monkeypatch.setenv("MOCK_DATABASE_URL", "postgresql://mock@127.0.0.1/mock")
    monkeypatch.setenv("MOCK_WORKERS", "2")
    settings = parse_settings([])
    assert settings.database_url == "postgresql://mock@127.0.0.1/mock" and settings.workers == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "2"], "needs --data or --database-url"),
        (["--data", "m.db", "--database-url", "postgresql://h/db"], "not both"),
        (["--data", "m.db", "--workers", "0"], "at least 1"),
    ],
)
def test_contradictions_are_refused(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_settings(argv)
    assert exited.value.code == 2 and message in capsys.readouterr().err
