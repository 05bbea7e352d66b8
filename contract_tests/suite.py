"""Loading ``openapi.yaml`` with the project's ``schemathesis.toml``; steering cases at real data."""

from __future__ import annotations

import json
import tomllib
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import schemathesis
from schemathesis import Case
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.schemas import OpenApiSchema

from .hooks import JSONL
from .profiles import Profile, generation_seed
from .seeding import Seed
from .spec import CONFIG_PATH, REPO, SPEC_PATH
from .target import Target
from .users import User

__all__ = [
    "CONFIG_PATH",
    "PEERS",
    "REPO",
    "SPEC_PATH",
    "StatusLog",
    "Steering",
    "load_config",
    "load_schema",
    "only",
    "operation_id",
]

# The two users' names in the Web Fuzzing Commons auth document (see `load_config(peers=...)`).
PEERS = ("first", "second")


def load_config(
    target: Target,
    profile: Profile,
    *,
    overrides: dict[str, Any] | None = None,
    peers: Path | None = None,
) -> SchemathesisConfig:
    """``schemathesis.toml`` with the target's token and the profile's budgets written over it.

    With ``peers`` (a directory), both users go into a Web Fuzzing Commons auth document there, listed as
    peers: schemathesis then sends every case as the first user and runs ``object_level_authorization``,
    replaying the first user's reads of their own records as the second.
    """
    data: dict[str, Any] = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    if peers is None:
        data.setdefault("auth", {}).setdefault("openapi", {})["bearerAuth"] = {"bearer": target.token}
    else:
        data["auth"] = {
            "wfc": {"path": str(_wfc_document(target, peers)), "user": PEERS[0], "peers": list(PEERS)}
        }
    data.setdefault("generation", {})["max-examples"] = profile.max_examples
    data.setdefault("phases", {}).setdefault("stateful", {})["max-steps"] = profile.stateful_steps
    seed = generation_seed()
    if seed is not None:
        data["seed"] = seed
    for key, value in (overrides or {}).items():
        _merge(data, key.split("."), value)
    config = SchemathesisConfig.from_dict(data, base_dir=str(CONFIG_PATH.parent))
    config.projects.default.update(base_url=target.base_url)
    return config


def _wfc_document(target: Target, directory: Path) -> Path:
    """A Web Fuzzing Commons auth document with both users' bearer tokens as fixed headers."""
    users = [
        {"name": name, "fixedHeaders": [{"name": "Authorization", "value": f"Bearer {token}"}]}
        for name, token in zip(PEERS, (target.token, target.other_token), strict=True)
    ]
    path = directory / "contract-users.json"
    path.write_text(json.dumps({"auth": users}), encoding="utf-8")
    return path


def _merge(data: dict[str, Any], keys: list[str], value: Any) -> None:
    for key in keys[:-1]:
        data = data.setdefault(key, {})
    data[keys[-1]] = value


def load_schema(
    target: Target, profile: Profile, *, overrides: dict[str, Any] | None = None, peers: Path | None = None
) -> OpenApiSchema:
    """The project's ``openapi.yaml`` as a schemathesis schema aimed at ``target``.

    In-process, the schema is bound to the app too: checks that send extra requests of their own (e.g.
    ``ignored_auth`` without credentials) reach it through schemathesis' ASGI transport.
    """
    schema = schemathesis.openapi.from_path(
        SPEC_PATH, config=load_config(target, profile, overrides=overrides, peers=peers)
    )
    if target.app is not None:
        schema.app = target.app
    return schema


def only(schema: OpenApiSchema, operation_ids: Iterable[str]) -> OpenApiSchema:
    """``schema`` narrowed to the given operations.

    ``schema.include()`` cannot narrow here: schemathesis 4.32.5 ORs it with the include filter it builds
    from ``[[operations]]`` sections of the config, which matches every operation. ``exclude`` works.
    """
    keep = frozenset(operation_ids)
    narrowed = schema.exclude(lambda ctx: ctx.operation.definition.raw.get("operationId") not in keep)
    return cast(OpenApiSchema, narrowed)


def operation_id(case: Case[Any]) -> str:
    return str(case.operation.definition.raw.get("operationId", case.operation.label))


@dataclass
class StatusLog:
    """Status codes answered to the generated calls, per ``METHOD /path`` actually sent.

    Cases of the coverage phase that try undocumented methods are logged under their own method, so an
    operation's successes are its own; ``streams`` counts 2xx JSON-lines answers per operation.
    """

    statuses: dict[str, Counter[int]] = field(default_factory=dict)
    streams: Counter[str] = field(default_factory=Counter)
    # Schema-valid calls (OPTIONS excluded): how many, and how many got a 2xx.
    valid: Counter[bool] = field(default_factory=Counter)

    def record(self, case: Case[Any], response: Any) -> None:
        label = f"{case.method.upper()} {case.path}"
        self.statuses.setdefault(label, Counter())[response.status_code] += 1
        if case.method.upper() != "OPTIONS" and (case.meta is None or case.meta.generation.mode.is_positive):
            self.valid[200 <= response.status_code < 300] += 1
        content_type = (response.headers.get("content-type") or [""])[0]
        if 200 <= response.status_code < 300 and content_type.startswith(JSONL):
            self.streams[label] += 1

    def successes(self, label: str) -> int:
        return sum(n for status, n in self.statuses.get(label, Counter()).items() if 200 <= status < 300)

    def problems(self, label: str, *, streaming: bool) -> list[str]:
        """Why the calls of ``label`` tested too little: no 2xx, or no streamed 2xx if it can stream."""
        found = []
        if self.successes(label) == 0:
            found.append(f"{label}: no generated call got a 2xx ({dict(self.statuses.get(label, {}))})")
        if streaming and self.streams[label] == 0:
            found.append(f"{label}: offers {JSONL}, but no generated call got a streamed 2xx answer")
        return found

    def totals(self) -> tuple[int, int]:
        """(schema-valid calls that got a 2xx, schema-valid calls), OPTIONS excluded."""
        return self.valid[True], self.valid[True] + self.valid[False]


