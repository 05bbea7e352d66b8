"""The command-line flag that chooses the LLMs a server offers (``--llm NAME``, ``MOCK_LLMS``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .settings import Settings

__all__ = ["add_model_flags", "llms_from"]


def add_model_flags(parser: argparse.ArgumentParser, env: Callable[[str, str], str]) -> None:
    """Add ``--llm`` (repeatable; the first named is the default) to ``parser``."""
    parser.add_argument(
        "--llm",
        action="append",
        default=[name for name in env("LLMS", "").split(",") if name],
        metavar="NAME",
        help=f"offer LLM NAME, the first the default (repeatable; MOCK_LLMS; default {Settings().llms[0]}…)",
    )


def llms_from(args: argparse.Namespace) -> tuple[str, ...]:
    """The LLMs the flags name, each once in the order given, or the default list."""
    return tuple(dict.fromkeys(args.llm)) or Settings().llms
