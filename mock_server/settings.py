"""Everything that can be configured about a mock server instance."""

from __future__ import annotations

from pathlib import Path

import msgspec

from .control.policy import Errors, Latency, Override, StreamFault

__all__ = [
    "ADMIN_TOKEN",
    "DEFAULT_CORS_ORIGIN_REGEX",
    "DEFAULT_EMBEDDING_MODELS",
    "DEFAULT_LLMS",
    "DEMO_TOKEN",
    "Settings",
]

DEMO_TOKEN = "demo-token"
ADMIN_TOKEN = "admin-token"
# Any port on the loopback names, so a front end's dev server works without configuration.
DEFAULT_LLMS = ("mock-llm-7b", "mock-llm-70b", "mock-vision-llm")
DEFAULT_EMBEDDING_MODELS = ("BAAI/bge-large-en-v1.5", "BAAI/bge-m3")
DEFAULT_CORS_ORIGIN_REGEX = r"^https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$"


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    """Configuration of one server; the CLI fills it from flags and ``MOCK_*`` environment variables."""

    host: str = "127.0.0.1"
    port: int = 8000
    # Seeds the ids of resources created at run time, so two runs with the same requests match.
    seed: int = 0
    # None loads the bundled demo data; ``empty`` starts with users only.
    fixtures: Path | None = None
    empty: bool = False
    # Extra bearer tokens, token -> username, on top of the fixture's users.
    tokens: dict[str, str] = msgspec.field(default_factory=dict)
    # Groups of users, id -> members, on top of (or replacing) the fixture's groups of the same id.
    groups: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)
    cors_origins: tuple[str, ...] = ()
    cors_origin_regex: str | None = DEFAULT_CORS_ORIGIN_REGEX
    # Streaming pace: seconds before the first line, and lines per second after it (0 = as fast as possible).
    time_to_first_token: float = 0.0
    tokens_per_second: float = 0.0
    # Simulated latency and faults for every /api/v1 operation, and whole sections per operationId; with
    # the pace above they are the fault policy a server starts with (the admin API can replace it).
    latency: Latency = Latency()
    errors: Errors = Errors()
    stream_fault: StreamFault = StreamFault()
    operations: dict[str, Override] = msgspec.field(default_factory=dict)
    admin_token: str = ADMIN_TOKEN
    # Users of the API who may call its admin-only operations (archived lists, list_all_*): h2oGPTe admins.
    admins: tuple[str, ...] = ("demo",)
    # Where the data lives: in memory (both None), a SQLite file, or a PostgreSQL database URL.
    data: Path | None = None
    database_url: str | None = None
    # Server processes sharing the port (and the data, which must then be in a file or a database).
    workers: int = 1
    max_body_bytes: int = 8 * 1024 * 1024
    # Seconds a job takes before its work runs; 0 runs it before the request that starts it answers.
    job_seconds: float = 0.0
    # Uploads and ingestion: the largest file one upload (or one plain-text ingestion) may be, and the most
    # bytes of documents one collection may hold; larger ones are refused with 413.
    max_upload_bytes: int = 5 * 1024 * 1024
    max_collection_bytes: int = 100 * 1024 * 1024
    log_requests: bool = False
    # The LLMs a completion may name (the first is the default) and the embedding models collections may
    # use (the first is the default); CLI --llm NAME, repeatable.
    llms: tuple[str, ...] = DEFAULT_LLMS
    embedding_models: tuple[str, ...] = DEFAULT_EMBEDDING_MODELS
    # The version GET /rpc/meta reports; the vendor SDK warns when it differs from its own (1.7.5).
    server_version: str = "1.7.5"