def _content_hash(case: Case[Any]) -> int:
    """A stable number from what was generated for ``case`` (not Python's per-process ``hash``)."""
    data = [case.path_parameters, case.query, case.body if isinstance(case.body, (dict, list, str)) else None]
    text = json.dumps(data, sort_keys=True, default=repr)
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


# Path parameters, query parameters and body fields that name a resource, and the seeded one to use.
_SEEDED_NAMES = (
    "session_id",
    "collection_id",
    "message_id",
    "prompt_template_id",
    "document_id",
    "question_id",
    "answer_id",
    "message_ids",
    "job_id",
    # A job's other collection (to import from, or move sessions to): the seeded one serves.
    "source_collection_id",
    "target_collection_id",
    "upload_ids",
)


_PLACES = (ParameterLocation.PATH, ParameterLocation.QUERY, ParameterLocation.BODY)


def _steerable(case: Case[Any]) -> tuple[ParameterLocation, ...]:
    """Where ids may be rewritten without making a negative case valid: anywhere in a positive case; in a
    negative one only the places generated valid, and nowhere if the case does not say where it is invalid
    (a rewritten id could be the very value that made it invalid)."""
    meta = case.meta
    places: tuple[ParameterLocation, ...] = _PLACES
    if any(isinstance(value, str) and "%" in value for value in case.path_parameters.values()):
        # Path values are kept percent-encoded; after a rewrite schemathesis re-validates them encoded,
        # so `1%2C2` (chunks 1 and 2) would be judged invalid and a 200 for it reported as a failure.
        places = (ParameterLocation.QUERY, ParameterLocation.BODY)
    if meta is None or not meta.generation.mode.is_negative:
        return places
    negative = [place for place in _PLACES if meta.is_negative_at(place)]
    return tuple(place for place in places if place not in negative) if negative else ()


@dataclass
class Steering:
    """Points about three of every four generated cases of one operation at seeded resources.

    Random ids mostly answer 404, which tests little beyond the existence check. Cases that target the
    path parameters on purpose (negative in the path) are left alone, and so is a quarter of the others
    (chosen by the case's content, so a replayed case is steered the same way), so unknown ids are still
    tried. Deleting operations get a fresh victim each time, so one delete does not turn the rest of the
    operation's cases into 404s.
    """

    user: User
    seed: Seed

    def _ids(self, case: Case[Any], draw: int) -> dict[str, str | None]:
        ids: dict[str, str | None] = {
            "session_id": self.seed.session_id,
            "collection_id": self.seed.collection_id,
            # Mostly the answer (it has references and meta), sometimes the question.
            "message_id": self.seed.question_id if draw % 3 == 0 else self.seed.message_id,
            "prompt_template_id": self.seed.prompt_template_id,
            "document_id": self.seed.document_id,
            "question_id": self.seed.question_id,
            "answer_id": self.seed.message_id,
            "message_ids": None,
            "job_id": self.seed.job_id,
            "source_collection_id": self.seed.collection_id,
            "target_collection_id": self.seed.collection_id,
            "upload_ids": None,
        }
        match operation_id(case):
            case "delete_messages":
                ids["message_ids"] = self.user.new_answer()
            case "delete_chat_session":
                ids["session_id"] = self.user.new_session(self.seed.collection_id)
            case "delete_collection":
                ids["collection_id"] = self.user.new_collection()
            case "delete_prompt_template":
                ids["prompt_template_id"] = self.user.new_template()
            case "update_default_prompt_template_visibility":
                # Only a system template other than the default may be shown or hidden.
                ids["prompt_template_id"] = self.user.hideable_template() or self.seed.prompt_template_id
            case "delete_job":
                ids["job_id"] = str(self.user.ok("POST", "/chats/delete_job", json={"session_ids": []})["id"])
            case "delete_document_from_collection" if self.seed.document_id is not None:
                self.user.add_document(self.seed.collection_id, self.seed.document_id)
            case "ingest_upload" | "create_ingest_upload_job":
                # Ingesting consumes the upload: a fresh one each time, and metadata keyed by it.
                upload_id = ids["upload_ids"] = self.user.new_upload()
                body = case.body if isinstance(case.body, dict) else {}
                metadata = body.get("metadata")
                if isinstance(metadata, dict) and metadata:
                    body["metadata"] = {upload_id: next(iter(metadata.values()))}
        return ids

    def steer(self, case: Case[Any]) -> bool:
        """Rewrite ids in ``case`` in place; returns whether it was rewritten."""
        draw = _content_hash(case)
        if draw % 4 == 0:
            return False
        places = _steerable(case)
        path = case.path_parameters if ParameterLocation.PATH in places else {}
        query = case.query if ParameterLocation.QUERY in places else {}
        body = case.body if ParameterLocation.BODY in places and isinstance(case.body, dict) else {}
        names = [name for name in _SEEDED_NAMES if name in path]
        names += [name for name in _SEEDED_NAMES if isinstance(query.get(name), str)]
        names += [name for name in _SEEDED_NAMES if isinstance(body.get(name), str)]
        if not names:
            return False
        ids = self._ids(case, draw // 4)
        for name in _SEEDED_NAMES:
            value = ids[name]
            if value is None:
                continue
            if name in path:
                path[name] = value
            if isinstance(query.get(name), str):
                query[name] = value
            if isinstance(body.get(name), str):
                body[name] = value
        # Reading `meta` revalidates the edited components, so negative/positive labels stay true.
        _ = case.meta
        return True
