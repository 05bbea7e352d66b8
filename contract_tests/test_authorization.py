"""schemathesis' ``object_level_authorization`` check, with both users as peers, against the target.

The check needs two authenticated peers: both tokens go into a Web Fuzzing Commons auth document
(:func:`contract_tests.suite.load_config`), every case is sent as the first user, and each successful read
of a record the first user created or listed is replayed as the second, who must not get it. The test
requires that the check really replayed reads (it is silent when it has nothing to replay).
"""

from __future__ import annotations

from pathlib import Path

from .conftest import require_second_user
from .engine import run_engine
from .profiles import Profile
from .target import Target
from .test_cli import url_of

# Creates and reads of every kind of record a user owns, and the lists that show them.
OPERATIONS = (
    "create_collection",
    "get_collection",
    "list_collections",
    "create_chat_session",
    "get_chat_session",
    "list_chat_sessions",
    "get_chat_session_messages",
    "get_completion",
    "get_message_meta",
    "get_message_references",
    "create_prompt_template",
    "get_prompt_template",
)
PHASES = ("examples", "coverage", "fuzzing", "stateful")


def test_object_level_authorization_runs_with_two_peers(
    session_target: Target, profile: Profile, reports_dir: Path, tmp_path: Path
) -> None:
    require_second_user(session_target)
    session_target.reset()
    with url_of(session_target) as url:
        live = Target(base_url=url, token=session_target.token, other_token=session_target.other_token)
        result = run_engine(live, OPERATIONS, PHASES, profile, peers=tmp_path)
    reads = sorted({probe[1] for probe in result.peer_probes if probe[0] == "read"})
    report = f"{result.summary()}\nreads replayed as the second user: {reads}\n{result.messages}"
    (reports_dir / "object-level-authorization.txt").write_text(report + "\n", encoding="utf-8")
    print(report)
    assert not result.failures, report
    assert "object_level_authorization" in result.checks_run, report
    assert reads, f"object_level_authorization never replayed a read as the second user: {report}"
