"""Command line: every setting as a flag, each flag with a ``MOCK_*`` environment variable behind it."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main", "parse_settings"]

from .settings import DEMO_TOKEN, Settings


def _env(name: str, default: str) -> str:
    return os.environ.get(f"MOCK_{name}", default)


def _pairs(values: Sequence[str]) -> dict[str, str]:
    """Turn ``TOKEN=USER`` strings into a mapping, refusing malformed ones."""
    tokens: dict[str, str] = {}
    for value in values:
        token, sep, user = value.partition("=")
        if not sep or not token or not user:
            raise argparse.ArgumentTypeError(f"expected TOKEN=USER, got {value!r}")
        tokens[token] = user
    return tokens


def _parser() -> argparse.ArgumentParser:
    defaults = Settings()
    p = argparse.ArgumentParser(
        prog="python -m mock_server",
        description=f"Run the h2oGPTe-compatible mock server. Demo bearer token: {DEMO_TOKEN}.",
        epilog="Every option can also be set by the MOCK_<OPTION> environment variable, e.g. MOCK_PORT=9000.",
    )
    p.add_argument("--host", default=_env("HOST", defaults.host), help="interface to bind (MOCK_HOST)")
    p.add_argument("--port", type=int, default=int(_env("PORT", str(defaults.port))), help="port (MOCK_PORT)")
    p.add_argument("--seed", type=int, default=int(_env("SEED", "0")), help="seed for new ids (MOCK_SEED)")
    p.add_argument(
        "--fixtures",
        type=Path,
        default=_env("FIXTURES", "") or None,
        help="fixture JSON file to load instead of the demo data (MOCK_FIXTURES)",
    )
    p.add_argument(
        "--empty",
        action="store_true",
        default=_env("EMPTY", "") not in ("", "0", "false"),
        help="start with users only, no demo data (MOCK_EMPTY=1)",
    )
    p.add_argument(
        "--token",
        action="append",
        default=_env("TOKENS", "").split(",") if _env("TOKENS", "") else [],
        metavar="TOKEN=USER",
        help="accept another bearer token (repeatable; MOCK_TOKENS=t1=u1,t2=u2)",
    )
    p.add_argument(
        "--cors-origin",
        action="append",
        default=[o for o in _env("CORS_ORIGINS", "").split(",") if o],
        help="extra allowed CORS origin; localhost origins are always allowed (MOCK_CORS_ORIGINS)",
    )
    p.add_argument(
        "--time-to-first-token",
        type=float,
        default=float(_env("TIME_TO_FIRST_TOKEN", "0")),
        metavar="SECONDS",
        help="delay before the first streamed line (MOCK_TIME_TO_FIRST_TOKEN)",
    )
    p.add_argument(
        "--tokens-per-second",
        type=float,
        default=float(_env("TOKENS_PER_SECOND", "0")),
        help="streamed lines per second, 0 for no pacing (MOCK_TOKENS_PER_SECOND)",
    )
    p.add_argument(
        "--log-requests",
        action="store_true",
        default=_env("LOG_REQUESTS", "") not in ("", "0"),
        help="log one line per request (MOCK_LOG_REQUESTS=1)",
    )
    return p


def parse_settings(argv: Sequence[str] | None = None) -> Settings:
    """Read settings from flags and environment."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        tokens = _pairs(args.token)
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    return Settings(
        host=args.host,
        port=args.port,
        seed=args.seed,
        fixtures=args.fixtures,
        empty=args.empty,
        tokens=tokens,
        cors_origins=tuple(args.cors_origin),
        time_to_first_token=args.time_to_first_token,
        tokens_per_second=args.tokens_per_second,
        log_requests=args.log_requests,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the server until interrupted."""
    import uvicorn

    from .app import create_app

    settings = parse_settings(argv)
    app = create_app(settings)
    print(
        f"Mock server on http://{settings.host}:{settings.port}  (docs: /docs, token: {DEMO_TOKEN})",
        flush=True,
    )
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
    return 0
