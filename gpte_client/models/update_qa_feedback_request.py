from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdateQAFeedbackRequest")


@_attrs_define
class UpdateQAFeedbackRequest:
    """What the user expected of an answer, and why.

    Example:
        {'expected_answer': '1.5 days a month, up to 25 days a year.', 'user_comment': 'The yearly cap is missing.'}

    Attributes:
        expected_answer (str): The answer the user expected.
        user_comment (str): The user's comment on the answer.
    """

    expected_answer: str
    user_comment: str

    def to_dict(self) -> dict[str, Any]:
        expected_answer = self.expected_answer

        user_comment = self.user_comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expected_answer": expected_answer,
                "user_comment": user_comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_answer = d.pop("expected_answer")

        user_comment = d.pop("user_comment")

        update_qa_feedback_request = cls(
            expected_answer=expected_answer,
            user_comment=user_comment,
        )

        return update_qa_feedback_request
