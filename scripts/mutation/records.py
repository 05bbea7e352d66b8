"""Planted bugs in what a user reads and writes: statuses, fields, paging, counts, writes, deletes."""

from __future__ import annotations

from .mutant import Mutant

_API = "mock_server/api/"
_SVC = "mock_server/services/"

__all__ = ["RECORD_MUTANTS"]

RECORD_MUTANTS = (
    # ---------------------------------------------------------------- status codes
    Mutant(
        "create_collection_200",
        "status code",
        "create_collection answers 200 instead of 201",
        _API + "collections.py",
        '@post("/", operation_id="create_collection", status_code=201)',
        '@post("/", operation_id="create_collection", status_code=200)',
    ),
    Mutant(
        "delete_session_200",
        "status code",
        "delete_chat_session answers 200 instead of 204",
        _API + "chats.py",
        'operation_id="delete_chat_session", status_code=204',
        'operation_id="delete_chat_session", status_code=200',
    ),
    Mutant(
        "share_template_200",
        "status code",
        "share_prompt_template answers 200 instead of 204",
        _API + "prompt_templates.py",
        'operation_id="share_prompt_template",\n        status_code=204,',
        'operation_id="share_prompt_template",\n        status_code=200,',
    ),
    # ---------------------------------------------------------------- missing or mistyped fields
    Mutant(
        "document_count_string",
        "missing/mistyped field",
        "a collection's document_count is a string",
        _SVC + "views.py",
        "document_count=len(documents),",
        "document_count=str(len(documents)),  # type: ignore[arg-type]",
    ),
    Mutant(
        "message_content_null",
        "missing/mistyped field",
        "messages come without their content",
        _SVC + "views.py",
        "content=message.content,",
        "content=None,  # type: ignore[arg-type]",
    ),
    Mutant(
        "session_username_wrong",
        "missing/mistyped field",
        "a session's username is its workspace",
        _SVC + "views.py",
        "username=session.owner,",
        "username=session.workspace,  # type: ignore[arg-type]",
    ),
    # ---------------------------------------------------------------- paging
    Mutant(
        "sessions_page_one_too_many",
        "paging",
        "pages of chat sessions hold one item too many",
        _SVC + "sessions.py",
        "self._store.list_sessions_with_collections(user, offset, limit)",
        "self._store.list_sessions_with_collections(user, offset, limit + 1)",
    ),
    Mutant(
        "documents_page_ignores_offset",
        "paging",
        "pages of a collection's documents always start at the first",
        _SVC + "collections.py",
        "found[offset : offset + limit]",
        "found[0:limit]",
    ),
    Mutant(
        "messages_page_overlap",
        "paging",
        "pages of messages overlap by one",
        _SVC + "sessions.py",
        "self._store.get_session_with_messages(session_id, offset, limit)",
        "self._store.get_session_with_messages(session_id, max(offset - 1, 0), limit)",
    ),
    Mutant(
        "collections_page_drops_last",
        "paging",
        "pages of collections miss one item",
        _SVC + "collections.py",
        "collection_view(self._store, c, user) for c in self._store.list_collections(query, offset, limit)",
        "collection_view(self._store, c, user)\n            for c in"
        " self._store.list_collections(query, offset, limit)[: max(limit - 1, 1)]",
    ),
    # ---------------------------------------------------------------- counts
    Mutant(
        "template_count_off",
        "count",
        "the prompt template count disagrees with the list",
        _SVC + "templates.py",
        "return Count(count=self._store.count_templates(TemplateQuery(user=user)))",
        "return Count(count=self._store.count_templates(TemplateQuery(user=user)) + 1)",
    ),
    Mutant(
        "collection_count_owned_only",
        "count",
        "the collection count leaves out collections shared with the user",
        _SVC + "collections.py",
        "return Count(count=self._store.count_collections(CollectionQuery(user=user)))",
        "return Count(count=self._store.count_collections(CollectionQuery(user=user, owned_only=True)))",
    ),
    Mutant(
        "collection_session_count_all",
        "count",
        "a collection's chat session count counts all of the user's sessions",
        _SVC + "collections.py",
        "return Count(count=self._store.count_collection_sessions(collection_id, user))",
        "return Count(count=self._store.count_sessions(user))",
    ),
    # ---------------------------------------------------------------- read-your-writes
    Mutant(
        "collection_update_drops_description",
        "read-your-writes",
        "update_collection silently drops the description",
        _SVC + "collections.py",
        "description=body.description if isinstance(body.description, str) else collection.description,",
        "description=collection.description,",
    ),
    Mutant(
        "session_rename_lost",
        "read-your-writes",
        "renaming a session changes nothing",
        _SVC + "sessions.py",
        "return self._touch(replace(session, name=name))",
        "return self._touch(session)",
    ),
    Mutant(
        "chat_settings_not_stored",
        "read-your-writes",
        "update_collection_chat_settings answers 204 but keeps the old settings",
        _SVC + "collections.py",
        "self._touch(replace(collection, chat_settings=body), user)",
        "self._touch(collection, user)",
    ),
    Mutant(
        "session_template_not_saved",
        "read-your-writes",
        "setting a session's prompt template does not stick",
        _SVC + "sessions.py",
        "return self._touch(replace(session, prompt_template_id=template_id))",
        "return self._touch(replace(session, prompt_template_id=None))",
    ),
    Mutant(
        "session_template_removal_noop",
        "read-your-writes",
        "removing a session's prompt template answers 200 and changes nothing",
        _API + "chats.py",
        "return await request.run(request.services.sessions.set_template, request.user, session_id, None)",
        "return await request.run(request.services.sessions.get, request.user, session_id)",
    ),
    Mutant(
        "template_update_ignored",
        "read-your-writes",
        "update_prompt_template keeps the old content",
        _SVC + "templates.py",
        "template, content={**template.content, **_set_fields(body)}, updated_at=self._clock.now()",
        "template, content=template.content, updated_at=self._clock.now()",
    ),
    # ---------------------------------------------------------------- delete
    Mutant(
        "session_delete_noop",
        "delete",
        "delete_chat_session answers 204 but keeps the session",
        _SVC + "sessions.py",
        "        self._store.delete_session(session_id)\n",
        "",
    ),
    Mutant(
        "document_removal_noop",
        "delete",
        "removing a document from a collection does nothing",
        _SVC + "collections.py",
        "kept = tuple(d for d in collection.document_ids if d != document_id)",
        "kept = tuple(collection.document_ids)",
    ),
    Mutant(
        "template_delete_noop",
        "delete",
        "delete_prompt_template answers 204 but keeps the template",
        _SVC + "templates.py",
        "        self._store.delete_templates(ids)\n",
        "        _ = ids\n",
    ),
)
