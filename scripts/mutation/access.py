"""Planted bugs in who may see what, and in answers: isolation, sharing, streaming, 5xx."""

from __future__ import annotations

from .mutant import Mutant

_API = "mock_server/api/"
_SVC = "mock_server/services/"

__all__ = ["ACCESS_MUTANTS"]

ACCESS_MUTANTS = (
    # ---------------------------------------------------------------- isolation
    Mutant(
        "session_readable_by_anyone",
        "isolation",
        "any user can read and change any chat session",
        _SVC + "access.py",
        "if session is None or not may_change(user, session.owner):\n        raise"
        ' NotFound(f"Chat session {session_id} not found")',
        'if session is None:\n        raise NotFound(f"Chat session {session_id} not found")',
    ),
    Mutant(
        "messages_readable_by_anyone",
        "isolation",
        "any user can read any message's meta and references",
        _SVC + "access.py",
        "if message is None or session is None or not may_change(user, session.owner):",
        "if message is None or session is None:",
    ),
    Mutant(
        "collections_visible_to_all",
        "isolation",
        "any user can read any collection",
        _SVC + "access.py",
        "if collection is None or not readable(store, user, collection):",
        "if collection is None:",
    ),
    Mutant(
        "templates_writable_by_anyone",
        "isolation",
        "any user can change or delete any prompt template",
        _SVC + "access.py",
        "    template = visible_template(store, user, template_id)\n    if not"
        " may_change(user, template.owner):",
        "    template = store.get_template(template_id)  # type: ignore[assignment]\n   "
        " if template is None:",
    ),
    # ---------------------------------------------------------------- sharing
    Mutant(
        "share_not_saved",
        "sharing",
        "share_collection answers 204 but never saves the share",
        _SVC + "collections.py",
        "self._store.save_collection(replace(collection, shared_with=shared_with))",
        "_ = shared_with",
    ),
    Mutant(
        "unshare_noop",
        "sharing",
        "unshare_collection answers 204 but keeps the share",
        _SVC + "collections.py",
        "kept = {} if username is None else {u: p for u, p in"
        " collection.shared_with.items() if u != username}",
        "kept = {} if username is None else dict(collection.shared_with)",
    ),
    Mutant(
        "reader_can_write",
        "sharing",
        "a user a collection is shared with can change and delete it",
        _SVC + "access.py",
        "    collection = visible_collection(store, user, collection_id)\n    if not"
        " may_change(user, collection.owner):",
        "    collection = visible_collection(store, user, collection_id)\n    if False:",
    ),
    Mutant(
        "answers_cite_unshared",
        "sharing",
        "answers still cite a collection no longer shared",
        _SVC + "completions.py",
        "collection = readable_collection(self._store, user, session.collection_id)",
        "collection = self._store.get_collection(session.collection_id) if session.collection_id else None",
    ),
    Mutant(
        "template_unshare_for_all_noop",
        "sharing",
        "unsharing a prompt template for all keeps every share",
        _SVC + "templates.py",
        "kept = {} if username is None else {u: p for u, p in template.shared_with.items() if u != username}",
        "kept = dict(template.shared_with) if username is None else {u: p for u, p in"
        " template.shared_with.items() if u != username}",
    ),
    # ---------------------------------------------------------------- streaming
    Mutant(
        "stream_not_finished",
        "streaming",
        "a streamed answer's last line has finished=false",
        _API + "streaming.py",
        "body=piece, finished=last,",
        "body=piece, finished=False,",
    ),
    Mutant(
        "stream_drops_last_piece",
        "streaming",
        "the stream leaves out the answer's last piece of text",
        _API + "streaming.py",
        "delta = ChatCompletionDelta(body=piece, finished=last,",
        'delta = ChatCompletionDelta(body="" if last and index else piece, finished=last,',
    ),
    Mutant(
        "stored_answer_differs",
        "streaming",
        "the answer sent is not the answer stored",
        _API + "chats.py",
        "ChatCompletion(body=answer.reply.content,",
        'ChatCompletion(body=answer.reply.content + " ",',
    ),
    # ---------------------------------------------------------------- 5xx
    Mutant(
        "blank_session_name_500",
        "5xx",
        "renaming a session to a blank name crashes",
        _SVC + "sessions.py",
        "return self._touch(replace(session, name=name))",
        "return self._touch(replace(session, name=name.split()[0] if name.strip() else name[0]))",
    ),
    Mutant(
        "big_limit_500",
        "5xx",
        "listing chat sessions crashes for a limit at the maximum",
        _SVC + "sessions.py",
        '        """Return a page of the user\'s sessions, most recently updated first."""\n',
        '        """Return a page of the user\'s sessions, most recently updated first."""\n'
        "        assert limit < 10000, limit\n",
    ),
    Mutant(
        "empty_tags_500",
        "5xx",
        "chat settings with an empty tag list crash",
        _SVC + "collections.py",
        "self._touch(replace(collection, chat_settings=body), user)",
        "_ = body.tags[0] if isinstance(body.tags, list) else None\n       "
        " self._touch(replace(collection, chat_settings=body), user)",
    ),
)
