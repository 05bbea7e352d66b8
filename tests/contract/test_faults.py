"""Proof that schemathesis' checks, as the contract tests configure them, catch faults planted in our mock.

These build their own (broken) servers, so they live here and not in ``contract_tests/``, which tests
whatever target it is pointed at. ``scripts/mutants`` proves the behavioural properties the same way.

For each fault of :mod:`contract_tests.faults`, a bounded run of schemathesis (examples, coverage,
fuzzing and/or stateful phases over the operations around the fault, with the project's config, hooks
and checks) runs against the broken server and must report the expected check on the faulted operation,
and nothing anywhere else. The same runs against the unbroken server must report nothing at all, so the
failures are the faults' doing. Two more tests: streams that end with a documented ChatError line pass,
and a wrong token passes every check and is caught only by the stateless suite's success guard.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from litestar import Litestar
from schemathesis import Case

from contract_tests.engine import RunResult, run_engine
from contract_tests.profiles import Profile, current_profile
from contract_tests.suite import StatusLog, load_schema
from contract_tests.target import Target
from mock_server import API_PREFIX, DEMO_TOKEN, Settings, create_app
from mock_server.control import StreamFault
from mock_server.testing import serve_in_thread

from .faults import FAULTS, Fault, build


@pytest.fixture(scope="session")
def profile() -> Profile:
    return current_profile()


def run_on(app: Litestar, operation_ids: Iterable[str], phases: Iterable[str], profile: Profile) -> RunResult:
    """Serve ``app`` on loopback and run the bounded engine over it as the demo user."""
    with serve_in_thread(app) as url:
        target = Target(base_url=url + API_PREFIX, token=DEMO_TOKEN, other_token="bob-token")
        return run_engine(target, operation_ids, phases, profile)


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_fault_is_caught(fault: Fault, profile: Profile) -> None:
    result = run_on(build(fault), fault.operation_ids, fault.phases, profile)
    assert not result.errors, result.summary()
    assert (fault.check, fault.operation) in result.failures, (
        f"{fault.description}: expected {fault.check} to fail on {fault.operation}; {result.summary()}"
    )
    elsewhere = {(check, op) for check, op in result.failures if op != fault.operation}
    assert not elsewhere, (
        f"{fault.description}: failures away from the fault: {elsewhere}; {result.summary()}"
    )


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_unbroken_server_passes_the_same_run(fault: Fault, profile: Profile) -> None:
    result = run_on(build(None), fault.operation_ids, fault.phases, profile)
    assert not result.errors, result.summary()
    assert not result.failures, result.summary()
    assert fault.check in result.checks_run, f"{fault.check} never ran; {result.summary()}"
    assert result.successes, f"no call was answered with a 2xx; {result.summary()}"


@pytest.mark.parametrize("token", ["not-a-token", DEMO_TOKEN])
def test_success_guard_catches_a_wrong_token(token: str, profile: Profile) -> None:
    """With a token the server does not know, every check passes (each call gets a documented 401), so
    only the stateless suite's success guard can tell that nothing was tested; with the right one it is
    content."""
    target = Target(
        base_url="http://testserver" + API_PREFIX,
        token=token,
        other_token="bob-token",
        app=build(None),
    )
    schema = load_schema(target, profile)
    operation = schema["/collections/count"]["GET"]
    log = StatusLog()

    @given(case=operation.as_strategy())
    @settings(max_examples=10, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def call(case: Case[Any]) -> None:
        kwargs = target.call_kwargs()
        response = case.call(**kwargs)
        log.record(case, response)
        case.validate_response(response, transport_kwargs=kwargs)

    call()  # every check passes either way
    problems = log.problems(operation.label, streaming=False)
    if token == DEMO_TOKEN:
        assert not problems, problems
    else:
        assert problems and "no generated call got a 2xx" in problems[0], log.statuses


def test_streams_ending_in_a_documented_error_pass(profile: Profile) -> None:
    """A stream may end with a ChatError line instead of a finished one: that is not a fault."""
    settings = Settings(stream_fault=StreamFault(kind="error", rate=1.0, after_lines=1))
    operation_ids = ("create_chat_session", "get_completion")
    result = run_on(create_app(settings), operation_ids, ("examples", "stateful"), profile)
    assert not result.errors and not result.failures, result.summary()
    assert result.error_streams, f"no stream ended with an error line; {result.summary()}"
    assert "jsonl_stream_conforms" in result.checks_run, result.summary()
