from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.message_vote_update_request_votes import (
    MessageVoteUpdateRequestVotes,
    check_message_vote_update_request_votes,
)

T = TypeVar("T", bound="MessageVoteUpdateRequest")


@_attrs_define
class MessageVoteUpdateRequest:
    """The vote a message gets.

    Example:
        {'votes': 1}

    Attributes:
        votes (MessageVoteUpdateRequestVotes): 1 like, -1 dislike, 0 none.
    """

    votes: MessageVoteUpdateRequestVotes

    def to_dict(self) -> dict[str, Any]:
        votes: int = self.votes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "votes": votes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        votes = check_message_vote_update_request_votes(d.pop("votes"))

        message_vote_update_request = cls(
            votes=votes,
        )

        return message_vote_update_request
