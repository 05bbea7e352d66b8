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
        "if session is None or session.owner != user:",
        "if session is None:",
    ),
    Mutant(
        "messages_readable_by_anyone",
        "isolation",
        "any user can read any message's meta and references",
        _SVC + "access.py",
        "if message is None or session is None or session.owner != user:",
        "if message is None or session is None:",
    ),
    Mutant(
        "collections_visible_to_all",
        "isolation",
        "any user can read any collection",
        _SVC + "access.py",
        "if collection is None or (collection.owner != user and user not in collection.shared_with):",
        "if collection is None:",
    ),
    Mutant(
        "templates_writable_by_anyone",
        "isolation",
        "any user can change or delete any prompt template",
        _SVC + "access.py",
        "    template = visible_template(store, user, template_id)\n    if template.owner != user:",
        "    template = store.get_template(template_id)\n    if template is None:",
    ),
    # ---------------------------------------------------------------- sharing
    Mutant(
        "share_not_saved",
        "sharing",
        "share_collection answers 204 but never saves the share",
        _SVC + "collections.py",
        '            collection.shared_with[username] = permissions or ["read"]\n',
        "            pass\n",
    ),
    Mutant(
        "unshare_noop",
        "sharing",
        "unshare_collection answers 204 but keeps the share",
        _SVC + "collections.py",
        "            collection.shared_with.pop(username, None)\n",
        "            collection.shared_with.get(username)\n",
    ),
    Mutant(
        "reader_can_write",
        "sharing",
        "a user a collection is shared with can change and delete it",
        _SVC + "access.py",
        "    collection = visible_collection(store, user, collection_id)\n    if collection.owner != user:",
        "    collection = visible_collection(store, user, collection_id)\n    if False:",
    ),
    Mutant(
        "answers_cite_unshared",
        "sharing",
        "answers still cite a collection no longer shared",
        _SVC + "completions.py",
        "if collection is None or not (collection.owner == user or user in collection.shared_with):",
        "if collection is None:",
    ),
    Mutant(
        "template_unshare_for_all_noop",
        "sharing",
        "unsharing a prompt template for all keeps every share",
        _SVC + "templates.py",
        "            template.shared_with.clear()\n",
        "            pass\n",
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
        "        session.name = name\n",
        "        session.name = name.split()[0] if name.strip() else name[0]\n",
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
        "        collection.chat_settings = body\n",
        "        collection.chat_settings = body\n"
        "        _ = body.tags[0] if isinstance(body.tags, list) else None\n",
    ),
)
