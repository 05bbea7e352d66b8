"""Fill a store with a benchmark data set through the store API, fast enough for a million messages.

The demo fixture is loaded first (it brings the documents the completions retrieve from). On top of it:
the user ``bench`` owns ``sessions`` chat sessions on a copy of the demo handbook collection, holding
``messages`` messages in all, of which the *target* session (the one the GET scenarios read) gets
``TARGET_MESSAGES``; the user ``bench-writer`` gets one session for completions and owns every session
the create scenario makes, so writes never change what the read scenarios return.

Ids, names, times and contents are deterministic, so every server built from the same sizes (the mock,
the framework ceiling, a second run) holds the same data and answers with the same bodies.
"""

from __future__ import annotations

import datetime as dt
import itertools

import msgspec

from mock_server import Settings
from mock_server.seeding import load_fixture_file
from mock_server.store import CollectionQuery, CollectionRecord, MessageRecord, SessionRecord, Store

__all__ = [
    "COMPLETION_SESSION_ID",
    "PAGE",
    "QUESTION",
    "READER",
    "READER_TOKEN",
    "TARGET_MESSAGES",
    "TARGET_SESSION_ID",
    "WRITER",
    "WRITER_TOKEN",
    "Dataset",
    "fill",
    "fill_messages",
    "message_templates",
]

READER, READER_TOKEN = "bench", "bench-token"
WRITER, WRITER_TOKEN = "bench-writer", "bench-writer-token"
# Messages in the session the GET scenarios read; the rest are spread evenly over the other sessions.
TARGET_MESSAGES = 100
# Page size of the list scenarios: what a chat front end shows at once, the same for every server.
PAGE = 20
# The completion scenarios' question: one the handbook answers, so retrieval does real work.
QUESTION = "How many vacation days do new employees get?"

# Fixed whatever the sizes, so the load generator needs no answer from the server to build its requests.
TARGET_SESSION_ID = "00000000-0000-4000-8000-000000000000"
COMPLETION_SESSION_ID = "00000000-0000-4000-b000-000000000001"

_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
_HANDBOOK = "Employee Handbook"


class Dataset(msgspec.Struct, frozen=True, kw_only=True):
    """The ids the scenarios need."""

    target_session_id: str
    completion_session_id: str
    collection_id: str
    sessions: int
    messages: int


def _session_id(index: int) -> str:
    # Version-4-shaped so that Prism's and any client's id checks accept them.
    return f"00000000-0000-4000-8000-{index:012x}"


def _message_id(index: int) -> str:
    return f"00000000-0000-4000-9000-{index:012x}"


def message_templates(store: Store) -> tuple[list[MessageRecord], list[MessageRecord]]:
    """Return the demo data's real questions and answers, whose shapes the filled messages copy."""
    records = [m for s in store.list_sessions("demo", 0, 1000) for m in store.list_messages(s.id, 0, 1000)]
    questions = [m for m in records if m.reply_to is None]
    answers = [m for m in records if m.reply_to is not None]
    if not questions or not answers:
        raise RuntimeError("the demo fixture has no answered questions to copy")
    return questions, answers


# Messages are written in batches: one transaction each on a SQL backend.
_BATCH = 10_000


def fill(store: Store, sessions: int, messages: int) -> Dataset:
    """Load the demo fixture and the benchmark users, sessions and messages into an empty store."""
    if sessions < 1 or messages < 0:
        raise ValueError("need at least one session and no negative message count")
    load_fixture_file(store, Settings())
    store.add_user(READER, READER_TOKEN)
    store.add_user(WRITER, WRITER_TOKEN)
    collection_id = _bench_collection(store)
    questions, answers = message_templates(store)
    latest = answers[0].content
    for index in range(sessions):
        at = _EPOCH + dt.timedelta(seconds=index)
        store.add_session(
            SessionRecord(
                id=_session_id(index),
                owner=READER,
                name=f"Session {index}",
                collection_id=collection_id,
                prompt_template_id=None,
                workspace=None,
                created_at=at,
                updated_at=at,
                latest_message_content=latest,
            )
        )
    fill_messages(store, sessions, messages, questions, answers)
    store.add_session(
        SessionRecord(
            id=COMPLETION_SESSION_ID,
            owner=WRITER,
            name="Completions",
            collection_id=collection_id,
            prompt_template_id=None,
            workspace=None,
            created_at=_EPOCH,
            updated_at=_EPOCH,
        )
    )
    return Dataset(
        target_session_id=TARGET_SESSION_ID,
        completion_session_id=COMPLETION_SESSION_ID,
        collection_id=collection_id,
        sessions=sessions,
        messages=messages,
    )


def _bench_collection(store: Store) -> str:
    """A copy of the demo handbook owned by the reader and shared with the writer."""
    demo = store.list_collections(CollectionQuery(user="demo"), 0, 1000)
    handbook = next((c for c in demo if c.name == _HANDBOOK), None)
    if handbook is None:
        raise RuntimeError(f"the demo fixture has no collection named {_HANDBOOK!r}")
    collection_id = "00000000-0000-4000-a000-000000000001"
    store.add_collection(
        CollectionRecord(
            id=collection_id,
            owner=READER,
            name="Bench handbook",
            description=handbook.description,
            embedding_model=handbook.embedding_model,
            created_at=_EPOCH,
            updated_at=_EPOCH,
            document_ids=handbook.document_ids,
            shared_with={WRITER: ["read"]},
        )
    )
    return collection_id


def fill_messages(
    store: Store, sessions: int, messages: int, questions: list[MessageRecord], answers: list[MessageRecord]
) -> None:
    """Add question/answer pairs to the reader's sessions: the target's first, then round-robin.

    The sessions must exist (``fill`` makes them); ``questions`` and ``answers`` give the shapes to copy.
    """
    target = min(TARGET_MESSAGES, messages) if sessions > 1 else messages
    # (session index, position in that session) for every message, in the order they were "written".
    order: itertools.chain[tuple[int, int]] = itertools.chain((0, k) for k in range(target))
    others = sessions - 1
    if others:
        per, extra = divmod(messages - target, others)
        order = itertools.chain(
            order,
            ((1 + s, k) for k in range(per + 1) for s in range(others) if k < per or s < extra),
        )
    previous: dict[int, str] = {}
    batch: list[MessageRecord] = []
    tick = dt.timedelta(microseconds=1)
    at = _EPOCH
    for number, (session, position) in enumerate(order):
        at += tick
        message_id = _message_id(number)
        session_id = _session_id(session)
        if position % 2 == 0:
            template = questions[number % len(questions)]
            # Each message gets its own content string, as real ones do; only the shape is copied.
            message = MessageRecord(
                id=message_id,
                session_id=session_id,
                username=READER,
                content=f"{template.content} ({number})",
                reply_to=None,
                created_at=at,
            )
            previous[session] = message_id
        else:
            template = answers[number % len(answers)]
            message = MessageRecord(
                id=message_id,
                session_id=session_id,
                username=READER,
                content=f"{template.content} ({number})",
                reply_to=previous.pop(session),
                created_at=at,
                llm_args=template.llm_args,
                references=template.references,
                meta=template.meta,
            )
        batch.append(message)
        if len(batch) == _BATCH:
            store.add_messages(batch)
            batch.clear()
    store.add_messages(batch)
