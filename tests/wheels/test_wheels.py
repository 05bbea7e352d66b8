"""Each wheel installs alone into a clean virtualenv, offline, and works there without the repository."""

from __future__ import annotations

import re
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from mock_server.cli import _parser
from scripts.distribute.wheels import ROOT

from .conftest import Venv, offline_env

# Each test installs a wheel into a new virtualenv; one runs the whole contract suite against a live mock.
pytestmark = pytest.mark.slow

# What the client imports, and what those bring with them (httpx's own dependencies).
CLIENT_REQUIRES = {"attrs", "httpx"}
CLIENT_CLOSURE = CLIENT_REQUIRES | {
    "gpte-client",
    "anyio",
    "certifi",
    "h11",
    "httpcore",
    "idna",
    "typing-extensions",
}


def _requires(env: Venv, distribution: str) -> set[str]:
    code = f"import importlib.metadata as m; print('\\n'.join(m.requires({distribution!r}) or []))"
    lines = env.run("-c", code).stdout.splitlines()
    return {re.split(r"[\s<>=!~;\[]", line, maxsplit=1)[0].lower() for line in lines if line}


def test_the_client_installs_alone_with_only_what_it_imports(install: Callable[[str], Venv]) -> None:
    env = install("gpte-client")
    assert _requires(env, "gpte-client") == CLIENT_REQUIRES
    assert env.installed() <= CLIENT_CLOSURE
    probe = (
        "import gpte_client, pathlib; "
        "from gpte_client.api.chat import get_completion; "
        "from gpte_client.errors import NotFoundError; "
        "print(pathlib.Path(gpte_client.__file__).parent)"
    )
    package = Path(env.run("-c", probe).stdout.strip())
    assert package.is_relative_to(env.path) and (package / "py.typed").is_file()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _running(env: Venv, *args: str) -> Iterator[str]:
    """The installed ``h2ogpte-mock`` on a free port, from a folder outside the repository."""
    port = _free_port()
    command = [str(env.command("h2ogpte-mock")), "--port", str(port), *args]
    with subprocess.Popen(
        command, cwd=env.path, env=offline_env(), stderr=subprocess.PIPE, text=True
    ) as server:
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                assert server.poll() is None, (
                    f"h2ogpte-mock exited: {server.stderr.read() if server.stderr else ''}"
                )
                try:
                    if httpx.get(f"{url}/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.05)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def test_the_mock_serves_spec_and_docs_from_the_installed_package(install: Callable[[str], Venv]) -> None:
    env = install("h2ogpte-mock")
    assert {"h2ogpte-mock", "litestar", "msgspec", "uvicorn"} <= env.installed()
    assert not {"gpte-client", "h2ogpte-contract", "schemathesis", "pytest"} & env.installed()
    # --error-rate reads the spec's documented statuses at start-up: it failed when the spec was not packaged.
    with _running(env, "--error-rate", "get_chat_session=0.5@404") as url:
        spec = httpx.get(f"{url}/openapi.yaml")
        assert spec.status_code == 200 and spec.content == (ROOT / "openapi.yaml").read_bytes()
        docs = httpx.get(f"{url}/docs")
        assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text
        for asset in (
            "/docs/assets/swagger-ui-bundle.js",
            "/docs/toolkit/docs-stream.js",
            "/admin/openapi.yaml",
        ):
            assert httpx.get(url + asset).status_code == 200, asset
        chats = httpx.get(f"{url}/api/v1/chats", headers={"Authorization": "Bearer demo-token"})
        assert chats.status_code == 200 and chats.json()


def test_the_installed_mock_serves_the_vendor_sdk(install: Callable[[str], Venv]) -> None:
    """/rpc/meta and the /ws WebSocket work with the wheel's own dependencies (wsproto, not websockets)."""
    from h2ogpte import H2OGPTE

    env = install("h2ogpte-mock")
    assert "wsproto" in env.installed() and "websockets" not in env.installed()
    with _running(env) as url:
        client = H2OGPTE(address=url, api_key="demo-token", strict_version_check=True)
        session_id = client.create_chat_session()
        with client.connect(session_id) as session:
            answer = session.query("Hello?", timeout=30)
        assert client.list_chat_messages(session_id, 0, 1)[0].content == answer.content


def test_the_mock_command_has_every_flag_of_the_cli(install: Callable[[str], Venv]) -> None:
    env = install("h2ogpte-mock")
    help_text = subprocess.run(
        [str(env.command("h2ogpte-mock")), "--help"],
        cwd=env.path,
        env=offline_env(),
        capture_output=True,
        text=True,
    ).stdout
    assert help_text.startswith("usage: h2ogpte-mock ")
    flags = {option for action in _parser()._actions for option in action.option_strings}
    assert flags and all(re.search(rf"(^|[\s,]){re.escape(flag)}\b", help_text) for flag in flags), help_text


def test_the_contract_tests_install_with_their_spec_and_config(install: Callable[[str], Venv]) -> None:
    env = install("h2ogpte-contract")
    assert {"schemathesis", "hypothesis", "pytest", "h2ogpte-mock"} <= _requires(env, "h2ogpte-contract")
    probe = "from contract_tests.suite import SPEC_PATH, CONFIG_PATH; print(SPEC_PATH); print(CONFIG_PATH)"
    spec, config = map(Path, env.run("-c", probe).stdout.split())
    assert spec.is_relative_to(env.path) and spec.read_bytes() == (ROOT / "openapi.yaml").read_bytes()
    assert (
        config.is_relative_to(env.path) and config.read_bytes() == (ROOT / "schemathesis.toml").read_bytes()
    )


def test_the_contract_command_passes_against_a_live_mock(
    install: Callable[[str], Venv], tmp_path: Path
) -> None:
    """h2ogpte-contract, installed alone, runs the suite against the installed mock with two users."""
    contract = install("h2ogpte-contract")
    junit = tmp_path / "contract.xml"
    with _running(install("h2ogpte-mock")) as url:
        command = [str(contract.command("h2ogpte-contract")), f"{url}/api/v1", "--token", "demo-token"]
        command += ["--other-token", "bob-token", "--junit", str(junit), "--profile", "quick", "--", "-k"]
        # Every behavioural property and two stateful workflows run live. Left out are three runs of
        # schemathesis' engine over every operation, 175 s of the suite's 251 s live: the stateless run and
        # the CLI run check over a socket what the in-process suite's CLI run checks over one, and the two
        # workflows over all links send their requests through the engine the kept workflows use.
        command += ["not test_operation_conforms and not test_cli_run_passes and not links_workflow"]
        result = subprocess.run(
            command, cwd=contract.path, env=offline_env(), capture_output=True, text=True, timeout=1200
        )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "<testsuite" in junit.read_text(encoding="utf-8")
    assert " 0 failed" in result.stdout, result.stdout[-2000:]
    ran = {line.split()[1] for line in result.stdout.splitlines() if line.startswith("  passed ")}
    assert {"isolation", "sharing", "completions:", "model-based", "chat", "create"} <= ran, result.stdout
