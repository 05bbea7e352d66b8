"""Command line: every setting as a flag, each flag with a ``MOCK_*`` environment variable behind it."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import msgspec

__all__ = ["main", "parse_settings"]

from .control.policy import Errors, Latency, Override, StreamFault
from .errors import ApiError
from .group_options import add_admin_argument, add_group_argument, parse_groups
from .job_options import add_job_arguments
from .model_options import add_model_flags, llms_from
from .sdk_options import add_sdk_arguments
from .settings import DEMO_TOKEN, Settings
from .storage_options import add_storage_arguments, check_storage, upload_limits


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


def _list(name: str) -> list[str]:
    return [item for item in _env(name, "").split(",") if item]


def _latency(text: str) -> Latency:
    low, sep, high = text.partition("-")
    return msgspec.convert({"min": float(low), "max": float(high) if sep else float(low)}, Latency)


def _errors(text: str) -> Errors:
    rate, sep, status = text.partition("@")
    fields = {"rate": float(rate), "status": int(status)} if sep else {"rate": float(rate)}
    return msgspec.convert(fields, Errors)


def _controls(
    latencies: Sequence[str], error_rates: Sequence[str]
) -> tuple[Latency, Errors, dict[str, Override]]:
    """Read ``[OPERATION=]VALUE`` flags: without an operation they set the server-wide value."""
    latency, errors, operations = Latency(), Errors(), dict[str, Override]()
    for flag, values in (("--latency", latencies), ("--error-rate", error_rates)):
        for value in values:
            operation, sep, setting = value.rpartition("=")
            try:
                parsed = _latency(setting) if flag == "--latency" else _errors(setting)
            except (ValueError, msgspec.ValidationError) as exc:
                raise argparse.ArgumentTypeError(f"{flag} {value!r}: {exc}") from None
            if not sep:
                latency, errors = (parsed, errors) if isinstance(parsed, Latency) else (latency, parsed)
                continue
            old = operations.get(operation, Override())
            field = "latency" if isinstance(parsed, Latency) else "errors"
            operations[operation] = msgspec.structs.replace(old, **{field: parsed})
    return latency, errors, operations


def _stream_fault(kind: str | None, rate: float, after_lines: int, max_stall: float) -> StreamFault:
    fields = {"kind": kind, "rate": rate, "after_lines": after_lines, "max_stall": max_stall}
    try:
        return msgspec.convert(fields, StreamFault)
    except msgspec.ValidationError as exc:
        raise argparse.ArgumentTypeError(f"stream fault options: {exc}") from None


class _Parser(argparse.ArgumentParser):
    """Reports a bad option or environment variable in one line, with exit status 2."""

    def error(self, message: str) -> NoReturn:
        """Exit with ``message`` on one line."""
        self.exit(2, f"{self.prog}: error: {message}\n")


def _prog() -> str:
    """The installed command's name when run as h2ogpte-mock, else how a clone runs it."""
    return "h2ogpte-mock" if Path(sys.argv[0]).name == "h2ogpte-mock" else "python -m mock_server"


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is outside 1-65535")
    return port


