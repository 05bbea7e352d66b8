"""``GET /rpc/meta``: the SDK's constructor reads it, so the unchanged ``H2OGPTE`` starts against the mock,
with no version warning unless the mock is told to report another version."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from h2ogpte import H2OGPTE
from h2ogpte.errors import UnauthorizedError

from mock_server import Settings, create_app
from mock_server.cli import parse_settings
from mock_server.pytest_plugin import MockServer
from mock_server.testing import serve_in_thread

from ._sdk import sync_client

VERSION_WARNING = "doesn't match client version"


def test_the_sdk_starts_without_a_version_warning_and_reads_who_is_calling(
    h2ogpte_mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = sync_client(h2ogpte_mock.url, h2ogpte_mock.api_key)
    bob = sync_client(h2ogpte_mock.url, h2ogpte_mock.admin.api_key_for("bob"))
    assert VERSION_WARNING not in capsys.readouterr().out
    mine, bobs = demo.get_meta(), bob.get_meta()
    assert (mine.version, mine.username, bobs.username) == ("1.7.5", "demo", "bob")
    assert mine.user_id != bobs.user_id and mine.email != bobs.email
    assert not mine.is_guest and not mine.license_expired
    # demo is an h2oGPTe admin of the mock (Settings.admins), bob is not.
    assert mine.permissions and not bobs.permissions
    assert (mine.groups, bobs.groups) == ([], ["Engineering"]) and bobs.ui_config.chat_name


def test_an_unknown_key_is_refused_as_the_sdk_expects(h2ogpte_mock: MockServer) -> None:
    with pytest.raises(UnauthorizedError):
        H2OGPTE(address=h2ogpte_mock.url, api_key="not-a-key")


@pytest.fixture(scope="module")
def older_server() -> Iterator[str]:
    """A mock reporting another version. Started outside any test's output capture: the server's
    logging keeps the stream it finds at start-up."""
    with serve_in_thread(create_app(Settings(server_version="1.6.9"))) as url:
        yield url


def test_the_reported_version_is_configurable(older_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    client = H2OGPTE(address=older_server, api_key="demo-token")
    assert VERSION_WARNING in capsys.readouterr().out
    assert client.get_meta().version == "1.6.9"
    with pytest.raises(RuntimeError, match=VERSION_WARNING):
        H2OGPTE(address=older_server, api_key="demo-token", strict_version_check=True)


def test_the_version_flag_and_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_settings([]).server_version == "1.7.5"
    assert parse_settings(["--server-version", "1.8.0"]).server_version == "1.8.0"
    monkeypatch.setenv("MOCK_SERVER_VERSION", "1.7.6")
    assert parse_settings([]).server_version == "1.7.6"
