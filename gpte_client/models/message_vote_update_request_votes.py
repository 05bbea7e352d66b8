from typing import Literal

MessageVoteUpdateRequestVotes = Literal[-1, 0, 1]

MESSAGE_VOTE_UPDATE_REQUEST_VOTES_VALUES: set[MessageVoteUpdateRequestVotes] = {
    -1,
    0,
    1,
}


def check_message_vote_update_request_votes(value: int) -> MessageVoteUpdateRequestVotes:
    if value in MESSAGE_VOTE_UPDATE_REQUEST_VOTES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_VOTE_UPDATE_REQUEST_VOTES_VALUES!r}"
    )
