"""Simulated latency, errors and broken streams: configured by flags, environment or settings, applied to
/api/v1 only, reproducible under the seed, and refused when the contract does not document the status."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from mock_server import Settings, create_app
from mock_server.cli import parse_settings
from mock_server.control import (
    Draws,
    Errors,
    Latency,
    Override,
    Pacing,
    Policy,
    StreamFault,
    decide,
    lines_before_fault,
    problems,
)
from tests._headers import USER

from ._faults import elapsed
from ._schemas import load_openapi, validator

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_openapi(ROOT / "openapi.yaml")
ERROR = validator(SPEC, {"$ref": "#/components/schemas/Error"})


def _client(settings: Settings) -> TestClient[Litestar]:
    client = TestClient(create_app(settings))
    client.headers.update(USER)
    return client


# ---------------------------------------------------------------- decisions


def test_decisions_follow_the_draws() -> None:
    policy = Policy(
        latency=Latency(min=0.1, max=0.5),
        errors=Errors(rate=0.25, status=401),
        pacing=Pacing(time_to_first_token=0.2, tokens_per_second=4),
        stream_fault=StreamFault(kind="stall", rate=0.5, after_lines=2, max_stall=7),
        operations={"get_completion": Override(latency=Latency(min=1, max=1))},
    )
    calm = decide(policy, "list_chat_sessions", Draws(0.5, 0.3, 0.6))
    assert calm.delay == pytest.approx(0.3)
    assert (calm.error_status, calm.stream.fault) == (None, None)
    assert (calm.stream.first_delay, calm.stream.interval) == (0.2, 0.25)
    rough = decide(policy, "list_chat_sessions", Draws(0.0, 0.2, 0.4))
    assert (rough.delay, rough.error_status, rough.stream.fault) == (0.1, 401, "stall")
    assert (rough.stream.fault_after, rough.stream.max_stall) == (2, 7)
    assert decide(policy, "get_completion", Draws(0.9, 0.9, 0.9)).delay == 1


def test_a_faulty_stream_never_sends_its_final_line() -> None:
    plan = decide(Policy(stream_fault=StreamFault(kind="drop", after_lines=5)), "x", Draws(0, 0, 0)).stream
    assert lines_before_fault(plan, 20) == 5
    assert lines_before_fault(plan, 3) == 2
    assert lines_before_fault(plan, 1) == 0
    healthy = decide(Policy(), "x", Draws(0, 0, 0)).stream
    assert lines_before_fault(healthy, 20) is None


def test_statuses_must_be_documented_for_the_targeted_operations() -> None:
    documented = {"list_chat_sessions": frozenset({400, 401}), "get_completion": frozenset({401, 500})}
    assert problems(Policy(errors=Errors(rate=0.5, status=401)), documented) == []
    assert (
        "statuses all of them document: 401"
        in problems(Policy(errors=Errors(rate=0.5, status=500)), documented)[0]
    )
    # An operation with errors of its own is no longer a target of the server-wide section.
    own = {"list_chat_sessions": Override(errors=Errors(rate=0.1, status=400))}
    assert problems(Policy(errors=Errors(rate=0.5, status=500), operations=own), documented) == []
    wrong = {"list_chat_sessions": Override(errors=Errors(rate=0.1, status=500))}
    assert problems(Policy(operations=wrong), documented) == [
        "operations.list_chat_sessions.errors: status 500 is not documented for list_chat_sessions "
        "(documented: 400, 401)"
    ]
    assert problems(Policy(operations={"nope": Override()}), documented) == [
        "operations: unknown operationId 'nope'"
    ]
    assert problems(Policy(latency=Latency(min=2, max=1)), documented) == ["latency: min 2 is above max 1"]
    # A rate of zero applies nothing, so its status is not checked.
    assert problems(Policy(errors=Errors(rate=0, status=500)), documented) == []


def test_the_server_refuses_statuses_the_contract_does_not_document() -> None:
    with pytest.raises(ValueError, match="statuses all of them document: 401"):
        create_app(Settings(errors=Errors(rate=0.1, status=500)))
    with pytest.raises(ValueError, match="not documented for list_chat_sessions"):
        create_app(Settings(operations={"list_chat_sessions": Override(errors=Errors(rate=1, status=500))}))
    create_app(Settings(operations={"get_completion": Override(errors=Errors(rate=1, status=500))}))


# ---------------------------------------------------------------- configuration


def test_flags_and_environment_configure_faults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCK_LATENCY", "0.1-0.3,get_completion=1")
    monkeypatch.setenv("MOCK_STREAM_FAULT", "stall")
    monkeypatch.setenv("MOCK_ADMIN_TOKEN", "s3cret")
    settings = parse_settings(
        [
            "--error-rate",
            "get_completion=0.2@500",
            "--error-rate",
            "list_chat_sessions=1@400",
            "--stream-fault-after",
            "4",
            "--stream-fault-rate",
            "0.5",
            "--max-stall",
            "2",
            "--tokens-per-second",
            "20",
        ]
    )
    assert settings.latency == Latency(min=0.1, max=0.3)
    assert settings.operations == {
        "get_completion": Override(latency=Latency(min=1, max=1), errors=Errors(rate=0.2, status=500)),
        "list_chat_sessions": Override(errors=Errors(rate=1, status=400)),
    }
    assert settings.stream_fault == StreamFault(kind="stall", rate=0.5, after_lines=4, max_stall=2)
    assert (settings.tokens_per_second, settings.admin_token) == (20, "s3cret")
    assert parse_settings([]).admin_token == "s3cret"
    monkeypatch.delenv("MOCK_ADMIN_TOKEN")
    assert parse_settings([]).admin_token == "admin-token"


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--error-rate", "0.5"], "statuses all of them document: 401"),
        (["--error-rate", "list_chat_sessions=0.5@500"], "documented: 400, 401"),
        (["--error-rate", "1.5"], "--error-rate '1.5'"),
        (["--latency", "nope=1"], "unknown operationId 'nope'"),
        (["--latency", "0.5-0.1"], "min 0.5 is above max 0.1"),
        (["--latency", "soon"], "--latency 'soon'"),
        (["--stream-fault", "explode"], "invalid choice"),
        (["--stream-fault-rate", "2"], "stream fault options: Expected `float` <= 1.0 - at `$.rate`"),
    ],
)
def test_bad_fault_flags_are_refused(
    flags: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_settings(flags)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_help_lists_the_fault_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mock_server", "--help"], capture_output=True, text=True, check=True
    )
    for option in (
        "--latency",
        "--error-rate",
        "--stream-fault",
        "--max-stall",
        "--admin-token",
        "--log-requests",
    ):
        assert option in result.stdout


# ---------------------------------------------------------------- latency and errors


def test_fixed_latency_applies_to_the_api_only() -> None:
    with _client(Settings(latency=Latency(min=0.3, max=0.3))) as http:
        # 0.29 rather than 0.3 throughout: an event loop may end a sleep up to its clock resolution early.
        assert elapsed(lambda: http.get("/api/v1/chats/count").raise_for_status()) >= 0.29
        assert elapsed(lambda: http.get("/health").raise_for_status()) < 0.25


def test_latency_per_operation_and_random_in_a_range() -> None:
    settings = Settings(
        latency=Latency(min=0.02, max=0.2),
        operations={"get_chat_session_count": Override(latency=Latency(min=0.3, max=0.3))},
    )
    with _client(settings) as http:
        assert elapsed(lambda: http.get("/api/v1/chats/count")) >= 0.29
        delays = [elapsed(lambda: http.get("/api/v1/chats", params={"limit": 1})) for _ in range(8)]
    assert all(0.02 <= d < 0.45 for d in delays)
    assert max(delays) - min(delays) > 0.03, delays


def test_a_simulated_error_has_the_error_body_and_changes_nothing() -> None:
    settings = Settings(operations={"create_chat_session": Override(errors=Errors(rate=1, status=413))})
    with _client(settings) as http:
        before = http.get("/api/v1/chats/count").json()["count"]
        response = http.post("/api/v1/chats")
        assert response.status_code == 413
        body = response.json()
        assert ERROR.is_valid(body) and body["code"] == 413 and "Simulated" in body["message"]
        assert http.get("/api/v1/chats/count").json()["count"] == before


def test_a_server_wide_error_rate_hits_every_operation() -> None:
    with _client(Settings(errors=Errors(rate=1, status=401))) as http:
        for path in ("/api/v1/chats", "/api/v1/collections/count", "/api/v1/prompt_templates"):
            response = http.get(path)
            assert response.status_code == 401 and ERROR.is_valid(response.json())
        assert http.get("/health").status_code == 200
        assert http.get("/openapi.yaml").status_code == 200


def test_a_caller_without_a_valid_token_gets_401_whatever_the_faults() -> None:
    # Authentication comes before fault injection, as a real server refuses such callers before any work.
    slow_failing = Settings(
        latency=Latency(min=0.3, max=0.3),
        operations={"list_chat_sessions": Override(errors=Errors(rate=1, status=400))},
    )
    with TestClient(create_app(slow_failing)) as http:
        for headers in ({}, {"Authorization": "Bearer wrong-token"}):
            started = time.perf_counter()
            response = http.get("/api/v1/chats", headers=headers)
            assert response.status_code == 401 and ERROR.is_valid(response.json())
            assert response.headers["www-authenticate"] == "Bearer"
            assert time.perf_counter() - started < 0.25
        assert http.get("/api/v1/chats", headers=USER).status_code == 400


def _statuses(seed: int, count: int = 24) -> list[int]:
    settings = Settings(
        seed=seed, operations={"list_chat_sessions": Override(errors=Errors(rate=0.5, status=400))}
    )
    with _client(settings) as http:
        return [http.get("/api/v1/chats").status_code for _ in range(count)]


def test_faults_repeat_under_the_same_seed() -> None:
    first, again, other = _statuses(1), _statuses(1), _statuses(2)
    assert first == again
    assert first != other
    assert set(first) == {200, 400}


def test_setting_latency_does_not_shift_which_requests_fail() -> None:
    errors = {"list_chat_sessions": Override(errors=Errors(rate=0.5, status=400))}
    with _client(Settings(seed=3, operations=errors)) as http:
        plain = [http.get("/api/v1/chats").status_code for _ in range(12)]
    with _client(Settings(seed=3, operations=errors, latency=Latency(min=0, max=0.01))) as http:
        slowed = [http.get("/api/v1/chats").status_code for _ in range(12)]
    assert plain == slowed


# ---------------------------------------------------------------- the request log on the terminal


def test_log_requests_prints_one_line_per_request(unused_port: int) -> None:
    command = [sys.executable, "-m", "mock_server", "--log-requests", "--port", str(unused_port)]
    errors = {"MOCK_ERROR_RATE": "list_prompt_templates=1@400"}
    process = subprocess.Popen(
        command, cwd=ROOT, stderr=subprocess.PIPE, text=True, env={**_environ(), **errors}
    )
    try:
        base = f"http://127.0.0.1:{unused_port}"
        _wait_for(base)
        httpx.get(f"{base}/api/v1/chats", headers=USER)
        httpx.get(f"{base}/api/v1/prompt_templates", headers=USER)
        httpx.get(f"{base}/api/v1/chats")
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    lines = [line for line in stderr.splitlines() if " /api/v1/" in line]
    assert len(lines) == 3, stderr
    assert re.fullmatch(r"\d\d:\d\d:\d\d GET /api/v1/chats 200 \d+\.\dms demo", lines[0]), lines[0]
    assert re.fullmatch(r"\S+ GET /api/v1/prompt_templates 400 \S+ms demo \[error 400\]", lines[1]), lines[1]
    assert re.fullmatch(r"\S+ GET /api/v1/chats 401 \S+ms -", lines[2]), lines[2]


def _environ() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("MOCK_")}


def _wait_for(base: str) -> None:
    deadline = time.monotonic() + 10
    while True:
        try:
            httpx.get(f"{base}/health", timeout=0.5)
            return
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the server did not come up"
            time.sleep(0.02)
