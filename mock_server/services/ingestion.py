"""Uploads kept per user, and their ingestion (or plain text's) into documents of a collection."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import msgspec
from msgspec.structs import replace

from ..clock import Clock, IdFactory
from ..domain.extraction import (
    Extracted,
    UnreadableFile,
    UnsupportedFile,
    extract_pages,
    file_type,
)
from ..errors import BadRequest, NotFound, PayloadTooLarge, UnsupportedMediaType
from ..store import CollectionRecord, DocumentRecord, Store, UploadRecord
from ..wire import IngestMode, UploadedFile
from .access import own_collection
from .knowledge import Knowledge
from .limits import ensure_room, human_size

__all__ = ["STANDARD", "IngestOptions", "IngestionService", "UploadService"]

# White space as the spec's `pattern: \S` (ECMA-262) counts it; Python's own also counts \x1c-\x1f, which
# would refuse names the spec allows.
_BLANK = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*")

_TEXT_KINDS = frozenset({"txt", "text", "md", "markdown", "html", "htm"})


class IngestOptions(msgspec.Struct, frozen=True, kw_only=True):
    """The ingestion options that change what the mock stores; the others are accepted and ignored."""

    ingest_mode: IngestMode = "standard"
    chunk_by_page: bool = False


# Ingestion as the vendor does it by default.
STANDARD = IngestOptions()


class UploadService:
    """Files a user uploaded and has not ingested yet; nobody else can see or ingest them."""

    def __init__(self, store: Store, clock: Clock, ids: IdFactory, max_bytes: int) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids
        self._max_bytes = max_bytes

    def upload(self, owner: str, filename: str, data: bytes, uri: str | None = None) -> UploadedFile:
        """Keep a file for the owner to ingest later (a nameless one as ``upload``); refuse it now only if
        it is too large. Whether it can be read is found out when it is ingested, as h2oGPTe does."""
        filename = filename.strip() or "upload"
        if len(data) > self._max_bytes:
            raise PayloadTooLarge(
                f"{filename!r} is {human_size(len(data))}; "
                f"an upload may be at most {human_size(self._max_bytes)}"
            )
        record = UploadRecord(
            id=self._ids.new(),
            owner=owner,
            filename=filename,
            data=data,
            created_at=self._clock.now(),
            uri=uri,
        )
        self._store.add_upload(record)
        return UploadedFile(id=record.id, filename=record.filename)

    def list(self, owner: str) -> list[UploadedFile]:
        """The owner's uploads not ingested yet, oldest first."""
        return [UploadedFile(id=u.id, filename=u.filename) for u in self._store.list_uploads(owner)]

    def get(self, owner: str, upload_id: str) -> UploadRecord:
        """One of the owner's uploads, or ``NotFound`` (another user's upload is not found either)."""
        upload = self._store.get_upload(upload_id)
        if upload is None or upload.owner != owner:
            raise NotFound(f"Upload {upload_id} not found")
        return upload

    def delete(self, owner: str, upload_id: str) -> None:
        """Forget one of the owner's uploads."""
        self._store.delete_uploads([self.get(owner, upload_id).id])


class IngestionService:
    """Turns uploads or plain text into documents of a collection the caller owns, chunked and indexed."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        ids: IdFactory,
        knowledge: Knowledge,
        uploads: UploadService,
        limits: tuple[int, int],
    ) -> None:
        self._store = store
        self._clock = clock
        self._ids = ids
        self._knowledge = knowledge
        self._uploads = uploads
        # The largest plain text (as UTF-8) and the most bytes of documents in one collection.
        self._max_upload_bytes, self._max_collection_bytes = limits

    def ingest_uploads(
        self,
        owner: str,
        collection_id: str,
        upload_ids: Sequence[str],
        metadata: dict[str, Any] | None = None,
        options: IngestOptions = STANDARD,
    ) -> list[str]:
        """Ingest the owner's uploads into the collection, all or none, and consume them; return the new
        documents' ids. ``metadata`` maps upload ids to each document's metadata."""
        wanted = list(dict.fromkeys(upload_ids))
        if not wanted:
            raise BadRequest("Name at least one upload to ingest")
        collection = own_collection(self._store, owner, collection_id)
        uploads = [self._uploads.get(owner, upload_id) for upload_id in wanted]
        for key, value in (metadata or {}).items():
            if key not in wanted:
                raise BadRequest(f"metadata names {key!r}, which is not among the uploads being ingested")
            if not isinstance(value, dict):
                raise BadRequest(f"metadata for {key!r} must be a JSON object")
        files = [(u.filename, u.data, u.uri, (metadata or {}).get(u.id)) for u in uploads]
        return self._ingest(owner, collection, files, options, consumed=wanted)

    def ingest_plain_text(
        self,
        owner: str,
        collection_id: str,
        file_name: str,
        text: str,
        metadata: dict[str, Any] | None = None,
        options: IngestOptions = STANDARD,
    ) -> str:
        """Ingest text as one document named ``file_name``; return its id."""
        if _BLANK.fullmatch(file_name):
            raise BadRequest("file_name must hold more than white space")
        data = text.encode()
        if len(data) > self._max_upload_bytes:
            raise PayloadTooLarge(
                f"The text is {human_size(len(data))}; "
                f"a document may be at most {human_size(self._max_upload_bytes)}"
            )
        collection = own_collection(self._store, owner, collection_id)
        return self._ingest(owner, collection, [(file_name, data, None, metadata)], options, plain=True)[0]

    def _ingest(
        self,
        owner: str,
        collection: CollectionRecord,
        files: Sequence[tuple[str, bytes, str | None, dict[str, Any] | None]],
        options: IngestOptions,
        consumed: Sequence[str] = (),
        plain: bool = False,
    ) -> list[str]:
        extracted = [(_plain if plain else _extract)(name, data) for name, data, _, _ in files]
        ensure_room(
            self._store, collection, sum(len(data) for _, data, _, _ in files), self._max_collection_bytes
        )
        now = self._clock.now()
        documents = [
            DocumentRecord(
                id=self._ids.new(),
                owner=owner,
                name=name,
                type=found.type,
                uri=uri,
                pages=found.pages,
                size=len(data),
                created_at=now,
                updated_at=now,
                metadata=meta,
                ingest_mode=options.ingest_mode,
                chunk_by_page=options.chunk_by_page,
                data=data,
            )
            for (name, data, uri, meta), found in zip(files, extracted, strict=True)
        ]
        held = (*collection.document_ids, *(d.id for d in documents))
        self._store.ingest_documents(
            documents, replace(collection, document_ids=held, updated_at=now), consumed_uploads=consumed
        )
        self._knowledge.forget(collection.id)
        return [d.id for d in documents]


def _extract(filename: str, data: bytes) -> Extracted:
    try:
        return extract_pages(filename, data)
    except UnsupportedFile as exc:
        raise UnsupportedMediaType(str(exc)) from None
    except UnreadableFile as exc:
        raise BadRequest(str(exc)) from None


def _plain(filename: str, data: bytes) -> Extracted:
    """Plain text sent for ingestion: Markdown or HTML when the name says so, else text of type ``txt``."""
    if file_type(filename) in _TEXT_KINDS:
        return _extract(filename, data)
    return _extract("text.txt", data)