def _parser() -> argparse.ArgumentParser:
    defaults = Settings()
    # Defaults from the environment stay strings, so argparse converts and checks them like flags.
    p = _Parser(
        prog=_prog(),
        description=f"Run the h2oGPTe-compatible mock server. Demo bearer token: {DEMO_TOKEN}.",
        epilog="Every option can also be set by the MOCK_<OPTION> environment variable, e.g. MOCK_PORT=9000.",
    )
    p.add_argument("--host", default=_env("HOST", defaults.host), help="interface to bind (MOCK_HOST)")
    p.add_argument("--port", type=_port, default=_env("PORT", str(defaults.port)), help="port (MOCK_PORT)")
    p.add_argument("--seed", type=int, default=_env("SEED", "0"), help="seed for new ids (MOCK_SEED)")
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
    add_group_argument(p, _env)
    add_admin_argument(p, _env, defaults.admins)
    add_model_flags(p, _env)
    p.add_argument(
        "--cors-origin",
        action="append",
        default=[o for o in _env("CORS_ORIGINS", "").split(",") if o],
        help="extra allowed CORS origin; localhost origins are always allowed (MOCK_CORS_ORIGINS)",
    )
    p.add_argument(
        "--time-to-first-token",
        type=float,
        default=_env("TIME_TO_FIRST_TOKEN", "0"),
        metavar="SECONDS",
        help="delay before the first streamed line (MOCK_TIME_TO_FIRST_TOKEN)",
    )
    p.add_argument(
        "--tokens-per-second",
        type=float,
        default=_env("TOKENS_PER_SECOND", "0"),
        help="streamed lines per second, 0 for no pacing (MOCK_TOKENS_PER_SECOND)",
    )
    p.add_argument(
        "--latency",
        action="append",
        default=_list("LATENCY"),
        metavar="[OPERATION=]SECONDS[-SECONDS]",
        help="added delay, fixed or uniform in a range; with OPERATION= for one operationId only "
        "(repeatable; MOCK_LATENCY=0.1-0.4,get_completion=1)",
    )
    p.add_argument(
        "--error-rate",
        action="append",
        default=_list("ERROR_RATE"),
        metavar="[OPERATION=]RATE[@STATUS]",
        help="share of requests failed with STATUS (default 500) and the Error body; the status must be "
        "documented for every targeted operation (repeatable; MOCK_ERROR_RATE=get_completion=0.2@500)",
    )
    p.add_argument(
        "--stream-fault",
        choices=["error", "stall", "drop"],
        default=_env("STREAM_FAULT", "") or None,
        help="make streams end with a ChatError line, stall, or drop the connection (MOCK_STREAM_FAULT)",
    )
    p.add_argument(
        "--stream-fault-rate",
        type=float,
        default=_env("STREAM_FAULT_RATE", "1"),
        metavar="RATE",
        help="share of streams the fault hits (MOCK_STREAM_FAULT_RATE, default 1)",
    )
    p.add_argument(
        "--stream-fault-after",
        type=int,
        default=_env("STREAM_FAULT_AFTER", "3"),
        metavar="LINES",
        help="lines sent before the fault (MOCK_STREAM_FAULT_AFTER, default 3)",
    )
    p.add_argument(
        "--max-stall",
        type=float,
        default=_env("MAX_STALL", "30"),
        metavar="SECONDS",
        help="a stalled stream is dropped after this long (MOCK_MAX_STALL, default 30)",
    )
    p.add_argument(
        "--admin-token",
        default=_env("ADMIN_TOKEN", defaults.admin_token),
        help=f"bearer token of the admin API under /admin (MOCK_ADMIN_TOKEN, default {defaults.admin_token})",
    )
    add_storage_arguments(p, _env)
    add_job_arguments(p, _env)
    add_sdk_arguments(p, _env)
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
        groups = parse_groups(args.group)
        latency, errors, operations = _controls(args.latency, args.error_rate)
        stream_fault = _stream_fault(
            args.stream_fault, args.stream_fault_rate, args.stream_fault_after, args.max_stall
        )
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    settings = Settings(
        host=args.host,
        port=args.port,
        seed=args.seed,
        fixtures=args.fixtures,
        empty=args.empty,
        tokens=tokens,
        groups=groups,
        cors_origins=tuple(args.cors_origin),
        time_to_first_token=args.time_to_first_token,
        tokens_per_second=args.tokens_per_second,
        log_requests=args.log_requests,
        latency=latency,
        errors=errors,
        stream_fault=stream_fault,
        operations=operations,
        admin_token=args.admin_token,
        admins=tuple(args.admin) or Settings().admins,
        llms=llms_from(args),
        data=args.data,
        database_url=args.database_url,
        workers=args.workers,
        job_seconds=args.job_seconds,
        **upload_limits(args),
        server_version=args.server_version,
    )
    try:
        _check_policy(settings)
        check_storage(settings)
    except ValueError as exc:
        parser.error(str(exc))
    return settings


def _check_policy(settings: Settings) -> None:
    """Raise ``ValueError`` naming what is wrong with the fault settings, as the server would at start."""
    from .app import initial_policy
    from .control import Controls
    from .control.middleware import simulatable_statuses

    Controls(initial_policy(settings), settings.seed, simulatable_statuses)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the server until interrupted; a bad option, fixture file or port exits with status 2."""
    from .app import create_app
    from .serving import configure_logging, listen, serve
    from .store import StoreUnavailable
    from .workers import serve_workers

    settings = parse_settings(argv)
    configure_logging()
    try:
        # Opens the store, creating and filling it on first use, before any worker starts.
        app = create_app(settings)
    except StoreUnavailable as exc:
        return _fail(str(exc))
    except (OSError, msgspec.MsgspecError, ApiError) as exc:  # reading or loading the fixture file
        return _fail(f"fixtures {settings.fixtures}: {exc}")
    try:
        listener = listen(settings.host, settings.port)
    except OSError as exc:
        return _fail(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}")
    # What exists now (modules, the demo data, the store's tables) lives as long as the process. Moving it
    # out of the cyclic garbage collector's view keeps full collections short: without this each one walks
    # the whole store, a pause of 20-50 ms once the store holds tens of thousands of records.
    gc.collect()
    gc.freeze()
    print(
        f"Mock server on http://{settings.host}:{settings.port}  (docs: /docs, token: {DEMO_TOKEN})",
        flush=True,
    )
    if settings.workers == 1:
        serve(app, listener)
        return 0
    # Each worker process binds the port itself; the listener only proved it free.
    listener.close()
    serve_workers(settings)
    return 0


def _fail(message: str) -> int:
    print(f"{_prog()}: error: {message}", file=sys.stderr)
    return 2
