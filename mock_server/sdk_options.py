"""The command line's options for the vendor SDK's own endpoints (``/rpc/meta``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .settings import Settings

__all__ = ["add_sdk_arguments"]


def add_sdk_arguments(p: argparse.ArgumentParser, env: Callable[[str, str], str]) -> None:
    """Add ``--server-version`` with its ``MOCK_SERVER_VERSION`` variable."""
    default = Settings().server_version
    p.add_argument(
        "--server-version",
        default=env("SERVER_VERSION", default),
        metavar="VERSION",
        help="the h2oGPTe version GET /rpc/meta reports; the vendor SDK warns when it is not its own "
        f"(MOCK_SERVER_VERSION, default {default})",
    )
