"""The generated client type-checks under ``mypy --strict``, and so does typical code that uses it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Typical use, checked together with the package. Each `type: ignore[...]` marks a call that must be
# rejected: under --strict (warn_unused_ignores) an ignore that silences nothing is itself an error.
USAGE = """\
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from gpte_client import AuthenticatedClient
from gpte_client.api.chat import get_completion
from gpte_client.errors import ChatStreamError
from gpte_client.models import ChatCompletionDelta, ChatCompletionRequest, ChatSettings, TagFilter


def use(client: AuthenticatedClient) -> None:
    body = ChatCompletionRequest(message="hi", include_chat_history="on", tags=TagFilter(include=["policy"]))
    assert_type(get_completion.stream("s", client=client, body=body), Iterator[ChatCompletionDelta])
    assert_type(get_completion.astream("s", client=client, body=body), AsyncIterator[ChatCompletionDelta])
    try:
        text = "".join(delta.body for delta in get_completion.stream("s", client=client, body=body))
    except ChatStreamError as failure:
        text = failure.error
    assert_type(text, str)
    ChatSettings(include_chat_history="sometimes")  # type: ignore[arg-type]
    get_completion.stream("s", client=client, body={"message": "hi"})  # type: ignore[arg-type]
"""


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for this file's runs: each checks the generated client, the second from the cache."""
    return tmp_path_factory.mktemp("mypy_cache")


def test_generated_client_passes_mypy_strict(tmp_path: Path, mypy_cache: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE)
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(mypy_cache),
        str(ROOT / "gpte_client"),
        str(usage),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _readme_examples() -> list[str]:
    """The Python code blocks of README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.DOTALL | re.MULTILINE)


def test_readme_python_examples_pass_mypy_strict(tmp_path: Path, mypy_cache: Path) -> None:
    examples = _readme_examples()
    assert examples, "README.md has no ```python blocks"
    files = []
    for number, code in enumerate(examples):
        files.append(tmp_path / f"readme_example_{number}.py")
        files[-1].write_text(code, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(mypy_cache),
        *map(str, files),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
